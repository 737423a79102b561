// Partners of a region by relation type: whom the region, its cities and its enterprises supply, trade, negotiate or cooperate with,
// ranked by how many articles back each partnership (the relationships' articleCount; the evidence itself is never read).
// "relation" narrows to one type (e.g. "SUPPLIES"); null means every type except LOCATED_IN and HEADS.
// params: {"region": "Калужская область", "relation": null}
// The region comes from the entity name index (or, by alias, from the few Region nodes), and its members are found by
// walking LOCATED_IN inwards from it, so the query never visits entities outside the region's neighbourhood.
// The members are collected once per region; one branch per relation type, skipped unless asked for, reads only the
// asked type's relationships; rows are summed per partner node first, and only those partners are tested against the
// members' list (no LOCATED_IN walk per partner) and read by name.
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
CALL {
  WITH members
  UNWIND members AS member
  WITH member, member.name AS memberName
  CALL {
    WITH member
    MATCH (member)-[r:SUPPLIES]-(partner)
    WHERE $relation IS NULL OR $relation = 'SUPPLIES'
    RETURN 'SUPPLIES' AS relation, r, partner
    UNION ALL
    WITH member
    MATCH (member)-[r:CO_PRODUCES]-(partner)
    WHERE $relation IS NULL OR $relation = 'CO_PRODUCES'
    RETURN 'CO_PRODUCES' AS relation, r, partner
    UNION ALL
    WITH member
    MATCH (member)-[r:NEGOTIATES]-(partner)
    WHERE $relation IS NULL OR $relation = 'NEGOTIATES'
    RETURN 'NEGOTIATES' AS relation, r, partner
    UNION ALL
    WITH member
    MATCH (member)-[r:TRADES_WITH]-(partner)
    WHERE $relation IS NULL OR $relation = 'TRADES_WITH'
    RETURN 'TRADES_WITH' AS relation, r, partner
    UNION ALL
    WITH member
    MATCH (member)-[r:COOPERATES_WITH]-(partner)
    WHERE $relation IS NULL OR $relation = 'COOPERATES_WITH'
    RETURN 'COOPERATES_WITH' AS relation, r, partner
    UNION ALL
    WITH member
    MATCH (member)-[r:PARTICIPATES_IN]-(partner)
    WHERE $relation IS NULL OR $relation = 'PARTICIPATES_IN'
    RETURN 'PARTICIPATES_IN' AS relation, r, partner
  }
  RETURN relation, partner, collect(DISTINCT memberName) AS via, sum(r.articleCount) AS articles
}
WITH relation, partner, via, articles
WHERE NOT partner IN members
// Partners are listed by name and type: entities sharing both (and a region matched twice) make one row.
WITH relation, partner.name AS partner, partner.type AS partnerType, collect(via) AS vias, sum(articles) AS articles
RETURN relation, partner, partnerType, reduce(names = [], v IN vias | names + [n IN v WHERE NOT n IN names]) AS via,
       articles
ORDER BY relation, articles DESC, partner
