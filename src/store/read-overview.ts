/**
 * The overview of a big graph read in Neo4j (`GET /api/graph?overview=1`): the entities with
 * the most relations passing the filters, each with its degree and dates, and each one's
 * strongest relations among them, from which `budgetEdges` (server/overview.ts) takes the
 * edge budget. Reading the whole graph to keep a part of it took 17 s at 50,000 articles
 * (every relation with its article ids and dates); these reads count and rank relationships
 * and touch Evidence nodes only for a date filter.
 */
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_TYPES, RELATION_TYPES } from '../schema/index.ts';
import { type CypherQuery, factTypesPattern, type GraphFilter } from './cypher.ts';
import { addEntityRow, addRelationRow, type StoredGraph } from './read-graph.ts';
import { type Row, runRead } from './run-query.ts';
import type { Store } from './store-handle.ts';
import type { PlainValue } from './values.ts';

/** What to read: at most `maxNodes` entities, and each one's `perNode` strongest relations among them (null: all). */
export interface OverviewLimits {
  maxNodes: number;
  perNode: number | null;
}

/** An entity's relations passing the filter, in the whole filtered graph (what the overview leaves out included). */
export interface OverviewNodeFacts {
  degree: number;
  firstSeen?: string;
  lastSeen?: string;
}

/**
 * The overview's makings: kept entities (most relations first) and each one's strongest
 * relations among them as a StoredGraph, the kept entities' facts, and the filtered graph's
 * totals. The edge budget's ranks and total cap are the pure `budgetEdges` (server/overview.ts)
 * over these relations: an edge within some entity's `perNode` strongest is in them.
 */
export interface StoredOverview {
  graph: StoredGraph;
  facts: ReadonlyMap<string, OverviewNodeFacts>;
  totalNodes: number;
  totalEdges: number;
}

/** Whether `x` is an entity the filter keeps (`$passing`: the ids a date filter keeps). */
const nodePasses = (x: string) => `${x}.type IN $entityTypes AND ($passing IS NULL OR ${x}.id IN $passing)`;

/**
 * Whether relationship `r` from `s` to `t` passes the filter; with a date bound, at least one
 * article dated inside it states the relation (as `readGraph` keeps them).
 */
const relationPasses = (s: string, t: string) =>
  [
    'type(r) IN $relationTypes AND ($includeRejected OR r.rejected IS NULL)',
    '  AND ($from IS NULL AND $to IS NULL OR EXISTS {',
    `    MATCH (v:Evidence {relation: type(r) + '|' + ${s}.id + '|' + ${t}.id})`,
    '    WHERE ($from IS NULL OR v.date >= $from) AND ($to IS NULL OR v.date <= $to)',
    '  })',
  ].join('\n');

/**
 * Ids of the entities a date bound keeps: mentioned by an article dated inside it (as
 * `readEntitiesQuery` does). Read once, so the relationship counts test membership only.
 */
export function overviewPassingQuery(filter: GraphFilter): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity)',
      'WHERE e.type IN $entityTypes AND EXISTS {',
      '  MATCH (e)-[:MENTIONED_IN]->(a:Article)',
      '  WHERE ($from IS NULL OR a.date >= $from) AND ($to IS NULL OR a.date <= $to)',
      '}',
      'RETURN e.id AS id',
    ].join('\n'),
    params: filterParams(filter, null),
  };
}

/**
 * The filtered graph's entity and relation counts, and the ids of the `maxNodes` entities
 * with the most relations (ties by id). A relation or date filter leaves out entities
 * without relations, as `toGraphExport` does.
 */
export function overviewRankingQuery(filter: GraphFilter, passing: string[] | null, maxNodes: number): CypherQuery {
  const facts = factTypesPattern();
  return {
    cypher: [
      'MATCH (e:Entity)',
      `WHERE ${nodePasses('e')}`,
      'WITH e,',
      `  COUNT { MATCH (e)-[r:${facts}]->(o:Entity) WHERE ${nodePasses('o')} AND ${relationPasses('e', 'o')} } AS outgoing,`,
      `  COUNT { MATCH (e)<-[r:${facts}]-(o:Entity) WHERE o <> e AND ${nodePasses('o')} AND ${relationPasses('o', 'e')} } AS incoming`,
      'WITH e, outgoing, outgoing + incoming AS degree',
      'WHERE NOT $pruneIsolated OR degree > 0',
      'ORDER BY degree DESC, e.id',
      'WITH collect(e.id) AS ids, count(*) AS totalNodes, sum(outgoing) AS totalEdges',
      'RETURN ids[0..toInteger($maxNodes)] AS ids, totalNodes, totalEdges',
    ].join('\n'),
    params: { ...filterParams(filter, passing), maxNodes, pruneIsolated: prunesIsolated(filter) },
  };
}

