/**
 * End to end: the seed article extracted and written to the test run's Neo4j,
 * `serve()` on a free port (building the viewer if stale), and the real page
 * in Debian's chromium: drawing, search → details with evidence, a type
 * filter, a link that restores the selection, and a screenshot artefact.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { extract } from '../../src/extract/extract.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import { readArticle } from '../../src/io/read-article.ts';
import { type ServeHandle, serve } from '../../src/server/serve.ts';
import { writeArticle } from '../../src/store/index.ts';
import { openTestStore } from '../support/neo4j-store.ts';
import { hasChromium, launchChromium } from './browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const SEED = join(PROJECT_ROOT, 'graph-data', 'articles', '000.md');

let server: ServeHandle;
let browser: Browser;

/** Counts painted pixels of the WebGL nodes layer, drawn just before reading it. */
function paintedNodePixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const renderer = window.coopgraph?.renderer;
    if (!renderer) return -1;
    renderer.refresh();
    const source = renderer.getCanvases().nodes;
    if (!source) return -1;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d');
    if (!context) return -1;
    context.drawImage(source, 0, 0);
    const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted++;
    return painted;
  });
}

async function openViewer(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page
    .waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 })
    .catch((error: unknown) => {
      throw new Error(`viewer did not become ready (${errors.join('; ') || String(error)})`);
    });
  return page;
}

