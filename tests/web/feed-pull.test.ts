/**
 * `feed pull` and `ingest URL` end to end against a local server (127.0.0.1) and the
 * tests' own embedded Neo4j (whole-graph comparisons need a database of their own):
 * new items only, 304 on an unchanged feed, a new item on the second pull, a malformed
 * feed, a 404 and a timed-out page, the graph after two pulls equal to one pull of the
 * union, and the CLI's exit codes and JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadIngestContext } from '../../src/cli/commands/ingest.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { IngestContext } from '../../src/ingest/index.ts';
import { factTypesPattern, runRead } from '../../src/store/index.ts';
import type { FeedEntry } from '../../src/web/feed-list.ts';
import { pullFeeds } from '../../src/web/feed-pull.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/web/fetch-page.ts';
import { createFetcher, UNLIMITED_POLITENESS } from '../../src/web/politeness.ts';
import { type OwnNeo4j, startOwnNeo4j } from '../ingest/own-neo4j.ts';
import { cooperationStory, type LocalServer, russianPage, startLocalServer } from './local-server.ts';

const CLI = join(PROJECT_ROOT, 'bin', 'coopgraph.js');

let neo: OwnNeo4j;
let server: LocalServer;
let context: IngestContext;
const tempDirs: string[] = [];

const PAGES: Record<string, { title: string; date: string; story: string[] }> = {
  '/news/1': {
    title: 'Калужская область и Беларусь расширяют кооперацию',
    date: '2024-04-01',
    story: cooperationStory('Минский тракторный завод', 'Калужской области', 'сто двадцать тракторов'),
  },
  '/news/2': {
    title: 'Брянщина закупит белорусские автобусы',
    date: '2024-04-02',
    story: cooperationStory('Минский автомобильный завод', 'Брянской области', 'сорок автобусов'),
  },
  '/news/3': {
    title: 'Смоленская область договорилась о поставках',
    date: '2024-04-03',
    story: cooperationStory('Гомсельмаш', 'Смоленской области', 'тридцать комбайнов'),
  },
};

/** An RSS 2.0 feed of these paths; the page's own date is in JSON-LD, the feed's in pubDate. */
function rss(paths: readonly string[]): string {
  const items = paths
    .map(
      (path) =>
        `<item><title>${PAGES[path]?.title}</title><link>${server.base}${path}</link><guid isPermaLink="false">guid${path}</guid><pubDate>Mon, 01 Apr 2024 10:00:00 +0300</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>${items}</channel></rss>`;
}

/** Serves the feed at `path` with an ETag; a matching If-None-Match gets 304. */
function serveFeed(path: string, paths: readonly string[]): void {
  const body = rss(paths);
  const etag = `"${paths.join(',')}"`;
  server.routes.set(path, {
    handle: (headers, res) => {
      if (headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    },
  });
}

function hits(path: string): number {
  return server.requests.filter((r) => r.path === path).length;
}

function fetcher(timeoutMs = 5000) {
  return createFetcher({ ...DEFAULT_FETCH_LIMITS, allowPrivate: true, timeoutMs }, UNLIMITED_POLITENESS);
}

function feed(name: string, path: string): FeedEntry {
  return { name, url: `${server.base}${path}` };
}

/** The whole graph as sorted lines: articles, entities, fact relationships with their article counts. */
async function graphDump(): Promise<string[]> {
  const rows = await runRead(neo.store, {
    cypher: [
      'CALL { MATCH (a:Article) RETURN collect(a.id + " " + coalesce(a.url, "") + " " + coalesce(a.date, "")) AS articles }',
      'CALL { MATCH (e:Entity) RETURN collect(e.id + " " + e.name) AS entities }',
      `CALL { MATCH (s:Entity)-[r:${factTypesPattern()}]->(t:Entity) RETURN collect(type(r) + " " + s.id + " " + t.id + " " + toString(r.articleCount)) AS facts }`,
      'RETURN articles + entities + facts AS lines',
    ].join('\n'),
    params: {},
  });
  return ((rows[0]?.lines ?? []) as string[]).sort();
}

beforeAll(async () => {
  [neo, server] = await Promise.all([startOwnNeo4j(), startLocalServer()]);
  context = loadIngestContext(neo.store);
  for (const [path, page] of Object.entries(PAGES)) {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${page.date}T09:00:00+03:00"}</script><link rel="canonical" href="${path}">`;
    server.routes.set(path, { body: russianPage({ title: page.title, paragraphs: page.story, head }) });
  }
}, 180_000);

afterAll(async () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  await server?.close();
  await neo?.stop();
});

beforeEach(async () => {
  await neo.wipe();
});

describe('feed pull', { timeout: 180_000 }, () => {
  it('loads new items only, answers an unchanged feed with one 304, and two pulls equal one pull of the union', async () => {
    serveFeed('/rss', ['/news/1', '/news/2']);
    const first = await pullFeeds([feed('local', '/rss')], context, fetcher());
    expect(first.feeds[0]).toMatchObject({ status: 'fetched', items: 2, newItems: 2 });
    expect(first.articles).toMatchObject({ new: 2, failed: 0 });
    expect(first.ok).toBe(true);

    const unchanged = fetcher();
    const second = await pullFeeds([feed('local', '/rss')], context, unchanged);
    expect(second.feeds[0]?.status).toBe('unchanged');
    expect(unchanged.requests).toBe(1);
    expect(second.reports).toHaveLength(0);

    serveFeed('/rss', ['/news/1', '/news/2', '/news/3']);
    const pagesBefore = hits('/news/1') + hits('/news/2');
    const third = await pullFeeds([feed('local', '/rss')], context, fetcher());
    expect(third.feeds[0]).toMatchObject({ status: 'fetched', items: 3, newItems: 1 });
    expect(third.articles.new).toBe(1);
    expect(hits('/news/1') + hits('/news/2')).toBe(pagesBefore);
    const afterTwoPulls = await graphDump();
    expect(afterTwoPulls.some((line) => line.includes(`${server.base}/news/3 2024-04-03`))).toBe(true);

    await neo.wipe();
    serveFeed('/union', ['/news/1', '/news/2', '/news/3']);
    const union = await pullFeeds([feed('union', '/union')], context, fetcher());
    expect(union.articles.new).toBe(3);
    expect(await graphDump()).toEqual(afterTwoPulls);
  });

  it('reports a malformed feed, a 404 page and a timed-out page without stopping the others; retries only the transient one', async () => {
    serveFeed('/mixed', ['/news/1', '/gone', '/slow']);
    server.routes.set('/slow', {
      delayMs: 3000,
      body: russianPage({ title: 'Медленно', paragraphs: PAGES['/news/2']?.story ?? [] }),
    });
    server.routes.set('/broken', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss><channel><item>' });
    const feeds = [feed('mixed', '/mixed'), feed('broken', '/broken')];
    const first = await pullFeeds(feeds, context, fetcher(500));
    expect(first.feeds.map((f) => f.status)).toEqual(['fetched', 'failed']);
    expect(first.feeds[1]?.reason).toMatch(/not well-formed XML/);
    expect(first.articles).toMatchObject({ new: 1, failed: 2 });
    expect(first.failures).toEqual(
      expect.arrayContaining([
        { source: `${server.base}/gone`, reason: 'HTTP 404 Not Found' },
        { source: `${server.base}/slow`, reason: expect.stringMatching(/timed out/) },
      ]),
    );
    expect(first.ok).toBe(true);

    // The timeout is worth retrying, so the feed is fetched in full again (no ETag kept); the 404 is not.
    const goneHits = hits('/gone');
    const second = await pullFeeds([feed('mixed', '/mixed')], context, fetcher(500));
    expect(second.feeds[0]).toMatchObject({ status: 'fetched', newItems: 1 });
    expect(hits('/gone')).toBe(goneHits);
    expect(second.reports.map((r) => r.source)).toEqual([`${server.base}/slow`]);
  });

  it('is not ok when nothing could be fetched', async () => {
    server.routes.set('/broken', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss><channel><item>' });
    const summary = await pullFeeds([feed('broken', '/broken'), feed('missing', '/no-feed')], context, fetcher());
    expect(summary.ok).toBe(false);
    expect(summary.feeds.map((f) => f.status)).toEqual(['failed', 'failed']);
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  const { NEO4J_URI: _uri, ...rest } = process.env;
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...rest, COOPGRAPH_DATA_DIR: neo.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('coopgraph ingest URL and coopgraph feed (CLI)', { timeout: 240_000 }, () => {
  it('ingests URLs mixed with files; refuses loopback without --allow-private and file: URLs', async () => {
    const file = join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', '000.md');
    const url = `${server.base}/news/1`;
    const refused = await run(['ingest', '--json', url, 'file:///etc/passwd']);
    expect(refused.code).toBe(1);
    const refusedSummary = JSON.parse(refused.stdout);
    expect(refusedSummary.articles).toMatchObject({ new: 0, failed: 2 });
    const reasons = refusedSummary.failures.map((f: { reason: string }) => f.reason).join('\n');
    expect(reasons).toMatch(/private or loopback/);
    expect(reasons).toMatch(/only http and https/);

    const loaded = await run(['ingest', '--json', '--allow-private', url, file, `${server.base}/missing`]);
    expect(loaded.code).toBe(1);
    const summary = JSON.parse(loaded.stdout);
    expect(summary.articles).toMatchObject({ new: 2, failed: 1 });
    expect(summary.failures).toEqual([{ source: `${server.base}/missing`, reason: 'HTTP 404 Not Found' }]);
    const dump = await graphDump();
    expect(dump.some((line) => line.endsWith(`${server.base}/news/1 2024-04-01`))).toBe(true);
  });

  it('feed add / ls / rm edit the list file; pull --quiet --json prints one object and exits by the cron rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopgraph-feeds-'));
    tempDirs.push(dir);
    const list = join(dir, 'feeds.yaml');
    serveFeed('/cli-rss', ['/news/2']);
    expect((await run(['feed', '--feeds', list, 'add', `${server.base}/cli-rss`, '--name', 'local'])).code).toBe(0);
    expect((await run(['feed', '--feeds', list, 'add', `${server.base}/no-feed`, '--name', 'dead'])).code).toBe(0);
    expect((await run(['feed', '--feeds', list, 'add', `${server.base}/other`, '--name', 'local'])).code).toBe(2);
    expect(readFileSync(list, 'utf8')).toContain(`url: ${server.base}/cli-rss`);
    const ls = await run(['feed', '--feeds', list, 'ls', '--json']);
    expect(JSON.parse(ls.stdout).map((f: FeedEntry) => f.name)).toEqual(['local', 'dead']);

    const pulled = await run(['feed', '--feeds', list, 'pull', '--quiet', '--json', '--allow-private']);
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toBe('');
    const lines = pulled.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0] ?? '');
    expect(summary.feeds.map((f: { status: string }) => f.status)).toEqual(['fetched', 'failed']);
    expect(summary.articles.new).toBe(1);

    const deadOnly = await run(['feed', '--feeds', list, 'pull', 'dead', '--quiet', '--json', '--allow-private']);
    expect(deadOnly.code).toBe(1);
    expect(JSON.parse(deadOnly.stdout).ok).toBe(false);

    expect((await run(['feed', '--feeds', list, 'rm', 'dead'])).code).toBe(0);
    expect(readFileSync(list, 'utf8')).not.toContain('no-feed');
    expect(readFileSync(list, 'utf8')).toContain('cli-rss');
  });
});
