/**
 * The curation log applied to the real (test run's) Neo4j: a merge, a rejection and a
 * manual relation survive `ingest --force` of every article and the removal and
 * re-ingest of the article they came from; applying twice changes nothing; undo
 * restores the earlier graph exactly; rejected relations are hidden unless asked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, type Extractor, ingest } from '../../src/ingest/index.ts';
import { appendCurationDecision, readCurationLog } from '../../src/io/curation-file.ts';
import type { CurationDecision } from '../../src/schema/curation.ts';
import { type ExtractionResult, GraphQuerySchema } from '../../src/schema/index.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { applyCurationLog } from '../../src/store/curation.ts';
import { readGraph, runRead, runWrite, type Store } from '../../src/store/index.ts';
import { removeArticle } from '../../src/store/ingest-store.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

type Ent = ExtractionResult['entities'][number];
type Rel = ExtractionResult['relations'][number];

const tok = testToken();
const A_NAME = `Альфамаш ${tok}`;
const B_NAME = `Бетазавод ${tok}`;
const R_NAME = `Калрегион ${tok}`;
const S1 = `Завод «${A_NAME}» поставляет тракторы в регион «${R_NAME}».`;
const S2 = `Завод «${A_NAME}» находится в регионе «${R_NAME}».`;
const S3 = `Завод «${B_NAME}» поставляет комбайны в регион «${R_NAME}».`;

function ent(id: string, type: Ent['type'], name: string): Ent {
  return { id, type, name, aliases: [], attributes: {} };
}
function rel(type: Rel['type'], source: string, target: string, evidence: string): Rel {
  return { type, source, target, origin: 'text', evidence, confidence: 0.9, attributes: { modality: 'fact' } };
}

const FACTS: Record<string, Pick<ExtractionResult, 'entities' | 'relations'>> = {
  X1: {
    entities: [ent('a', 'Enterprise', A_NAME), ent('r', 'Region', R_NAME)],
    relations: [rel('SUPPLIES', 'a', 'r', S1), rel('LOCATED_IN', 'a', 'r', S2)],
  },
  X2: {
    entities: [ent('b', 'Enterprise', B_NAME), ent('r', 'Region', R_NAME)],
    relations: [rel('SUPPLIES', 'b', 'r', S3)],
  },
};

const extract: Extractor = (article) => {
  const facts = FACTS[article.title];
  if (!facts) throw new Error(`no fixture for "${article.title}"`);
  return { article: { id: article.id, title: article.title }, ...facts, warnings: [] };
};

let store: Store;
let dir: string;
let logPath: string;
let x1: string;
let x2: string;
let ids: { a: string; b: string; r: string };
let counter = 0;

function decision<T extends CurationDecision['op']>(
  op: T,
  fields: Omit<Extract<CurationDecision, { op: T }>, 'id' | 'author' | 'at' | 'reason' | 'op'>,
): CurationDecision {
  counter += 1;
  return {
    op,
    id: `c-${tok}-${counter}`,
    author: 'tester',
    at: `2026-01-01T00:00:${String(counter).padStart(2, '0')}Z`,
    reason: `reason ${counter}`,
    ...fields,
  } as unknown as CurationDecision;
}

async function load(paths: string[], force = false) {
  return ingest(await collectInputs(paths), { store, extract, reference: [], curationLog: logPath }, { force });
}

/** The test's part of the graph, whole: entities, mentions, relationships with all properties, Evidence. */
async function snapshot() {
  const params = { tok };
  const entities = await runRead(store, {
    cypher: [
      'MATCH (e:Entity) WHERE e.id CONTAINS $tok',
      'RETURN e.id AS id, labels(e) AS labels, properties(e) AS props,',
      '  COLLECT { MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN a.url ORDER BY a.url } AS mentions',
      'ORDER BY id',
    ].join('\n'),
    params,
  });
  const relations = await runRead(store, {
    cypher: [
      'MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id CONTAINS $tok AND type(r) <> "MENTIONED_IN"',
      'RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props ORDER BY source, type, target',
    ].join('\n'),
    params,
  });
  const evidence = await runRead(store, {
    cypher: 'MATCH (o:Evidence) WHERE o.relation CONTAINS $tok RETURN properties(o) AS props ORDER BY o.id',
    params,
  });
  return { entities, relations, evidence };
}

function relationOf(snap: Awaited<ReturnType<typeof snapshot>>, type: string) {
  return snap.relations.find((r) => r.type === type)?.props as Record<string, unknown> | undefined;
}

beforeAll(async () => {
  store = await openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-curation-'));
  logPath = join(dir, 'curation.jsonl');
  x1 = join(dir, 'x1.md');
  x2 = join(dir, 'x2.md');
  writeFileSync(x1, `---\nurl: https://example.org/${tok}/x1\ndate: 2024-02-01\ntitle: X1\n---\n${S1}\n${S2}\n`);
  writeFileSync(x2, `---\nurl: https://example.org/${tok}/x2\ndate: 2024-03-01\ntitle: X2\n---\n${S3}\n`);
  const summary = await load([x1, x2]);
  expect(summary.failures).toEqual([]);
  const rows = await runRead(store, {
    cypher: 'MATCH (e:Entity) WHERE e.id CONTAINS $tok RETURN e.name AS name, e.id AS id',
    params: { tok },
  });
  const idOf = (name: string) => String(rows.find((r) => r.name === name)?.id);
  ids = { a: idOf(A_NAME), b: idOf(B_NAME), r: idOf(R_NAME) };
}, 120_000);

