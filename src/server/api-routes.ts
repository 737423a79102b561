/** The read-only JSON API over the graph: graph, search, entity and article. */
import { ArticleParamSchema, EntityParamSchema, GraphQuerySchema, SearchQuerySchema } from '../schema/index.ts';
import { HttpError } from './http-error.ts';
import type { RouteDefinition } from './route.ts';

export const graphRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/graph',
  handle: ({ query, services }) => services.data.graph(GraphQuerySchema.parse(query)),
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
