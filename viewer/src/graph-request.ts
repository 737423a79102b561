/**
 * The first request of the page, kept free of the viewer's other modules (zod,
 * sigma) so the entry chunk that sends it is tiny: the graph downloads while the
 * rest of the viewer is still loading.
 */

/** An answer as it came: the parsing and the error message are the caller's (see api.ts). */
export interface RawResponse {
  url: string;
  ok: boolean;
  status: number;
  /** The JSON body, or undefined when it was not JSON. */
  body: unknown;
}

/** GETs a JSON URL without interpreting it. */
export async function fetchRaw(url: string): Promise<RawResponse> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  return { url, ok: response.ok, status: response.status, body };
}

/**
 * Where the graph comes from: `/api/graph` (an overview when the graph is big), or a same-origin JSON file named
 * by `?src=/path.json` (benchmarks and offline snapshots use it).
 */
export function graphSource(search: string): string {
  const params = new URLSearchParams(search);
  const src = params.get('src');
  if (src?.startsWith('/') && !src.startsWith('//')) return src;
  // An overview above the server's threshold; `?overview=N` on the page sets it, `?overview=0` asks for everything.
  return `/api/graph?${new URLSearchParams({ overview: params.get('overview') ?? '1' })}`;
}
