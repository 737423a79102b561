/**
 * Curation in the viewer, end to end: `serve({ allowEdits })` on a free port with a
 * temporary curation log, the real page in Debian's chromium. Rejecting a relation with
 * its "Отклонить" button takes it off the graph; "Объединить с…" merges an entity into
 * another, leaving one node. The token reaches only the served page; a screenshot is kept.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import { collectInputs, type Extractor, ingest } from '../../src/ingest/index.ts';
import type { ExtractionResult } from '../../src/schema/index.ts';
import { type ServeHandle, serve } from '../../src/server/serve.ts';
import { runWrite, type Store } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { hasChromium, launchChromium, openReadyViewer } from './browser.ts';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const tok = testToken();
const P = `Пимаш ${tok}`;
const Q = `Кюзавод ${tok}`;
const R = `Эррегион ${tok}`;
const id = { p: entityIdFor('Enterprise', P), q: entityIdFor('Enterprise', Q), r: entityIdFor('Region', R) };
const S1 = `Завод «${P}» поставляет тракторы в регион «${R}».`;
const S2 = `Завод «${P}» находится в регионе «${R}».`;
const S3 = `Завод «${Q}» поставляет комбайны в регион «${R}».`;

type Rel = ExtractionResult['relations'][number];
const rel = (type: Rel['type'], source: string, evidence: string): Rel => ({
  type,
  source,
  target: 'r',
  origin: 'text',
  evidence,
  confidence: 0.9,
  attributes: { modality: 'fact' },
});
const FACTS: Record<string, Pick<ExtractionResult, 'entities' | 'relations'>> = {
  Y1: {
    entities: [
      { id: 'p', type: 'Enterprise', name: P, aliases: [], attributes: {} },
      { id: 'r', type: 'Region', name: R, aliases: [], attributes: {} },
    ],
    relations: [rel('SUPPLIES', 'p', S1), rel('LOCATED_IN', 'p', S2)],
  },
  Y2: {
    entities: [
      { id: 'q', type: 'Enterprise', name: Q, aliases: [], attributes: {} },
      { id: 'r', type: 'Region', name: R, aliases: [], attributes: {} },
    ],
    relations: [rel('SUPPLIES', 'q', S3)],
  },
};
const extract: Extractor = (article) => ({
  article: { id: article.id, title: article.title },
  ...(FACTS[article.title] ?? { entities: [], relations: [] }),
  warnings: [],
});

let store: Store;
let server: ServeHandle;
let browser: Browser;
let dir: string;
let log: string;

function openViewer(hash: string): Promise<Page> {
  return openReadyViewer(browser, `${server.url}#${hash}`);
}

/** Waits for the reload an edit ends with, and for the reloaded viewer to be ready. */
async function reloadAfter(page: Page, action: Promise<void>): Promise<void> {
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), action]);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
}

/** Whether the page's graph (after its latest load) has the node, or an edge of `type` from `source`. */
const hasNode = (page: Page, key: string) => page.evaluate((k) => window.coopgraph?.graph.hasNode(k) ?? null, key);
const hasEdge = (page: Page, type: string, source: string) =>
  page.evaluate(
    ([t, s]) => {
      const graph = window.coopgraph?.graph;
      if (!graph) return null;
      return graph.filterEdges((_key, attributes, from) => from === s && attributes.relationType === t).length > 0;
    },
    [type, source] as const,
  );

describe.skipIf(!hasChromium())('viewer curation in chromium', () => {
  beforeAll(async () => {
    store = await openTestStore();
    dir = mkdtempSync(join(tmpdir(), 'coopgraph-viewer-curation-'));
    log = join(dir, 'curation.jsonl');
    const files = Object.entries({ Y1: `${S1}\n${S2}`, Y2: S3 }).map(([title, text]) => {
      const file = join(dir, `${title}.md`);
      writeFileSync(
        file,
        `---\nurl: https://example.org/${tok}/${title}\ndate: 2024-05-01\ntitle: ${title}\n---\n${text}\n`,
      );
      return file;
    });
    await ingest(await collectInputs(files), { store, extract, reference: [], curationLog: log });
    server = await serve({
      port: 0,
      log: () => {},
      allowEdits: true,
      env: { ...process.env, COOPGRAPH_CURATION: log },
    });
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await deleteTestData(store, tok);
    await runWrite(store, { cypher: 'MATCH (a:Article) WHERE a.url CONTAINS $tok DETACH DELETE a', params: { tok } });
    await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.relation CONTAINS $tok DELETE o', params: { tok } });
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the token only to its own pages', async () => {
    const own = await fetch(new URL('/api/curation/session', server.url), {
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(await own.json()).toEqual({ edits: true, token: server.editToken });
    const foreign = await fetch(new URL('/api/curation/session', server.url), {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(foreign.status).toBe(403);
    const otherOrigin = await fetch(new URL('/api/curation/session', server.url), {
      headers: { origin: 'http://evil.example' },
    });
    expect(otherOrigin.status).toBe(403);
  });

  it('rejects a relation with its button: the edge leaves the graph', async () => {
    const graph = (await (await fetch(new URL('/api/graph', server.url))).json()) as {
      edges: { key: string; source: string; attributes: { type: string } }[];
    };
    const edge = graph.edges.find((e) => e.source === id.p && e.attributes.type === 'LOCATED_IN');
    expect(edge).toBeDefined();
    const page = await openViewer(`edge=${encodeURIComponent(String(edge?.key))}`);
    expect(await hasEdge(page, 'LOCATED_IN', id.p)).toBe(true);
    const details = page.getByLabel('Details');
    await reloadAfter(page, details.getByRole('button', { name: 'Отклонить' }).click());
    expect(await hasEdge(page, 'LOCATED_IN', id.p)).toBe(false);
    expect(await hasEdge(page, 'SUPPLIES', id.p)).toBe(true);
    const decisions = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(decisions).toEqual([
      expect.objectContaining({ op: 'reject', relation: { type: 'LOCATED_IN', source: id.p, target: id.r } }),
    ]);
    await page.close();
  });

  it('merges a node into another through "Объединить с…": one node stays, with the provenance shown', async () => {
    const page = await openViewer(`node=${encodeURIComponent(id.p)}`);
    expect(await hasNode(page, id.q)).toBe(true);
    const details = page.getByLabel('Details');
    await details.getByLabel('Объединить с').pressSequentially(`Кюзавод ${tok.slice(0, 4)}`);
    await details
      .getByRole('option', { name: new RegExp(`Кюзавод ${tok}`) })
      .first()
      .click();
    await reloadAfter(page, details.getByRole('button', { name: /^Объединить «/ }).click());
    expect(await hasNode(page, id.p)).toBe(false);
    expect(await hasNode(page, id.q)).toBe(true);
    expect(await page.evaluate(() => window.coopgraph?.getState().selection)).toEqual({ kind: 'node', key: id.q });
    await expect.poll(() => details.locator('h2').first().textContent()).toBe(Q);
    await expect.poll(() => details.locator('.provenance').first().textContent()).toMatch(/^Исправлено: viewer/);
    await expect.poll(() => details.textContent()).toContain(`Также: ${P}`);
    await page.screenshot({ path: join(ARTIFACTS, 'viewer-curation.png') });
    await page.close();
  });
});
