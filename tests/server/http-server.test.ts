import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusedError, StoreError } from '../../src/errors.ts';
import { QueryTimeoutError, ResultTooLargeError } from '../../src/query/index.ts';
import { createSnapshotDataSource } from '../../src/server/data-source.ts';
import { isLocalHost, type RunningServer, startServer } from '../../src/server/http-server.ts';
import type { RouteDefinition } from '../../src/server/route.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { resolveStaticPath } from '../../src/server/static-files.ts';
import { ARTICLE_A, FIXTURE_ARTICLES, fixtureGraph } from './fixture-graph.ts';

// Routing, validation and error mapping over an in-memory snapshot; the
// Neo4j-backed source is covered in neo4j-data-source.test.ts.
let server: RunningServer;
let staticDir: string;
const errors: unknown[] = [];

const extraRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/api/echo', handle: async ({ body }) => ({ body }) },
  { method: 'GET', path: '/api/refused', handle: () => Promise.reject(new QueryRefusedError('writes are refused')) },
  { method: 'GET', path: '/api/down', handle: () => Promise.reject(new StoreError('Neo4j is not running')) },
  { method: 'GET', path: '/api/slow', handle: () => Promise.reject(new QueryTimeoutError(30)) },
  { method: 'GET', path: '/api/huge', handle: () => Promise.reject(new ResultTooLargeError(10_000_000, 9)) },
  { method: 'GET', path: '/api/boom', handle: () => Promise.reject(new Error('secret internals')) },
];

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'coopgraph-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>viewer</title>');
  const data = createSnapshotDataSource({
    loadSnapshot: async () => ({ graph: fixtureGraph(), articles: FIXTURE_ARTICLES }),
    loadArticle: async (id) => (id === ARTICLE_A.id ? { ...ARTICLE_A, language: 'ru', text: 'Текст.' } : undefined),
    now: () => new Date('2025-01-01T00:00:00Z'),
  });
  server = await startServer({
    port: 0,
    routes: [...API_ROUTES, ...extraRoutes],
    services: { data },
    staticDir,
    onError: (error) => errors.push(error),
  });
});

