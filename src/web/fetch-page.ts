/**
 * One HTTP(S) GET with the safety limits a loader of other people's pages needs: only
 * http(s), private addresses refused (unless allowed), a deadline for the whole exchange,
 * a bounded number of redirects (each one checked again), and a size cap on the body,
 * compressed or not. Retries and per-host pacing live in politeness.ts.
 * I/O: network.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { CoopgraphError } from '../errors.ts';
import { guardedLookup, isPrivateAddress } from './address-guard.ts';

/** Says who is asking, so a site's operator can recognise and contact the crawler. */
export const DEFAULT_USER_AGENT = 'coopgraph/0.1 (Russian news knowledge graph loader; polite: 1-2 requests per host)';

export interface FetchLimits {
  userAgent: string;
  /** Deadline for the whole exchange (connect, redirects, body), in ms. */
  timeoutMs: number;
  maxRedirects: number;
  /** Largest body accepted, after decompression, in bytes. */
  maxBytes: number;
  /** Allow loopback and private addresses (tests, intranet feeds). */
  allowPrivate: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  userAgent: DEFAULT_USER_AGENT,
  timeoutMs: 20_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
  allowPrivate: false,
};

export interface FetchRequest {
  url: string;
  accept?: string;
  /** Validators of a conditional GET: a 304 answer then comes back with an empty body. */
  etag?: string;
  lastModified?: string;
}

export interface FetchedResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  body: Buffer;
}

/**
 * A fetch that failed, with a reason a user can act on. `retriable` marks failures worth
 * trying again later (timeouts, 429, 5xx, network errors); the others will fail the same way.
 */
export class FetchError extends CoopgraphError {
  constructor(
    readonly url: string,
    readonly problem: string,
    readonly retriable: boolean,
    readonly status?: number,
    /** The server's Retry-After, in ms, when it sent one. */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${problem}`, options);
  }
}

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Parses Retry-After (seconds or an HTTP date) into ms. */
function retryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Checks a URL before any connection: http(s) only, and no private IP literal. */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(raw, 'not a valid URL', false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(raw, `only http and https URLs are fetched, not ${url.protocol}`, false);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) {
    throw new FetchError(raw, `${host} is a private or loopback address (use --allow-private to fetch it)`, false);
  }
  return url;
}

function decompress(body: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const options = { maxOutputLength: maxBytes };
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, options);
    case 'deflate':
      return inflateSync(body, options);
    case 'br':
      return brotliDecompressSync(body, options);
    default:
      return body;
  }
}

function header(res: http.IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Why a socket-level error happened, in words. */
function networkProblem(error: NodeJS.ErrnoException): { problem: string; retriable: boolean } {
  if (error.code === 'EPRIVATE') return { problem: error.message, retriable: false };
  if (error.code === 'ENOTFOUND') return { problem: 'the host name does not resolve', retriable: false };
  if (error.code === 'ECONNREFUSED') return { problem: 'the connection was refused', retriable: true };
  return { problem: `network error (${error.code ?? error.message})`, retriable: true };
}

interface Exchange {
  res: http.IncomingMessage;
  body?: Buffer;
}

/**
 * GETs the URL, following redirects. Resolves with 2xx and 304 answers; every other
 * outcome throws FetchError naming the URL asked for and the reason.
 *
 * @example const page = await fetchPage({ url: 'https://example.ru/a' }, DEFAULT_FETCH_LIMITS);
 */
export async function fetchPage(request: FetchRequest, limits: FetchLimits): Promise<FetchedResponse> {
  let url = checkUrl(request.url, limits.allowPrivate);
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  for (let hop = 0; ; hop++) {
    const { res, body } = await exchange(url, request, limits, deadline, request.url);
    const status = res.statusCode ?? 0;
    const location = header(res, 'location');
    if (REDIRECTS.has(status) && location) {
      if (hop >= limits.maxRedirects) {
        throw new FetchError(request.url, `more than ${limits.maxRedirects} redirects`, false, status);
      }
      url = checkUrl(new URL(location, url).href, limits.allowPrivate);
      continue;
    }
    if (status === 304 || (status >= 200 && status < 300)) {
      const contentType = header(res, 'content-type');
      const etag = header(res, 'etag');
      const lastModified = header(res, 'last-modified');
      return {
        url: url.href,
        status,
        ...(contentType !== undefined ? { contentType } : {}),
        ...(etag !== undefined ? { etag } : {}),
        ...(lastModified !== undefined ? { lastModified } : {}),
        body: body ?? Buffer.alloc(0),
      };
    }
    const retriable = status === 408 || status === 429 || status >= 500;
    throw new FetchError(
      request.url,
      `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
      retriable,
      status,
      retryAfter(header(res, 'retry-after'), Date.now()),
    );
  }
}

/** One request and, for answers worth reading, its body within the size cap. */
function exchange(
  url: URL,
  request: FetchRequest,
  limits: FetchLimits,
  deadline: AbortSignal,
  asked: string,
): Promise<Exchange> {
  const headers: Record<string, string> = {
    'user-agent': limits.userAgent,
    accept: request.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'ru,en;q=0.5',
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Exchange>((resolve, reject) => {
    const fail = (error: unknown): void => {
      if (error instanceof FetchError) {
        reject(error);
      } else if (deadline.aborted) {
        reject(new FetchError(asked, `timed out after ${limits.timeoutMs / 1000} s`, true));
      } else {
        const { problem, retriable } = networkProblem(error as NodeJS.ErrnoException);
        reject(new FetchError(asked, problem, retriable, undefined, undefined, { cause: error }));
      }
    };
    const req = client.request(
      url,
      { method: 'GET', headers, signal: deadline, ...(limits.allowPrivate ? {} : { lookup: guardedLookup }) },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          res.resume();
          resolve({ res });
          return;
        }
        const declared = Number(header(res, 'content-length'));
        if (declared > limits.maxBytes) {
          req.destroy();
          reject(new FetchError(asked, `the page is larger than ${limits.maxBytes} bytes (${declared})`, false));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            req.destroy(new FetchError(asked, `the page is larger than ${limits.maxBytes} bytes`, false));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', fail);
        res.on('end', () => {
          try {
            resolve({ res, body: decompress(Buffer.concat(chunks), header(res, 'content-encoding'), limits.maxBytes) });
          } catch (error) {
            const tooLarge = error instanceof RangeError;
            const problem = tooLarge
              ? `the page is larger than ${limits.maxBytes} bytes`
              : 'the body cannot be decompressed';
            reject(new FetchError(asked, problem, false, status, undefined, { cause: error }));
          }
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}
