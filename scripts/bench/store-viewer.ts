/**
 * The viewer on an ingested store (issue 14's targets), for `npm run bench` and
 * expand-probe.ts: serves the store with the real server (`coopgraph serve` as a
 * function) and measures `/api/graph` as the viewer first asks for it and whole
 * (bytes raw and gzip, per node and per edge, server time), the viewer's time to
 * interactive on the first view's bytes beside bare sigma on the same bytes, and
 * "Показать соседей" on a node with about 200 neighbours (the neighbours request's
 * server time, and the click to the first frame after the expand in Chromium).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { z } from 'zod';
import { NEIGHBOURS_DEFAULT_LIMIT } from '../../src/schema/neighbours.ts';
import { createSnapshotDataSource } from '../../src/server/data-source.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import type { RouteDefinition } from '../../src/server/route.ts';
import { serve } from '../../src/server/serve.ts';
import { graphSource } from '../../viewer/src/api.ts';
import { launchChromium } from '../chromium.ts';
import type { ExpandMeasure, PayloadMeasure, StoreViewerMeasurements } from './report.ts';
import { median } from './stats.ts';
import { buildBaseline, comparePages, measurePage, VIEWPORT, viewerBundle } from './viewer-bench.ts';

export interface StoreViewerOptions {
  /** Data folder of the embedded Neo4j that holds the store; it is running and stays so. */
  dataDir: string;
  /** Page loads per measured page (and expands); the median is reported. */
  runs: number;
  /** Also measure in Chromium; without it only payloads and server times. */
  browser: boolean;
  /** Scratch folder: the bare-sigma page is built there. */
  workDir: string;
  /**
   * The viewer page's query string (`?overview=N`); empty for the viewer's default first view.
   * Its `edgesPerNode` and `edges` also go to the first view's `/api/graph` request (the
   * measured pages get those bytes; the viewer served live asks with the server's defaults).
   */
  pageSearch?: string;
  /** A built viewer to measure instead of viewer/dist (e.g. the build before a change). */
  viewerDir?: string;
  log: (line: string) => void;
}

/** Requests per payload; the whole graph is big at 50,000 articles, so it is asked for less often. */
const FIRST_VIEW_RUNS = 5;
const WHOLE_RUNS = 3;
const NEIGHBOURS_RUNS = 7;
/** Pan length per page: only time to interactive is reported here, the pan is the shortest measurePage allows. */
const PAN_MS = 0;
const LAYOUT_TIMEOUT_MS = 300_000;

/** The parts of `/api/graph` this module reads; the rest is kept, for the byte counts and to serve it again. */
const PayloadSchema = z.looseObject({
  nodes: z.array(z.looseObject({ key: z.string() })),
  edges: z.array(z.looseObject({ source: z.string(), target: z.string() })),
});
type Payload = z.infer<typeof PayloadSchema>;

/** The first view's `/api/graph` path for a page query: the viewer's own, plus the edge budget's parameters. */
function firstViewPath(search: string): string {
  const url = new URL(graphSource(search), 'http://first.view');
  const page = new URLSearchParams(search);
  for (const name of ['edgesPerNode', 'edges']) {
    const value = page.get(name);
    if (value !== null) url.searchParams.set(name, value);
  }
  return `${url.pathname}${url.search}`;
}

