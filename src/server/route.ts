/**
 * What a route is: a method, a path pattern with `:name` parameters, and a
 * handler returning the JSON body. Routes get their input already split and
 * the services they may use; they throw typed errors instead of writing
 * responses, so each stays a small testable function.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { CypherService } from '../query/index.ts';
import type { CurationDecision } from '../schema/curation.ts';
import type { GraphDataSource } from './data-source.ts';

/** What `--allow-edits` gives the server: the token to check and how to record a decision. */
export interface CurationService {
  token: string;
  record(decision: CurationDecision): Promise<{ id: string; waiting: number }>;
}

/** What routes may use; new services (a Cypher runner …) are added here as optional fields. */
export interface ServerServices {
  data: GraphDataSource;
  /** The read-only Cypher console (`POST /api/cypher`, `GET /api/queries`). */
  cypher?: CypherService;
  /** Curation edits (`POST /api/curation`); present only with `serve --allow-edits`. */
  curation?: CurationService;
}

export interface RouteContext {
  /** The `:name` parts of the path, decoded. */
  params: Readonly<Record<string, string>>;
  /** The query string, first value of each name. */
  query: Readonly<Record<string, string>>;
  /** The parsed JSON body of a POST (undefined for GET). */
  body: unknown;
  /** The request's headers (the curation route checks its token there). */
  headers?: IncomingHttpHeaders;
  services: ServerServices;
}

export interface RouteDefinition {
  method: 'GET' | 'POST';
  /** Path pattern such as `/api/entity/:id`. */
  path: string;
  /** The largest JSON body a POST may send (default 1 MB; a drawn graph to export is bigger). */
  maxBodyBytes?: number;
  handle(context: RouteContext): Promise<unknown>;
}

export type RouteMatch =
  | { kind: 'found'; route: RouteDefinition; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** Matches one pattern against a path; `:name` segments capture one decoded segment each. */
function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (!g) return undefined;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}

/** Finds the route for a request, telling "no such path" (404) from "path exists, wrong method" (405). */
export function matchRoute(routes: readonly RouteDefinition[], method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}