/**
 * The kept entities in one pass over their relationships: each one's degree and the first
 * and last date of its relations passing the filter (in the whole filtered graph, as the
 * compact export gives them), and its `perNode` strongest relations among the kept
 * entities (most articles first; ties by type, then ends, as `compareStrength` orders them).
 * Sample sentences stay out (the evidence endpoint has them).
 */
export function overviewKeptQuery(
  filter: GraphFilter,
  passing: string[] | null,
  ids: string[],
  perNode: number | null,
): CypherQuery {
  return {
    cypher: [
      'MATCH (n:Entity) WHERE n.id IN $ids',
      'CALL {',
      '  WITH n',
      `  MATCH (n)-[r:${factTypesPattern()}]-(o:Entity)`,
      `  WHERE ${nodePasses('o')} AND ${relationPasses('startNode(r)', 'endNode(r)')}`,
      // A self-loop matches once per direction.
      '  WITH DISTINCT r, o',
      '  ORDER BY coalesce(r.articleCount, 0) DESC, type(r), startNode(r).id, endNode(r).id',
      '  WITH count(r) AS degree, min(r.firstSeen) AS firstSeen, max(coalesce(r.lastSeen, r.firstSeen)) AS lastSeen,',
      '    collect(CASE WHEN $kept[o.id] IS NOT NULL THEN r END) AS among',
      '  RETURN degree, firstSeen, lastSeen, among[0..coalesce(toInteger($perNode), size(among))] AS strongest',
      '}',
      'RETURN n {.*} AS entity, [] AS articleIds, [] AS dates, degree, firstSeen, lastSeen,',
      '  [r IN strongest | {source: startNode(r).id, target: endNode(r).id, type: type(r),',
      '    props: r {.*, evidence: null, evidenceRanks: null}, articleIds: [], dates: []}] AS strongest',
    ].join('\n'),
    params: {
      ...filterParams(filter, passing),
      ids,
      // A map for the membership test: a key lookup per relationship, not a scan of the list.
      kept: Object.fromEntries(ids.map((id) => [id, true])),
      perNode,
    },
  };
}

/**
 * The overview of the filtered graph, or undefined when it has at most `maxNodes`
 * entities (the caller sends the whole graph then).
 */
export async function readOverview(
  store: Store,
  filter: GraphFilter,
  limits: OverviewLimits,
): Promise<StoredOverview | undefined> {
  const passing =
    filter.from || filter.to ? (await runRead(store, overviewPassingQuery(filter))).map((row) => String(row.id)) : null;
  const [ranking] = await runRead(store, overviewRankingQuery(filter, passing, limits.maxNodes));
  const totalNodes = Number(ranking?.totalNodes ?? 0);
  if (totalNodes <= limits.maxNodes) return undefined;
  const ids = Array.isArray(ranking?.ids) ? ranking.ids.map(String) : [];
  const rows = await runRead(store, overviewKeptQuery(filter, passing, ids, limits.perNode));
  const place = new Map(ids.map((id, i) => [id, i]));
  const idOf = (row: Row) => String((row.entity as Record<string, PlainValue>).id);
  rows.sort((a, b) => (place.get(idOf(a)) ?? 0) - (place.get(idOf(b)) ?? 0));
  const graph: StoredGraph = new MultiDirectedGraph();
  const facts = new Map<string, OverviewNodeFacts>();
  for (const row of rows) {
    addEntityRow(graph, row);
    const { firstSeen, lastSeen } = row;
    facts.set(idOf(row), {
      degree: Number(row.degree ?? 0),
      ...(typeof firstSeen === 'string' ? { firstSeen } : {}),
      ...(typeof lastSeen === 'string' ? { lastSeen } : {}),
    });
  }
  for (const row of rows) {
    for (const relation of Array.isArray(row.strongest) ? row.strongest : []) {
      const edge = relation as Row;
      // Both ends list a relation they share; the first one adds it.
      if (!graph.hasEdge(`${String(edge.type)}:${String(edge.source)}->${String(edge.target)}`))
        addRelationRow(graph, edge);
    }
  }
  return { graph, facts, totalNodes, totalEdges: Number(ranking?.totalEdges ?? 0) };
}

/** A relation or date filter asks about relations, so entities without any are left out. */
function prunesIsolated(filter: GraphFilter): boolean {
  return Boolean(filter.relationTypes?.length || filter.from || filter.to);
}

function filterParams(filter: GraphFilter, passing: string[] | null): Record<string, unknown> {
  return {
    entityTypes: [...(filter.entityTypes?.length ? filter.entityTypes : ENTITY_TYPES)],
    relationTypes: [...(filter.relationTypes?.length ? filter.relationTypes : RELATION_TYPES)],
    includeRejected: filter.includeRejected ?? false,
    from: filter.from ?? null,
    to: filter.to ?? null,
    passing,
  };
}
