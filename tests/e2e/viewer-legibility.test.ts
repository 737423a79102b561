/**
 * End to end, in Debian's chromium: the legibility of the viewer (issue 17).
 * Palettes, labels, the status line and the layouts run on a dense synthetic
 * graph (120 long-named nodes on a tight grid, served in place of /api/graph)
 * so collisions are certain; Escape, the edge panel's article titles, the
 * Cypher panel and compression run against `serve()` and the seed article.
 * Screenshots go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { extract } from '../../src/extract/extract.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import { readArticle } from '../../src/io/read-article.ts';
import { ENTITY_TYPES, type GraphExport, RELATION_TYPES } from '../../src/schema/index.ts';
import { type ServeHandle, serve } from '../../src/server/serve.ts';
import { writeArticle } from '../../src/store/index.ts';
import { EDGE_COLORS, NODE_COLORS } from '../../viewer/src/palette.ts';
import { openTestStore } from '../support/neo4j-store.ts';
import { hasChromium, launchChromium } from './browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const SEED = join(PROJECT_ROOT, 'graph-data', 'articles', '000.md');
const NAMES = ['Минский тракторный завод', 'Калужская область', 'Министерство промышленности', 'Роман Головченко'];

/** 120 nodes with long names on a 12×10 grid and 200 relations of every type over three years. */
function denseGraph(): GraphExport {
  const nodes = Array.from({ length: 120 }, (_, i) => ({
    key: `n${i}`,
    attributes: {
      type: ENTITY_TYPES[i % ENTITY_TYPES.length] ?? 'Region',
      name: `${NAMES[i % NAMES.length]} ${i}`,
      aliases: [],
      x: i % 12,
      y: Math.floor(i / 12),
    },
  }));
  const edges = Array.from({ length: 200 }, (_, i) => ({
    key: `e${i}`,
    source: `n${i % 120}`,
    target: `n${(i * 7 + 13) % 120}`,
    attributes: {
      type: RELATION_TYPES[i % RELATION_TYPES.length] ?? 'SUPPLIES',
      evidence: [],
      articleIds: [],
      modality: i % 5 === 0 ? ('plan' as const) : ('fact' as const),
      firstSeen: `${2023 + (i % 3)}-0${1 + (i % 9)}-15`,
    },
  }));
  return { attributes: { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z' }, nodes, edges };
}

let server: ServeHandle;
let browser: Browser;
let seedTitle: string;

/** A page that remembers its script errors, so a viewer that never gets ready says why. */
async function newPage(width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pageErrors.set(page, errors);
  return page;
}
const pageErrors = new WeakMap<Page, string[]>();

async function waitReady(page: Page): Promise<void> {
  await page
    .waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 })
    .catch((error: unknown) => {
      throw new Error(`viewer did not become ready (${pageErrors.get(page)?.join('; ') || String(error)})`);
    });
}

/** The viewer on the dense graph, with its positions stored so no layout pass moves the nodes. */
async function openDense(width: number, height: number): Promise<Page> {
  const page = await newPage(width, height);
  const graph = denseGraph();
  const positions = Object.fromEntries(graph.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
  await page.addInitScript(
    (stored) => localStorage.setItem('coopgraph:positions:v1', stored),
    JSON.stringify(positions),
  );
  await page.route(
    (url) => url.pathname === '/api/graph',
    (route) => route.fulfill({ json: graph }),
  );
  await page.goto(server.url);
  await waitReady(page);
  return page;
}

async function openServed(width = 1400, height = 900, hash = ''): Promise<Page> {
  const page = await newPage(width, height);
  await page.goto(`${server.url}${hash}`);
  await waitReady(page);
  return page;
}

/** The label boxes of the last frame, after a fresh render. */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const viewer = window.coopgraph;
    if (!viewer) return { labels: [], width: 0, height: 0 };
    viewer.renderer.refresh({ skipIndexation: true });
    const { width, height } = viewer.renderer.getDimensions();
    return { labels: viewer.labels().map((l) => ({ key: l.key, ...l.box })), width, height };
  });
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Buttons the page shows that are not fully on screen or are covered by something else. */
function hiddenButtons(page: Page, selector = 'header button, #controls button, #cypher button'): Promise<string[]> {
  return page.evaluate((buttons) => {
    const out: string[] = [];
    for (const button of document.querySelectorAll<HTMLButtonElement>(buttons)) {
      if (!button.offsetParent) continue; // inside a closed panel
      const r = button.getBoundingClientRect();
      const inView = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      const probes = [
        [r.left + 2, r.top + 2],
        [r.right - 2, r.bottom - 2],
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
      ];
      const uncovered = probes.every(([x, y]) => {
        const hit = document.elementFromPoint(x ?? 0, y ?? 0);
        return hit !== null && (hit === button || button.contains(hit));
      });
      if (!inView || !uncovered) out.push(button.getAttribute('aria-label') ?? button.textContent ?? '?');
    }
    return out;
  }, selector);
}

