/**
 * How many bytes a query result takes once serialised, estimated value by value while the
 * rows stream in, so reading can stop before a huge result fills memory. An estimate of the
 * JSON a client receives: strings by their UTF-8 length, numbers and Neo4j integers as a few
 * bytes, nodes and relationships by their labels, type and properties. Pure.
 */
import { isInt, isNode, isPath, isRelationship } from '../store/index.ts';

/** Estimated serialised size of one driver value (Integer, Node, Path, list, map …) in bytes. */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 2;
  if (typeof value !== 'object') return String(value).length;
  if (isInt(value)) return value.toString().length;
  if (isNode(value)) return 40 + valueBytes(value.labels) + valueBytes(value.properties);
  if (isRelationship(value)) return 120 + value.type.length + valueBytes(value.properties);
  if (isPath(value)) {
    return value.segments.reduce(
      (sum, segment) => sum + valueBytes(segment.relationship) + valueBytes(segment.end),
      valueBytes(value.start),
    );
  }
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + valueBytes(item) + 1, 2);
  let size = 2;
  for (const [key, item] of Object.entries(value)) size += key.length + 4 + valueBytes(item);
  return size;
}
