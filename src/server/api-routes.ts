/** The read-only JSON API over the graph: graph, search, entity, article and a relationship's evidence. */

import { EdgeEvidenceQuerySchema, EdgeParamSchema } from '../schema/evidence-api.ts';
import {
  ArticleParamSchema,
  EntityParamSchema,
  GraphQuerySchema,
  PathsQuerySchema,
  SearchQuerySchema,
} from '../schema/index.ts';
import { compactGraphExport } from './compact-graph.ts';
import { hasOverview } from './data-source.ts';
import { HttpError } from './http-error.ts';
import { overviewGraph } from './overview.ts';
import type { RouteDefinition } from './route.ts';
import { hasEdgeEvidence, hasPaths } from './store-data-source.ts';

export const graphRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/graph',
  /**
   * Compact (no evidence, no article ids) where the evidence endpoint can serve them on demand.
   * An overview comes from the data source when it computes one (the store does, without
   * reading the whole graph), else it is cut out of the whole graph here.
   */
  async handle({ query, services }) {
    const parsed = GraphQuerySchema.parse(query);
    const { overview } = parsed;
    if (overview && hasOverview(services.data)) {
      const computed = await services.data.overview({ ...parsed, overview });
      if (computed) return computed;
    }
    const graph = await services.data.graph(parsed);
    const sent = hasEdgeEvidence(services.data) ? compactGraphExport(graph) : graph;
    return overview ? overviewGraph(sent, overview, { perNode: parsed.edgesPerNode, total: parsed.edges }) : sent;
  },
};

export const searchRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/search',
  handle: ({ query, services }) => services.data.search(SearchQuerySchema.parse(query)),
};

export const entityRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/entity/:id',
  async handle({ params, services }) {
    const { id } = EntityParamSchema.parse(params);
    const entity = await services.data.entity(id);
    if (!entity) throw new HttpError(404, `no entity with id "${id}"`);
    return entity;
  },
};

export const articleRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/article/:id',
  async handle({ params, services }) {
    const { id } = ArticleParamSchema.parse(params);
    const article = await services.data.article(id);
    if (!article) throw new HttpError(404, `no article with id "${id}"`);
    return article;
  },
};

/** A relationship's evidence a page at a time; the key is an edge key of `/api/graph` (`TYPE:source->target`). */
export const edgeEvidenceRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/edges/:id/evidence',
  async handle({ params, query, services }) {
    const { id } = EdgeParamSchema.parse(params);
    const { offset, limit } = EdgeEvidenceQuerySchema.parse(query);
    if (!hasEdgeEvidence(services.data)) throw new HttpError(404, 'this server keeps no per-article evidence');
    const page = await services.data.edgeEvidence(id, offset, limit);
    if (!page) throw new HttpError(404, `"${id}" is not an edge key (TYPE:source->target)`);
    return page;
  },
};

/** The shortest cooperation paths between two entities (`?from=&to=&max=&limit=`). */
export const pathsRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/paths',
  handle({ query, services }) {
    const parsed = PathsQuerySchema.parse(query);
    if (!hasPaths(services.data)) throw new HttpError(404, 'this server cannot search paths');
    return services.data.paths(parsed);
  },
};