/** A GET's body (identity encoding) and its median time to the last byte over `runs`. */
async function timedGet(url: string, runs: number): Promise<{ body: Buffer; ms: number }> {
  const times: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    body = Buffer.from(await response.arrayBuffer());
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${body.toString('utf8').slice(0, 200)}`);
  }
  return { body, ms: median(times) };
}

/**
 * One `/api/graph` answer measured: sizes, and bytes per node and per edge from each array
 * serialised alone (as compact as the server writes it), so growth of either is visible.
 */
async function measureGraph(url: string, runs: number): Promise<{ measure: PayloadMeasure; payload: Payload }> {
  const { body, ms } = await timedGet(url, runs);
  const payload = PayloadSchema.parse(JSON.parse(body.toString('utf8')));
  const perItem = (items: readonly unknown[]) =>
    items.length === 0 ? 0 : Buffer.byteLength(JSON.stringify(items)) / items.length;
  return {
    measure: {
      nodes: payload.nodes.length,
      edges: payload.edges.length,
      bytes: body.length,
      gzipBytes: gzipSync(body).length,
      ms,
      bytesPerNode: perItem(payload.nodes),
      bytesPerEdge: perItem(payload.edges),
    },
    payload,
  };
}

/** Distinct neighbours of every entity in a graph's relations (a self-loop is no neighbour). */
function neighbourCounts(edges: Payload['edges']): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    const set = neighbours.get(from) ?? new Set<string>();
    set.add(to);
    neighbours.set(from, set);
  };
  for (const { source, target } of edges) {
    link(source, target);
    link(target, source);
  }
  return new Map([...neighbours].map(([key, set]) => [key, set.size]));
}

/**
 * The node to expand: among those the first view draws (expand is offered on them), the one
 * whose distinct neighbours in the whole graph are nearest the 200 the target names (ties: more
 * neighbours, then the smaller key). Not the hub with limit 200: its answer, the 200 most stated
 * relations of a node with thousands, brings mostly nodes already drawn; a node of about 200
 * brings its whole neighbourhood, as a user expanding it sees. On the quick and tiny stores no
 * node comes near 200, and this is the best-connected drawn one.
 */
function pickExpandNode(drawn: Payload['nodes'], counts: Map<string, number>): { key: string; neighbours: number } {
  const off = (neighbours: number) => Math.abs(neighbours - NEIGHBOURS_DEFAULT_LIMIT);
  const [best] = drawn
    .map(({ key }) => ({ key, neighbours: counts.get(key) ?? 0 }))
    .sort((a, b) => off(a.neighbours) - off(b.neighbours) || b.neighbours - a.neighbours || (a.key < b.key ? -1 : 1));
  if (!best) throw new Error('the first view draws no node: the store is empty');
  return best;
}

/**
 * Runs in the page (a string, so the TS loader's helpers stay out of it): clicks the marked
 * expand button and resolves at the first frame after the expand finished (its "Свернуть"
 * shows), with the neighbours request's share; `ms` is NaN when nothing came within a minute.
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
    if (!collapse.hidden) requestAnimationFrame(() => resolve({ ms: performance.now() - start, fetchMs, added: graph.order - before }));
    else if (performance.now() - start > 60000) resolve({ ms: NaN, fetchMs, added: 0 });
    else requestAnimationFrame(wait);
  }
  requestAnimationFrame(wait);
})`;

interface ExpandRun {
  ms: number;
  fetchMs: number;
  added: number;
}

/** Opens the viewer with `key` selected, waits for the first layout pass (a user clicks once the graph settles), expands it. */
async function expandOnce(browser: Browser, pageUrl: string, key: string): Promise<ExpandRun> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(`${pageUrl}#node=${encodeURIComponent(key)}`);
    await page.waitForSelector('body[data-layout="done"]', { state: 'attached', timeout: LAYOUT_TIMEOUT_MS });
    const expand = page.getByRole('button', { name: 'Показать соседей' });
    await expand.waitFor({ timeout: 60_000 });
    await expand.evaluate((button) => button.setAttribute('data-probe', 'expand'));
    const run = (await page.evaluate(EXPAND_IN_PAGE)) as ExpandRun;
    if (!Number.isFinite(run.ms)) throw new Error(`expanding "${key}" did not finish within a minute`);
    return run;
  } finally {
    await page.close();
  }
}

/** Serves a built page and one fixed `/api/graph` answer: two pages get the same bytes, and no store time. */
function serveFixedGraph(staticDir: string, payload: Payload): Promise<RunningServer> {
  const graphRoute: RouteDefinition = { method: 'GET', path: '/api/graph', handle: async () => payload };
  // No other route reads the data source; it is there because the server wants one.
  const data = createSnapshotDataSource({
    loadSnapshot: () => Promise.reject(new Error('only /api/graph is served here')),
    loadArticle: async () => undefined,
  });
  return startServer({ port: 0, routes: [graphRoute], services: { data }, staticDir });
}

