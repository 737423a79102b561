// The shortest chain of relations between two entities (by name or alias), over the typed relations only (not article links).
// params: {"from": "Роман Головченко", "to": "МАЗ"}
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:SUPPLIES|CO_PRODUCES|NEGOTIATES|TRADES_WITH|COOPERATES_WITH|HEADS|LOCATED_IN|PARTICIPATES_IN*..8]-(b))
RETURN p AS path, length(p) AS hops, [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relations
