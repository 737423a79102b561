/**
 * Shortest cooperation paths between two entities (`GET /api/paths`): who
 * links a region to a foreign enterprise, through which partners. Neo4j's
 * allShortestPaths does the search; the hop bound is fixed in the pattern
 * (Cypher takes no parameter there) and the asked maximum is a parameter.
 */
import {
  ENTITY_TYPES,
  PATH_MAX_HOPS,
  type Path,
  type PathsQuery,
  type PathsResponse,
  RELATION_TYPES,
} from '../schema/index.ts';
import { type CypherQuery, factTypesPattern, runRead, type Store } from '../store/index.ts';

const ENTITY_TYPE_SET: ReadonlySet<unknown> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<unknown> = new Set(RELATION_TYPES);

/** The paths query: every shortest path of at most `max` relations, in any direction. */
export function shortestPathsQuery(query: PathsQuery): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Entity {id: $from}), (b:Entity {id: $to})',
      `MATCH p = allShortestPaths((a)-[:${factTypesPattern()}*..${PATH_MAX_HOPS}]-(b))`,
      'WHERE length(p) <= $max',
      'RETURN [n IN nodes(p) | n {.id, .type, .name}] AS nodes,',
      '  [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}] AS relations',
      'LIMIT toInteger($limit)',
    ].join('\n'),
    params: { from: query.from, to: query.to, max: query.max, limit: query.limit },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One row as a path, or undefined when it holds something outside the model (skipped, not guessed). */
function toPath(row: Record<string, unknown>): Path | undefined {
  const nodes: Path['nodes'] = [];
  for (const node of Array.isArray(row.nodes) ? row.nodes : []) {
    if (!isRecord(node) || typeof node.id !== 'string' || !ENTITY_TYPE_SET.has(node.type)) return undefined;
    nodes.push({ id: node.id, type: node.type as Path['nodes'][number]['type'], name: String(node.name ?? node.id) });
  }
  const relations: Path['relations'] = [];
  for (const r of Array.isArray(row.relations) ? row.relations : []) {
    if (!isRecord(r) || !RELATION_TYPE_SET.has(r.type)) return undefined;
    const type = r.type as Path['relations'][number]['type'];
    const source = String(r.source);
    const target = String(r.target);
    relations.push({ key: `${type}:${source}->${target}`, type, source, target });
  }
  return nodes.length > 1 && relations.length === nodes.length - 1 ? { nodes, relations } : undefined;
}

/** The shortest paths between two entities; empty when they are not linked within `max` relations. */
export async function shortestPaths(store: Store, query: PathsQuery): Promise<PathsResponse> {
  const rows = await runRead(store, shortestPathsQuery(query));
  const paths = rows.flatMap((row) => toPath(row) ?? []);
  return { from: query.from, to: query.to, paths };
}
