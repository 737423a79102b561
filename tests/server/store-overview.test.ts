/**
 * The overview the store computes in Cypher against the real Neo4j of the test run: the
 * same nodes, degrees, dates, budgeted edges and totals as the pure `overviewGraph` cut out
 * of the whole graph. The fixture's articles are dated 1903, so a date window holds this
 * file's data alone (test files share the database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityInput, GraphQuerySchema, type RelationType } from '../../src/schema/index.ts';
import { compactGraphExport } from '../../src/server/compact-graph.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { overviewGraph } from '../../src/server/overview.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const id = (letter: string) => `city:t${token}-${letter}`;
const city = (letter: string): EntityInput => ({ id: id(letter), type: 'City', name: `Город ${letter} ${token}` });
const fact = (type: RelationType, source: string, target: string) => ({
  type,
  source: id(source),
  target: id(target),
  evidence: `${source} и ${target}: ${type}.`,
});

/**
 * Degrees: h 4 (a, b, c, d); a, b, d 3; c, e, f 2; g 1; x none. Articles per relation:
 * h–a 3, h–b 2, h–c 2, the rest 1; a–b twice (COOPERATES_WITH and NEGOTIATES).
 */
const ARTICLES = [
  {
    date: '1903-03-01',
    entities: ['h', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'],
    relations: [
      fact('COOPERATES_WITH', 'h', 'a'),
      fact('COOPERATES_WITH', 'h', 'b'),
      fact('SUPPLIES', 'h', 'c'),
      fact('NEGOTIATES', 'a', 'b'),
      fact('TRADES_WITH', 'c', 'd'),
      fact('SUPPLIES', 'e', 'f'),
      fact('SUPPLIES', 'f', 'g'),
    ],
  },
  {
    date: '1903-04-01',
    entities: ['h', 'a', 'b', 'c', 'd', 'e'],
    relations: [
      fact('COOPERATES_WITH', 'h', 'a'),
      fact('COOPERATES_WITH', 'h', 'b'),
      fact('SUPPLIES', 'h', 'c'),
      fact('COOPERATES_WITH', 'a', 'b'),
      fact('COOPERATES_WITH', 'd', 'e'),
    ],
  },
  {
    date: '1903-05-01',
    entities: ['h', 'a', 'd'],
    relations: [fact('COOPERATES_WITH', 'h', 'a'), fact('SUPPLIES', 'h', 'd')],
  },
];
const WINDOW = { since: '1903-01-01', until: '1903-12-31' };

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openTestStore();
  for (const [i, { date, entities, relations }] of ARTICLES.entries()) {
    const article = makeArticle(token, i + 1, { date });
    await writeArticle(store, article, makeExtraction(article, entities.map(city), relations));
  }
  server = await startServer({ port: 0, routes: API_ROUTES, services: { data: createStoreDataSource(store) } });
});

afterAll(async () => {
  await server?.close();
  await deleteTestData(store, token);
  await store.close();
});

const data = () => createStoreDataSource(store, () => new Date('2025-01-01T00:00:00Z'));

/** The store's overview and the pure one cut out of the whole graph, for one query string. */
async function both(params: Record<string, string>) {
  const query = GraphQuerySchema.parse(params);
  const maxNodes = query.overview ?? 0;
  const computed = await data().overview({ ...query, overview: maxNodes });
  const whole = compactGraphExport(await data().graph(query));
  const cut = overviewGraph(whole, maxNodes, { perNode: query.edgesPerNode, total: query.edges });
  return { computed, cut };
}

const edgeKeys = (graph: { edges: { key: string }[] } | undefined) => graph?.edges.map((e) => e.key);

describe('store overview', () => {
  it('keeps the best-connected entities and each one’s strongest relations among them', async () => {
    const { computed } = await both({ ...WINDOW, overview: '5', edgesPerNode: '1' });
    expect(computed?.nodes.map((n) => n.key)).toEqual([id('h'), id('a'), id('b'), id('d'), id('c')]);
    expect(edgeKeys(computed)).toEqual([
      `COOPERATES_WITH:${id('a')}->${id('h')}`,
      `COOPERATES_WITH:${id('b')}->${id('h')}`,
      `SUPPLIES:${id('h')}->${id('c')}`,
      `SUPPLIES:${id('h')}->${id('d')}`,
    ]);
    // Totals count the whole window (x, mentioned without relations, is left out as the export does).
    expect(computed?.attributes).toMatchObject({ overview: true, compact: true, totalNodes: 8, totalEdges: 10 });
    const hub = computed?.nodes.find((n) => n.key === id('h'));
    expect(hub?.attributes).toMatchObject({ degree: 4, firstSeen: '1903-03-01', lastSeen: '1903-05-01' });
    expect(computed?.edges[0]?.attributes).toEqual({
      type: 'COOPERATES_WITH',
      articleCount: 3,
      firstSeen: '1903-03-01',
      lastSeen: '1903-05-01',
    });
  });

  it('gives what the pure overview gives on the whole graph, for several budgets and filters', async () => {
    const cases = [
      { ...WINDOW, overview: '5', edgesPerNode: '1' },
      { ...WINDOW, overview: '5', edgesPerNode: '2', edges: '5' },
      { ...WINDOW, overview: '6', edgesPerNode: '0', edges: '0' },
      { ...WINDOW, overview: '3', edgesPerNode: '2', relations: 'COOPERATES_WITH,SUPPLIES' },
      { since: '1903-04-01', until: '1903-12-31', overview: '4', types: 'City' },
    ];
    for (const params of cases) {
      const { computed, cut } = await both(params);
      expect(computed, JSON.stringify(params)).toEqual(cut);
    }
  });

  it('matches the pure overview on the whole shared database too', async () => {
    // Other test files write meanwhile: compare only when the whole graph stood still around the store's read.
    for (let attempt = 0; attempt < 10; attempt++) {
      const before = await both({ overview: '5', edgesPerNode: '2', edges: '6' });
      const after = await both({ overview: '5', edgesPerNode: '2', edges: '6' });
      if (JSON.stringify(before.cut) !== JSON.stringify(after.cut)) continue;
      expect(before.computed).toEqual(before.cut);
      return;
    }
    expect.unreachable('the shared database changed between every two reads');
  });

  it('answers undefined when the filtered graph is small enough to send whole', async () => {
    expect(await data().overview({ ...GraphQuerySchema.parse(WINDOW), overview: 8 })).toBeUndefined();
  });

  it('serves the overview on GET /api/graph', async () => {
    const url = new URL('/api/graph', server.url);
    url.search = new URLSearchParams({ ...WINDOW, overview: '5', edgesPerNode: '1' }).toString();
    const body = (await (await fetch(url)).json()) as { edges: { key: string }[]; attributes: object };
    expect(body.edges).toHaveLength(4);
    expect(body.attributes).toMatchObject({ overview: true, totalNodes: 8, totalEdges: 10 });
    url.search = new URLSearchParams({ ...WINDOW, overview: '8' }).toString();
    const whole = (await (await fetch(url)).json()) as { edges: unknown[]; attributes: object };
    expect(whole.edges).toHaveLength(10);
    expect(whole.attributes).not.toHaveProperty('overview');
  });
});
