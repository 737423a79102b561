/**
 * The API's data source over Neo4j: the graph through the store's `readGraph`,
 * the rest through the queries of api-queries.ts run with `runRead`. Rows are
 * turned back into the graphology shape graph-view.ts works on, so ranking and
 * grouping are the same pure code the tests exercise on hand-built graphs.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeEvidenceResponse } from '../schema/evidence-api.ts';
import type {
  ArticleRef,
  ArticleResponse,
  GraphExportInput,
  GraphQuery,
  PathsQuery,
  PathsResponse,
} from '../schema/index.ts';
import {
  ArticleRefSchema,
  ArticleResponseSchema,
  ENTITY_TYPES,
  type EntityType,
  normalizeSearchText,
} from '../schema/index.ts';
import type { GraphFilter } from '../store/cypher.ts';
import { relationKey } from '../store/evidence.ts';
import { parseEdgeKey, readEvidencePage, readFirstArticleIds } from '../store/evidence-store.ts';
import { type PlainValue, type Row, readGraph, runRead, type Store } from '../store/index.ts';
import { readOverview } from '../store/read-overview.ts';
import { articleQuery, articleRefsQuery, entityNeighbourhoodQuery, searchCandidatesQuery } from './api-queries.ts';
import { compactEdge } from './compact-graph.ts';
import type { GraphDataSource, OverviewSource } from './data-source.ts';
import { createDossierSource, type DossierSource } from './dossier.ts';
import {
  type ArticleIndex,
  describeEntity,
  rankCandidates,
  type SearchCandidate,
  toGraphExport,
} from './graph-view.ts';
import { createNeighboursSource, type NeighboursSource } from './neighbours.ts';
import { budgetEdges } from './overview.ts';
import { shortestPaths } from './paths.ts';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
type PlainRecord = Record<string, PlainValue>;

function isRecord(value: PlainValue | undefined): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: PlainValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Drops nulls so optional fields are absent rather than null, as the schemas expect. */
function withoutNulls(row: PlainRecord): PlainRecord {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
}

async function loadArticleRefs(store: Store, ids: readonly string[]): Promise<ArticleIndex> {
  if (ids.length === 0) return new Map();
  const rows = await runRead(store, articleRefsQuery(ids));
  const refs = new Map<string, ArticleRef>();
  for (const row of rows) {
    const parsed = ArticleRefSchema.safeParse(withoutNulls(row));
    if (parsed.success) refs.set(parsed.data.id, parsed.data);
  }
  return refs;
}

/** The entity and its direct neighbours as a small graph, the shape `describeEntity` reads. */
function neighbourhoodGraph(row: Row): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  const entity = row.entity;
  if (!isRecord(entity) || typeof entity.id !== 'string') return graph;
  graph.addNode(entity.id, entity);
  const relations = Array.isArray(row.relations) ? row.relations : [];
  relations.forEach((relation, i) => {
    if (!isRecord(relation) || !isRecord(relation.other) || !isRecord(relation.props)) return;
    const { source, target, type, other } = relation;
    if (typeof source !== 'string' || typeof target !== 'string' || typeof other.id !== 'string') return;
    graph.mergeNode(other.id, other);
    const { evidenceRanks: _ranks, ...props } = relation.props;
    graph.addEdgeWithKey(`${type}:${source}->${target}:${i}`, source, target, { ...props, type });
  });
  return graph;
}

/** Articles listed under each relation of `entity show` / `GET /api/entity/:id`; the rest are paged. */
export const ENTITY_RELATION_ARTICLES = 5;

/** A source of a relationship's evidence a page at a time (`GET /api/edges/:id/evidence`). */
export interface EdgeEvidenceSource {
  /** Undefined when the key is not an edge key of `GET /api/graph`. */
  edgeEvidence(edgeKey: string, offset: number, limit: number): Promise<EdgeEvidenceResponse | undefined>;
}

/** A source of shortest paths between entities (`GET /api/paths`). */
export interface PathSource {
  paths(query: PathsQuery): Promise<PathsResponse>;
}

/** Whether a data source can search paths (the Neo4j one can; graph snapshots cannot). */
export function hasPaths(source: object): source is PathSource {
  return typeof (source as Partial<PathSource>).paths === 'function';
}

/** Whether a data source can page evidence (the Neo4j one can; graph snapshots cannot). */
export function hasEdgeEvidence(source: object): source is EdgeEvidenceSource {
  return typeof (source as Partial<EdgeEvidenceSource>).edgeEvidence === 'function';
}

