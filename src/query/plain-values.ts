/**
 * Neo4j result values → plain JSON values. Integers become numbers (strings when
 * beyond 2^53), temporal values ISO 8601 strings, nodes / relationships / paths
 * small objects with their labels, type and properties. Pure: the driver is used
 * only for its type guards.
 */
import neo4j, { type Duration, type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export interface PlainNode {
  [key: string]: PlainValue;
  elementId: string;
  labels: string[];
  properties: { [key: string]: PlainValue };
}

export interface PlainRelationship {
  [key: string]: PlainValue;
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: { [key: string]: PlainValue };
}

/** Integer → number while it is exact, else its decimal string (JSON has no 64-bit integers). */
function plainInteger(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

function plainProperties(properties: Record<string, unknown>): { [key: string]: PlainValue } {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toPlainValue(v)]));
}

export function toPlainNode(node: Node): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: plainProperties(node.properties) };
}

export function toPlainRelationship(rel: Relationship): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

/** A path as its nodes in order and the relationships between them. */
export function toPlainPath(path: Path): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
  const nodes = [toPlainNode(path.start), ...path.segments.map((s) => toPlainNode(s.end))];
  return { nodes, relationships: path.segments.map((s) => toPlainRelationship(s.relationship)) };
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
export function formatDuration(duration: Duration): string {
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
 * @example toPlainValue(neo4j.int(42)) // 42
 */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return plainInteger(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isDuration(value)) return formatDuration(value);
  if (neo4j.isNode(value)) return toPlainNode(value);
  if (neo4j.isRelationship(value)) return toPlainRelationship(value);
  if (neo4j.isPath(value)) return toPlainPath(value);
  if (neo4j.isPoint(value)) {
    const point = value;
    return { srid: toPlainValue(point.srid), x: point.x, y: point.y, ...(point.z === undefined ? {} : { z: point.z }) };
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === 'object') return plainProperties(value as Record<string, unknown>);
  return String(value);
}

/** The nodes and relationships a result mentions anywhere (nested in lists, maps and paths). */
export interface GraphElements {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

/**
 * Collects every node and relationship inside a value, keyed by element id, so
 * a caller can point at them (the viewer highlights them).
 */
export function collectGraphElements(value: unknown, into: GraphElements): GraphElements {
  if (neo4j.isNode(value)) into.nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) into.relationships.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    collectGraphElements(value.start, into);
    for (const segment of value.segments) {
      collectGraphElements(segment.relationship, into);
      collectGraphElements(segment.end, into);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collectGraphElements(item, into);
  } else if (value !== null && typeof value === 'object' && !neo4j.isInt(value) && !ArrayBuffer.isView(value)) {
    for (const item of Object.values(value)) collectGraphElements(item, into);
  }
  return into;
}
