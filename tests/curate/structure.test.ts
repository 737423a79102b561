/**
 * Merges and splits against the real (test run's) Neo4j: `curate undo` of a merge or a
 * split restores the earlier graph exactly (the entities are derived again from extraction),
 * and a split survives `ingest --force` of every article.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import { applyCuration, reingestStored } from '../../src/ingest/apply-curation.ts';
import { collectInputs, type Extractor, type IngestContext, ingest } from '../../src/ingest/index.ts';
import { appendCurationDecision, readCurationLog } from '../../src/io/curation-file.ts';
import type { CurationDecision } from '../../src/schema/curation.ts';
import type { ExtractionResult } from '../../src/schema/index.ts';
import { runRead, runWrite, type Store } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

type Ent = ExtractionResult['entities'][number];
type Rel = ExtractionResult['relations'][number];

const tok = testToken();
const A = `Альфамаш ${tok}`;
const B = `Бетазавод ${tok}`;
const C = `Гаммазавод ${tok}`;
const D = `Дельтамаш ${tok}`;
const R = `Калрегион ${tok}`;
const S1 = `Завод «${A}» поставляет тракторы в регион «${R}».`;
const S2 = `Завод «${A}» находится в регионе «${R}».`;
const S3 = `Завод «${B}» поставляет комбайны в регион «${R}».`;
const S4 = `Завод «${D}» поставляет сеялки в регион «${R}».`;
const S5 = `Завод «${C}» находится в регионе «${R}».`;
const S6 = `«${D}» сотрудничает с регионом «${R}».`;

function ent(id: string, name: string, aliases: string[] = []): Ent {
  return { id, type: id === 'r' ? 'Region' : 'Enterprise', name, aliases, attributes: {} };
}
function rel(type: Rel['type'], source: string, target: string, evidence: string, confidence = 0.9): Rel {
  return { type, source, target, origin: 'text', evidence, confidence, attributes: { modality: 'fact' } };
}

const FACTS: Record<string, Pick<ExtractionResult, 'entities' | 'relations'>> = {
  X1: {
    entities: [ent('a', A), ent('r', R)],
    relations: [rel('SUPPLIES', 'a', 'r', S1, 0.95), rel('LOCATED_IN', 'a', 'r', S2)],
  },
  X2: { entities: [ent('b', B), ent('r', R)], relations: [rel('SUPPLIES', 'b', 'r', S3)] },
  // The extractor took «Дельтамаш» for another name of «Гаммазавод», also in X4, which names only «Дельтамаш».
  X3: {
    entities: [ent('c', C, [D]), ent('r', R)],
    relations: [rel('SUPPLIES', 'c', 'r', S4), rel('LOCATED_IN', 'c', 'r', S5)],
  },
  X4: { entities: [ent('c', C, [D]), ent('r', R)], relations: [rel('COOPERATES_WITH', 'c', 'r', S6)] },
};

const extract: Extractor = (article) => {
  const facts = FACTS[article.title];
  if (!facts) throw new Error(`no fixture for "${article.title}"`);
  return { article: { id: article.id, title: article.title }, ...facts, warnings: [] };
};

let store: Store;
let dir: string;
let logPath: string;
let files: string[];
let counter = 0;

function decide(fields: Record<string, unknown>): CurationDecision {
  counter += 1;
  const d = {
    id: `c-${tok}-${counter}`,
    author: 'tester',
    at: `2026-01-01T00:00:${String(counter).padStart(2, '0')}Z`,
    reason: `reason ${counter}`,
    ...fields,
  } as CurationDecision;
  appendCurationDecision(logPath, d);
  return d;
}

function context(): IngestContext {
  return { store, extract, reference: [], curationLog: logPath };
}

const apply = () => applyCuration(store, readCurationLog(logPath), reingestStored(context, ingest));
const load = async (force = false) => ingest(await collectInputs(files), context(), { force });

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

type Snapshot = Awaited<ReturnType<typeof snapshot>>;
const entity = (snap: Snapshot, id: string) => snap.entities.find((e) => e.id === id);
const relation = (snap: Snapshot, type: string, source: string) =>
  snap.relations.find((r) => r.type === type && r.source === source)?.props as Record<string, unknown> | undefined;

const id = {
  a: entityIdFor('Enterprise', A),
  b: entityIdFor('Enterprise', B),
  c: entityIdFor('Enterprise', C),
  d: entityIdFor('Enterprise', D),
  r: entityIdFor('Region', R),
};

beforeAll(async () => {
  store = await openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-structure-'));
  logPath = join(dir, 'curation.jsonl');
  const texts: Record<string, string> = { X1: `${S1}\n${S2}`, X2: S3, X3: `${S4}\n${S5}`, X4: S6 };
  files = Object.entries(texts).map(([title, text], i) => {
    const file = join(dir, `${title}.md`);
    writeFileSync(
      file,
      `---\nurl: https://example.org/${tok}/${title}\ndate: 2024-0${i + 1}-01\ntitle: ${title}\n---\n${text}\n`,
    );
    return file;
  });
  const summary = await load();
  expect(summary.failures).toEqual([]);
}, 120_000);

afterAll(async () => {
  await deleteTestData(store, tok);
  await runWrite(store, { cypher: 'MATCH (a:Article) WHERE a.url CONTAINS $tok DETACH DELETE a', params: { tok } });
  await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.relation CONTAINS $tok DELETE o', params: { tok } });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('curate undo of a merge', () => {
  it('restores the earlier graph exactly, also after ingest --force', async () => {
    const before = await snapshot();
    expect(entity(before, id.a)).toBeDefined();
    const merge = decide({ op: 'merge', from: id.a, into: id.b, intoName: B, intoType: 'Enterprise', fromNames: [A] });
    await apply();
    const merged = await snapshot();
    expect(entity(merged, id.a)).toBeUndefined();
    expect(entity(merged, id.b)?.props).toMatchObject({ aliases: [A], mergedIn: [merge.id] });
    expect(relation(merged, 'SUPPLIES', id.b)).toMatchObject({ articleCount: 2, confidence: 0.95 });

    decide({ op: 'undo', target: merge.id });
    const applied = await apply();
    expect(applied.rederive.length).toBe(2);
    expect(await snapshot()).toEqual(before);
    await load(true);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});

describe('entity split', () => {
  let beforeSplit: Snapshot;
  let split: CurationDecision;

  it('moves the alias and the facts stated under it to an entity of its own', async () => {
    beforeSplit = await snapshot();
    expect(entity(beforeSplit, id.c)?.props).toMatchObject({ aliases: [D] });
    expect(entity(beforeSplit, id.d)).toBeUndefined();
    expect(
      relation(beforeSplit, 'COOPERATES_WITH', id.c) ?? relation(beforeSplit, 'COOPERATES_WITH', id.r),
    ).toBeDefined();

    split = decide({ op: 'split', entity: id.c, alias: D, into: id.d, type: 'Enterprise' });
    const applied = await apply();
    expect(applied.split).toBe(1);
    const after = await snapshot();
    expect(entity(after, id.c)?.props).toMatchObject({ name: C, aliases: [] });
    expect(entity(after, id.d)?.props).toMatchObject({
      name: D,
      type: 'Enterprise',
      splitIn: [split.id],
      curatedBy: 'tester',
    });
    expect(entity(after, id.d)?.labels).toContain('Enterprise');
    // X3 names both, X4 only the alias.
    expect(entity(after, id.c)?.mentions).toEqual([`https://example.org/${tok}/X3`]);
    expect(entity(after, id.d)?.mentions).toEqual([`https://example.org/${tok}/X3`, `https://example.org/${tok}/X4`]);
    expect(relation(after, 'SUPPLIES', id.d)).toMatchObject({ articleCount: 1, evidence: [S4] });
    expect(relation(after, 'SUPPLIES', id.c)).toBeUndefined();
    expect(relation(after, 'LOCATED_IN', id.c)).toMatchObject({ evidence: [S5] });
    const cooperates = after.relations.filter((r) => r.type === 'COOPERATES_WITH');
    expect(cooperates.map((r) => [r.source, r.target].sort())).toEqual([[id.d, id.r].sort()]);

    await apply();
    expect(await snapshot()).toEqual(after);
  }, 120_000);

  it('survives ingest --force of every article', async () => {
    const after = await snapshot();
    await load(true);
    expect(await snapshot()).toEqual(after);
  }, 120_000);

  it('is undone exactly', async () => {
    decide({ op: 'undo', target: split.id });
    await apply();
    expect(await snapshot()).toEqual(beforeSplit);
  }, 120_000);
});