/** Gives each relation of an entity's neighbourhood the ids of its first articles, from the Evidence nodes. */
async function attachFirstArticles(store: Store, graph: MultiDirectedGraph): Promise<void> {
  const keyOf = (edge: string): string =>
    relationKey(String(graph.getEdgeAttribute(edge, 'type')), graph.source(edge), graph.target(edge));
  const firsts = await readFirstArticleIds(store, [...new Set(graph.edges().map(keyOf))], ENTITY_RELATION_ARTICLES);
  for (const edge of graph.edges()) graph.setEdgeAttribute(edge, 'articleIds', firsts.get(keyOf(edge)) ?? []);
}

/** The store's filter for a graph query. */
function graphFilter(query: GraphQuery): GraphFilter {
  return {
    ...(query.types.length ? { entityTypes: query.types } : {}),
    ...(query.relations.length ? { relationTypes: query.relations } : {}),
    ...(query.since ? { from: query.since } : {}),
    ...(query.until ? { to: query.until } : {}),
    ...(query.rejected ? { includeRejected: true } : {}),
  };
}

/**
 * The overview from the store (`readOverview`) with the edge budget of `overviewGraph`, in the
 * compact form `compactGraphExport` then `overviewGraph` give on the whole graph: nodes carry
 * their degree and dates in the whole filtered graph, and the attributes its totals.
 */
async function storeOverview(
  store: Store,
  query: GraphQuery & { overview: number },
  now: Date,
): Promise<GraphExportInput | undefined> {
  const stored = await readOverview(store, graphFilter(query), {
    maxNodes: query.overview,
    perNode: Number.isFinite(query.edgesPerNode) ? query.edgesPerNode : null,
  });
  if (!stored) return undefined;
  // The store applied the filters; the export only shapes what it read (and prunes nothing).
  const unfiltered = { ...query, types: [], relations: [], since: undefined, until: undefined };
  const graph = toGraphExport(stored.graph, new Map(), unfiltered, now);
  const { totalNodes, totalEdges } = stored;
  return {
    ...graph,
    attributes: { ...graph.attributes, compact: true, totalNodes, totalEdges, overview: true },
    nodes: graph.nodes.map((node) => ({
      ...node,
      attributes: { ...node.attributes, degree: 0, ...stored.facts.get(node.key) },
    })),
    edges: budgetEdges(
      graph.edges.map((edge) => {
        // The export counts a relation's articles from its id list, which the overview does not read.
        const articleCount = Number(stored.graph.getEdgeAttribute(edge.key, 'articleCount') ?? 0);
        return compactEdge({ ...edge, attributes: { ...edge.attributes, articleCount } });
      }),
      { perNode: query.edgesPerNode, total: query.edges },
    ),
  };
}

export function createStoreDataSource(
  store: Store,
  now: () => Date = () => new Date(),
): GraphDataSource & OverviewSource & EdgeEvidenceSource & PathSource & DossierSource & NeighboursSource {
  return {
    ...createDossierSource(store),
    ...createNeighboursSource(store),
    async graph(query) {
      return toGraphExport(await readGraph(store, graphFilter(query)), new Map(), query, now());
    },
    overview: (query) => storeOverview(store, query, now()),
    async search(query) {
      const candidates: SearchCandidate[] = [];
      for (const row of await runRead(store, searchCandidatesQuery(normalizeSearchText(query.q)))) {
        if (typeof row.id !== 'string' || typeof row.type !== 'string' || !ENTITY_TYPE_SET.has(row.type)) continue;
        candidates.push({
          id: row.id,
          type: row.type as EntityType,
          name: typeof row.name === 'string' ? row.name : row.id,
          nameEn: typeof row.nameEn === 'string' ? row.nameEn : undefined,
          aliases: strings(row.aliases),
          weight: typeof row.degree === 'number' ? row.degree : 0,
        });
      }
      return { query: query.q, hits: rankCandidates(candidates, query) };
    },
    async entity(id) {
      const [row] = await runRead(store, entityNeighbourhoodQuery(id));
      if (!row) return undefined;
      const graph = neighbourhoodGraph(row);
      await attachFirstArticles(store, graph);
      const articleIds = new Set<string>();
      graph.forEachEdge((_key, attributes) => {
        for (const articleId of strings(attributes.articleIds)) articleIds.add(articleId);
      });
      return describeEntity(graph, id, await loadArticleRefs(store, [...articleIds]));
    },
    async article(id): Promise<ArticleResponse | undefined> {
      const [row] = await runRead(store, articleQuery(id));
      if (!row || !isRecord(row.article)) return undefined;
      return ArticleResponseSchema.parse(withoutNulls(row.article));
    },
    paths: (query) => shortestPaths(store, query),
    async edgeEvidence(edgeKey, offset, limit) {
      const edge = parseEdgeKey(edgeKey);
      if (!edge) return undefined;
      const page = await readEvidencePage(store, edge, offset, limit);
      return { edge: edgeKey, total: page.total, offset, limit, items: page.items };
    },
  };
}
