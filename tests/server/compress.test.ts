import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, encodeBody, MIN_COMPRESS_BYTES } from '../../src/server/compress.ts';
import { createSnapshotDataSource } from '../../src/server/data-source.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import type { RouteDefinition } from '../../src/server/route.ts';
import { FIXTURE_ARTICLES, fixtureGraph } from './fixture-graph.ts';

describe('chooseEncoding', () => {
  it('prefers br, then gzip, as the Accept-Encoding header allows', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
  });

  it('answers uncompressed when the client names neither or refuses both', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('deflate, identity')).toBe('identity');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*, br;q=0, gzip;q=0')).toBe('identity');
  });
});

describe('encodeBody', () => {
  it('round-trips Cyrillic JSON through br and gzip', async () => {
    const body = Buffer.from(JSON.stringify({ name: 'Калужская область', list: Array(200).fill('Беларусь') }));
    expect(brotliDecompressSync(await encodeBody(body, 'br'))).toEqual(body);
    expect(gunzipSync(await encodeBody(body, 'gzip'))).toEqual(body);
  });
});

const big = { nodes: Array.from({ length: 500 }, (_, i) => ({ key: `region:r-${i}`, name: 'Калужская область' })) };
const routes: RouteDefinition[] = [
  { method: 'GET', path: '/api/big', handle: async () => big },
  { method: 'GET', path: '/api/small', handle: async () => ({ ok: true }) },
];
let server: RunningServer;

beforeAll(async () => {
  const data = createSnapshotDataSource({
    loadSnapshot: async () => ({ graph: fixtureGraph(), articles: FIXTURE_ARTICLES }),
    loadArticle: async () => undefined,
  });
  server = await startServer({ port: 0, routes, services: { data } });
});
afterAll(() => server.close());

function get(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(new URL(path, server.url), {
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compressed API answers', () => {
  it('sends br or gzip with a matching Content-Length, and the same JSON once decoded', async () => {
    const plain = Buffer.from(JSON.stringify(big));
    const br = await get('/api/big', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.length / 5);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(big);
    const gz = await get('/api/big', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(big);
    expect(gz.headers.vary).toBe('accept-encoding');
  });

  it('sends plain JSON to clients that do not ask, and small answers as they are', async () => {
    const plain = await get('/api/big');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(big);
    const small = await get('/api/small', 'br');
    expect(small.body.length).toBeLessThan(MIN_COMPRESS_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ ok: true });
  });

  it('compresses error answers too when they are large enough, and keeps their status', async () => {
    const missing = await get(`/api/${'x'.repeat(1200)}`, 'gzip');
    expect(missing.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(missing.body).toString('utf8')).error).toContain('no API endpoint');
  });
});
