import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUN_OPTIONS, type ExampleQuery, loadExampleQueries, runCypher } from '../../src/query/index.ts';
import { type Store, toPlain } from '../../src/store/index.ts';
import { loadSeedGraph, unloadSeedGraph } from './seed-graph.ts';

let store: Store;
let examples: ExampleQuery[];

beforeAll(async () => {
  examples = await loadExampleQueries();
  store = await loadSeedGraph();
});
afterAll(() => unloadSeedGraph(store));

async function runExample(id: string, params: Record<string, unknown> = {}) {
  const example = examples.find((e) => e.id === id);
  if (!example) throw new Error(`no example query "${id}"`);
  const result = await runCypher(store, example.query, {
    ...DEFAULT_RUN_OPTIONS,
    params: { ...example.params, ...params },
  });
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, toPlain(row[i])])));
}

describe('the example query library', () => {
  it('has the seven documented examples, each with a title and its params', () => {
    expect(examples.map((e) => e.id)).toEqual([
      'most-evidence',
      'officials-negotiations',
      'projects-with-participants',
      'region-partners',
      'shortest-path',
      'suppliers-to-country',
      'trade-by-year',
    ]);
    for (const example of examples) {
      expect(example.title.length).toBeGreaterThan(10);
      for (const name of example.query.matchAll(/\$(\w+)/g)) expect(example.params).toHaveProperty(name[1] ?? '');
    }
  });

  it('every example returns rows on the seed article', async () => {
    for (const example of examples) {
      const rows = await runExample(example.id);
      expect(rows.length, example.id).toBeGreaterThan(0);
    }
  });

  it('suppliers-to-country finds foreign suppliers of the country and of its enterprises', async () => {
    const rows = await runExample('suppliers-to-country');
    expect(rows.map((r) => `${r.supplier} → ${r.recipient}`)).toEqual(
      expect.arrayContaining(['Калужская область → МАЗ', 'Калужская область → БелАЗ', 'Синара → Беларусь']),
    );
    expect(rows.every((r) => r.supplier !== 'Минск')).toBe(true);
  });

  it('region-partners narrows to one relation type', async () => {
    const rows = await runExample('region-partners', { relation: 'SUPPLIES' });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.relation))).toEqual(new Set(['SUPPLIES']));
    expect(rows.every((r) => typeof r.articles === 'number' && r.articles >= 1)).toBe(true);
  });

  it('trade-by-year falls back to the article year and keeps the value', async () => {
    const rows = await runExample('trade-by-year', { name: 'Калужская область' });
    // Other test files may store the real extraction of the same article, which can overwrite the value.
    expect(rows).toContainEqual(expect.objectContaining({ year: 2023, side1: 'Беларусь', side2: 'Калужская область' }));
    expect(rows.some((r) => typeof r.value === 'number')).toBe(true);
  });

  it('shortest-path links the Belarusian premier to МАЗ through typed relations', async () => {
    const [row] = await runExample('shortest-path');
    expect(row?.hops).toBeGreaterThanOrEqual(2);
    expect(row?.names).toEqual(expect.arrayContaining(['Роман Головченко', 'МАЗ']));
    expect(row?.relations).not.toContain('MENTIONED_IN');
  });

  it('officials-negotiations pairs the two officials once, with what they head', async () => {
    const rows = await runExample('officials-negotiations');
    const pair = rows.find((r) => [r.official, r.counterpart].includes('Роман Головченко'));
    expect(pair).toBeDefined();
    expect([pair?.official, pair?.counterpart].sort()).toEqual(['Владислав Шапша', 'Роман Головченко']);
    expect(
      rows.filter((r) => r === pair || (r.official === pair?.counterpart && r.counterpart === pair?.official)),
    ).toHaveLength(1);
  });
});
