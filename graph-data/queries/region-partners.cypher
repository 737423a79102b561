// Partners of a region by relation type: whom the region, its cities and its enterprises supply, trade, negotiate or cooperate with.
// "relation" narrows to one type (e.g. "SUPPLIES"); null means every type except LOCATED_IN and HEADS.
// params: {"region": "Калужская область", "relation": null}
MATCH (region:Region)
WHERE region.name = $region OR $region IN region.aliases
MATCH (member:Entity)
WHERE member = region OR EXISTS { (member)-[:LOCATED_IN*1..2]->(region) }
MATCH (member)-[r]-(partner:Entity)
WHERE NOT type(r) IN ['LOCATED_IN', 'HEADS']
  AND ($relation IS NULL OR type(r) = $relation)
  AND partner <> region
  AND NOT EXISTS { (partner)-[:LOCATED_IN*1..2]->(region) }
RETURN type(r) AS relation, partner.name AS partner, partner.type AS partnerType,
       collect(DISTINCT member.name) AS via, sum(size(r.evidence)) AS evidence
ORDER BY relation, evidence DESC, partner