afterAll(async () => {
  await deleteTestData(store, tok);
  await runWrite(store, {
    cypher: 'MATCH (a:Article) WHERE a.url CONTAINS $tok DETACH DELETE a',
    params: { tok },
  });
  await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.relation CONTAINS $tok DELETE o', params: { tok } });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('undo', () => {
  it('restores the earlier graph exactly after a rename, a rejection and a manual relation', async () => {
    const before = await snapshot();
    const made = [
      decision('rename', { entity: ids.r, name: `Renamed${tok}` }),
      decision('retype', { entity: ids.r, type: 'City' }),
      decision('reject', { relation: { type: 'SUPPLIES', source: ids.b, target: ids.r } }),
      decision('confirm', { relation: { type: 'SUPPLIES', source: ids.a, target: ids.r } }),
      decision('add', { relation: { type: 'COOPERATES_WITH', source: ids.a, target: ids.b }, note: 'forum minutes' }),
    ];
    for (const d of made) appendCurationDecision(logPath, d);
    await applyCurationLog(store, readCurationLog(logPath));
    const curated = await snapshot();
    expect(curated.entities.find((e) => e.id === ids.r)?.props).toMatchObject({
      name: `Renamed${tok}`,
      type: 'City',
      curatedBy: 'tester',
    });
    expect(curated.entities.find((e) => e.id === ids.r)?.labels).toContain('City');
    expect(relationOf(curated, 'COOPERATES_WITH')).toMatchObject({ manual: true, note: 'forum minutes' });
    expect(curated).not.toEqual(before);

    for (const d of made) appendCurationDecision(logPath, decision('undo', { target: d.id }));
    await applyCurationLog(store, readCurationLog(logPath));
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});

describe('a merge, a rejection and a manual relation', () => {
  it('are applied, idempotently, and rejected relations are hidden unless asked', async () => {
    appendCurationDecision(
      logPath,
      decision('merge', { from: ids.a, into: ids.b, intoName: B_NAME, intoType: 'Enterprise', fromNames: [A_NAME] }),
    );
    // Named by the merged entity's id: the fold follows the merge.
    appendCurationDecision(
      logPath,
      decision('reject', { relation: { type: 'LOCATED_IN', source: ids.a, target: ids.r } }),
    );
    appendCurationDecision(
      logPath,
      decision('add', { relation: { type: 'COOPERATES_WITH', source: ids.r, target: ids.b }, note: 'by hand' }),
    );
    await applyCurationLog(store, readCurationLog(logPath));
    const once = await snapshot();
    expect(once.entities.map((e) => e.id)).not.toContain(ids.a);
    const b = once.entities.find((e) => e.id === ids.b);
    expect(b?.props).toMatchObject({ aliases: [A_NAME] });
    expect(b?.mentions).toHaveLength(2);
    expect(relationOf(once, 'SUPPLIES')).toMatchObject({ articleCount: 2 });
    expect(relationOf(once, 'LOCATED_IN')).toMatchObject({ rejected: true, rejectedBy: 'tester', curatedBy: 'tester' });
    expect(relationOf(once, 'COOPERATES_WITH')).toMatchObject({ manual: true, note: 'by hand' });

    await applyCurationLog(store, readCurationLog(logPath));
    expect(await snapshot()).toEqual(once);

    const located = (g: Awaited<ReturnType<typeof readGraph>>) =>
      g.filterEdges((_e, _attrs, source) => source === ids.b);
    expect(located(await readGraph(store, { relationTypes: ['LOCATED_IN'] }))).toHaveLength(0);
    expect(located(await readGraph(store, { relationTypes: ['LOCATED_IN'], includeRejected: true }))).toHaveLength(1);
    // The API and the exports: hidden by default, shown with rejected=1.
    const api = createStoreDataSource(store);
    const edgesOfB = async (query: Record<string, string>) =>
      (await api.graph(GraphQuerySchema.parse({ relations: 'LOCATED_IN', ...query }))).edges.filter(
        (e) => e.source === ids.b,
      );
    expect(await edgesOfB({})).toHaveLength(0);
    expect(await edgesOfB({ rejected: '1' })).toEqual([
      expect.objectContaining({ attributes: expect.objectContaining({ rejected: true, rejectedBy: 'tester' }) }),
    ]);
  }, 60_000);

  it('survive ingest --force of every article', async () => {
    const curated = await snapshot();
    await load([x1, x2], true);
    expect(await snapshot()).toEqual(curated);
  }, 60_000);

  it('survive the removal and re-ingest of the article they came from', async () => {
    const curated = await snapshot();
    await removeArticle(store, `https://example.org/${tok}/x1`);
    await applyCurationLog(store, readCurationLog(logPath));
    const removed = await snapshot();
    expect(relationOf(removed, 'LOCATED_IN')).toBeUndefined();
    expect(relationOf(removed, 'COOPERATES_WITH')).toMatchObject({ manual: true });
    await load([x1]);
    expect(await snapshot()).toEqual(curated);
  }, 60_000);
});
