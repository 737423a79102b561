/**
 * Turns what the Neo4j driver returns into plain JSON-friendly values. The driver's
 * Integer (64-bit) becomes a JS number here and nowhere else; coopgraph's counts and
 * years fit well inside 2^53.
 */
import neo4j from 'neo4j-driver';

/** A plain value: what `toPlain` returns for anything the driver hands back. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/**
 * Converts a driver value (Integer, Node, Relationship, Path, temporal, list, map)
 * into plain data: nodes and relationships become their property maps plus their
 * labels or type, temporals their ISO string.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value)) return { ...plainMap(value.properties), labels: value.labels };
  if (neo4j.isRelationship(value)) return { ...plainMap(value.properties), type: value.type };
  if (neo4j.isPath(value))
    return value.segments.map((s) => [toPlain(s.start), toPlain(s.relationship), toPlain(s.end)]);
  if (isTemporal(value)) return value.toString();
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(map: Record<string, unknown>): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const [key, v] of Object.entries(map)) out[key] = toPlain(v);
  return out;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}
