/**
 * One targeted measurement of the viewer at store scale, outside `npm run bench`: ingests
 * a generated corpus into a fresh embedded Neo4j (temp dir), serves it, and reports
 * `/api/graph` (whole and overview: bytes raw and gzip, server time), the neighbours of
 * the best-connected entity (server time), and "Показать соседей" on it in Chromium
 * (click to the first frame after the expand, with the neighbours request's share, and
 * one full sigma refresh of the same page for scale), on the chosen overview and on a
 * 50-node one where most neighbours are new. One JSON object per line on stdout.
 *   node bin/run-ts.js scripts/bench/expand-probe.ts [--articles 50000] [--seed 1] [--overview 1]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serve } from '../../src/server/serve.ts';
import { connectStore, startEmbedded, stopEmbedded } from '../../src/store/index.ts';
import { launchChromium } from '../chromium.ts';
import { writeCorpus } from '../generate-corpus.ts';
import { loadPools } from './load-pools.ts';
import { median } from './stats.ts';

const T0 = Date.now();
const log = (line: string): void => {
  process.stderr.write(`expand-probe [${((Date.now() - T0) / 1000).toFixed(0)} s]: ${line}\n`);
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** `coopgraph ingest DIR` against the probe's embedded Neo4j (never the caller's NEO4J_URI). */
function ingest(dir: string, dataDir: string): Promise<void> {
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/coopgraph.js', 'ingest', dir], {
      env: { ...env, COOPGRAPH_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`ingest exited ${code}`))));
  });
}

/** A GET's body size raw and gzipped, and its time to the last byte (median of `runs`). */
async function measureGet(url: string, runs: number): Promise<{ bytes: number; gzipBytes: number; ms: number }> {
  const times: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    body = Buffer.from(await response.arrayBuffer());
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${body.toString('utf8').slice(0, 200)}`);
  }
  return { bytes: body.length, gzipBytes: gzipSync(body).length, ms: median(times) };
}

/**
 * Runs in the page (a string, so the TS loader's helpers stay out of it): clicks the marked
 * expand button and resolves at the first frame after the expand finished (its "Свернуть" shows).
 */
const EXPAND_IN_PAGE = `new Promise((resolve) => {
  const graph = window.coopgraph.graph;
  const before = graph.order;
  const button = document.querySelector('[data-probe="expand"]');
  const collapse = [...button.parentElement.querySelectorAll('button')].find((b) => b.textContent === 'Свернуть');
  const start = performance.now();
  let fetchMs = -1;
  const realFetch = window.fetch;
  window.fetch = (...args) => realFetch(...args).then((r) => { if (String(args[0]).includes('/neighbours')) fetchMs = performance.now() - start; return r; });
  button.click();
  function wait() {
    if (!collapse.hidden) requestAnimationFrame(() => resolve({ ms: performance.now() - start, fetchMs, before, after: graph.order }));
    else requestAnimationFrame(wait);
  }
  requestAnimationFrame(wait);
})`;

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '50000' },
      seed: { type: 'string', default: '1' },
      overview: { type: 'string', default: '1' },
    },
  });
  const n = Number(values.articles);
  const workDir = mkdtempSync(join(tmpdir(), 'coopgraph-expand-probe-'));
  const dataDir = join(workDir, 'data');
  try {
    const corpus = join(workDir, 'corpus');
    log(`generating ${n} articles`);
    writeCorpus(corpus, { n, seed: Number(values.seed), minBytes: 1024, maxBytes: 4096, pools: loadPools() });
    const connection = await startEmbedded(dataDir, { port: 0, log });
    // Constraints and indexes first, as the bench does.
    await (await connectStore(connection)).close();
    log(`ingesting ${n} articles`);
    await ingest(corpus, dataDir);
    rmSync(corpus, { recursive: true, force: true });
    const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
    const server = await serve({ port: 0, log, env: { ...env, COOPGRAPH_DATA_DIR: dataDir } });
    try {
      const api = (path: string) => new URL(path, server.url).href;
      const whole = await measureGet(api('/api/graph'), 3);
      const overview = await measureGet(api(`/api/graph?overview=${values.overview}`), 5);
      const graph = (await (await fetch(api('/api/graph'))).json()) as {
        nodes: { key: string; attributes: { degree?: number } }[];
        edges: unknown[];
      };
      const hub = graph.nodes.reduce((a, b) => ((b.attributes.degree ?? 0) > (a.attributes.degree ?? 0) ? b : a));
      const neighboursUrl = api(`/api/entities/${encodeURIComponent(hub.key)}/neighbours?limit=200`);
      const neighbours = await measureGet(neighboursUrl, 7);
      const answer = (await (await fetch(neighboursUrl)).json()) as { nodes: unknown[]; edges: unknown[] };
      log(`/api/graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${mb(whole.bytes)}`);
      console.log(
        JSON.stringify({
          articles: n,
          nodes: graph.nodes.length,
          edges: graph.edges.length,
          graphBytes: whole.bytes,
          graphGzipBytes: whole.gzipBytes,
          graphMs: Math.round(whole.ms),
          bytesPerItem: Math.round(whole.bytes / (graph.nodes.length + graph.edges.length)),
          overviewBytes: overview.bytes,
          overviewGzipBytes: overview.gzipBytes,
          overviewMs: Math.round(overview.ms),
          hub: hub.key,
          hubDegree: hub.attributes.degree,
          neighbours: answer.nodes.length - 1,
          neighbourEdges: answer.edges.length,
          neighboursMs: Math.round(neighbours.ms),
        }),
      );
      const browser = await launchChromium();
      try {
        // Expanding the hub on the chosen overview, and on a 50-node one (most neighbours new).
        for (const size of [...new Set([values.overview, '50'])]) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          await page.goto(api(`/?overview=${size}#node=${encodeURIComponent(hub.key)}`));
          // After the first layout pass, as a user clicks once the graph has settled.
          await page.waitForSelector('body[data-layout="done"]', { state: 'attached', timeout: 300_000 });
          const expand = page.getByRole('button', { name: 'Показать соседей' });
          await expand.waitFor({ timeout: 60_000 });
          await expand.evaluate((button) => button.setAttribute('data-probe', 'expand'));
          const result = (await page.evaluate(EXPAND_IN_PAGE)) as { ms: number; before: number; after: number };
          // One full sigma re-index of the same page, which an expand costs at least once.
          const refreshMs = (await page.evaluate(
            'new Promise((resolve) => { const t = performance.now(); window.coopgraph.renderer.refresh(); resolve(performance.now() - t); })',
          )) as number;
          console.log(JSON.stringify({ refreshMs: Math.round(refreshMs) }));
          console.log(JSON.stringify({ expandOverview: size, ...result, ms: Math.round(result.ms) }));
          await page.close();
        }
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  } finally {
    await stopEmbedded(dataDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}

await run();
