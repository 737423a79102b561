/**
 * A relationship's attributes are those of the latest-dated article stating it (issue 13,
 * item 2), also after articles are removed: removing that article brings back the values of
 * the next latest one (kept on its Evidence node), whatever order the articles came in;
 * removing an older article changes nothing. Against the test run's Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRead, runWrite, type Store, writeArticle } from '../../src/store/index.ts';
import { removeArticle } from '../../src/store/ingest-store.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

let store: Store;
const token = testToken();

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  await deleteTestData(store, token);
  await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.id CONTAINS $token DELETE o', params: { token } });
  await store.close();
});

const maz = `enterprise:t${token}-maz`;
const russia = `country:t${token}-russia`;

/** Article n states TRADES_WITH with its own value; the third gives no year. */
const STATED = [
  { n: 1, date: '2023-01-10', attributes: { modality: 'fact', value: 100, currency: 'USD', year: 2022 } },
  { n: 2, date: '2025-03-01', attributes: { modality: 'fact', value: 300, currency: 'BYN' } },
  { n: 3, date: '2024-06-15', attributes: { modality: 'plan', value: 200, currency: 'USD', year: 2024 } },
] as const;

async function write(order: readonly number[]): Promise<void> {
  for (const i of order) {
    const { n, date, attributes } = STATED[i] ?? STATED[0];
    const sentence = `Товарооборот ${n} составил ${attributes.value} млн.`;
    const article = makeArticle(token, n, { date, text: sentence });
    const extraction = makeExtraction(
      article,
      [
        { id: maz, type: 'Enterprise', name: 'МАЗ' },
        { id: russia, type: 'Country', name: 'Россия' },
      ],
      [{ type: 'TRADES_WITH', source: maz, target: russia, evidence: sentence, attributes }],
    );
    await writeArticle(store, article, extraction);
  }
}

async function trade(): Promise<Record<string, unknown> | undefined> {
  const [row] = await runRead(store, {
    cypher: 'MATCH (:Entity {id: $maz})-[r:TRADES_WITH]-(:Entity {id: $russia}) RETURN properties(r) AS props',
    params: { maz, russia },
  });
  return row?.props as Record<string, unknown> | undefined;
}

describe('relationship attributes when articles are removed', () => {
  it('fall back to the next latest-dated article, and ignore the removal of an older one', async () => {
    await write([1, 0, 2]);
    expect(await trade()).toMatchObject({ value: 300, currency: 'BYN', modality: 'fact', articleCount: 3 });
    expect((await trade())?.year).toBeUndefined();

    // The latest (2025-03-01) goes: the 2024-06-15 article's whole set comes back, year included.
    await removeArticle(store, makeArticle(token, 2).id);
    expect(await trade()).toMatchObject({ value: 200, currency: 'USD', modality: 'plan', year: 2024, articleCount: 2 });

    // An older article going changes no attribute.
    await removeArticle(store, makeArticle(token, 1).id);
    expect(await trade()).toMatchObject({ value: 200, year: 2024, articleCount: 1 });
    expect((await trade())?.attributesRank).toBe(`2024-06-15|${makeArticle(token, 3).id}`);

    // Written back in another order, the graph is what it was before any removal.
    await write([2, 0, 1]);
    expect(await trade()).toMatchObject({ value: 300, currency: 'BYN', modality: 'fact', articleCount: 3 });
    expect((await trade())?.year).toBeUndefined();
  }, 120_000);
});
