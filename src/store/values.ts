/**
 * Turns what the Neo4j driver returns into plain JSON values, for every reader: the store's
 * own queries, the `coopgraph query` renderers and the HTTP Cypher console. The driver's
 * 64-bit Integer becomes a number while it is exact and its decimal string beyond 2^53 (JSON
 * has no 64-bit integers); temporal values become ISO 8601 strings; nodes, relationships and
 * paths small objects with their labels, type and properties.
 */
import neo4j, { type Duration, type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';

/** A plain value: what `toPlain` returns for anything the driver hands back. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

interface PlainNode {
  [key: string]: PlainValue;
  elementId: string;
  labels: string[];
  properties: { [key: string]: PlainValue };
}

interface PlainRelationship {
  [key: string]: PlainValue;
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: { [key: string]: PlainValue };
}

/** Integer → number while it is exact, else its decimal string. */
function plainInteger(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

function plainProperties(properties: Record<string, unknown>): { [key: string]: PlainValue } {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toPlain(v)]));
}

function plainNode(node: Node): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: plainProperties(node.properties) };
}

function plainRelationship(rel: Relationship): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

/** A path as its nodes in order and the relationships between them. */
function plainPath(path: Path): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
  const nodes = [plainNode(path.start), ...path.segments.map((s) => plainNode(s.end))];
  return { nodes, relationships: path.segments.map((s) => plainRelationship(s.relationship)) };
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value)
  );
}

/**
 * ISO 8601 duration. The driver's own `toString` leaves a dangling `T` when there
 * is no time part (`P1DT` for one day), which other tools reject.
 */
function formatDuration(duration: Duration): string {
  const months = Number(duration.months);
  const days = Number(duration.days);
  const nanos = Number(duration.seconds) * 1e9 + Number(duration.nanoseconds);
  const date = `${months ? `${months}M` : ''}${days ? `${days}D` : ''}`;
  const seconds = nanos / 1e9;
  const time = nanos ? `T${Number.isInteger(seconds) ? seconds : seconds.toFixed(9).replace(/0+$/, '')}S` : '';
  return date || time ? `P${date}${time}` : 'PT0S';
}

/**
 * Converts any value a Neo4j record holds into plain JSON.
 * @example toPlain(neo4j.int(42)) // 42
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return plainInteger(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isDuration(value)) return formatDuration(value);
  if (neo4j.isNode(value)) return plainNode(value);
  if (neo4j.isRelationship(value)) return plainRelationship(value);
  if (neo4j.isPath(value)) return plainPath(value);
  if (neo4j.isPoint(value)) {
    const point = value;
    return { srid: toPlain(point.srid), x: point.x, y: point.y, ...(point.z === undefined ? {} : { z: point.z }) };
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  return String(value);
}
