/**
 * `GET /api/entities/:id/neighbours` over the real Neo4j of the test run: a hub with
 * partners of several relation types and dates, filtered and limited by parameters,
 * in the compact form of `/api/graph` with the store's degrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityInput } from '../../src/schema/index.ts';
import { NeighboursResponseSchema } from '../../src/schema/neighbours.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const hub = { id: `region:n${token}-hub`, type: 'Region', name: `Хаб ${token}` } satisfies EntityInput;
const plants = [1, 2, 3].map(
  (i) => ({ id: `enterprise:n${token}-p${i}`, type: 'Enterprise', name: `Завод ${i} ${token}` }) satisfies EntityInput,
);
const country = { id: `country:n${token}-c`, type: 'Country', name: `Страна ${token}` } satisfies EntityInput;

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openTestStore();
  // Plant 1 is stated by three articles, plant 2 by two, plant 3 by one; dates 2022, 2023, 2024.
  for (let n = 1; n <= 3; n++) {
    const article = makeArticle(token, n, { date: `202${n + 1}-01-15` });
    const suppliers = plants.slice(0, 4 - n);
    await writeArticle(
      store,
      article,
      makeExtraction(
        article,
        [hub, country, ...suppliers],
        [
          ...suppliers.map((p) => ({
            type: 'SUPPLIES' as const,
            source: p.id,
            target: hub.id,
            evidence: `${p.name} поставляет.`,
          })),
          ...(n === 3
            ? [{ type: 'TRADES_WITH' as const, source: hub.id, target: country.id, evidence: 'Торговля растёт.' }]
            : []),
        ],
      ),
    );
  }
  server = await startServer({ port: 0, routes: API_ROUTES, services: { data: createStoreDataSource(store) } });
});

afterAll(async () => {
  await server?.close();
  await deleteTestData(store, token);
  await store.close();
});

const neighbours = async (id: string, query = '') => {
  const response = await fetch(new URL(`/api/entities/${encodeURIComponent(id)}/neighbours${query}`, server.url));
  return { status: response.status, body: (await response.json()) as unknown };
};

describe('GET /api/entities/:id/neighbours', () => {
  it('returns the entity and its neighbours, most stated first, compact and with store degrees', async () => {
    const { status, body } = await neighbours(hub.id);
    expect(status).toBe(200);
    expect(JSON.stringify(body)).not.toContain('"evidence"');
    const result = NeighboursResponseSchema.parse(body);
    expect(result.center).toBe(hub.id);
    expect(result.total).toBe(4);
    // Most articles first (3, 2, 1, 1), ties by id.
    expect(result.edges.map((e) => (e.target === hub.id ? e.source : e.target))).toEqual([
      plants[0]?.id,
      plants[1]?.id,
      country.id,
      plants[2]?.id,
    ]);
    expect(result.edges[0]?.attributes).toMatchObject({ type: 'SUPPLIES', articleCount: 3, firstSeen: '2022-01-15' });
    const trade = result.edges.find((e) => e.attributes.type === 'TRADES_WITH');
    expect(trade).toMatchObject({ undirected: true });
    expect(result.nodes.find((n) => n.key === hub.id)?.attributes.degree).toBe(4);
    expect(result.nodes.find((n) => n.key === plants[0]?.id)?.attributes).toMatchObject({
      type: 'Enterprise',
      degree: 1,
    });
  });

  it('filters by relation type, entity type and dates, and limits', async () => {
    const trade = NeighboursResponseSchema.parse((await neighbours(hub.id, '?relations=TRADES_WITH')).body);
    expect(trade.nodes.map((n) => n.key).sort()).toEqual([country.id, hub.id].sort());
    const countries = NeighboursResponseSchema.parse((await neighbours(hub.id, '?types=Country')).body);
    expect(countries.total).toBe(1);
    // Every plant was first stated in 2022; only plant 1 and the trade were still stated in 2024.
    const early = NeighboursResponseSchema.parse((await neighbours(hub.id, '?until=2022-12-31')).body);
    expect(early.edges.map((e) => e.source).sort()).toEqual(plants.map((p) => p.id).sort());
    const late = NeighboursResponseSchema.parse((await neighbours(hub.id, '?since=2024-01-01')).body);
    expect(late.nodes.map((n) => n.key).sort()).toEqual([country.id, hub.id, plants[0]?.id].sort());
    const one = NeighboursResponseSchema.parse((await neighbours(hub.id, '?limit=1')).body);
    expect(one).toMatchObject({ total: 4 });
    expect(one.edges).toHaveLength(1);
  });

  it('answers 404 for an unknown entity and 400 for bad filters', async () => {
    expect((await neighbours(`region:n${token}-none`)).status).toBe(404);
    expect((await neighbours(hub.id, '?relations=LIKES')).status).toBe(400);
    expect((await neighbours(hub.id, '?limit=0')).status).toBe(400);
  });
});
