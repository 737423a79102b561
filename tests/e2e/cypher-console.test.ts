/**
 * End to end: the Cypher console in Debian's chromium against `serve()` and the
 * test run's Neo4j (seed-article fixture): pick an example, type a query, see a
 * result row and the result's node marked on the graph; a write is refused; closed
 * again after a resize, the console gives the graph its whole height back.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { type ServeHandle, serve } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/index.ts';
import { loadSeedGraph, unloadSeedGraph } from '../query/seed-graph.ts';
import { hasChromium, launchChromium } from './browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
let store: Store;
let server: ServeHandle;
let browser: Browser;

async function openViewer(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  // The console panel is closed by default.
  await page.getByRole('button', { name: /Cypher/ }).click();
  return page;
}

const markedNodes = (page: Page) => page.evaluate(() => [...(window.coopgraph?.getState().marked?.nodes ?? [])].sort());

describe.skipIf(!hasChromium())('Cypher console in chromium', () => {
  beforeAll(async () => {
    store = await loadSeedGraph();
    server = await serve({ port: 0, log: () => {} });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await unloadSeedGraph(store);
  });

  it('runs a typed query, shows its rows and marks its nodes on the graph', async () => {
    const page = await openViewer();
    await page
      .getByLabel('Cypher', { exact: true })
      .fill("MATCH (r:Region {id: 'region:kaluga-oblast'})<-[:HEADS]-(p:Person) RETURN r.name AS region, p");
    await page.getByRole('button', { name: 'Run' }).click();
    const table = page.getByRole('table', { name: 'Cypher result' });
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('Калужская область');
    expect(await table.locator('th').allTextContents()).toEqual(['region', 'p']);
    expect(await markedNodes(page)).toContain('person:vladislav-shapsha');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'cypher-console.png') });
    await page.close();
  });

  it('loads an example query with its parameters', async () => {
    const page = await openViewer();
    const examples = page.getByLabel('Example queries');
    await expect.poll(() => examples.locator('option').count()).toBeGreaterThan(1);
    await examples.selectOption('suppliers-to-country');
    expect(await page.getByLabel('Cypher', { exact: true }).inputValue()).toContain('SUPPLIES');
    expect(await page.getByLabel('Parameters').inputValue()).toBe('{"country":"Беларусь"}');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Cypher result' }).textContent()).toContain('Синара');
    await page.close();
  });

  it('gives the graph its whole height back when closed after a resize by drag', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    const toggle = page.getByRole('button', { name: /Cypher/ });
    const sizes = () =>
      page.evaluate(() => {
        const box = document.querySelector('#graph')?.getBoundingClientRect();
        return {
          bottom: Math.round(box?.bottom ?? 0),
          height: Math.round(box?.height ?? 0),
          canvas: window.coopgraph?.renderer.getDimensions().height ?? 0,
          window: window.innerHeight,
        };
      });
    const closed = await sizes();
    // Closed, the graph reaches the window's foot and sigma draws exactly its box.
    expect(closed.bottom).toBe(closed.window);
    expect(closed.canvas).toBe(closed.height);

    await toggle.click();
    const handle = page.getByRole('separator', { name: /Cypher/ });
    const grip = await handle.boundingBox();
    if (!grip) throw new Error('no resize handle');
    await page.mouse.move(grip.x + 200, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + 200, grip.y - 120, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await sizes()).canvas).toBeLessThan(closed.height - 300);

    await toggle.click();
    await expect.poll(sizes).toEqual(closed);
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'cypher-console-closed-after-resize.png') });
    await page.close();
  });

  it('shows the refusal of a write and keeps the graph', async () => {
    const page = await openViewer();
    await page.getByLabel('Cypher', { exact: true }).fill('MATCH (n) DETACH DELETE n');
    await page.getByRole('button', { name: 'Run' }).click();
    const status = page.locator('#cypher [role="status"]');
    await expect.poll(() => status.textContent()).toContain('read-only query refused');
    expect(await page.evaluate(() => window.coopgraph?.graph.order ?? 0)).toBeGreaterThan(5);
    await page.close();
  });
});
