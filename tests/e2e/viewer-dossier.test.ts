/**
 * End to end in Debian's chromium, over the test run's Neo4j: the dossier panel of
 * a region (partners, trade chart, Markdown download), the server search finding
 * an entity the overview did not draw, and "Показать соседей" / "Скрыть".
 * Ids carry a per-file token (test files share the database).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { EntityInput } from '../../src/schema/index.ts';
import { type ServeHandle, serve } from '../../src/server/serve.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { hasChromium, launchChromium, openReadyViewer } from './browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const token = testToken();
const hub = { id: `region:e${token}-hub`, type: 'Region', name: `Хабовая область ${token}` } satisfies EntityInput;
const plants = Array.from(
  { length: 8 },
  (_, i) =>
    ({ id: `enterprise:e${token}-p${i}`, type: 'Enterprise', name: `Завод ${i} ${token}` }) satisfies EntityInput,
);
const partners = [2022, 2023].map(
  (year) =>
    ({ id: `country:e${token}-c${year}`, type: 'Country', name: `Страна ${year} ${token}` }) satisfies EntityInput,
);
const governor = { id: `person:e${token}-gov`, type: 'Person', name: `Губернатор ${token}` } satisfies EntityInput;
// Last in id order among equals, so a small overview leaves it out.
const remote = { id: `region:zz${token}-far`, type: 'Region', name: `Отдалённый край ${token}` } satisfies EntityInput;
const remoteFriend = { id: `city:e${token}-near`, type: 'City', name: `Соседний город ${token}` } satisfies EntityInput;

let store: Store;
let server: ServeHandle;
let browser: Browser;

function openViewer(path: string): Promise<Page> {
  return openReadyViewer(browser, new URL(path, server.url).href);
}

const drawn = (page: Page, key: string) => page.evaluate((k) => window.coopgraph?.graph.hasNode(k) ?? false, key);

describe.skipIf(!hasChromium())('dossier, server search and expand in chromium', () => {
  beforeAll(async () => {
    store = await openTestStore();
    const write = async (
      n: number,
      date: string,
      entities: EntityInput[],
      relations: Parameters<typeof makeExtraction>[2],
    ) => {
      const article = makeArticle(token, n, {
        date,
        title: `Сообщение ${n}`,
        url: `https://example.org/e${token}/${n}`,
      });
      await writeArticle(store, article, makeExtraction(article, entities, relations));
    };
    await write(
      1,
      '2023-02-01',
      [hub, governor, ...plants],
      [
        ...plants.map((p) => ({
          type: 'SUPPLIES' as const,
          source: p.id,
          target: hub.id,
          evidence: `${p.name} поставляет.`,
        })),
        { type: 'HEADS', source: governor.id, target: hub.id, evidence: 'Губернатор возглавляет область.' },
      ],
    );
    for (const [i, country] of partners.entries()) {
      const year = 2022 + i;
      await write(
        2 + i,
        `${year}-06-01`,
        [hub, country],
        [
          {
            type: 'TRADES_WITH',
            source: hub.id,
            target: country.id,
            evidence: `Товарооборот за ${year} год составил ${100 + 50 * i} млн долларов.`,
            attributes: { modality: 'fact', value: 100 + 50 * i, currency: 'USD', year },
          },
        ],
      );
    }
    await write(
      4,
      '2024-01-10',
      [remote, remoteFriend],
      [{ type: 'COOPERATES_WITH', source: remote.id, target: remoteFriend.id, evidence: 'Край и город сотрудничают.' }],
    );
    server = await serve({ port: 0, log: () => {} });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await deleteTestData(store, token);
    await store?.close();
  });

  it('opens the dossier with partners by relation type, a trade chart and a Markdown download', async () => {
    const page = await openViewer(`/#node=${encodeURIComponent(hub.id)}`);
    const details = page.getByLabel('Details');
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(hub.name);
    await details.getByRole('button', { name: 'Досье', exact: true }).click();
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(`Досье: ${hub.name}`);
    const partnerNames = await details.locator('.dossier-partners li button.link').allTextContents();
    expect(partnerNames).toEqual(expect.arrayContaining([...plants, ...partners, governor].map((e) => e.name)));
    expect(await details.locator('h3', { hasText: '(8)' }).count()).toBe(1);
    expect(await details.locator('.trade-chart rect').count()).toBe(2);
    expect(await details.locator('.dossier-links').textContent()).toContain(governor.name);
    expect(await details.locator('.dossier-evidence blockquote').first().textContent()).toContain('Товарооборот');
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-dossier.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      details.getByRole('button', { name: 'Скачать Markdown' }).click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown.startsWith(`# ${hub.name}\n`)).toBe(true);
    expect(markdown).toContain('| 2022 | 100 |');
    expect(markdown).toContain(`- ← ${plants[0]?.name} — статей: 1, 2023-02-01`);

    // A partner's "⇄" opens the pair's dossier with the relation's evidence.
    await details.getByRole('button', { name: `Досье пары: ${hub.name} и ${partners[0]?.name}` }).click();
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(`${hub.name} и ${partners[0]?.name}`);
    expect(await details.locator('blockquote').first().textContent()).toContain('за 2022 год');
    await page.close();
  });

  it('finds through the server an entity the overview did not draw, and adds it with its neighbours', async () => {
    const page = await openViewer('/?overview=2');
    expect(await page.locator('#overview-note').textContent()).toMatch(/^Обзор: 2 самых связанных узлов из/);
    expect(await drawn(page, remote.id)).toBe(false);
    await page.getByLabel('Search').pressSequentially(`Отдалённый край ${token}`);
    const option = page.getByRole('option', { name: new RegExp(`Отдалённый край ${token}.*с сервера`) });
    await option.click();
    const details = page.getByLabel('Details');
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(remote.name);
    expect(await drawn(page, remote.id)).toBe(true);
    expect(await drawn(page, remoteFriend.id)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-server-search.png') });
    await page.close();
  });

  it('expands a node with its neighbours placed near it, and hides it', async () => {
    const page = await openViewer(`/?overview=2#node=${encodeURIComponent(hub.id)}`);
    const details = page.getByLabel('Details');
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(hub.name);
    const before = await page.evaluate(() => window.coopgraph?.graph.order ?? 0);
    // The first layout pass moves the graph once when it ends: wait until it has.
    await page.waitForSelector('body[data-layout="done"]', { state: 'attached', timeout: 60_000 });
    const placedBefore = await page.evaluate(() => {
      const graph = window.coopgraph?.graph;
      return graph ? Object.fromEntries(graph.mapNodes((key, n) => [key, [n.x, n.y]])) : {};
    });
    await details.getByRole('button', { name: 'Показать соседей' }).click();
    await expect.poll(() => drawn(page, plants[7]?.id ?? '')).toBe(true);
    const neighbours = [...plants, ...partners, governor];
    for (const entity of neighbours) expect(await drawn(page, entity.id)).toBe(true);
    expect(await page.evaluate(() => window.coopgraph?.graph.order ?? 0)).toBeGreaterThanOrEqual(before + 10);
    const placement = await page.evaluate(
      ({ centre, around, before }) => {
        const graph = window.coopgraph?.graph;
        if (!graph) return undefined;
        const c = graph.getNodeAttributes(centre);
        const distances = around.map((key) =>
          Math.hypot(graph.getNodeAttribute(key, 'x') - c.x, graph.getNodeAttribute(key, 'y') - c.y),
        );
        const xs = graph.mapNodes((_k, n) => n.x);
        const ys = graph.mapNodes((_k, n) => n.y);
        const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
        const moved = graph.filterNodes(
          (key, n) => key in before && (before[key]?.[0] !== n.x || before[key]?.[1] !== n.y),
        );
        return { farthest: Math.max(...distances), extent, moved };
      },
      { centre: hub.id, around: neighbours.map((e) => e.id), before: placedBefore },
    );
    // Neighbours sit around their parent, well inside the drawing, and nothing drawn before moved.
    expect(placement?.farthest).toBeLessThan((placement?.extent ?? 0) / 2);
    expect(placement?.moved).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-expand.png') });

    await details.getByRole('button', { name: 'Скрыть' }).click();
    await expect.poll(() => drawn(page, hub.id)).toBe(false);
    expect(await drawn(page, plants[0]?.id ?? '')).toBe(true);
    await page.close();
  });
});
