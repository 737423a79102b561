// Projects with their participants: every project, who takes part in it (PARTICIPATES_IN) and how firmly (fact, plan, intention).
// params: {}
MATCH (p:Project)
OPTIONAL MATCH (x:Entity)-[r:PARTICIPATES_IN]->(p)
WITH p, collect(DISTINCT x.name) AS participants, collect(DISTINCT r.modality) AS modalities
RETURN p.name AS project, participants, modalities,
       [(p)-[:LOCATED_IN]->(place) | place.name] AS places,
       COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articles
ORDER BY size(participants) DESC, project
