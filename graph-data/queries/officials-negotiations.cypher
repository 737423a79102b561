// Officials who negotiated with each other: pairs of people linked by NEGOTIATES, what each of them heads, and when.
// params: {}
MATCH (a:Person)-[n:NEGOTIATES]-(b:Person)
WHERE a.id < b.id
RETURN a.name AS official, [(a)-[:HEADS]->(x) | x.name] AS heads,
       b.name AS counterpart, [(b)-[:HEADS]->(y) | y.name] AS counterpartHeads,
       COLLECT { MATCH (ev:Evidence {relation: 'NEGOTIATES|' + startNode(n).id + '|' + endNode(n).id}) WHERE ev.date IS NOT NULL RETURN toString(ev.date) AS d ORDER BY d } AS dates,
       n.evidence[0] AS evidence
ORDER BY official, counterpart
