/**
 * Bounded evidence against the real Neo4j: a relationship keeps a sample of the five
 * earliest sentences whatever the load order, every sentence stays on per-article
 * Evidence nodes (paged), removing an article re-summarises its relationships, and a
 * store written by the old writer (every id and sentence on the relationship) migrates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ExtractionResult } from '../../src/schema/index.ts';
import { ensureSchema } from '../../src/store/ensure-schema.ts';
import { EVIDENCE_SAMPLE_SIZE } from '../../src/store/evidence.ts';
import { readEvidencePage } from '../../src/store/evidence-store.ts';
import { runInTransaction, runRead, runWrite, type Store, writeArticle } from '../../src/store/index.ts';
import { removeArticle } from '../../src/store/ingest-store.ts';
import { linkMentionsQuery, upsertArticlesQuery, upsertEntitiesQuery } from '../../src/store/upsert.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { makeArticle, makeExtraction } from './fixtures.ts';

let store: Store;
const tokens: string[] = [];

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  for (const token of tokens) {
    await deleteTestData(store, token);
    await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.id CONTAINS $token DELETE o', params: { token } });
  }
  await store.close();
});

/** Eight articles stating the same SUPPLIES fact, each with its own sentence and date (one undated). */
function corpus() {
  const token = testToken();
  tokens.push(token);
  const maz = { id: `enterprise:t${token}-maz`, type: 'Enterprise', name: 'МАЗ' } as const;
  const kaluga = { id: `region:t${token}-kaluga`, type: 'Region', name: 'Калужская область' } as const;
  const dates = [
    '2024-03-05',
    '2023-01-10',
    undefined,
    '2024-03-05',
    '2022-07-01',
    '2025-01-01',
    '2023-06-30',
    '2021-12-31',
  ];
  const items = dates.map((date, i) => {
    const sentence = `МАЗ поставит ${i + 10} автобусов в Калужскую область.`;
    const article = makeArticle(token, i + 1, { date, text: sentence });
    const extraction = makeExtraction(
      article,
      [maz, kaluga],
      [{ type: 'SUPPLIES', source: maz.id, target: kaluga.id, evidence: sentence }],
    );
    return { article, extraction, sentence };
  });
  return { token, maz, kaluga, items, key: `SUPPLIES|${maz.id}|${kaluga.id}` };
}

