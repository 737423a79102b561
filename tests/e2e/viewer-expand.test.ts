/**
 * End to end in Debian's chromium, over the test run's Neo4j: what "Показать соседей"
 * brings joins the legend, the filters and the time slider, and "Свернуть" takes out
 * exactly the nodes the expand added. The first view is a 2-node overview of the shared
 * database, so expectations are stated relative to what it drew. Ids carry a per-file token.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { ENTITY_TYPE_LABELS, type EntityInput, type EntityType } from '../../src/schema/index.ts';
import { type ServeHandle, serve } from '../../src/server/serve.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { hasChromium, launchChromium, openReadyViewer } from './browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const token = testToken();
const centre = {
  id: `region:x${token}-centre`,
  type: 'Region',
  name: `Срединная область ${token}`,
} satisfies EntityInput;
const head = { id: `person:x${token}-head`, type: 'Person', name: `Глава ${token}` } satisfies EntityInput;
const park = { id: `project:x${token}-park`, type: 'Project', name: `Технопарк ${token}` } satisfies EntityInput;
const plantA = { id: `enterprise:x${token}-a`, type: 'Enterprise', name: `Завод А ${token}` } satisfies EntityInput;
const plantB = { id: `enterprise:x${token}-b`, type: 'Enterprise', name: `Завод Б ${token}` } satisfies EntityInput;
const town = { id: `city:x${token}-town`, type: 'City', name: `Посёлок ${token}` } satisfies EntityInput;
/** Two hubs better connected than the centre, so the 2-node overview draws neither the centre nor its partners. */
const hubs = [1, 2].map(
  (i) => ({ id: `country:d${token}-hub${i}`, type: 'Country', name: `Держава ${i} ${token}` }) satisfies EntityInput,
);
const leaves = Array.from(
  { length: 5 },
  (_, i) =>
    ({ id: `organization:d${token}-o${i}`, type: 'Organization', name: `Фонд ${i} ${token}` }) satisfies EntityInput,
);
/** Dates older than any other test's, one per relation of the centre. */
const DATES = { head: '1999-03-01', park: '2000-05-01', plants: '2001-07-01', town: '2002-09-01' };

/** Waits on what goes through the server (an entity, an expand) get more than poll's default second. */
const WAIT = { timeout: 10_000 };

let store: Store;
let server: ServeHandle;
let browser: Browser;

const openViewer = (path: string): Promise<Page> => openReadyViewer(browser, new URL(path, server.url).href);
const drawnNodes = (page: Page) => page.evaluate(() => window.coopgraph?.graph.nodes() ?? []);
const drawn = (page: Page, key: string) => page.evaluate((k) => window.coopgraph?.graph.hasNode(k) ?? false, key);
/** Whether the reducers hide a drawn node (a filter or the time slider). */
const nodeHidden = (page: Page, key: string) =>
  page.evaluate((k) => window.coopgraph?.renderer.getNodeDisplayData(k)?.hidden ?? null, key);
const edgesHidden = (page: Page, a: string, b: string) =>
  page.evaluate(
    ([x, y]) => {
      const viewer = window.coopgraph;
      return viewer?.graph.edges(x, y).map((edge) => viewer.renderer.getEdgeDisplayData(edge)?.hidden) ?? [];
    },
    [a, b] as const,
  );
/** The legend's entity rows, by their checkbox labels. */
const legendRows = (page: Page) =>
  page
    .locator('#controls .legend-types input')
    .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
const rowOf = (type: EntityType) => `Показать: ${ENTITY_TYPE_LABELS[type].ru}`;
/** The legend rows the drawn graph calls for: one per entity type drawn. */
const rowsForDrawn = (page: Page) =>
  page
    .evaluate(() => [...new Set(window.coopgraph?.graph.mapNodes((_k, n) => n.entityType) ?? [])])
    .then((types) => (types as EntityType[]).map(rowOf).sort());
/** Every stop of the time slider, read by moving it (empty when there are no dates). */
async function sliderDates(page: Page): Promise<string[]> {
  const slider = page.getByLabel('Дата', { exact: true });
  if ((await slider.count()) === 0) return [];
  const stops = Number(await slider.getAttribute('max'));
  const dates: string[] = [];
  for (let i = 0; i < stops; i++) {
    await slider.fill(String(i));
    dates.push((await page.locator('.slider-label').textContent())?.replace(/^до /, '') ?? '');
  }
  await slider.fill(String(stops));
  return dates;
}

