import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraph, type Store, writeArticle } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { cast, makeArticle, makeExtraction } from './fixtures.ts';

let store: Store;
const token = testToken();
const { kaluga, belarus, maz } = cast(token);
const spring = makeArticle(token, 1, { date: '2024-04-10' });
const winter = makeArticle(token, 2, { date: '2025-01-20' });

beforeAll(async () => {
  store = await openTestStore();
  await writeArticle(
    store,
    spring,
    makeExtraction(
      spring,
      [kaluga, belarus],
      [{ type: 'TRADES_WITH', source: kaluga.id, target: belarus.id, evidence: 'Товарооборот вырос на 10%.' }],
    ),
  );
  await writeArticle(
    store,
    winter,
    makeExtraction(
      winter,
      [maz, kaluga],
      [
        {
          type: 'SUPPLIES',
          source: maz.id,
          target: kaluga.id,
          evidence: 'МАЗ поставил 20 автобусов.',
          attributes: { product: 'автобусы', quantity: 20 },
        },
      ],
    ),
  );
});

afterAll(async () => {
  await deleteTestData(store, token);
  await store.close();
});

describe('readGraph', () => {
  it('returns entities as nodes keyed by id and relations as typed edges', async () => {
    const graph = await readGraph(store);
    expect(graph.getNodeAttributes(belarus.id)).toMatchObject({
      type: 'Country',
      name: 'Беларусь',
      aliases: ['Республика Беларусь'],
      nameEn: 'Belarus',
      articleIds: [spring.id],
      dates: ['2024-04-10'],
    });
    expect(graph.getNodeAttributes(kaluga.id).dates).toEqual(['2024-04-10', '2025-01-20']);
    const key = `SUPPLIES:${maz.id}->${kaluga.id}`;
    expect(graph.source(key)).toBe(maz.id);
    expect(graph.getEdgeAttributes(key)).toMatchObject({
      type: 'SUPPLIES',
      articleIds: [winter.id],
      evidence: ['МАЗ поставил 20 автобусов.'],
      product: 'автобусы',
      quantity: 20,
      dates: ['2025-01-20'],
    });
    // The symmetric relation sits once, ends in id order.
    expect(graph.hasEdge(`TRADES_WITH:${belarus.id}->${kaluga.id}`)).toBe(true);
  });

  it('filters by entity type, keeping only edges whose ends pass', async () => {
    const graph = await readGraph(store, { entityTypes: ['Region', 'Country'] });
    expect(graph.hasNode(kaluga.id) && graph.hasNode(belarus.id)).toBe(true);
    expect(graph.hasNode(maz.id)).toBe(false);
    expect(graph.hasEdge(`TRADES_WITH:${belarus.id}->${kaluga.id}`)).toBe(true);
    expect(graph.edges().some((e) => e.startsWith('SUPPLIES:') && e.includes(token))).toBe(false);
  });

  it('filters by relation type', async () => {
    const graph = await readGraph(store, { relationTypes: ['SUPPLIES'] });
    expect(graph.hasEdge(`SUPPLIES:${maz.id}->${kaluga.id}`)).toBe(true);
    expect(graph.edges().every((e) => graph.getEdgeAttribute(e, 'type') === 'SUPPLIES')).toBe(true);
  });

  it('filters by article dates', async () => {
    const graph = await readGraph(store, { from: '2025-01-01', to: '2025-12-31' });
    expect(graph.hasNode(maz.id) && graph.hasNode(kaluga.id)).toBe(true);
    expect(graph.hasNode(belarus.id)).toBe(false);
    expect(graph.hasEdge(`SUPPLIES:${maz.id}->${kaluga.id}`)).toBe(true);
    const earlier = await readGraph(store, { to: '2024-12-31' });
    expect(earlier.hasNode(maz.id)).toBe(false);
    expect(earlier.hasEdge(`TRADES_WITH:${belarus.id}->${kaluga.id}`)).toBe(true);
  });
});
