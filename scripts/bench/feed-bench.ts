/**
 * Benchmark of `feed pull`: a local server on 127.0.0.1 serves one RSS feed of N items
 * (default 200), each a ~5 KB HTML page of generated Russian news; a fresh embedded
 * Neo4j in a temp dir receives them. Politeness is set to unlimited (no pacing), so the
 * figure is what fetching + extraction + writing sustain. A second, unchanged pull must
 * cost one conditional request.
 *   node bin/run-ts.js scripts/bench/feed-bench.ts [--items 200] [--seed 1] [--json]
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadIngestContext } from '../../src/cli/commands/ingest.ts';
import { connectStore, startEmbedded, stopEmbedded } from '../../src/store/index.ts';
import { pullFeeds } from '../../src/web/feed-pull.ts';
import { DEFAULT_FETCH_LIMITS } from '../../src/web/fetch-page.ts';
import { createFetcher, UNLIMITED_POLITENESS } from '../../src/web/politeness.ts';
import { generateArticles } from './corpus.ts';
import { loadPools } from './load-pools.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const items = Number(values.items);
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const pages = new Map<string, string>();
for (const [i, article] of [
  ...generateArticles({ n: items, seed: Number(values.seed), minBytes: 4800, maxBytes: 5200, pools: loadPools() }),
].entries()) {
  const paragraphs = article.text
    .split('\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
  pages.set(
    `/news/${i}`,
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title><meta property="article:published_time" content="${article.date ?? '2024-01-01'}"></head><body><article>${paragraphs}</article></body></html>`,
  );
}

const server = createServer((req, res) => {
  const path = req.url ?? '/';
  if (path === '/rss') {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' }).end();
      return;
    }
    const entries = [...pages.keys()]
      .map((p) => `<item><title>${p}</title><link>http://${req.headers.host}${p}</link><guid>${p}</guid></item>`)
      .join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' });
    res.end(
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>${entries}</channel></rss>`,
    );
    return;
  }
  const page = pages.get(path);
  if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss`;
const pageBytes = [...pages.values()].reduce((sum, p) => sum + Buffer.byteLength(p), 0) / pages.size;

const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-feed-bench-'));
try {
  log(`starting an embedded Neo4j in ${dataDir}`);
  const store = await connectStore(await startEmbedded(dataDir, { port: 0, log }));
  try {
    const context = loadIngestContext(store);
    const limits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true };
    const feeds = [{ name: 'bench', url: feedUrl }];
    const started = performance.now();
    const first = await pullFeeds(feeds, context, createFetcher(limits, UNLIMITED_POLITENESS));
    const seconds = (performance.now() - started) / 1000;
    const again = createFetcher(limits, UNLIMITED_POLITENESS);
    const second = await pullFeeds(feeds, context, again);
    const result = {
      feed_items: items,
      feed_page_bytes: Math.round(pageBytes),
      feed_pull_s: Number(seconds.toFixed(2)),
      feed_pages_per_s: Number((first.articles.new / seconds).toFixed(1)),
      feed_new: first.articles.new,
      feed_failed: first.articles.failed,
      feed_unchanged_requests: again.requests,
      feed_unchanged_status: second.feeds[0]?.status,
    };
    process.stdout.write(
      [
        `feed pull of ${items} local items (~${result.feed_page_bytes} B pages, politeness unlimited):`,
        `  ${result.feed_new} new, ${result.feed_failed} failed in ${result.feed_pull_s} s = ${result.feed_pages_per_s} pages/s`,
        `  second pull: ${result.feed_unchanged_status}, ${result.feed_unchanged_requests} request(s)`,
        '',
      ].join('\n'),
    );
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
  }
} finally {
  await stopEmbedded(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  server.closeAllConnections();
  server.close();
}
