/**
 * The region-partners example query (graph-data/queries/region-partners.cypher) on a small
 * graph written by the real store: a region, a city in it and two enterprises in the city,
 * partners outside, and relations that must not count (between members, HEADS, LOCATED_IN). A workshop
 * located three steps down (in the plant) is outside the region, so it counts as a partner.
 * The expected rows are the ones the query gave before it was rewritten for speed (issue 12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUN_OPTIONS, loadExampleQueries, runCypher } from '../../src/query/index.ts';
import type { EntityInput } from '../../src/schema/index.ts';
import { runWrite, type Store, toPlain, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const region = `Тестовая область ${token}`;
let store: Store;
let query: string;

const entity = (slug: string, name: string, type: EntityInput['type'], aliases?: string[]): EntityInput => ({
  id: `${type.toLowerCase()}:t${token}-${slug}`,
  type,
  name,
  ...(aliases ? { aliases } : {}),
});
const oblast = entity('oblast', region, 'Region', [`Тестовщина ${token}`]);
const russia = entity('russia', 'Россия', 'Country');
const city = entity('city', 'Тестоград', 'City');
const plant = entity('plant', 'Тестмаш', 'Enterprise');
const mill = entity('mill', 'Тестлит', 'Enterprise');
const maz = entity('maz', 'МАЗ', 'Enterprise');
// A second node under the same name and type: the query lists partners by name and type, so it joins МАЗ's row.
const maz2 = entity('maz-2', 'МАЗ', 'Enterprise');
const belarus = entity('belarus', 'Беларусь', 'Country');
const project = entity('project', 'Тестовый проект', 'Project');
const governor = entity('governor', 'Иван Тестов', 'Person');
const workshop = entity('workshop', 'Тестовый цех', 'Enterprise');

beforeAll(async () => {
  store = await openTestStore();
  const example = (await loadExampleQueries()).find((q) => q.id === 'region-partners');
  if (!example) throw new Error('graph-data/queries/region-partners.cypher is missing');
  query = example.query;
  const cast = [oblast, russia, city, plant, mill, maz, maz2, belarus, project, governor, workshop];
  const located = (source: EntityInput, target: EntityInput) => ({
    type: 'LOCATED_IN' as const,
    source: source.id,
    target: target.id,
    evidence: `${source.name} находится в ${target.name}.`,
  });
  const fact =
    (type: 'SUPPLIES' | 'CO_PRODUCES' | 'TRADES_WITH' | 'PARTICIPATES_IN' | 'NEGOTIATES' | 'HEADS') =>
    (source: EntityInput, target: EntityInput, n: number) => ({
      type,
      source: source.id,
      target: target.id,
      evidence: `Предложение ${n} о связи ${source.name} и ${target.name}.`,
    });
  const supplies = fact('SUPPLIES');
  const first = makeArticle(token, 1, { date: '2024-01-10' });
  const second = makeArticle(token, 2, { date: '2024-02-20' });
  await writeArticle(
    store,
    first,
    makeExtraction(first, cast, [
      located(oblast, russia),
      located(city, oblast),
      located(plant, city),
      located(mill, city),
      located(workshop, plant),
      supplies(oblast, maz, 1),
      supplies(plant, maz, 2),
      supplies(belarus, plant, 3), // incoming: Беларусь is a partner of the plant too
      supplies(plant, mill, 4), // both ends in the region: not a partnership
      supplies(mill, maz2, 5),
      supplies(mill, oblast, 12), // to the region itself: not a partnership
      fact('CO_PRODUCES')(workshop, plant, 13), // the workshop is three steps down: outside the region
      fact('TRADES_WITH')(city, belarus, 6),
      fact('PARTICIPATES_IN')(plant, project, 7),
      fact('NEGOTIATES')(oblast, russia, 8),
      fact('HEADS')(governor, oblast, 9),
    ]),
  );
  await writeArticle(
    store,
    second,
    makeExtraction(second, [oblast, plant, maz], [supplies(oblast, maz, 10), supplies(plant, maz, 11)]),
  );
});

afterAll(async () => {
  await deleteTestData(store, token);
  await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.id CONTAINS $token DELETE o', params: { token } });
  await store.close();
});

/** The query's rows, `via` sorted (the order of names in it is not part of the answer). */
async function partners(params: { region: string; relation: string | null }) {
  const result = await runCypher(store, query, { ...DEFAULT_RUN_OPTIONS, params });
  return result.rows.map((row) => {
    const plain = Object.fromEntries(result.columns.map((c, i) => [c, toPlain(row[i])]));
    return { ...plain, via: [...(plain.via as string[])].sort() };
  });
}

describe('region-partners', () => {
  it('sums the articles behind each partner over the region and its members, ranked per relation', async () => {
    expect(await partners({ region, relation: 'SUPPLIES' })).toEqual([
      {
        relation: 'SUPPLIES',
        partner: 'МАЗ',
        partnerType: 'Enterprise',
        via: ['Тестлит', 'Тестмаш', region],
        articles: 5,
      },
      { relation: 'SUPPLIES', partner: 'Беларусь', partnerType: 'Country', via: ['Тестмаш'], articles: 1 },
    ]);
  });

  it('with no relation lists every partnership type but LOCATED_IN and HEADS, and finds the region by alias', async () => {
    const expected = [
      {
        relation: 'CO_PRODUCES',
        partner: 'Тестовый цех',
        partnerType: 'Enterprise',
        via: ['Тестмаш'],
        articles: 1,
      },
      { relation: 'NEGOTIATES', partner: 'Россия', partnerType: 'Country', via: [region], articles: 1 },
      {
        relation: 'PARTICIPATES_IN',
        partner: 'Тестовый проект',
        partnerType: 'Project',
        via: ['Тестмаш'],
        articles: 1,
      },
      {
        relation: 'SUPPLIES',
        partner: 'МАЗ',
        partnerType: 'Enterprise',
        via: ['Тестлит', 'Тестмаш', region],
        articles: 5,
      },
      { relation: 'SUPPLIES', partner: 'Беларусь', partnerType: 'Country', via: ['Тестмаш'], articles: 1 },
      { relation: 'TRADES_WITH', partner: 'Беларусь', partnerType: 'Country', via: ['Тестоград'], articles: 1 },
    ];
    expect(await partners({ region, relation: null })).toEqual(expected);
    expect(await partners({ region: `Тестовщина ${token}`, relation: null })).toEqual(expected);
  });

  it('returns nothing for a type outside the partnership types or an unknown region', async () => {
    expect(await partners({ region, relation: 'HEADS' })).toEqual([]);
    expect(await partners({ region, relation: 'LOCATED_IN' })).toEqual([]);
    expect(await partners({ region: `Нет такой ${token}`, relation: null })).toEqual([]);
  });
});
