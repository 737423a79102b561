/** Fetches from the coopgraph API, validating each answer against the shared schemas. */

import { type EdgeEvidenceResponse, EdgeEvidenceResponseSchema } from '../../src/schema/evidence-api.ts';
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
} from '../../src/schema/index.ts';
import { parseGraphExport } from './parse-graph.ts';

/** Fetches JSON and parses it; a server `{error}` becomes the thrown message so the page can show it. */
async function fetchJson<T>(url: string, parse: (body: unknown) => T): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ErrorResponseSchema.safeParse(body);
    throw new Error(error.success ? error.data.error : `${url}: HTTP ${response.status}`);
  }
  return parse(body);
}

/**
 * Where the graph comes from: `/api/graph`, or a same-origin JSON file named
 * by `?src=/path.json` (benchmarks and offline snapshots use it).
 */
export function graphSource(search: string): string {
  const src = new URLSearchParams(search).get('src');
  return src?.startsWith('/') && !src.startsWith('//') ? src : '/api/graph';
}

export const loadGraph = (url: string): Promise<GraphExport> => fetchJson(url, parseGraphExport);

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
