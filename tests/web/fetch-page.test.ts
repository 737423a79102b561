/**
 * Fetching against a local server on 127.0.0.1: charsets, redirects, 404, timeouts,
 * size caps, refused schemes and addresses, retries and per-host pacing.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS, FetchError, type FetchLimits, fetchPage } from '../../src/web/fetch-page.ts';
import { articleFromPage } from '../../src/web/page-article.ts';
import { createFetcher, type PolitenessSettings, UNLIMITED_POLITENESS } from '../../src/web/politeness.ts';
import { cooperationStory, type LocalServer, russianPage, startLocalServer } from './local-server.ts';

const LIMITS: FetchLimits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs: 2000, maxBytes: 64 * 1024 };
let server: LocalServer;
let inFlight = 0;
let maxInFlight = 0;

function windows1251(text: string): Buffer {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

beforeAll(async () => {
  server = await startLocalServer();
  const story = cooperationStory('Белорусский металлургический завод', 'Смоленской области', 'тысяча тонн арматуры');
  server.routes.set('/cp1251', {
    headers: { 'content-type': 'text/html' },
    body: windows1251(russianPage({ title: 'Смоленщина и Беларусь', paragraphs: story })),
  });
  server.routes.set('/moved', { status: 302, headers: { location: '/cp1251' } });
  server.routes.set('/loop', { status: 301, headers: { location: '/loop' } });
  server.routes.set('/slow', { delayMs: 5000, body: 'поздно' });
  server.routes.set('/huge', { body: 'а'.repeat(100 * 1024) });
  server.routes.set('/stream', {
    handle: (_headers, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 100; i++) res.write('б'.repeat(1024));
      res.end();
    },
  });
  server.routes.set('/gzip', {
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' },
    body: gzipSync(Buffer.from('<p>сжатый текст</p>')),
  });
  server.routes.set('/busy', {
    handle: (_headers, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
      }, 60);
    },
  });
  let flaky = 0;
  server.routes.set('/flaky', {
    handle: (_headers, res) => {
      flaky++;
      if (flaky === 1) res.writeHead(503, { 'retry-after': '0' }).end('busy');
      else res.writeHead(200, { 'content-type': 'text/html' }).end('готово');
    },
  });
});

afterAll(async () => {
  await server.close();
});

describe('fetchPage', () => {
  it('fetches a windows-1251 page with no declared charset and reads it as a Russian article', async () => {
    const page = await fetchPage({ url: `${server.base}/cp1251` }, LIMITS);
    const { article } = articleFromPage(page, page.url, {}, '2026-12-04');
    expect(article.text).toContain('Белорусский металлургический завод');
    expect(article.title).toBe('Смоленщина и Беларусь');
    const request = server.requests.find((r) => r.path === '/cp1251');
    expect(request?.headers['user-agent']).toMatch(/^coopgraph\//);
  });

  it('follows a redirect and reports the final URL; a redirect loop stops at the limit', async () => {
    const page = await fetchPage({ url: `${server.base}/moved` }, LIMITS);
    expect(page.url).toBe(`${server.base}/cp1251`);
    const loop = await failure(fetchPage({ url: `${server.base}/loop` }, { ...LIMITS, maxRedirects: 3 }));
    expect(loop.problem).toMatch(/more than 3 redirects/);
  });

  it('reports 404 with its status, not retriable', async () => {
    const error = await failure(fetchPage({ url: `${server.base}/missing` }, LIMITS));
    expect(error).toMatchObject({ status: 404, retriable: false });
    expect(error.message).toContain(`${server.base}/missing`);
  });

  it('gives up on a slow answer at the deadline, as a retriable timeout', async () => {
    const started = Date.now();
    const error = await failure(fetchPage({ url: `${server.base}/slow` }, { ...LIMITS, timeoutMs: 300 }));
    expect(error.problem).toMatch(/timed out/);
    expect(error.retriable).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses a body over the size cap, declared or streamed', async () => {
    expect((await failure(fetchPage({ url: `${server.base}/huge` }, LIMITS))).problem).toMatch(/larger than/);
    expect((await failure(fetchPage({ url: `${server.base}/stream` }, LIMITS))).problem).toMatch(/larger than/);
  });

  it('decompresses gzip', async () => {
    const page = await fetchPage({ url: `${server.base}/gzip` }, LIMITS);
    expect(page.body.toString('utf8')).toBe('<p>сжатый текст</p>');
  });

  it('refuses non-http schemes, and loopback addresses unless allowed (IP literal or resolved name)', async () => {
    const closed = { ...LIMITS, allowPrivate: false };
    expect((await failure(fetchPage({ url: 'file:///etc/passwd' }, LIMITS))).problem).toMatch(/only http/);
    expect((await failure(fetchPage({ url: `${server.base}/cp1251` }, closed))).problem).toMatch(/private/);
    const byName = server.base.replace('127.0.0.1', 'localhost');
    expect((await failure(fetchPage({ url: `${byName}/cp1251` }, closed))).problem).toMatch(/private/);
    expect(server.requests.filter((r) => r.headers.host?.startsWith('localhost'))).toHaveLength(0);
  });
});

describe('createFetcher (politeness)', () => {
  const quick: PolitenessSettings = { ...UNLIMITED_POLITENESS, retries: 2, backoffMs: 10, maxBackoffMs: 50 };

  it('retries a 503 and succeeds; does not retry a 404', async () => {
    const fetcher = createFetcher(LIMITS, quick);
    const page = await fetcher.fetch({ url: `${server.base}/flaky` });
    expect(page.body.toString('utf8')).toBe('готово');
    expect(fetcher.requests).toBe(2);
    const other = createFetcher(LIMITS, quick);
    await failure(other.fetch({ url: `${server.base}/missing` }));
    expect(other.requests).toBe(1);
  });

  it('keeps one request at a time to a host, spaced by the delay', async () => {
    const fetcher = createFetcher(LIMITS, { ...quick, perHost: 1, delayMs: 150 });
    const before = server.requests.length;
    const started = Date.now();
    await Promise.all([1, 2, 3].map(() => fetcher.fetch({ url: `${server.base}/gzip` })));
    expect(server.requests.length - before).toBe(3);
    // Three starts spaced by 150 ms take at least 300 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('never has more than perHost requests in flight to one host', async () => {
    const fetcher = createFetcher(LIMITS, { ...quick, perHost: 2 });
    maxInFlight = 0;
    await Promise.all(Array.from({ length: 6 }, () => fetcher.fetch({ url: `${server.base}/busy` })));
    expect(maxInFlight).toBe(2);
  });
});
