// Entities with the most evidence: how many evidence sentences, relations and articles back each entity.
// params: {"limit": 20}
MATCH (e:Entity)
OPTIONAL MATCH (e)-[r:SUPPLIES|CO_PRODUCES|NEGOTIATES|TRADES_WITH|COOPERATES_WITH|HEADS|LOCATED_IN|PARTICIPATES_IN]-(:Entity)
WITH e, count(r) AS relations, sum(size(coalesce(r.evidence, []))) AS evidence
RETURN e.name AS entity, e.type AS type, evidence, relations,
       COUNT { (e)-[:MENTIONED_IN]->(:Article) } AS articles
ORDER BY evidence DESC, articles DESC, entity
LIMIT $limit
