/**
 * The port between the HTTP routes and the database: what the API needs to
 * read, nothing more. `createSnapshotDataSource` answers it from a graph
 * snapshot (the store's graphology read plus article metadata), so routes can
 * be tested on any graph and the Neo4j-backed source stays a thin loader.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import type {
  ArticleResponse,
  EntityDetails,
  GraphExport,
  GraphExportInput,
  GraphQuery,
  SearchQuery,
  SearchResponse,
} from '../schema/index.ts';
import { type ArticleIndex, describeEntity, searchEntities, toGraphExport } from './graph-view.ts';

export interface GraphDataSource {
  graph(query: GraphQuery): Promise<GraphExport>;
  search(query: SearchQuery): Promise<SearchResponse>;
  /** Undefined when no entity has this id (the route answers 404). */
  entity(id: string): Promise<EntityDetails | undefined>;
  /** Undefined when no article has this id (the route answers 404). */
  article(id: string): Promise<ArticleResponse | undefined>;
}

/**
 * A source that computes the overview itself (the Neo4j one, in Cypher) instead of the
 * route cutting it out of the whole graph; undefined when the graph has at most
 * `query.overview` entities (the route sends the whole graph then).
 */
export interface OverviewSource {
  overview(query: GraphQuery & { overview: number }): Promise<GraphExportInput | undefined>;
}

/** Whether a data source computes overviews (the Neo4j one does; graph snapshots do not). */
export function hasOverview(source: object): source is OverviewSource {
  return typeof (source as Partial<OverviewSource>).overview === 'function';
}

/** Everything the API reads, taken at one moment. */
export interface GraphSnapshot {
  graph: Graph;
  articles: ArticleIndex;
}

export interface SnapshotDataSourceOptions {
  /** Reads the current graph; called per request, so answers follow new ingests. */
  loadSnapshot(): Promise<GraphSnapshot>;
  loadArticle(id: string): Promise<ArticleResponse | undefined>;
  /** Injected clock for `generatedAt`, so tests can pin it. */
  now?: () => Date;
}

/** A data source that answers every query from a fresh snapshot of the graph. */
export function createSnapshotDataSource(options: SnapshotDataSourceOptions): GraphDataSource {
  const now = options.now ?? (() => new Date());
  return {
    async graph(query) {
      const { graph, articles } = await options.loadSnapshot();
      return toGraphExport(graph, articles, query, now());
    },
    async search(query) {
      const { graph } = await options.loadSnapshot();
      return { query: query.q, hits: searchEntities(graph, query) };
    },
    async entity(id) {
      const { graph, articles } = await options.loadSnapshot();
      return describeEntity(graph, id, articles);
    },
    article: (id) => options.loadArticle(id),
  };
}
