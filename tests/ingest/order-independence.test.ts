/**
 * Same articles, same graph (issue 13), against the real Neo4j: a small generated corpus
 * whose articles name one enterprise in different forms and state one TRADES_WITH fact
 * with different values and dates. Written in order, reversed, as one batch, and as two
 * concurrent overlapping halves, it must give identical entities (canonical name, sorted
 * aliases) and relationships (attributes from the latest-dated article, sample, dates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInTransaction, runRead, runWrite, type Store, writeArticle } from '../../src/store/index.ts';
import { writeArticlesQueries } from '../../src/store/upsert.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

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

const NAMES = ['МАЗ', 'Минский автомобильный завод', 'ОАО МАЗ', 'Минский автозавод'];
const DATES = [
  '2023-05-01',
  '2025-02-10',
  undefined,
  '2024-11-30',
  '2025-02-10',
  '2022-01-15',
  '2024-01-01',
  undefined,
];

/** Eight articles, one store token: name variants, TRADES_WITH values and dates vary per article. */
function corpus() {
  const token = testToken();
  tokens.push(token);
  const maz = `enterprise:t${token}-maz`;
  const russia = `country:t${token}-russia`;
  return DATES.map((date, i) => {
    const sentence = `Товарооборот составил ${100 + i} млн долларов.`;
    const article = makeArticle(token, i + 1, { date, text: sentence });
    const extraction = makeExtraction(
      article,
      [
        { id: maz, type: 'Enterprise', name: NAMES[i % NAMES.length] ?? 'МАЗ' },
        { id: russia, type: 'Country', name: i % 2 ? 'Россия' : 'Российская Федерация' },
      ],
      [
        {
          type: 'TRADES_WITH',
          source: maz,
          target: russia,
          evidence: sentence,
          attributes: {
            modality: 'fact',
            value: 100 + i,
            currency: i % 3 ? 'USD' : 'BYN',
            ...(i % 2 ? { year: 2020 + i } : {}),
          },
        },
      ],
    );
    return { token, article, extraction };
  });
}

type Item = ReturnType<typeof corpus>[number];

/** The run's entities and relationships as sorted JSON, with its token removed so runs compare. */
async function exportOf(token: string): Promise<string> {
  const entities = await runRead(store, {
    cypher: [
      'MATCH (e:Entity) WHERE e.id CONTAINS $token',
      'RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id',
    ].join('\n'),
    params: { token },
  });
  const relations = await runRead(store, {
    cypher: [
      'MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id CONTAINS $token',
      'RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props ORDER BY type, source, target',
    ].join('\n'),
    params: { token },
  });
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, sorted(v)]),
          )
        : value;
  return JSON.stringify(sorted({ entities, relations })).replaceAll(token, 'TOKEN');
}

async function writeEach(items: readonly Item[]): Promise<void> {
  for (const { article, extraction } of items) await writeArticle(store, article, extraction);
}

describe('order independence', () => {
  it('gives the same graph in order, reversed, in one batch and as two concurrent overlapping halves', async () => {
    const inOrder = corpus();
    await writeEach(inOrder);
    const reversed = corpus();
    await writeEach([...reversed].reverse());
    const batched = corpus();
    const shuffled = [3, 7, 0, 5, 1, 6, 2, 4].map((i) => batched[i] as Item);
    await runInTransaction(store, writeArticlesQueries(shuffled.slice(0, 5)));
    await runInTransaction(store, writeArticlesQueries(shuffled.slice(5)));
    const halves = corpus();
    await Promise.all([writeEach(halves.slice(0, 5)), writeEach([...halves.slice(3)].reverse())]);

    const expected = await exportOf(inOrder[0]?.token ?? '');
    for (const run of [reversed, batched, halves]) expect(await exportOf(run[0]?.token ?? '')).toBe(expected);

    const graph = JSON.parse(expected) as {
      entities: { name: string; aliases: string[] }[];
      relations: { props: Record<string, unknown> }[];
    };
    // The fullest name is canonical, whatever came first; the others are sorted aliases.
    expect(graph.entities.map((e) => e.name).sort()).toEqual(['Минский автомобильный завод', 'Российская Федерация']);
    expect(graph.entities.find((e) => e.name === 'Минский автомобильный завод')?.aliases).toEqual([
      'МАЗ',
      'Минский автозавод',
      'ОАО МАЗ',
    ]);
    // Attributes come from the latest-dated article, ties by the greater article id (articles 2 and 5 share 2025-02-10).
    const latest = [1, 4].reduce((a, b) => ((inOrder[a]?.article.id ?? '') > (inOrder[b]?.article.id ?? '') ? a : b));
    const props = graph.relations[0]?.props;
    expect(props).toMatchObject({ value: 100 + latest, articleCount: 8, lastSeen: '2025-02-10' });
    // Attributes are taken as a set: the latest article's missing year is not filled from an older one.
    expect(props?.year).toEqual(latest % 2 ? 2020 + latest : undefined);
  }, 120_000);
});