describe.skipIf(!hasChromium())('viewer in chromium', () => {
  beforeAll(async () => {
    const store = await openTestStore();
    try {
      const article = await readArticle(SEED);
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

  it('draws the graph, finds Калужская область and shows Владислав Шапша with evidence', async () => {
    const page = await openViewer(server.url);
    expect(await paintedNodePixels(page)).toBeGreaterThan(100);

    await page.getByLabel('Search').pressSequentially('Калуж');
    const option = page.getByRole('option', { name: /Калужская область/ });
    await option.first().click();

    const details = page.getByLabel('Details');
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Калужская область');
    await expect.poll(() => details.textContent()).toContain('Владислав Шапша');
    const evidence = await details.locator('blockquote').allTextContents();
    expect(evidence.some((sentence) => sentence.length > 20)).toBe(true);
    expect(page.url()).toContain('node=region%3Akaluga-oblast');

    await expect.poll(() => page.evaluate(() => window.coopgraph?.renderer.getCamera().isAnimated())).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-kaluga.png') });
    await page.close();
  });

  it('hides nodes of a filtered type through the reducers', async () => {
    const page = await openViewer(server.url);
    const hiddenPeople = () =>
      page.evaluate(() => {
        const renderer = window.coopgraph?.renderer;
        const graph = window.coopgraph?.graph;
        if (!renderer || !graph) return [];
        return graph
          .filterNodes((_key, node) => node.entityType === 'Person')
          .map((key) => renderer.getNodeDisplayData(key)?.hidden);
      });
    expect(await hiddenPeople()).toContain(false);
    const before = await paintedNodePixels(page);
    await page.getByLabel('Показать: Персона').uncheck();
    expect(new Set(await hiddenPeople())).toEqual(new Set([true]));
    expect(await paintedNodePixels(page)).toBeLessThan(before);
    expect(page.url()).toContain('hide=Person');
    await page.close();
  });

  it('restores the selection and filters from a link', async () => {
    const page = await openViewer(`${server.url}#node=region%3Akaluga-oblast&hide=Project`);
    const details = page.getByLabel('Details');
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('Калужская область');
    expect(await page.getByLabel('Показать: Проект').isChecked()).toBe(false);
    const selected = await page.evaluate(() => window.coopgraph?.getState().selection);
    expect(selected).toEqual({ kind: 'node', key: 'region:kaluga-oblast' });
    await page.close();
  });

  it('serves a compact graph: no evidence or article ids, counts and degrees instead', async () => {
    const response = await fetch(new URL('/api/graph', server.url));
    const text = await response.text();
    expect(text).not.toContain('"evidence"');
    expect(text).not.toContain('"articleIds"');
    const graph = JSON.parse(text) as { nodes: { attributes: object }[]; edges: { attributes: object }[] };
    expect(graph.edges.every((e) => 'articleCount' in e.attributes)).toBe(true);
    expect(graph.nodes.every((n) => 'degree' in n.attributes)).toBe(true);
    const bytes = (items: unknown[]) => items.reduce<number>((sum, item) => sum + JSON.stringify(item).length, 0);
    const figures = {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      bytesPerNode: Math.round(bytes(graph.nodes) / graph.nodes.length),
      bytesPerEdge: Math.round(bytes(graph.edges) / graph.edges.length),
      totalBytes: text.length,
    };
    writeFileSync(join(ARTIFACTS, 'graph-payload.json'), `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures.bytesPerEdge).toBeLessThan(400);
  });

  it('finds the shortest path from a selected entity to one picked in the path box', async () => {
    const page = await openViewer(`${server.url}#node=${encodeURIComponent('region:kaluga-oblast')}`);
    const details = page.getByLabel('Details');
    const box = details.getByLabel('Путь до');
    await box.waitFor();
    await box.fill('Шапш');
    await details.locator('.path-suggestions [role="option"]').first().dispatchEvent('mousedown');
    const path = details.locator('.path').first();
    await path.waitFor();
    expect(await path.textContent()).toMatch(/Калужская область.*возглавляет.*Владислав Шапша/);
    const marked = await page.evaluate(() => [...(window.coopgraph?.getState().marked?.nodes ?? [])]);
    expect(marked).toContain('region:kaluga-oblast');
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-path.png') });
    await page.close();
  });

  it('shows a relation’s evidence, switches label language and keeps only facts on request', async () => {
    const page = await openViewer(server.url);
    const evidenceRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/evidence')) evidenceRequests.push(request.url());
    });
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
    await expect.poll(() => details.locator('h2').first().textContent()).toBe('возглавляет');
    // Arrows are one pixel wide (edge-programs.ts); the selected one switches to sigma's arrow with a width.
    const programs = await page.evaluate(
      (key) => [
        window.coopgraph?.graph.getEdgeAttribute(key ?? '', 'type'),
        window.coopgraph?.renderer.getEdgeDisplayData(key ?? '')?.type,
      ],
      edge,
    );
    expect(programs).toEqual(['arrow', 'wideArrow']);
    // The sentences were fetched for this relation only, when it was selected.
    await expect.poll(() => details.locator('blockquote').count()).toBeGreaterThan(0);
    expect((await details.locator('blockquote').first().textContent())?.length).toBeGreaterThan(20);
    expect(evidenceRequests).toHaveLength(1);
    expect(decodeURIComponent(evidenceRequests[0] ?? '')).toContain(edge ?? '');
    await details.locator('.evidence-source button').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-lazy-evidence.png') });

    const label = () =>
      page.evaluate(() => window.coopgraph?.renderer.getNodeDisplayData('region:kaluga-oblast')?.label);
    expect(await label()).toBe('Калужская область');
    await page.getByLabel('Язык подписей').click();
    expect(await label()).toBe('Kaluga Oblast');
    expect(page.url()).toContain('lang=en');

    const hiddenPlans = () =>
      page.evaluate(() => {
        const viewer = window.coopgraph;
        if (!viewer) return [];
        return viewer.graph
          .filterEdges((_key, a) => a.modality !== 'fact')
          .map((key) => viewer.renderer.getEdgeDisplayData(key)?.hidden);
      });
    expect((await hiddenPlans()).length).toBeGreaterThan(0);
    expect(await hiddenPlans()).toContain(false);
    await page.getByLabel('Только факты').check();
    expect(new Set(await hiddenPlans())).toEqual(new Set([true]));
    await page.close();
  });

  it('exports the view as PNG and GEXF, and keeps layout positions after a run', async () => {
    const page = await openViewer(server.url);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByLabel('Экспорт PNG').click()]);
    expect(png.suggestedFilename()).toBe('coopgraph.png');
    await png.saveAs(join(ARTIFACTS, 'viewer-export.png'));
    expect(statSync(join(ARTIFACTS, 'viewer-export.png')).size).toBeGreaterThan(5000);

    await page.getByLabel('Показать: Проект').uncheck();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByLabel('Экспорт GEXF').click()]);
    expect(gexf.suggestedFilename()).toBe('coopgraph.gexf');
    await gexf.saveAs(join(ARTIFACTS, 'viewer-export.gexf'));
    const xml = readFileSync(join(ARTIFACTS, 'viewer-export.gexf'), 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('Калужская область');
    expect(xml).not.toContain('project:');

    const layoutButton = page.getByRole('button', { name: /Раскладка/ });
    const kaluga = () => page.evaluate(() => window.coopgraph?.graph.getNodeAttribute('region:kaluga-oblast', 'x'));
    const before = await kaluga();
    await layoutButton.click();
    await expect.poll(kaluga).not.toBe(before); // the layout is running
    await layoutButton.click();
    const stored = await page.evaluate(() => localStorage.getItem('coopgraph:positions:v1'));
    expect(Object.keys(JSON.parse(stored ?? '{}'))).toContain('region:kaluga-oblast');
    await page.close();
  });

  it('serves the API next to the viewer', async () => {
    const response = await fetch(new URL('/api/search?q=%D1%88%D0%B0%D0%BF%D1%88', server.url));
    const body = (await response.json()) as { hits: { name: string }[] };
    expect(body.hits.map((h) => h.name)).toContain('Владислав Шапша');
  });
});
