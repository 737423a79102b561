import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponseSchema, createCypherService, ExampleQueryListSchema } from '../../src/query/index.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import type { Store } from '../../src/store/index.ts';
import { loadSeedGraph, unloadSeedGraph } from './seed-graph.ts';

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await loadSeedGraph();
  server = await startServer({
    port: 0,
    routes: API_ROUTES,
    services: { data: createStoreDataSource(store), cypher: createCypherService(store) },
  });
});
afterAll(async () => {
  await server?.close();
  await unloadSeedGraph(store);
});

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(new URL('api/cypher', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const countEntities = async () => {
  const { json } = await post({ query: 'MATCH (e:Entity) RETURN count(e) AS c' });
  return CypherResponseSchema.parse(json).rows[0]?.[0];
};

describe('POST /api/cypher', () => {
  it('answers columns, plain rows, and the viewer keys of the nodes and edges in the result', async () => {
    const { status, json } = await post({
      query:
        'MATCH (s:Entity {id: $id})-[r:SUPPLIES]->(t) WHERE t.id IN $targets RETURN s.name AS supplier, r, t ORDER BY t.name',
      params: { id: 'region:kaluga-oblast', targets: ['enterprise:maz', 'enterprise:belaz'] },
    });
    expect(status).toBe(200);
    const body = CypherResponseSchema.parse(json);
    expect(body.columns).toEqual(['supplier', 'r', 't']);
    expect(body.rows.map((row) => row[0])).toEqual(['Калужская область', 'Калужская область']);
    expect(body.rows[0]?.[2]).toMatchObject({
      labels: expect.arrayContaining(['Entity']),
      properties: { name: 'БелАЗ' },
    });
    expect(body.nodeIds.sort()).toEqual(['enterprise:belaz', 'enterprise:maz']);
    expect(body.edgeIds.sort()).toEqual([
      'SUPPLIES:region:kaluga-oblast->enterprise:belaz',
      'SUPPLIES:region:kaluga-oblast->enterprise:maz',
    ]);
    expect(body.truncated).toBe(false);
  });

  it('names the nodes and edges of a path', async () => {
    const { json } = await post({
      query:
        "MATCH p = (:Person {name: 'Роман Головченко'})-[:NEGOTIATES]-(:Person)-[:HEADS]->(:Region {id: 'region:kaluga-oblast'}) RETURN p",
    });
    const body = CypherResponseSchema.parse(json);
    expect(body.nodeIds.sort()).toEqual([
      'person:roman-golovchenko',
      'person:vladislav-shapsha',
      'region:kaluga-oblast',
    ]);
    expect(body.edgeIds).toContain('HEADS:person:vladislav-shapsha->region:kaluga-oblast');
    expect(body.edgeIds).toHaveLength(2);
  });

  it('refuses writes with 403 whatever the request says, and the graph stays intact', async () => {
    const before = await countEntities();
    expect(before).toBeGreaterThan(0);
    for (const body of [
      { query: 'MATCH (n) DETACH DELETE n' },
      { query: 'MATCH (n) DETACH DELETE n', write: true },
      { query: 'CREATE (x:Probe) RETURN x', params: {} },
    ]) {
      const { status, json } = await post(body);
      expect(status).toBe(403);
      expect(json.error).toMatch(/read-only query refused/);
    }
    expect(await countEntities()).toBe(before);
  });

  it('answers 400 with a clean message for bad Cypher or a bad body', async () => {
    const syntax = await post({ query: 'MATCH (n) RETRN n' });
    expect(syntax.status).toBe(400);
    expect(syntax.json.error).toMatch(/^Cypher error at line 1, column 11/);
    expect((await post({ params: {} })).status).toBe(400);
    expect((await post({ query: '   ' })).status).toBe(400);
    expect((await post({ query: 'RETURN 1', params: [] })).status).toBe(400);
  });

  it('keeps at most the service row limit', async () => {
    const limited = await startServer({
      port: 0,
      routes: API_ROUTES,
      services: {
        data: createStoreDataSource(store),
        cypher: createCypherService(store, { limit: 3, timeoutSeconds: 5 }),
      },
    });
    try {
      const response = await fetch(new URL('api/cypher', limited.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'UNWIND range(1, 10) AS i RETURN i' }),
      });
      const body = CypherResponseSchema.parse(await response.json());
      expect(body.rows).toEqual([[1], [2], [3]]);
      expect(body.truncated).toBe(true);
    } finally {
      await limited.close();
    }
  });
});

describe('POST /api/cypher limits', () => {
  it('answers 504 for a query past the time limit and 422 for a result past the byte limit', async () => {
    const limited = await startServer({
      port: 0,
      routes: API_ROUTES,
      services: {
        data: createStoreDataSource(store),
        cypher: createCypherService(store, { timeoutSeconds: 1, maxBytes: 100_000 }),
      },
    });
    const ask = async (query: string) => {
      const response = await fetch(new URL('api/cypher', limited.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, error: String(((await response.json()) as { error?: unknown }).error) };
    };
    try {
      const slow = await ask('UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*)');
      expect(slow.status).toBe(504);
      expect(slow.error).toContain("server's limit of 1 s");
      const huge = await ask(
        "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 100) | s + 'abcdefghij') AS s",
      );
      expect(huge.status).toBe(422);
      expect(huge.error).toContain("server's limit of 100 KB");
      for (const answer of [slow, huge]) expect(answer.error).not.toMatch(/--\w/);
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/queries', () => {
  it('lists the example library with titles and default params', async () => {
    const response = await fetch(new URL('api/queries', server.url));
    expect(response.status).toBe(200);
    const { queries } = ExampleQueryListSchema.parse(await response.json());
    expect(queries.map((q) => q.id)).toContain('suppliers-to-country');
    expect(queries.find((q) => q.id === 'suppliers-to-country')?.params).toEqual({ country: 'Беларусь' });
  });
});
