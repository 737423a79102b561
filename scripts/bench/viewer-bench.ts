/**
 * Viewer benchmark: for generated graphs of each size, serves them through the
 * real server code (API routes + snapshot data source) to the built viewer and
 * to a bare-sigma baseline page, and measures both in the same headless
 * Chromium: time until interactive and frames per second while panning.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { GraphQuerySchema } from '../../src/schema/index.ts';
import { createSnapshotDataSource, type GraphDataSource } from '../../src/server/data-source.ts';
import { startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { CHROMIUM_PATH, launchChromium } from '../chromium.ts';
import { median } from './stats.ts';
import { createSyntheticGraph } from './synthetic-graph.ts';

const BASELINE_DIR = fileURLToPath(new URL('./baseline/', import.meta.url));
const PROBE_SCRIPT = fileURLToPath(new URL('./page-probe.js', import.meta.url));
export const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 180_000;
const MAX_PAN_MS = 30_000;

export interface PageMeasure {
  /** ms from navigation start until a render drew nodes and a click on the stage was handled. */
  interactiveMs: number;
  /** Renders per second while the camera is dragged. */
  panFps: number;
}

export interface ViewerBenchOptions {
  sizes: readonly number[];
  seed: number;
  /** How long each pan lasts. */
  panMs: number;
  /** Measurements per page and size; the median is reported. */
  runs: number;
  /** Scratch folder (the baseline page, and the viewer when viewer/dist is missing, are built there). */
  workDir: string;
  log: (line: string) => void;
  /** A built viewer to measure instead of viewer/dist (e.g. another build). */
  viewerDir?: string;
}

export interface ViewerBenchResult {
  viewer: Record<string, PageMeasure>;
  baseline: Record<string, PageMeasure>;
  /** Where the measured viewer came from (viewer/dist, or a fresh build of viewer/). */
  viewerSource: string;
}

/** What scripts/bench/page-probe.js keeps on `window.__coopgraphBench`. */
interface ProbeState {
  /** performance.now() of the first render that drew at least one node. */
  firstRender: number | null;
  /** Renders of the nodes canvas that drew something, since the last reset. */
  renders: number;
  /** performance.now() of the first click the page dispatched. */
  clickedAt: number | null;
}

declare global {
  interface Window {
    __coopgraphBench: ProbeState;
  }
}