describe.skipIf(!hasChromium())('viewer legibility in chromium', () => {
  beforeAll(async () => {
    const store = await openTestStore();
    try {
      const article = await readArticle(SEED);
      seedTitle = article.title;
      await writeArticle(store, article, extract(article, await loadExtractionResources()));
    } finally {
      await store.close();
    }
    server = await serve({ port: 0, log: () => {} });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('colours nodes and relations from two separate palettes, legend included', async () => {
    const page = await openDense(1400, 900);
    const colours = await page.evaluate(() => {
      const graph = window.coopgraph?.graph;
      return {
        nodes: [...new Set(graph?.mapNodes((_k, a) => a.color))],
        edges: [...new Set(graph?.mapEdges((_k, a) => a.color))],
        legendLines: [...document.querySelectorAll<HTMLElement>('#controls .swatch.line')].map(
          (s) => getComputedStyle(s).backgroundColor,
        ),
      };
    });
    expect(new Set(colours.nodes)).toEqual(new Set(Object.values(NODE_COLORS)));
    expect(new Set(colours.edges)).toEqual(new Set(Object.values(EDGE_COLORS)));
    expect(colours.nodes.filter((c) => colours.edges.includes(c))).toEqual([]);
    expect(colours.legendLines).toHaveLength(RELATION_TYPES.length);
    await page.close();
  });

  it('draws only labels that do not overlap, all inside the canvas, and flips them at the right edge', async () => {
    const page = await openDense(1400, 900);
    const { labels, width, height } = await drawnLabels(page);
    expect(labels.length).toBeGreaterThan(10);
    expect(new Set(labels.map((l) => l.key)).size).toBe(labels.length);
    for (const [i, a] of labels.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(width);
      expect(a.y + a.height).toBeLessThanOrEqual(height);
      for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.key} / ${b.key}`).toBe(false);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'legibility-labels.png') });

    // Select a node and pan it to 15 px from the right edge: its label goes left of it, whole.
    await page.evaluate(() => window.coopgraph?.select('n11'));
    await expect.poll(() => page.evaluate(() => window.coopgraph?.renderer.getCamera().isAnimated())).toBe(false);
    const placed = await page.evaluate(() => {
      const viewer = window.coopgraph;
      if (!viewer) return null;
      const camera = viewer.renderer.getCamera();
      const { width: w, height: h } = viewer.renderer.getDimensions();
      const node = viewer.renderer.getNodeDisplayData('n11');
      if (!node) return null;
      // Sigma caches its matrix per frame: pass the camera state so the conversions use the current one.
      const at = viewer.renderer.framedGraphToViewport(node, { cameraState: camera.getState() });
      const centre = viewer.renderer.viewportToFramedGraph(
        { x: w / 2 + at.x - (w - 15), y: h / 2 },
        { cameraState: camera.getState() },
      );
      camera.setState({ x: centre.x, y: centre.y });
      return { nodeX: viewer.renderer.framedGraphToViewport(node, { cameraState: camera.getState() }).x, width: w };
    });
    expect(placed?.nodeX).toBeGreaterThan((placed?.width ?? 0) - 20);
    await expect
      .poll(async () => (await drawnLabels(page)).labels.find((l) => l.key === 'n11'))
      .toMatchObject({ x: expect.any(Number) });
    const edgeLabel = (await drawnLabels(page)).labels.find((l) => l.key === 'n11');
    expect((edgeLabel?.x ?? 0) + (edgeLabel?.width ?? 0)).toBeLessThanOrEqual(placed?.nodeX ?? 0);
    expect(edgeLabel?.x).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'legibility-label-right-edge.png') });
    await page.close();
  });

  it('counts in the status line what the filters and the time slider leave', async () => {
    const page = await openDense(1400, 900);
    const status = page.locator('#status');
    await expect.poll(() => status.textContent()).toBe('узлов: 120 · связей: 200');
    const shown = () =>
      page.evaluate(() => {
        const viewer = window.coopgraph;
        if (!viewer) return { nodes: -1, edges: -1 };
        const { renderer, graph } = viewer;
        return {
          nodes: graph.filterNodes((k) => !renderer.getNodeDisplayData(k)?.hidden).length,
          edges: graph.filterEdges((k) => !renderer.getEdgeDisplayData(k)?.hidden).length,
        };
      });
    await page.getByLabel('Показать: Персона').uncheck();
    let counts = await shown();
    expect(counts.nodes).toBeLessThan(120);
    expect(await status.textContent()).toBe(`узлов: ${counts.nodes} из 120 · связей: ${counts.edges} из 200`);

    await page.getByRole('slider', { name: 'Дата' }).fill('2');
    counts = await shown();
    const text = await status.textContent();
    expect(text).toMatch(/^узлов: \d+ из 120 · связей: \d+ из 200 · до \d{4}-\d{2}-\d{2}$/);
    expect(text).toContain(`узлов: ${counts.nodes} из 120 · связей: ${counts.edges} из 200`);
    await page.screenshot({ path: join(ARTIFACTS, 'legibility-status.png') });
    await page.close();
  });

  it('deselects with Escape', async () => {
    const page = await openServed(1400, 900, '#node=region%3Akaluga-oblast');
    const details = page.getByLabel('Details');
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Калужская область');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.coopgraph?.getState().selection ?? null)).toBeNull();
    expect(await details.locator('h2').count()).toBe(0);
    // The hash follows the state after a frame; a loaded CI machine may take longer.
    await expect.poll(() => page.url(), { timeout: 10_000 }).not.toContain('node=');
    await page.close();
  });

  it('links the articles of a relation by their titles', async () => {
    const page = await openServed();
    const edge = await page.evaluate(() =>
      window.coopgraph?.graph.findEdge(
        (_key, a, _s, target) => a.relationType === 'HEADS' && target === 'region:kaluga-oblast',
      ),
    );
    expect(edge).toBeTruthy();
    await page.evaluate((key) => {
      location.hash = `edge=${encodeURIComponent(key ?? '')}`;
    }, edge);
    const details = page.getByLabel('Details');
    const link = details.getByRole('button', { name: seedTitle });
    await link.first().waitFor();
    expect(await details.textContent()).not.toMatch(/Статья [0-9a-f]{8}/);
    await page.screenshot({ path: join(ARTIFACTS, 'legibility-edge-articles.png') });
    await link.first().click();
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(seedTitle);
    await page.close();
  });

  it('keeps the Cypher console closed until asked, then resizes it by drag and keys', async () => {
    const page = await openServed(1400, 900);
    const toggle = page.getByRole('button', { name: /Cypher/ });
    const editor = page.getByLabel('Cypher', { exact: true });
    const graphHeight = () => page.evaluate(() => window.coopgraph?.renderer.getDimensions().height ?? 0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await editor.isVisible()).toBe(false);
    const closedHeight = await graphHeight();
    expect(closedHeight).toBeGreaterThan(780);

    await toggle.click();
    await editor.waitFor();
    await expect.poll(graphHeight, { timeout: 10_000 }).toBeLessThan(closedHeight - 200);
    expect(await hiddenButtons(page)).toEqual([]);
    const body = page.locator('#cypher-body');
    const before = (await body.boundingBox())?.height ?? 0;
    const handle = page.getByRole('separator', { name: /Cypher/ });
    const grip = await handle.boundingBox();
    if (!grip) throw new Error('no resize handle');
    await page.mouse.move(grip.x + 200, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 200, grip.y - 100, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await body.boundingBox())?.height ?? 0).toBeGreaterThan(before + 90);
    const dragged = (await body.boundingBox())?.height ?? 0;
    await handle.press('ArrowDown');
    await expect.poll(async () => (await body.boundingBox())?.height ?? 0).toBeLessThan(dragged - 20);
    // A taller console scrolls the filters, but the view buttons stay at the column's foot.
    expect(await hiddenButtons(page, '#controls .buttons button, #cypher button')).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'legibility-cypher-open.png') });

    await toggle.click();
    // Closing gives the height back, less a 28 px strip that stays after a drag (known, see issue 17's note).
    await expect.poll(graphHeight, { timeout: 10_000 }).toBeGreaterThan(closedHeight - 40);
    await page.close();
  });

  it('shows every button at 1400×900, gives the graph room at 1000×700 and stacks below 760 px', async () => {
    const wide = await openDense(1400, 900);
    expect(await hiddenButtons(wide)).toEqual([]);
    await wide.screenshot({ path: join(ARTIFACTS, 'legibility-1400x900.png') });
    await wide.close();

    const small = await openDense(1000, 700);
    const size = await small.evaluate(() => window.coopgraph?.renderer.getDimensions());
    expect(size?.width).toBeGreaterThanOrEqual(500);
    expect(size?.height).toBeGreaterThanOrEqual(580);
    expect(await hiddenButtons(small)).toEqual([]);
    await small.screenshot({ path: join(ARTIFACTS, 'legibility-1000x700.png') });
    await small.close();

    const narrow = await openDense(700, 900);
    const layout = await narrow.evaluate(() => ({
      graph: window.coopgraph?.renderer.getDimensions(),
      overflow: document.documentElement.scrollWidth - innerWidth,
    }));
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.graph?.width).toBeGreaterThanOrEqual(680);
    expect(layout.graph?.height).toBeGreaterThanOrEqual(280);
    await narrow.screenshot({ path: join(ARTIFACTS, 'legibility-700x900.png'), fullPage: true });
    await narrow.close();
  });

  it('receives the API compressed', async () => {
    const page = await browser.newPage();
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph'),
      page.goto(server.url),
    ]);
    const headers = await response.allHeaders();
    expect(headers['content-encoding']).toBe('br');
    expect(headers.vary).toBe('accept-encoding');
    expect((await response.json()).nodes.length).toBeGreaterThan(3);
    await page.close();
  });
});
