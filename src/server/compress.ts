/**
 * Compression of API answers. The graph is one large JSON document (a few MB
 * for a big corpus) and JSON shrinks 5–10×, so the viewer opens faster over any
 * link; the encoding follows the client's Accept-Encoding (br, then gzip), with
 * node:zlib only. Small bodies go as they are: compressing them costs more than
 * it saves.
 */
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** Below this many bytes a body is sent uncompressed. */
export const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to answer with, from an Accept-Encoding header: the best quality
 * value among br and gzip (br wins a tie, it is smaller), honouring `q=0` and
 * `*`; identity when the client names neither.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding {
  if (!acceptEncoding) return 'identity';
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const wildcard = quality.get('*');
  const of = (name: string) => quality.get(name) ?? wildcard ?? 0;
  const br = of('br');
  const gz = of('gzip');
  if (br <= 0 && gz <= 0) return 'identity';
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Compresses a body for the encoding. Brotli at quality 4: smaller than gzip -6
 * for a few times its time, where the default quality 11 would take seconds on a big graph.
 */
export async function encodeBody(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  if (encoding === 'gzip') return gzipAsync(body);
  return body;
}

/**
 * Writes status, headers and body, compressed when the request accepts it and
 * the body is worth it. `Vary: Accept-Encoding` goes on every answer so a cache
 * never hands a compressed body to a client that did not ask for one.
 */
export async function sendBody(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  text: string,
): Promise<void> {
  const raw = Buffer.from(text, 'utf8');
  const wanted =
    raw.length >= MIN_COMPRESS_BYTES ? chooseEncoding(response.req?.headers['accept-encoding']) : 'identity';
  let body: Buffer = raw;
  let encoding: ContentEncoding = 'identity';
  if (wanted !== 'identity') {
    try {
      body = await encodeBody(raw, wanted);
      encoding = wanted;
    } catch {
      // zlib failing is no reason to fail the request: send it uncompressed.
    }
  }
  if (response.destroyed) return;
  response.writeHead(status, {
    ...headers,
    vary: 'accept-encoding',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    'content-length': body.length,
  });
  response.end(body);
}
