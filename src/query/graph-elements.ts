/**
 * The nodes and relationships a query result mentions anywhere (nested in lists, maps and
 * paths), so the Cypher console can point at them in the viewer's graph. Pure.
 */
import { isInt, isNode, isPath, isRelationship, type Node, type Relationship } from '../store/index.ts';

export interface GraphElements {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

/** Collects every node and relationship inside a value, keyed by element id. */
export function collectGraphElements(value: unknown, into: GraphElements): GraphElements {
  if (isNode(value)) into.nodes.set(value.elementId, value);
  else if (isRelationship(value)) into.relationships.set(value.elementId, value);
  else if (isPath(value)) {
    collectGraphElements(value.start, into);
    for (const segment of value.segments) {
      collectGraphElements(segment.relationship, into);
      collectGraphElements(segment.end, into);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collectGraphElements(item, into);
  } else if (value !== null && typeof value === 'object' && !isInt(value) && !ArrayBuffer.isView(value)) {
    for (const item of Object.values(value)) collectGraphElements(item, into);
  }
  return into;
}
