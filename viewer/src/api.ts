/** Fetches from the coopgraph API, validating each answer against the shared schemas. */

import {
  type CurationResult,
  CurationResultSchema,
  type CurationSession,
  CurationSessionSchema,
} from '../../src/schema/curation.ts';
import {
  type EntityDossier,
  EntityDossierSchema,
  type PairDossier,
  PairDossierSchema,
} from '../../src/schema/dossier.ts';
import { type EdgeEvidenceResponse, EdgeEvidenceResponseSchema } from '../../src/schema/evidence-api.ts';
import { type ExportResponse, ExportResponseSchema } from '../../src/schema/export-api.ts';
import {
  type ArticleRef,
  type ArticleResponse,
  ArticleResponseSchema,
  type EntityDetails,
  EntityDetailsSchema,
  ErrorResponseSchema,
  type GraphExport,
  type PathsResponse,
  PathsResponseSchema,
  type SearchResponse,
  SearchResponseSchema,
} from '../../src/schema/index.ts';
import { type NeighboursResponse, NeighboursResponseSchema } from '../../src/schema/neighbours.ts';
import { fetchRaw, type RawResponse } from './graph-request.ts';
import { parseGraphExport } from './parse-graph.ts';

export { graphSource } from './graph-request.ts';

/** Parses an answer; a server `{error}` becomes the thrown message so the page can show it. */
function interpret<T>({ url, ok, status, body }: RawResponse, parse: (body: unknown) => T): T {
  if (!ok) {
    const error = ErrorResponseSchema.safeParse(body);
    throw new Error(error.success ? error.data.error : `${url}: HTTP ${status}`);
  }
  return parse(body);
}

/** Fetches JSON and parses it (see `interpret`). */
async function fetchJson<T>(url: string, parse: (body: unknown) => T): Promise<T> {
  return interpret(await fetchRaw(url), parse);
}

/** The graph from a request the page's entry already sent (see boot.ts). */
export const loadGraph = async (request: Promise<RawResponse>): Promise<GraphExport> =>
  interpret(await request, parseGraphExport);

export const loadEntity = (id: string): Promise<EntityDetails> =>
  fetchJson(`/api/entity/${encodeURIComponent(id)}`, (body) => EntityDetailsSchema.parse(body));

export const loadArticle = (id: string): Promise<ArticleResponse> =>
  fetchJson(`/api/article/${encodeURIComponent(id)}`, (body) => ArticleResponseSchema.parse(body));

/** One page of a relation's evidence (sentences per article, oldest first); the compact graph carries none. */
export const loadEdgeEvidence = (key: string, limit: number): Promise<EdgeEvidenceResponse> =>
  fetchJson(`/api/edges/${encodeURIComponent(key)}/evidence?limit=${limit}`, (body) =>
    EdgeEvidenceResponseSchema.parse(body),
  );

/** The shortest cooperation paths between two entities, searched by the server over the whole graph. */
export const loadPaths = (from: string, to: string): Promise<PathsResponse> =>
  fetchJson(`/api/paths?${new URLSearchParams({ from, to })}`, (body) => PathsResponseSchema.parse(body));

/** An entity's dossier: partners by relation type, trade by year, projects, heads, latest evidence. */
export const loadDossier = (id: string): Promise<EntityDossier> =>
  fetchJson(`/api/entities/${encodeURIComponent(id)}/dossier`, (body) => EntityDossierSchema.parse(body));

/** The relations between two entities with their latest evidence. */
export const loadPairDossier = (a: string, b: string): Promise<PairDossier> =>
  fetchJson(`/api/dossier?${new URLSearchParams({ a, b })}`, (body) => PairDossierSchema.parse(body));

/** An entity and its neighbours in the compact graph form, filtered by `params` (types, relations, until, limit). */
export const loadNeighbours = (id: string, params: URLSearchParams): Promise<NeighboursResponse> =>
  fetchJson(`/api/entities/${encodeURIComponent(id)}/neighbours?${params}`, (body) =>
    NeighboursResponseSchema.parse(body),
  );

/** Searches every entity on the server (names and aliases), drawn or not. */
export const searchEntities = (text: string, limit: number): Promise<SearchResponse> =>
  fetchJson(`/api/search?${new URLSearchParams({ q: text, limit: String(limit) })}`, (body) =>
    SearchResponseSchema.parse(body),
  );

/** Whether this server takes edits (`serve --allow-edits`) and the token they need. */
export const loadCurationSession = (): Promise<CurationSession> =>
  fetchJson('/api/curation/session', (body) => CurationSessionSchema.parse(body));

/** Records a curation decision (`POST /api/curation`, the run's token in `X-Coopgraph-Token`). */
export const postCuration = (token: string, decision: Record<string, unknown>): Promise<CurationResult> =>
  postJson('/api/curation', decision, (body) => CurationResultSchema.parse(body), { 'x-coopgraph-token': token });

/** POSTs JSON; a server `{error}` becomes the thrown message, as for GETs. */
async function postJson<T>(
  url: string,
  payload: unknown,
  parse: (body: unknown) => T,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ErrorResponseSchema.safeParse(body);
    throw new Error(error.success ? error.data.error : `${url}: HTTP ${response.status}`);
  }
  return parse(body);
}

/**
 * A graph written by the server with the CLI's exporter (`POST /api/export?format=…`): the
 * page sends what it draws, the server has the one writer of each format.
 */
export const postExport = (format: string, graph: GraphExport): Promise<ExportResponse> =>
  postJson(`/api/export?${new URLSearchParams({ format })}`, graph, (body) => ExportResponseSchema.parse(body));

const articleRefs = new Map<string, Promise<ArticleRef>>();

/**
 * Title, date and source of each article, fetched once per page (the graph
 * carries only article ids). An article that cannot be loaded keeps its id as
 * its title, so the list still links to it.
 */
export function loadArticleRefs(ids: readonly string[]): Promise<ArticleRef[]> {
  return Promise.all(
    ids.map((id) => {
      let ref = articleRefs.get(id);
      if (!ref) {
        ref = loadArticle(id).then(
          ({ title, date, source, url }) => ({
            id,
            title: title || id,
            ...(date ? { date } : {}),
            ...(source ? { source } : {}),
            ...(url ? { url } : {}),
          }),
          () => ({ id, title: `статья ${id.slice(0, 8)}` }),
        );
        articleRefs.set(id, ref);
      }
      return ref;
    }),
  );
}