/** The five sentences the sample must hold: earliest article date first (undated last), then article id. */
function expectedSample(items: ReturnType<typeof corpus>['items']): string[] {
  return [...items]
    .sort((a, b) => {
      const ka = `${a.article.date ?? '~'}|${a.article.id}`;
      const kb = `${b.article.date ?? '~'}|${b.article.id}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    })
    .slice(0, EVIDENCE_SAMPLE_SIZE)
    .map((item) => item.sentence);
}

async function relationship(source: string, target: string) {
  const [row] = await runRead(store, {
    cypher: 'MATCH (:Entity {id: $source})-[r:SUPPLIES]->(:Entity {id: $target}) RETURN properties(r) AS r',
    params: { source, target },
  });
  return row?.r as Record<string, unknown> | undefined;
}

describe('bounded evidence', () => {
  it('keeps the five earliest sentences, the count and the dates, whatever the load order', async () => {
    const forward = corpus();
    const backward = corpus();
    for (const { article, extraction } of forward.items) await writeArticle(store, article, extraction);
    for (const { article, extraction } of [...backward.items].reverse()) await writeArticle(store, article, extraction);
    const a = await relationship(forward.maz.id, forward.kaluga.id);
    const b = await relationship(backward.maz.id, backward.kaluga.id);
    expect(a).toMatchObject({
      articleCount: 8,
      firstSeen: '2021-12-31',
      lastSeen: '2025-01-01',
      evidence: expectedSample(forward.items),
    });
    expect(a).not.toHaveProperty('articleIds');
    expect(b?.evidence).toEqual(a?.evidence);
    expect(b).toMatchObject({ articleCount: 8, firstSeen: '2021-12-31', lastSeen: '2025-01-01' });
    // Writing an article again adds nothing.
    const [again] = forward.items;
    if (again) await writeArticle(store, again.article, again.extraction);
    expect((await relationship(forward.maz.id, forward.kaluga.id))?.articleCount).toBe(8);
  });

  it('keeps every sentence queryable per article, a page at a time', async () => {
    const c = corpus();
    for (const { article, extraction } of c.items) await writeArticle(store, article, extraction);
    const edge = { type: 'SUPPLIES', source: c.maz.id, target: c.kaluga.id };
    const first = await readEvidencePage(store, edge, 0, 3);
    const rest = await readEvidencePage(store, edge, 3, 10);
    expect(first.total).toBe(8);
    expect(first.items).toHaveLength(3);
    expect(rest.items).toHaveLength(5);
    const sentences = [...first.items, ...rest.items].flatMap((item) => item.sentences);
    expect(new Set(sentences)).toEqual(new Set(c.items.map((item) => item.sentence)));
    expect(sentences.slice(0, EVIDENCE_SAMPLE_SIZE)).toEqual(expectedSample(c.items));
    expect(first.items[0]).toMatchObject({ date: '2021-12-31', title: 'Статья 8' });
    const [perArticle] = await runRead(store, {
      cypher: 'MATCH (o:Evidence {articleId: $id}) RETURN o.relation AS relation, o.sentences AS sentences',
      params: { id: c.items[0]?.article.id },
    });
    expect(perArticle).toEqual({ relation: c.key, sentences: [c.items[0]?.sentence] });
  });

  it('removing an article removes its evidence and re-samples; the last one removes the relationship', async () => {
    const c = corpus();
    for (const { article, extraction } of c.items) await writeArticle(store, article, extraction);
    const oldest = c.items[7];
    if (!oldest) throw new Error('corpus too small');
    await removeArticle(store, oldest.article.id);
    const remaining = c.items.filter((item) => item !== oldest);
    expect(await relationship(c.maz.id, c.kaluga.id)).toMatchObject({
      articleCount: 7,
      firstSeen: '2022-07-01',
      lastSeen: '2025-01-01',
      evidence: expectedSample(remaining),
    });
    const [gone] = await runRead(store, {
      cypher: 'MATCH (o:Evidence {articleId: $id}) RETURN count(o) AS n',
      params: { id: oldest.article.id },
    });
    expect(gone?.n).toBe(0);
    for (const item of remaining) await removeArticle(store, item.article.id);
    expect(await relationship(c.maz.id, c.kaluga.id)).toBeUndefined();
    const [left] = await runRead(store, {
      cypher: 'MATCH (o:Evidence {relation: $key}) RETURN count(o) AS n',
      params: { key: c.key },
    });
    expect(left?.n).toBe(0);
  });
});

/** The relation upsert of the writer before Evidence nodes, verbatim: every id and sentence on the relationship. */
const OLD_RELATION_UPSERT = [
  'UNWIND $rows AS row',
  'MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})',
  'MERGE (s)-[r:`SUPPLIES`]->(t)',
  'ON CREATE SET r.articleIds = [], r.evidence = [], r.origin = row.origin',
  'SET r += row.attributes,',
  "  r.origin = CASE WHEN row.origin = 'text' THEN 'text' ELSE r.origin END,",
  '  r.confidence = CASE WHEN r.confidence > row.confidence THEN r.confidence ELSE row.confidence END,',
  '  r.articleIds = r.articleIds + [x IN row.articleIds WHERE NOT x IN r.articleIds],',
  '  r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence],',
  '  r.firstSeen = CASE WHEN row.first IS NULL OR r.firstSeen <= row.first THEN r.firstSeen ELSE row.first END,',
  '  r.lastSeen = CASE WHEN row.last IS NULL OR r.lastSeen >= row.last THEN r.lastSeen ELSE row.last END',
  'SET r.articleCount = size(r.articleIds)',
].join('\n');

/** Writes one article the way the old writer did. */
async function writeOldShape(article: Article, extraction: ExtractionResult): Promise<void> {
  const rows = extraction.relations.map((r) => ({
    source: r.source,
    target: r.target,
    origin: r.origin,
    confidence: r.confidence,
    articleIds: [article.id],
    evidence: [r.evidence],
    first: article.date ?? null,
    last: article.date ?? null,
    attributes: {},
  }));
  await runInTransaction(store, [
    upsertArticlesQuery([article]),
    upsertEntitiesQuery(
      'Enterprise',
      extraction.entities.filter((e) => e.type === 'Enterprise'),
    ),
    upsertEntitiesQuery(
      'Region',
      extraction.entities.filter((e) => e.type === 'Region'),
    ),
    linkMentionsQuery(extraction.entities.map((e) => ({ entityId: e.id, articleId: article.id }))),
    { cypher: OLD_RELATION_UPSERT, params: { rows } },
  ]);
}

async function evidenceRows(key: string) {
  return runRead(store, {
    cypher: [
      'MATCH (o:Evidence {relation: $key})',
      'RETURN o.articleId AS articleId, o.date AS date, o.sentences AS sentences ORDER BY o.articleId',
    ].join('\n'),
    params: { key },
  });
}

describe('migrating a store of the old shape', () => {
  it('moves ids and sentences to Evidence nodes and a sample, as the new writer stores them', async () => {
    const old = corpus();
    const fresh = corpus();
    for (const { article, extraction } of old.items) await writeOldShape(article, extraction);
    for (const { article, extraction } of fresh.items) await writeArticle(store, article, extraction);
    expect((await relationship(old.maz.id, old.kaluga.id))?.articleIds).toHaveLength(8);

    // What a start does on an old store: the marker is missing, so the relationships are migrated.
    await runWrite(store, { cypher: "MATCH (m:CoopgraphStore {id: 'store'}) DELETE m", params: {} });
    await ensureSchema(store);

    const migrated = await relationship(old.maz.id, old.kaluga.id);
    const written = await relationship(fresh.maz.id, fresh.kaluga.id);
    expect(migrated).not.toHaveProperty('articleIds');
    const summary = (r: Record<string, unknown> | undefined) => ({
      articleCount: r?.articleCount,
      firstSeen: r?.firstSeen,
      lastSeen: r?.lastSeen,
      evidence: r?.evidence,
    });
    expect(summary(migrated)).toEqual(summary(written));
    const strip = (rows: Awaited<ReturnType<typeof evidenceRows>>, token: string) =>
      rows.map((row) => ({ ...row, articleId: String(row.articleId).replace(token, '') }));
    expect(strip(await evidenceRows(old.key), old.token)).toEqual(strip(await evidenceRows(fresh.key), fresh.token));
    const [marker] = await runRead(store, {
      cypher: "MATCH (m:CoopgraphStore {id: 'store'}) RETURN m.evidenceModel AS model",
      params: {},
    });
    expect(marker?.model).toBe(2);
  });
});
