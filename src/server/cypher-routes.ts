/**
 * `POST /api/cypher` (read-only Cypher for the viewer's console) and
 * `GET /api/queries` (the example library). The request's body is validated
 * here; any write flag in it is ignored, as the service only reads.
 */
import { CypherRequestSchema, type CypherService } from '../query/index.ts';
import { HttpError } from './http-error.ts';
import type { RouteDefinition, ServerServices } from './route.ts';

function cypherOf(services: ServerServices): CypherService {
  if (!services.cypher) throw new HttpError(404, 'this server has no Cypher console');
  return services.cypher;
}

export const cypherRoute: RouteDefinition = {
  method: 'POST',
  path: '/api/cypher',
  handle: ({ body, services }) => cypherOf(services).run(CypherRequestSchema.parse(body ?? {})),
};

export const queriesRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/queries',
  handle: ({ services }) => cypherOf(services).examples(),
};