/** The Chromium half: interactive times on the first view's bytes and on the live server, then the expands. */
async function measureInChromium(
  options: StoreViewerOptions,
  viewerUrl: string,
  firstView: Payload,
  expandKey: string,
): Promise<Pick<StoreViewerMeasurements, 'interactive'> & { expands: ExpandRun[] }> {
  const viewerDir = options.viewerDir ?? (await viewerBundle(options.workDir, options.log));
  const baselineDir = await buildBaseline(options.workDir);
  const servers: RunningServer[] = [];
  let browser: Browser | undefined;
  try {
    const viewerServer = await serveFixedGraph(viewerDir, firstView);
    servers.push(viewerServer);
    const baselineServer = await serveFixedGraph(baselineDir, firstView);
    servers.push(baselineServer);
    browser = await launchChromium();
    const search = options.pageSearch ?? '';
    options.log(`viewer on the store: interactive, viewer and bare sigma on the same ${firstView.nodes.length} nodes`);
    const urls = { viewer: new URL(`/${search}`, viewerServer.url).href, baseline: baselineServer.url };
    const compared = await comparePages(browser, urls, options.runs, PAN_MS);
    const served: number[] = [];
    for (let run = 0; run < options.runs; run++)
      served.push((await measurePage(browser, viewerUrl, PAN_MS)).interactiveMs);
    options.log(`viewer on the store: expanding "${expandKey}"`);
    const expands: ExpandRun[] = [];
    for (let run = 0; run < options.runs; run++) expands.push(await expandOnce(browser, viewerUrl, expandKey));
    return {
      interactive: {
        viewerMs: compared.viewer.interactiveMs,
        sigmaMs: compared.baseline.interactiveMs,
        servedMs: median(served),
      },
      expands,
    };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

/** Serves the store at `dataDir` with the real server and measures it; the server is always stopped. */
export async function benchStoreViewer(options: StoreViewerOptions): Promise<StoreViewerMeasurements> {
  // The bench's own embedded Neo4j, never a NEO4J_URI of the caller.
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  const server = await serve({
    port: 0,
    log: options.log,
    env: { ...env, COOPGRAPH_DATA_DIR: options.dataDir },
    apiOnly: !options.browser,
  });
  try {
    const search = options.pageSearch ?? '';
    const api = (path: string) => new URL(path, server.url).href;
    options.log('viewer on the store: /api/graph as the viewer first asks for it, and whole');
    const first = await measureGraph(api(firstViewPath(search)), FIRST_VIEW_RUNS);
    const whole = await measureGraph(api(graphSource('?overview=0')), WHOLE_RUNS);
    const target = pickExpandNode(first.payload.nodes, neighbourCounts(whole.payload.edges));
    const neighbours = await timedGet(
      api(`/api/entities/${encodeURIComponent(target.key)}/neighbours?limit=${NEIGHBOURS_DEFAULT_LIMIT}`),
      NEIGHBOURS_RUNS,
    );
    const expand: ExpandMeasure = {
      node: target.key,
      neighbours: target.neighbours,
      serverMs: neighbours.ms,
      ms: null,
      fetchMs: null,
      addedNodes: null,
    };
    if (!options.browser) return { firstView: first.measure, whole: whole.measure, interactive: null, expand };
    const measured = await measureInChromium(options, api(`/${search}`), first.payload, target.key);
    const of = (key: keyof ExpandRun) => median(measured.expands.map((run) => run[key]));
    return {
      firstView: first.measure,
      whole: whole.measure,
      interactive: measured.interactive,
      expand: { ...expand, ms: of('ms'), fetchMs: of('fetchMs'), addedNodes: of('added') },
    };
  } finally {
    await server.stop();
  }
}
