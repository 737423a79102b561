/**
 * The ingest pipeline against a real (embedded) Neo4j, with a fixture-backed
 * extractor so each scenario states exactly which facts an article yields:
 * idempotency, resolution across articles (through the reference data), update of a changed article,
 * `article rm`, dry runs and failed inputs. Articles are short texts written
 * for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs, type Extractor, type IngestOptions, ingest } from '../../src/ingest/index.ts';
import type { KnownEntity } from '../../src/resolve/index.ts';
import type { ExtractionResult } from '../../src/schema/index.ts';
import { runRead } from '../../src/store/index.ts';
import { readGraphCounts, removeArticle } from '../../src/store/ingest-store.ts';
import { type OwnNeo4j, startOwnNeo4j } from './own-neo4j.ts';

type Ent = ExtractionResult['entities'][number];
type Rel = ExtractionResult['relations'][number];

/** Articles resolve against the reference data and themselves only: the reference links "ОАО «МАЗ»" and "Головченко" to their full names. */
const REFERENCE: KnownEntity[] = [
  { id: 'region:kaluga-oblast', type: 'Region', name: 'Калужская область', aliases: [] },
  {
    id: 'enterprise:minskiy-avtomobilnyy-zavod',
    type: 'Enterprise',
    name: 'Минский автомобильный завод',
    aliases: ['МАЗ'],
  },
  { id: 'person:roman-golovchenko', type: 'Person', name: 'Роман Головченко', aliases: [] },
];

const S_SUPPLY_1 = 'Минский автомобильный завод поставит автобусы в Калужскую область.';
const S_TALKS = 'Роман Головченко провёл переговоры с Владиславом Шапшой.';
const S_SUPPLY_2 = 'ОАО «МАЗ» поставит автобусы в Калужскую область.';
const S_GOVERNOR = 'Шапша возглавляет Калужскую область.';
const S_SUPPLY_3 = 'Минский автомобильный завод поставит сто автобусов в Калужскую область.';

function ent(id: string, type: Ent['type'], name: string): Ent {
  return { id, type, name, aliases: [], attributes: {} };
}
function rel(type: Rel['type'], source: string, target: string, evidence: string): Rel {
  return { type, source, target, origin: 'text', evidence, confidence: 0.9, attributes: { modality: 'plan' } };
}

/** The facts each test article yields, keyed by the article's title. */
const FACTS: Record<string, { entities: Ent[]; relations: Rel[] }> = {
  A1: {
    entities: [
      ent('e1', 'Enterprise', 'Минский автомобильный завод'),
      ent('r1', 'Region', 'Калужская область'),
      ent('p1', 'Person', 'Роман Головченко'),
      ent('p2', 'Person', 'Владислав Шапша'),
    ],
    relations: [rel('SUPPLIES', 'e1', 'r1', S_SUPPLY_1), rel('NEGOTIATES', 'p2', 'p1', S_TALKS)],
  },
  A2: {
    entities: [
      ent('e1', 'Enterprise', 'ОАО «МАЗ»'),
      ent('r1', 'Region', 'Калужская область'),
      ent('p1', 'Person', 'Головченко'),
    ],
    relations: [rel('SUPPLIES', 'e1', 'r1', S_SUPPLY_2)],
  },
  A0: {
    entities: [ent('p', 'Person', 'Шапша'), ent('r1', 'Region', 'Калужская область')],
    relations: [rel('HEADS', 'p', 'r1', S_GOVERNOR)],
  },
  'A1 v2': {
    entities: [ent('e1', 'Enterprise', 'Минский автомобильный завод'), ent('r1', 'Region', 'Калужская область')],
    relations: [rel('SUPPLIES', 'e1', 'r1', S_SUPPLY_3)],
  },
};

const extract: Extractor = (article) => {
  const facts = FACTS[article.title];
  if (!facts) throw new Error(`no fixture for "${article.title}"`);
  return { article: { id: article.id, title: article.title }, ...facts, warnings: [] };
};

function articleFile(dir: string, name: string, meta: { url: string; date: string; title: string }, text: string) {
  const path = join(dir, name);
  writeFileSync(path, `---\nurl: ${meta.url}\ndate: ${meta.date}\ntitle: ${meta.title}\n---\n${text}\n`);
  return path;
}

let neo: OwnNeo4j;
let dir: string;
let a1: string;
let a2: string;

/** An older article that knows the governor by surname only ("Шапша"). */
function governorArticle(): string {
  return articleFile(dir, 'a0.md', { url: 'https://example.org/a0', date: '2023-12-01', title: 'A0' }, S_GOVERNOR);
}

/** Ingests the paths with the fixture extractor (or the one given) and the options. */
async function load(paths: string[], options: IngestOptions & { extractor?: Extractor } = {}) {
  const { extractor = extract, ...ingestOptions } = options;
  return ingest(
    await collectInputs(paths),
    { store: neo.store, extract: extractor, reference: REFERENCE },
    ingestOptions,
  );
}