afterAll(async () => {
  await server.close();
  await rm(staticDir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: unknown; type: string | null }> {
  const response = await fetch(new URL(path, server.url));
  const type = response.headers.get('content-type');
  const body = type?.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, body, type };
}

/** A request with exactly the headers given (fetch would add or forbid some). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
    });
    req.on('error', reject).end(body);
  });
}

describe('HTTP server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the viewer and the graph', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: expect.stringContaining('viewer') });
    const graph = await get('/api/graph?types=Region,Person');
    expect(graph.status).toBe(200);
    expect(graph.body).toMatchObject({ attributes: { schemaVersion: 1 }, edges: [{ key: 'e1' }] });
  });

  it('searches, describes entities and returns articles', async () => {
    expect(await get('/api/search?q=%D0%BA%D0%B0%D0%BB%D1%83%D0%B6')).toMatchObject({
      status: 200,
      body: { hits: [{ id: 'region:kaluga-oblast', name: 'Калужская область' }] },
    });
    const entity = await get('/api/entity/region%3Akaluga-oblast');
    expect(entity).toMatchObject({ status: 200, body: { id: 'region:kaluga-oblast', relations: { HEADS: [{}] } } });
    expect(await get(`/api/article/${ARTICLE_A.id}`)).toMatchObject({ status: 200, body: { text: 'Текст.' } });
  });

  it('answers bad input with 400 and unknown ids with 404, as JSON', async () => {
    expect(await get('/api/graph?types=Planet')).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    expect(await get('/api/search?q=')).toMatchObject({ status: 400, body: { error: expect.stringContaining('q') } });
    expect(await get('/api/entity/no%20id')).toMatchObject({ status: 400 });
    expect(await get('/api/entity/region:nowhere')).toMatchObject({ status: 404, body: { error: expect.any(String) } });
    expect(await get(`/api/article/${'c'.repeat(16)}`)).toMatchObject({ status: 404 });
    expect(await get('/api/nothing')).toMatchObject({ status: 404, type: expect.stringContaining('json') });
  });

  it('maps typed errors to 403/503 and hides unexpected ones behind 500', async () => {
    expect(await get('/api/refused')).toMatchObject({ status: 403, body: { error: 'writes are refused' } });
    expect(await get('/api/down')).toMatchObject({ status: 503 });
    const boom = await get('/api/boom');
    expect(boom).toMatchObject({ status: 500 });
    expect(JSON.stringify(boom.body)).not.toContain('secret');
    expect(errors.map((e) => (e as Error).message)).toContain('secret internals');
  });

  it('answers a query timeout with 504 and a down database with 503, in words for an HTTP user', async () => {
    const slow = await get('/api/slow');
    expect(slow).toMatchObject({ status: 504, body: { error: expect.stringContaining("server's limit of 30 s") } });
    const huge = await get('/api/huge');
    expect(huge).toMatchObject({ status: 422, body: { error: expect.stringContaining("server's limit of 10 MB") } });
    const down = await get('/api/down');
    expect(down).toMatchObject({ status: 503, body: { error: expect.stringContaining('unavailable') } });
    // No command-line options in what the browser shows.
    for (const answer of [slow, huge, down]) expect(JSON.stringify(answer.body)).not.toMatch(/--\w/);
  });

  it('parses JSON bodies for POST routes and refuses wrong methods', async () => {
    const json = { 'content-type': 'application/json' };
    const echo = await fetch(new URL('/api/echo', server.url), {
      method: 'POST',
      headers: json,
      body: '{"query":"RETURN 1"}',
    });
    expect(await echo.json()).toEqual({ body: { query: 'RETURN 1' } });
    const bad = await fetch(new URL('/api/echo', server.url), { method: 'POST', headers: json, body: '{oops' });
    expect(bad.status).toBe(400);
    const wrong = await fetch(new URL('/api/graph', server.url), { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('refuses requests addressed to a foreign host name (DNS rebinding)', async () => {
    expect(isLocalHost('127.0.0.1:5173')).toBe(true);
    expect(isLocalHost('localhost:5174')).toBe(true);
    expect(isLocalHost('evil.example:5173')).toBe(false);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(new URL('/api/graph', server.url), { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject).end();
    });
    expect(status).toBe(403);
  });

  it('refuses POST bodies not declared as JSON (a cross-origin form or text/plain post)', async () => {
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', undefined]) {
      const answer = await raw('POST', '/api/echo', type ? { 'content-type': type } : {}, '{"query":"RETURN 1"}');
      expect(answer.status, String(type)).toBe(415);
      expect(answer.body).toContain('application/json');
    }
    const ok = await raw('POST', '/api/echo', { 'content-type': 'application/json; charset=utf-8' }, '{"a":1}');
    expect(ok.status).toBe(200);
  });

  it("refuses requests whose Origin is not the server's own", async () => {
    const own = server.url.replace(/\/$/, '');
    const evil = { origin: 'http://evil.example', 'content-type': 'text/plain' };
    const crossPost = await raw('POST', '/api/cypher', evil, '{"query":"MATCH (n) RETURN n"}');
    expect(crossPost.status).toBe(403);
    expect(crossPost.body).toContain('http://evil.example');
    expect((await raw('GET', '/api/graph', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await raw('GET', '/api/graph', { origin: 'null' })).status).toBe(403);
    expect((await raw('GET', '/api/graph', { origin: own.replace(/:\d+$/, ':1') })).status).toBe(403);
    const json = { origin: own, 'content-type': 'application/json' };
    expect((await raw('POST', '/api/echo', json, '{"a":1}')).status).toBe(200);
    expect((await raw('GET', '/api/graph', { origin: own })).status).toBe(200);
  });

  it('never serves files outside the viewer directory', async () => {
    expect(resolveStaticPath('/srv/dist', '/../../etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect(resolveStaticPath('/srv/dist', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/dist/etc/passwd');
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });
});
