// Trade figures by year: TRADES_WITH relations with their value and currency, newest first.
// The year is the one the text gives, else the year of the earliest article that states the relation (firstSeen).
// "name" narrows to the trade of one entity (name or alias); null means all.
// params: {"name": null}
// Read from the relationship type index (TRADES_WITH only ever joins entities), not by visiting every entity's links.
MATCH (a)-[t:TRADES_WITH]->(b)
WHERE $name IS NULL OR $name IN [a.name, b.name] + a.aliases + b.aliases
RETURN coalesce(t.year, toInteger(left(t.firstSeen, 4))) AS year, a.name AS side1, b.name AS side2,
       t.value AS value, t.currency AS currency, t.evidence[0] AS evidence
ORDER BY year DESC, value DESC, side1, side2