/** Every relationship between entities with its properties, in a stable order. */
async function allRelations() {
  return runRead(neo.store, {
    cypher:
      'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props ORDER BY source, type, target',
    params: {},
  });
}

/** The relationship of this type, its properties plus `articleIds`: the articles its Evidence nodes name, oldest first. */
async function relation(type: string) {
  const [row] = await runRead(neo.store, {
    cypher: [
      `MATCH (s:Entity)-[r:${type}]->(t:Entity)`,
      "RETURN s.id AS source, t.id AS target, properties(r) AS props, COLLECT { MATCH (o:Evidence {relation: type(r) + '|' + s.id + '|' + t.id}) WITH o ORDER BY o.date, o.articleId RETURN o.articleId } AS articleIds",
    ].join('\n'),
    params: {},
  });
  if (!row) return undefined;
  const props: Record<string, unknown> = { ...(row.props as Record<string, unknown>), articleIds: row.articleIds };
  return { source: String(row.source), target: String(row.target), props };
}

async function entityIds(): Promise<string[]> {
  const rows = await runRead(neo.store, { cypher: 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id', params: {} });
  return rows.map((r) => String(r.id));
}

beforeAll(async () => {
  neo = await startOwnNeo4j();
}, 180_000);

afterAll(async () => {
  await neo?.stop();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await neo.wipe();
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-ingest-'));
  a1 = articleFile(
    dir,
    'a1.md',
    { url: 'https://example.org/a1', date: '2024-01-10', title: 'A1' },
    `${S_SUPPLY_1}\n${S_TALKS}`,
  );
  a2 = articleFile(
    dir,
    'a2.md',
    { url: 'https://example.org/a2', date: '2024-03-01', title: 'A2' },
    `${S_SUPPLY_2}\nГоловченко отметил рост торговли.`,
  );
});

describe('ingest against Neo4j', { timeout: 120_000 }, () => {
  it('is idempotent: a second run reports everything unchanged and changes no count', async () => {
    const first = await load([dir]);
    expect(first.articles).toEqual({ new: 2, unchanged: 0, updated: 0, failed: 0 });
    const counts = await readGraphCounts(neo.store);
    expect(counts.articles).toBe(2);
    const second = await load([dir]);
    expect(second.articles).toEqual({ new: 0, unchanged: 2, updated: 0, failed: 0 });
    expect(second.entities).toEqual({ created: 0, merged: 0 });
    expect(await readGraphCounts(neo.store)).toEqual(counts);
  });

  it('resolves variants across articles onto one node and keeps provenance on the relationship', async () => {
    const summary = await load([a1, a2]);
    expect(await entityIds()).toEqual([
      'enterprise:minskiy-avtomobilnyy-zavod',
      'person:roman-golovchenko',
      'person:vladislav-shapsha',
      'region:kaluga-oblast',
    ]);
    // The second article's three entities all merged into stored ones; its SUPPLIES updated the first's.
    expect(summary.reports[1]).toMatchObject({ entitiesCreated: 0, entitiesMerged: 3, relationsUpdated: 1 });
    const supplies = await relation('SUPPLIES');
    expect(supplies?.props).toMatchObject({
      articleIds: [summary.reports[0]?.articleId, summary.reports[1]?.articleId],
      articleCount: 2,
      evidence: [S_SUPPLY_1, S_SUPPLY_2],
      firstSeen: '2024-01-10',
      lastSeen: '2024-03-01',
      modality: 'plan',
    });
    const [maz] = await runRead(neo.store, {
      cypher: "MATCH (e:Entity {id: 'enterprise:minskiy-avtomobilnyy-zavod'}) RETURN e.aliases AS aliases",
      params: {},
    });
    expect(maz?.aliases).toContain('ОАО «МАЗ»');
  });

  it('keeps a lone surname another article gives in full apart, in either order: no article reads the store', async () => {
    const a0 = governorArticle();
    const persons = async () =>
      runRead(neo.store, {
        cypher: "MATCH (e:Person) WHERE e.id CONTAINS 'shapsha' RETURN e.id AS id, e.name AS name ORDER BY id",
        params: {},
      });
    await load([a0]);
    await load([a1]);
    const oldestFirst = await persons();
    expect(oldestFirst).toEqual([
      { id: 'person:shapsha', name: 'Шапша' },
      { id: 'person:vladislav-shapsha', name: 'Владислав Шапша' },
    ]);
    await neo.wipe();
    await load([a1]);
    await load([a0]);
    expect(await persons()).toEqual(oldestFirst);
  });

  it('replaces a changed version of the same URL: facts only the old version gave disappear, shared ones keep their other evidence', async () => {
    const first = await load([a1, a2]);
    const v2 = articleFile(
      dir,
      'a1.md',
      { url: 'https://example.org/a1', date: '2024-02-01', title: 'A1 v2' },
      S_SUPPLY_3,
    );
    const summary = await load([v2]);
    expect(summary.articles).toEqual({ new: 0, unchanged: 0, updated: 1, failed: 0 });
    expect(summary.reports[0]?.replaced).toEqual([first.reports[0]?.articleId]);
    expect(await relation('NEGOTIATES')).toBeUndefined();
    // Шапша was only in the old version; Головченко is still mentioned by A2.
    expect(await entityIds()).toEqual([
      'enterprise:minskiy-avtomobilnyy-zavod',
      'person:roman-golovchenko',
      'region:kaluga-oblast',
    ]);
    const supplies = await relation('SUPPLIES');
    // Evidence is ordered by article date: the new version (2024-02-01) comes first.
    expect(supplies?.props.articleIds).toEqual([summary.reports[0]?.articleId, first.reports[1]?.articleId]);
    expect([...((supplies?.props.evidence as string[] | undefined) ?? [])].sort()).toEqual(
      [S_SUPPLY_2, S_SUPPLY_3].sort(),
    );
    expect(supplies?.props).toMatchObject({ firstSeen: '2024-02-01', lastSeen: '2024-03-01' });
    expect((await readGraphCounts(neo.store)).articles).toBe(2);
  });

  it('a second version of a URL in the same run replaces the first, even inside one batch', async () => {
    const v2 = articleFile(
      dir,
      'a1-v2.md',
      { url: 'https://example.org/a1', date: '2024-02-01', title: 'A1 v2' },
      S_SUPPLY_3,
    );
    const summary = await load([a1, v2, a2]);
    expect(summary.articles).toEqual({ new: 2, unchanged: 0, updated: 1, failed: 0 });
    expect(summary.reports[1]?.replaced).toEqual([summary.reports[0]?.articleId]);
    expect(await relation('NEGOTIATES')).toBeUndefined();
    expect((await readGraphCounts(neo.store)).articles).toBe(2);
  });

  it('with force, extracts stored articles again and replaces their facts', async () => {
    const older: Extractor = (article) => {
      const result = extract(article) as ExtractionResult;
      return { ...result, relations: result.relations.filter((r) => r.type !== 'SUPPLIES') };
    };
    await load([a1, a2], { extractor: older });
    expect(await relation('SUPPLIES')).toBeUndefined();
    expect((await load([a1, a2])).articles).toMatchObject({ unchanged: 2 });

    const forced = await load([a1, a2], { force: true });
    expect(forced.articles).toEqual({ new: 0, unchanged: 0, updated: 2, failed: 0 });
    const supplies = await relation('SUPPLIES');
    expect(supplies?.props.articleIds).toEqual(forced.reports.map((r) => r.articleId));
    expect(await relation('NEGOTIATES')).toBeDefined();
    expect((await readGraphCounts(neo.store)).articles).toBe(2);
  });

  it('stores the same graph whatever the batch size', async () => {
    const a0 = governorArticle();
    await load([a0, a1, a2], { batchSize: 1 });
    const oneByOne = { counts: await readGraphCounts(neo.store), relations: await allRelations() };
    await neo.wipe();
    await load([a0, a1, a2], { batchSize: 100 });
    expect({ counts: await readGraphCounts(neo.store), relations: await allRelations() }).toEqual(oneByOne);
    expect(oneByOne.relations.length).toBe(3);
  });

  it('article rm removes the article and every fact whose only evidence it was', async () => {
    const first = await load([a1, a2]);
    await removeArticle(neo.store, 'https://example.org/a1');
    expect(await relation('NEGOTIATES')).toBeUndefined();
    expect(await entityIds()).toEqual([
      'enterprise:minskiy-avtomobilnyy-zavod',
      'person:roman-golovchenko',
      'region:kaluga-oblast',
    ]);
    const supplies = await relation('SUPPLIES');
    expect(supplies?.props).toMatchObject({
      articleIds: [first.reports[1]?.articleId],
      articleCount: 1,
      evidence: [S_SUPPLY_2],
      firstSeen: '2024-03-01',
    });
    await removeArticle(neo.store, first.reports[1]?.articleId ?? '');
    expect(await readGraphCounts(neo.store)).toEqual({ entities: 0, articles: 0, relations: 0 });
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const summary = await load([a1, a2], { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, articles: { new: 2 }, entities: { created: 4, merged: 3 } });
    expect(await readGraphCounts(neo.store)).toEqual({ entities: 0, articles: 0, relations: 0 });
  });

  it('reports empty and binary files as failed by name, loads the rest, and changes nothing already stored', async () => {
    await load([a1]);
    const before = await readGraphCounts(neo.store);
    const empty = join(dir, 'empty.md');
    const binary = join(dir, 'binary.md');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a]));
    const summary = await load([dir]);
    expect(summary.articles).toEqual({ new: 1, unchanged: 1, updated: 0, failed: 2 });
    expect(summary.failures.map((f) => f.source).sort()).toEqual([binary, empty]);
    const after = await readGraphCounts(neo.store);
    expect(after.articles).toBe(before.articles + 1);
  });
});
