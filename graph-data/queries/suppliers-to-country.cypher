// Who supplies a country: suppliers of the country itself and of its regions, cities and enterprises.
// Follows LOCATED_IN up to three steps, so a delivery to МАЗ (Минск, Беларусь) counts for Беларусь; domestic suppliers are left out.
// params: {"country": "Беларусь"}
MATCH (country:Country)
WHERE country.name = $country OR $country IN country.aliases
MATCH (supplier:Entity)-[s:SUPPLIES]->(recipient:Entity)
WHERE (recipient = country OR EXISTS { (recipient)-[:LOCATED_IN*1..3]->(country) })
  AND supplier <> country
  AND NOT EXISTS { (supplier)-[:LOCATED_IN*1..3]->(country) }
RETURN supplier.name AS supplier, supplier.type AS supplierType, recipient.name AS recipient,
       s.product AS product, s.modality AS modality, size(s.evidence) AS evidence
ORDER BY evidence DESC, supplier, recipient
