/**
 * The one HTTP server of `coopgraph serve`: JSON API routes from the registry,
 * the built viewer as static files, bound to 127.0.0.1 only (the API exposes
 * the whole database, so it is never reachable from the network).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../errors.ts';
import { sendBody } from './compress.ts';
import { HttpError, toHttpError } from './http-error.ts';
import { checkJsonContentType, checkOrigin } from './request-guards.ts';
import { matchRoute, type RouteDefinition, type ServerServices } from './route.ts';
import { serveStatic } from './static-files.ts';

export const DEFAULT_PORT = 5173;
const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 1_000_000;

export interface ServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  routes: readonly RouteDefinition[];
  services: ServerServices;
  /** Directory of the built viewer; without it only the API is served. */
  staticDir?: string;
  /** Where unexpected errors are reported (the client only sees "internal error"). */
  onError?: (error: unknown) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Sends JSON, compressed with br or gzip when the client accepts it (see compress.ts). */
function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<void> {
  return sendBody(
    response,
    status,
    {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
    JSON.stringify(body),
  );
}

/** Reads a JSON body, refusing oversized or malformed ones with a 4xx instead of hanging or crashing. */
async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new HttpError(413, `request body larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of params) if (!(name in out)) out[name] = value;
  return out;
}

/** Host names a browser uses for this machine; anything else is a DNS-rebinding page reaching the API. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalHost(host: string | undefined): boolean {
  if (!host) return true;
  return LOCAL_HOSTS.has(host.replace(/:\d+$/, '').toLowerCase());
}

async function handle(options: ServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!isLocalHost(request.headers.host)) throw new HttpError(403, 'only local host names may reach this server');
  const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
  const method = request.method ?? 'GET';
  if (url.pathname.startsWith('/api/')) {
    checkOrigin(request.headers);
    const match = matchRoute(options.routes, method, url.pathname);
    if (match.kind === 'none') throw new HttpError(404, `no API endpoint ${url.pathname}`);
    if (match.kind === 'wrong-method') {
      await sendJson(
        response,
        405,
        { error: `${method} is not allowed on ${url.pathname}` },
        { allow: match.allowed.join(', ') },
      );
      return;
    }
    if (method === 'POST') checkJsonContentType(request.headers);
    const body =
      method === 'POST' ? await readJsonBody(request, match.route.maxBodyBytes ?? MAX_BODY_BYTES) : undefined;
    const result = await match.route.handle({
      params: match.params,
      query: firstValues(url.searchParams),
      body,
      headers: request.headers,
      services: options.services,
    });
    await sendJson(response, 200, result);
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed here`);
  if (options.staticDir && (await serveStatic(options.staticDir, url.pathname, response))) return;
  throw new HttpError(404, `not found: ${url.pathname}`);
}

/** Starts the server on 127.0.0.1 and resolves once it listens; a taken port is a ConfigError naming `--port`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      const { status, message } = toHttpError(error);
      if (status >= 500) options.onError?.(error);
      if (response.headersSent) response.destroy();
      else sendJson(response, status, { error: message }).catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`port ${options.port} on ${LOOPBACK} is taken; choose another with --port or PORT`)
          : error,
      );
    });
    server.listen(options.port, LOOPBACK, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
