/**
 * The registry of API routes the server mounts. A new endpoint (such as
 * `POST /api/cypher`) is a `RouteDefinition` in its own module plus one line here.
 */
import { articleRoute, edgeEvidenceRoute, entityRoute, graphRoute, pathsRoute, searchRoute } from './api-routes.ts';
import { curationRoute, curationSessionRoute } from './curation-route.ts';
import { cypherRoute, queriesRoute } from './cypher-routes.ts';
import { entityDossierRoute, neighboursRoute, pairDossierRoute } from './entity-routes.ts';
import { exportDrawnRoute, exportRoute } from './export-route.ts';
import type { RouteDefinition } from './route.ts';

export const API_ROUTES: readonly RouteDefinition[] = [
  graphRoute,
  searchRoute,
  entityRoute,
  articleRoute,
  edgeEvidenceRoute,
  pathsRoute,
  entityDossierRoute,
  pairDossierRoute,
  neighboursRoute,
  cypherRoute,
  queriesRoute,
  exportRoute,
  exportDrawnRoute,
  curationRoute,
  curationSessionRoute,
];