/** Clicks "Экспорт GEXF" and returns the downloaded file's text. */
async function exportedGexf(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByLabel('Экспорт GEXF').click()]);
  expect(download.suggestedFilename()).toBe('coopgraph.gexf');
  return readFileSync(await download.path(), 'utf8');
}

async function openCentre(): Promise<Page> {
  const page = await openViewer(`/?overview=2#node=${encodeURIComponent(centre.id)}`);
  await expect.poll(() => page.getByLabel('Details').locator('h2').first().textContent(), WAIT).toBe(centre.name);
  return page;
}

async function selectAndExpand(page: Page, entity: EntityInput, waitFor: EntityInput): Promise<void> {
  await page.evaluate((key) => window.coopgraph?.select(key), entity.id);
  const details = page.getByLabel('Details');
  await expect.poll(() => details.locator('h2').first().textContent(), WAIT).toBe(entity.name);
  await details.getByRole('button', { name: 'Показать соседей' }).click();
  await expect.poll(() => drawn(page, waitFor.id), WAIT).toBe(true);
}

describe.skipIf(!hasChromium())('legend, time slider and collapse after expand in chromium', () => {
  beforeAll(async () => {
    store = await openTestStore();
    const write = async (
      n: number,
      date: string,
      entities: EntityInput[],
      relations: Parameters<typeof makeExtraction>[2],
    ) => {
      const article = makeArticle(token, n, { date, title: `Заметка ${n}` });
      await writeArticle(store, article, makeExtraction(article, entities, relations));
    };
    await write(
      5,
      '2010-01-01',
      [...hubs, ...leaves],
      [
        ...hubs.flatMap((hub) =>
          leaves.map((leaf) => ({
            type: 'COOPERATES_WITH' as const,
            source: hub.id,
            target: leaf.id,
            evidence: 'Сотрудничают.',
          })),
        ),
        { type: 'TRADES_WITH', source: hubs[0]?.id ?? '', target: hubs[1]?.id ?? '', evidence: 'Торгуют.' },
      ],
    );
    await write(
      1,
      DATES.head,
      [centre, head],
      [{ type: 'HEADS', source: head.id, target: centre.id, evidence: 'Глава.' }],
    );
    await write(
      2,
      DATES.park,
      [centre, park],
      [
        {
          type: 'PARTICIPATES_IN',
          source: centre.id,
          target: park.id,
          evidence: 'Область намерена участвовать в технопарке.',
          attributes: { modality: 'plan' },
        },
      ],
    );
    await write(
      3,
      DATES.plants,
      [centre, plantA, plantB],
      [plantA, plantB].map((p) => ({
        type: 'SUPPLIES' as const,
        source: p.id,
        target: centre.id,
        evidence: 'Поставки.',
      })),
    );
    await write(
      4,
      DATES.town,
      [plantA, town],
      [{ type: 'LOCATED_IN', source: plantA.id, target: town.id, evidence: 'Завод в посёлке.' }],
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

  it('lists types and dates that only an expand brought, filters them and plays through them', async () => {
    const page = await openCentre();
    const legendBefore = await legendRows(page);
    const datesBefore = await sliderDates(page);
    // An overview of two nodes shows at most two types: one of these three arrives only through the expand.
    const newType = (['Person', 'Project', 'Enterprise'] as const).find((t) => !legendBefore.includes(rowOf(t)));
    if (!newType) throw new Error(`the overview already shows every type: ${legendBefore.join(', ')}`);
    const ofNewType = [head, park, plantA].find((e) => e.type === newType) ?? head;

    // "Facts only" before the expand applies to the plan the expand brings.
    await page.getByLabel('Только факты').check();
    await page.getByLabel('Details').getByRole('button', { name: 'Показать соседей' }).click();
    await expect.poll(() => drawn(page, plantB.id), WAIT).toBe(true);
    expect(await edgesHidden(page, centre.id, park.id)).toEqual([true]);
    expect(await edgesHidden(page, head.id, centre.id)).toEqual([false]);
    await page.getByLabel('Только факты').uncheck();

    // The legend follows what is drawn, and the new type's row filters its nodes.
    await expect.poll(() => legendRows(page).then((rows) => rows.sort()), WAIT).toEqual(await rowsForDrawn(page));
    expect(await legendRows(page)).toContain(rowOf(newType));
    expect(await nodeHidden(page, ofNewType.id)).toBe(false);
    await page.getByLabel(rowOf(newType), { exact: true }).uncheck();
    expect(await nodeHidden(page, ofNewType.id)).toBe(true);
    expect(await nodeHidden(page, centre.id)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-expand-legend.png') });
    await page.getByLabel(rowOf(newType), { exact: true }).check();
    expect(await nodeHidden(page, ofNewType.id)).toBe(false);

    // The slider's stops now include the expanded relations' dates, and moving it hides what is later.
    const datesAfter = await sliderDates(page);
    expect(datesAfter).toEqual([...new Set([...datesBefore, DATES.head, DATES.park, DATES.plants])].sort());
    const slider = page.getByLabel('Дата', { exact: true });
    await slider.fill(String(datesAfter.indexOf(DATES.head)));
    expect(await nodeHidden(page, head.id)).toBe(false);
    expect(await nodeHidden(page, plantA.id)).toBe(true);
    expect(await edgesHidden(page, plantB.id, centre.id)).toEqual([true]);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-expand-slider.png') });

    // Playback steps through the expanded dates too.
    await page.getByRole('button', { name: 'Воспроизвести по датам' }).click();
    const label = page.locator('.slider-label');
    await expect.poll(() => label.textContent(), { timeout: 10_000, interval: 50 }).toBe(`до ${DATES.park}`);
    await expect.poll(() => label.textContent(), { timeout: 10_000, interval: 50 }).toBe(`до ${DATES.plants}`);
    await page.getByRole('button', { name: 'Воспроизвести по датам' }).click();
    await page.close();
  });

  it('collapses an expand: removes exactly the nodes it added that nothing else needs', async () => {
    const page = await openCentre();
    const details = page.getByLabel('Details');
    const before = await drawnNodes(page);
    for (const entity of [centre, plantA, town]) expect(before).not.toContain(entity.id);
    expect(await details.getByRole('button', { name: 'Свернуть' }).count()).toBe(0);
    await details.getByRole('button', { name: 'Показать соседей' }).click();
    await expect.poll(() => drawn(page, plantB.id), WAIT).toBe(true);
    await expect.poll(() => details.getByRole('button', { name: 'Свернуть' }).isVisible(), WAIT).toBe(true);
    const expanded = await drawnNodes(page);
    for (const entity of [head, park, plantA, plantB]) expect(expanded).toContain(entity.id);
    // The GEXF export holds what is drawn now, the expanded neighbours included.
    const expandedGexf = await exportedGexf(page);
    expect(expandedGexf).toContain(`id="${plantB.id}"`);
    expect(expandedGexf).toContain(plantB.name);

    // Plant A's own expand needs it (and brings the town), so collapsing the centre keeps both.
    await selectAndExpand(page, plantA, town);
    await page.evaluate((key) => window.coopgraph?.select(key), centre.id);
    await expect.poll(() => details.locator('h2').first().textContent(), WAIT).toBe(centre.name);
    await details.getByRole('button', { name: 'Свернуть' }).click();
    const expected = [...new Set([...before, centre.id, plantA.id, town.id])].sort();
    await expect.poll(() => drawnNodes(page).then((nodes) => nodes.sort()), WAIT).toEqual(expected);
    expect(await details.getByRole('button', { name: 'Свернуть' }).count()).toBe(0);
    await expect.poll(() => legendRows(page).then((rows) => rows.sort()), WAIT).toEqual(await rowsForDrawn(page));
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-collapse.png') });

    // Collapsing plant A takes back the town; the centre stays, as the node last collapsed.
    await page.evaluate((key) => window.coopgraph?.select(key), plantA.id);
    await expect.poll(() => details.locator('h2').first().textContent(), WAIT).toBe(plantA.name);
    await details.getByRole('button', { name: 'Свернуть' }).click();
    await expect
      .poll(() => drawnNodes(page).then((nodes) => nodes.sort()), WAIT)
      .toEqual([...new Set([...before, centre.id, plantA.id])].sort());
    // Dates only the collapsed relations had leave the slider.
    expect(await sliderDates(page)).not.toContain(DATES.town);
    // What the collapse took back is not exported.
    const collapsedGexf = await exportedGexf(page);
    expect(collapsedGexf).toContain(`id="${plantA.id}"`);
    expect(collapsedGexf).not.toContain(town.id);
    await page.close();
  });
});