/** The built viewer: viewer/dist when present, else a build of viewer/ into the scratch folder. */
export async function viewerBundle(workDir: string, log: (line: string) => void): Promise<string> {
  const dist = join(PROJECT_ROOT, 'viewer', 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  const configFile = join(PROJECT_ROOT, 'viewer', 'vite.config.ts');
  if (!existsSync(configFile)) {
    throw new ConfigError('the viewer is not there to measure (no viewer/vite.config.ts); skip it with --no-viewer');
  }
  log('viewer/dist missing: building the viewer into the scratch folder');
  const outDir = join(workDir, 'viewer-dist');
  // The viewer's own Vite config (as `npm run build:viewer`), with only the output folder changed.
  await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Builds the bare-sigma page (scripts/bench/baseline) into the scratch folder; returns its folder. */
export async function buildBaseline(workDir: string): Promise<string> {
  const outDir = join(workDir, 'baseline-dist');
  await build({ root: BASELINE_DIR, logLevel: 'error', configFile: false, build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Loads one page, waits until it is interactive, then drags the camera in circles and counts renders. */
export async function measurePage(browser: Browser, url: string, panMs: number): Promise<PageMeasure> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: PROBE_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    const raf = { polling: 'raf', timeout: LOAD_TIMEOUT_MS } as const;
    await page.waitForFunction(() => window.__coopgraphBench.firstRender !== null, undefined, raf);
    const box = await page.locator('canvas.sigma-nodes').first().boundingBox();
    if (!box) throw new Error(`${url}: sigma's canvas is not visible`);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.click(cx + box.width / 4, cy + box.height / 4);
    await page.waitForFunction(() => window.__coopgraphBench.clickedAt !== null, undefined, raf);
    const interactiveMs = await page.evaluate(() => window.__coopgraphBench.clickedAt ?? Number.NaN);

    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const startedAt = await page.evaluate(() => {
      window.__coopgraphBench.renders = 0;
      return performance.now();
    });
    // Pan for panMs, and on slow pages on until three renders are in (a rate needs a few frames), up to a cap.
    const until = Date.now() + panMs;
    const cap = Date.now() + MAX_PAN_MS;
    let renders = 0;
    for (let step = 0; (Date.now() < until || renders < 3) && Date.now() < cap; step++) {
      const angle = step / 8;
      await page.mouse.move(cx + 150 * Math.sin(angle), cy + 150 * Math.cos(angle) - 150);
      if (Date.now() >= until && step % 4 === 0) renders = await page.evaluate(() => window.__coopgraphBench.renders);
    }
    const end = await page.evaluate(() => ({ renders: window.__coopgraphBench.renders, at: performance.now() }));
    await page.mouse.up();
    return { interactiveMs, panFps: (end.renders * 1000) / (end.at - startedAt) };
  } finally {
    await context.close();
  }
}

/**
 * Measures the viewer and the bare-sigma page `runs` times each, alternating so a slow
 * spell of a shared machine hits both, and gives the median of each.
 */
export async function comparePages(
  browser: Browser,
  urls: { viewer: string; baseline: string },
  runs: number,
  panMs: number,
): Promise<{ viewer: PageMeasure; baseline: PageMeasure }> {
  const viewer: PageMeasure[] = [];
  const baseline: PageMeasure[] = [];
  // The first pages a fresh Chromium loads pay for starting its GPU process and compiling shaders:
  // one unmeasured load of each page first, and the pages take turns going first, so neither
  // side carries the browser's warm-up.
  await measurePage(browser, urls.viewer, 0);
  await measurePage(browser, urls.baseline, 0);
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      viewer.push(await measurePage(browser, urls.viewer, panMs));
      baseline.push(await measurePage(browser, urls.baseline, panMs));
    } else {
      baseline.push(await measurePage(browser, urls.baseline, panMs));
      viewer.push(await measurePage(browser, urls.viewer, panMs));
    }
  }
  const summarise = (measured: PageMeasure[]): PageMeasure => ({
    interactiveMs: median(measured.map((r) => r.interactiveMs)),
    panFps: median(measured.map((r) => r.panFps)),
  });
  return { viewer: summarise(viewer), baseline: summarise(baseline) };
}

/** Serves one graph (as the real server would) and measures the viewer and the baseline on it. */
async function measureSize(
  browser: Browser,
  pages: { viewer: string; baseline: string },
  nodes: number,
  options: ViewerBenchOptions,
): Promise<{ viewer: PageMeasure; baseline: PageMeasure }> {
  const graph = createSyntheticGraph(nodes, options.seed);
  const source = createSnapshotDataSource({
    loadSnapshot: async () => ({ graph, articles: new Map() }),
    loadArticle: async () => undefined,
  });
  // Serialise once: both pages then get the same bytes, and the per-request
  // graph export (the store's cost, not the page's) stays out of the timings.
  const exported = await source.graph(GraphQuerySchema.parse({}));
  const data: GraphDataSource = { ...source, graph: async () => exported };
  const servers = await Promise.all(
    [pages.viewer, pages.baseline].map((staticDir) =>
      startServer({ port: 0, routes: API_ROUTES, services: { data }, staticDir }),
    ),
  );
  try {
    const [viewerServer, baselineServer] = servers;
    if (!viewerServer || !baselineServer) throw new Error('servers did not start');
    // The whole graph, as the baseline draws it (the viewer would otherwise open an overview).
    const urls = { viewer: new URL('/?overview=0', viewerServer.url).href, baseline: baselineServer.url };
    return await comparePages(browser, urls, options.runs, options.panMs);
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}

/** Runs the viewer benchmark over every size; Chromium is always closed, even on failure. */
export async function benchViewer(options: ViewerBenchOptions): Promise<ViewerBenchResult> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new ConfigError(`${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install chromium)`);
  }
  const viewerDir = options.viewerDir ?? (await viewerBundle(options.workDir, options.log));
  const baselineDir = await buildBaseline(options.workDir);
  const browser = await launchChromium();
  const result: ViewerBenchResult = { viewer: {}, baseline: {}, viewerSource: viewerDir };
  try {
    for (const nodes of options.sizes) {
      options.log(`viewer: ${nodes} nodes, ${nodes * 5} edges`);
      const measured = await measureSize(browser, { viewer: viewerDir, baseline: baselineDir }, nodes, options);
      result.viewer[String(nodes)] = measured.viewer;
      result.baseline[String(nodes)] = measured.baseline;
    }
  } finally {
    await browser.close();
  }
  return result;
}
