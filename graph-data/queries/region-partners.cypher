// Partners of a region by relation type: whom the region, its cities and its enterprises supply, trade, negotiate or cooperate with,
// ranked by how many articles back each partnership (articleCount is kept beside articleIds so the lists are never loaded;
// relationships stored before it existed fall back to the list).
// "relation" narrows to one type (e.g. "SUPPLIES"); null means every type except LOCATED_IN and HEADS.
// params: {"region": "Калужская область", "relation": null}
// The region comes from the entity name index (or, by alias, from the few Region nodes), and its members are found by
// walking LOCATED_IN inwards from it, so the query never visits entities outside the region's neighbourhood; naming the
// relation types skips the members' MENTIONED_IN links, which grow with every article.
CALL {
  MATCH (region:Entity:Region {name: $region})
  RETURN region
  UNION
  MATCH (region:Region)
  WHERE $region IN region.aliases
  RETURN region
}
MATCH (member:Entity)-[:LOCATED_IN*0..2]->(region)
WITH region, collect(DISTINCT member) AS members
UNWIND members AS member
MATCH (member)-[r:SUPPLIES|CO_PRODUCES|NEGOTIATES|TRADES_WITH|COOPERATES_WITH|PARTICIPATES_IN]-(partner:Entity)
WHERE ($relation IS NULL OR type(r) = $relation)
  AND NOT partner IN members
RETURN type(r) AS relation, partner.name AS partner, partner.type AS partnerType,
       collect(DISTINCT member.name) AS via,
       sum(CASE WHEN r.articleCount IS NULL THEN size(r.articleIds) ELSE r.articleCount END) AS articles
ORDER BY relation, articles DESC, partner
