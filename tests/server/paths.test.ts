/**
 * `GET /api/paths` and the compact `GET /api/graph` over the real Neo4j of the
 * test run: governor → region → country written with `writeArticle`, then the
 * HTTP routes on top. Ids carry a per-file token (test files share the database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityInput, PathsResponseSchema } from '../../src/schema/index.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const region = {
  id: `region:p${token}-oblast`,
  type: 'Region',
  name: `Путевая область ${token}`,
} satisfies EntityInput;
const country = {
  id: `country:p${token}-land`,
  type: 'Country',
  name: `Путевая страна ${token}`,
} satisfies EntityInput;
const governor = { id: `person:p${token}-gov`, type: 'Person', name: `Путник ${token}` } satisfies EntityInput;
const lonely = { id: `city:p${token}-alone`, type: 'City', name: `Одинокий ${token}` } satisfies EntityInput;
const article = makeArticle(token, 1, { date: '2024-04-10' });

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openTestStore();
  await writeArticle(
    store,
    article,
    makeExtraction(
      article,
      [region, governor, country, lonely],
      [
        { type: 'HEADS', source: governor.id, target: region.id, evidence: 'Путник возглавляет область.' },
        { type: 'TRADES_WITH', source: region.id, target: country.id, evidence: 'Товарооборот вырос.' },
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

const get = async (path: string) => {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, body: (await response.json()) as unknown };
};
const pathsUrl = (from: string, to: string, extra = '') =>
  `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${extra}`;

describe('GET /api/paths', () => {
  it('finds the shortest path with the relation types along it', async () => {
    const { status, body } = await get(pathsUrl(governor.id, country.id));
    expect(status).toBe(200);
    const { paths } = PathsResponseSchema.parse(body);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.nodes.map((n) => n.id)).toEqual([governor.id, region.id, country.id]);
    expect(paths[0]?.relations.map((r) => r.type)).toEqual(['HEADS', 'TRADES_WITH']);
    expect(paths[0]?.relations[0]?.key).toBe(`HEADS:${governor.id}->${region.id}`);
  });

  it('respects the hop limit and answers no path for unlinked entities', async () => {
    expect(PathsResponseSchema.parse((await get(pathsUrl(governor.id, country.id, '&max=1'))).body).paths).toEqual([]);
    expect(PathsResponseSchema.parse((await get(pathsUrl(governor.id, lonely.id))).body).paths).toEqual([]);
  });

  it('rejects bad input with 400', async () => {
    expect((await get(pathsUrl(governor.id, governor.id))).status).toBe(400);
    expect((await get(pathsUrl(governor.id, country.id, '&max=99'))).status).toBe(400);
    expect((await get('/api/paths?from=x')).status).toBe(400);
  });
});

describe('compact GET /api/graph', () => {
  it('carries counts and degrees, and leaves evidence to the evidence endpoint', async () => {
    const response = await fetch(new URL('/api/graph', server.url));
    const text = await response.text();
    expect(text).not.toContain('"evidence"');
    expect(text).not.toContain('"articleIds"');
    const graph = JSON.parse(text) as {
      nodes: { key: string; attributes: { degree?: number } }[];
      edges: { key: string; attributes: { articleCount?: number } }[];
    };
    expect(graph.nodes.find((n) => n.key === region.id)?.attributes.degree).toBe(2);
    const heads = `HEADS:${governor.id}->${region.id}`;
    expect(graph.edges.find((e) => e.key === heads)?.attributes.articleCount).toBe(1);
    const evidence = await get(`/api/edges/${encodeURIComponent(heads)}/evidence`);
    expect(JSON.stringify(evidence.body)).toContain('Путник возглавляет область.');
  });
});
