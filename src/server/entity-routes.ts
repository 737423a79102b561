/**
 * Per-entity reads beyond `/api/entity/:id`: an entity's or a pair's dossier
 * (`GET /api/entities/:id/dossier`, `GET /api/dossier?a=&b=`) and its neighbourhood
 * (`GET /api/entities/:id/neighbours`).
 */
import { DossierQuerySchema, PairDossierQuerySchema } from '../schema/dossier.ts';
import { EntityParamSchema } from '../schema/index.ts';
import { NeighboursQuerySchema } from '../schema/neighbours.ts';
import { hasDossiers } from './dossier.ts';
import { HttpError } from './http-error.ts';
import { hasNeighbours } from './neighbours.ts';
import type { RouteDefinition } from './route.ts';

const NO_DOSSIERS = 'this server keeps no store to read dossiers from';

/** Partners by relation type, trade by year, projects, heads and latest evidence of one entity. */
export const entityDossierRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/entities/:id/dossier',
  async handle({ params, query, services }) {
    const { id } = EntityParamSchema.parse(params);
    const parsed = DossierQuerySchema.parse(query);
    if (!hasDossiers(services.data)) throw new HttpError(404, NO_DOSSIERS);
    const dossier = await services.data.entityDossier(id, parsed);
    if (!dossier) throw new HttpError(404, `no entity with id "${id}"`);
    return dossier;
  },
};

/** The relations between two entities with their dates and latest evidence. */
export const pairDossierRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/dossier',
  async handle({ query, services }) {
    const parsed = PairDossierQuerySchema.parse(query);
    if (!hasDossiers(services.data)) throw new HttpError(404, NO_DOSSIERS);
    const dossier = await services.data.pairDossier(parsed);
    if (!dossier) throw new HttpError(404, `no entity with id "${parsed.a}" or "${parsed.b}"`);
    return dossier;
  },
};

/** The entity and its most stated relations passing the filters, in the compact graph form. */
export const neighboursRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/entities/:id/neighbours',
  async handle({ params, query, services }) {
    const { id } = EntityParamSchema.parse(params);
    const parsed = NeighboursQuerySchema.parse(query);
    if (!hasNeighbours(services.data)) throw new HttpError(404, 'this server keeps no store to read neighbours from');
    const neighbours = await services.data.neighbours(id, parsed);
    if (!neighbours) throw new HttpError(404, `no entity with id "${id}"`);
    return neighbours;
  },
};
