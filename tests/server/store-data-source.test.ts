/**
 * The API over the real Neo4j of the test run: two small articles written with
 * the store's `writeArticle`, then every data-source call and the HTTP routes
 * on top. Ids and names carry a per-file token (test files share the database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityInput, GraphExportSchema, GraphQuerySchema, SearchQuerySchema } from '../../src/schema/index.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const region = {
  id: `region:t${token}-oblast`,
  type: 'Region',
  name: `Тестовская область ${token}`,
  aliases: [`Тестовщина ${token}`],
} satisfies EntityInput;
const country = {
  id: `country:t${token}-land`,
  type: 'Country',
  name: `Страна ${token}`,
  attributes: { nameEn: `Land ${token}` },
} satisfies EntityInput;
const governor = {
  id: `person:t${token}-gov`,
  type: 'Person',
  name: `Пётр Тестов ${token}`,
  attributes: { role: 'губернатор' },
} satisfies EntityInput;
const spring = makeArticle(token, 1, { date: '2024-04-10', title: 'Весенняя статья' });
const winter = makeArticle(token, 2, { date: '2025-01-20', title: 'Зимняя статья' });

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openTestStore();
  await writeArticle(
    store,
    spring,
    makeExtraction(
      spring,
      [region, governor, country],
      [
        {
          type: 'HEADS',
          source: governor.id,
          target: region.id,
          evidence: 'Губернатор Пётр Тестов возглавляет область.',
        },
        { type: 'TRADES_WITH', source: region.id, target: country.id, evidence: 'Товарооборот вырос.' },
      ],
    ),
  );
  await writeArticle(
    store,
    winter,
    makeExtraction(
      winter,
      [region, country],
      [
        {
          type: 'COOPERATES_WITH',
          source: country.id,
          target: region.id,
          evidence: 'Стороны планируют сотрудничество.',
          attributes: { modality: 'plan' },
        },
      ],
    ),
  );
  server = await startServer({ port: 0, routes: API_ROUTES, services: { data: createStoreDataSource(store) } });
});

afterAll(async () => {
  await server?.close();
  await deleteTestData(store, token);
  await store.close();
});

const data = () => createStoreDataSource(store, () => new Date('2025-01-01T00:00:00Z'));

describe('store data source', () => {
  it('serialises the stored graph with dates, undirected symmetric relations and no internals', async () => {
    const graph = await data().graph(GraphQuerySchema.parse({}));
    expect(GraphExportSchema.parse(graph)).toEqual(graph);
    const node = graph.nodes.find((n) => n.key === region.id);
    expect(node?.attributes).toMatchObject({ type: 'Region', name: region.name, aliases: region.aliases });
    expect(node?.attributes).not.toHaveProperty('articleIds');
    const trade = graph.edges.find((e) => e.attributes.type === 'TRADES_WITH' && e.source.includes(token));
    expect(trade).toMatchObject({
      undirected: true,
      attributes: { firstSeen: '2024-04-10', evidence: ['Товарооборот вырос.'] },
    });
    const heads = graph.edges.find((e) => e.attributes.type === 'HEADS' && e.source === governor.id);
    expect(heads?.undirected).toBeUndefined();
  });

  it('filters by type and by date', async () => {
    const people = await data().graph(GraphQuerySchema.parse({ types: 'Person,Region' }));
    expect(people.nodes.some((n) => n.key === country.id)).toBe(false);
    expect(people.edges.some((e) => e.source === governor.id)).toBe(true);
    const late = await data().graph(GraphQuerySchema.parse({ since: '2025-01-01' }));
    const mine = late.edges.filter((e) => e.source.includes(token) || e.target.includes(token));
    expect(mine.map((e) => e.attributes.type)).toEqual(['COOPERATES_WITH']);
  });

  it('searches names, aliases and English names, folding case and ё', async () => {
    const hits = async (q: string) => (await data().search(SearchQuerySchema.parse({ q }))).hits.map((h) => h.id);
    expect(await hits(`ТЕСТОВСКАЯ ОБЛАСТЬ ${token}`)).toEqual([region.id]);
    expect(await hits(`тестовщина ${token}`)).toEqual([region.id]);
    expect(await hits(`петр тестов ${token}`)).toEqual([governor.id]);
    expect(await hits(`land ${token}`)).toEqual([country.id]);
  });

  it('describes an entity with relations grouped by type, evidence and source articles', async () => {
    const entity = await data().entity(region.id);
    expect(entity?.attributes.name).toBe(region.name);
    expect(Object.keys(entity?.relations ?? {}).sort()).toEqual(['COOPERATES_WITH', 'HEADS', 'TRADES_WITH']);
    const heads = entity?.relations.HEADS?.[0];
    expect(heads).toMatchObject({ direction: 'in', other: { id: governor.id, name: governor.name } });
    expect(heads?.attributes.evidence).toEqual(['Губернатор Пётр Тестов возглавляет область.']);
    expect(heads?.articles).toEqual([{ id: spring.id, title: 'Весенняя статья', date: '2024-04-10', source: 'test' }]);
    expect(entity?.relations.COOPERATES_WITH?.[0]?.attributes).toMatchObject({
      modality: 'plan',
      firstSeen: '2025-01-20',
    });
    expect(await data().entity(`region:t${token}-missing`)).toBeUndefined();
  });

  it('returns an article with its text', async () => {
    expect(await data().article(winter.id)).toMatchObject({ id: winter.id, title: 'Зимняя статья', text: winter.text });
    expect(await data().article(`${token}999999`)).toBeUndefined();
  });

  it('answers over HTTP with 200 and 404 as JSON', async () => {
    const ok = await fetch(new URL(`/api/entity/${encodeURIComponent(governor.id)}`, server.url));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: governor.id, attributes: { role: 'губернатор' } });
    const missing = await fetch(new URL(`/api/article/${token}999999`, server.url));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.stringContaining('no article') });
  });
});
