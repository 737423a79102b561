/**
 * Validates the graph the page loads. Small graphs go through the shared zod
 * schema; bigger ones get a field-by-field type guard of what the viewer relies
 * on, and any item that fails it is re-checked with zod so the error names the
 * exact problem. zod costs about as much as JSON.parse itself, and at 1,000
 * nodes and 5,000 edges it was a tenth of the page's start-up.
 */
import {
  ENTITY_TYPES,
  type GraphExport,
  GraphExportSchema,
  MODALITIES,
  RELATION_TYPES,
} from '../../src/schema/index.ts';

/** Above this many nodes + edges the fast guard replaces the full zod parse. */
export const FULL_VALIDATION_MAX_ITEMS = 2000;

type GraphNode = GraphExport['nodes'][number];
type GraphEdge = GraphExport['edges'][number];

const ENTITY_TYPE_SET: ReadonlySet<unknown> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<unknown> = new Set(RELATION_TYPES);
const MODALITY_SET: ReadonlySet<unknown> = new Set(MODALITIES);
const NODE_SCHEMA = GraphExportSchema.shape.nodes.element;
const EDGE_SCHEMA = GraphExportSchema.shape.edges.element;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const optionalStrings = (value: unknown) => value === undefined || Array.isArray(value);

/** The node fields the viewer reads, with the schema's defaults filled in place. */
function isGraphNode(value: unknown): value is GraphNode {
  if (!isObject(value) || typeof value.key !== 'string' || !isObject(value.attributes)) return false;
  const a = value.attributes;
  if (!ENTITY_TYPE_SET.has(a.type) || typeof a.name !== 'string' || !optionalStrings(a.aliases)) return false;
  if (!optionalString(a.nameEn)) return false;
  a.aliases ??= [];
  return true;
}

function isGraphEdge(value: unknown): value is GraphEdge {
  if (!isObject(value) || typeof value.key !== 'string' || !isObject(value.attributes)) return false;
  if (typeof value.source !== 'string' || typeof value.target !== 'string') return false;
  const a = value.attributes;
  if (!RELATION_TYPE_SET.has(a.type) || !(a.modality === undefined || MODALITY_SET.has(a.modality))) return false;
  if (!optionalStrings(a.evidence) || !optionalStrings(a.articleIds) || !optionalString(a.firstSeen)) return false;
  a.evidence ??= [];
  a.articleIds ??= [];
  a.modality ??= 'fact';
  return true;
}

/** Parses `GET /api/graph`'s body; throws a zod error naming the first bad item. */
export function parseGraphExport(body: unknown): GraphExport {
  const size =
    isObject(body) && Array.isArray(body.nodes) && Array.isArray(body.edges)
      ? body.nodes.length + body.edges.length
      : 0;
  if (size <= FULL_VALIDATION_MAX_ITEMS) return GraphExportSchema.parse(body);
  const { nodes, edges, ...envelope } = body as Record<string, unknown[]>;
  GraphExportSchema.omit({ nodes: true, edges: true }).parse(envelope);
  for (const node of nodes ?? []) if (!isGraphNode(node)) NODE_SCHEMA.parse(node);
  for (const edge of edges ?? []) if (!isGraphEdge(edge)) EDGE_SCHEMA.parse(edge);
  return body as GraphExport;
}
