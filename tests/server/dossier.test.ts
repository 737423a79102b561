/**
 * Dossiers over the real Neo4j of the test run: an enterprise with partners under
 * several relation types, trade values for two years, a project, a head and
 * dated evidence; then `GET /api/entities/:id/dossier` and `GET /api/dossier?a=&b=`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityDossierSchema, PairDossierSchema } from '../../src/schema/dossier.ts';
import type { EntityInput } from '../../src/schema/index.ts';
import { tradeByYear } from '../../src/server/dossier.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource } from '../../src/server/store-data-source.ts';
import { type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const region = { id: `region:d${token}-obl`, type: 'Region', name: `Досье-область ${token}` } satisfies EntityInput;
const country = { id: `country:d${token}-land`, type: 'Country', name: `Досье-страна ${token}` } satisfies EntityInput;
const maz = { id: `enterprise:d${token}-maz`, type: 'Enterprise', name: `Досье-завод ${token}` } satisfies EntityInput;
const head = { id: `person:d${token}-gov`, type: 'Person', name: `Губернатор ${token}` } satisfies EntityInput;
const project = { id: `project:d${token}-park`, type: 'Project', name: `Технопарк ${token}` } satisfies EntityInput;

let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openTestStore();
  const write = async (
    n: number,
    date: string,
    entities: EntityInput[],
    relations: Parameters<typeof makeExtraction>[2],
  ) => {
    const article = makeArticle(token, n, {
      date,
      title: `Статья досье ${n}`,
      url: `https://example.org/d${token}/${n}`,
    });
    await writeArticle(store, article, makeExtraction(article, entities, relations));
  };
  await write(
    1,
    '2022-03-01',
    [region, country],
    [
      {
        type: 'TRADES_WITH',
        source: region.id,
        target: country.id,
        evidence: 'Товарооборот достиг 100 млн долларов.',
        attributes: { modality: 'fact', value: 100, currency: 'USD', year: 2022 },
      },
    ],
  );
  await write(
    2,
    '2023-05-02',
    [region, maz, head, project],
    [
      { type: 'SUPPLIES', source: maz.id, target: region.id, evidence: 'Завод поставит автобусы в область.' },
      { type: 'HEADS', source: head.id, target: region.id, evidence: 'Губернатор возглавляет область.' },
      { type: 'PARTICIPATES_IN', source: region.id, target: project.id, evidence: 'Область участвует в технопарке.' },
    ],
  );
  await write(
    3,
    '2024-06-03',
    [region, country],
    [
      {
        type: 'TRADES_WITH',
        source: region.id,
        target: country.id,
        evidence: 'Товарооборот вырос до 150 млн долларов.',
        attributes: { modality: 'fact', value: 150, currency: 'USD', year: 2024 },
      },
    ],
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

describe('GET /api/entities/:id/dossier', () => {
  it('groups partners by relation type with counts and dates, and lists projects, heads and evidence', async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent(region.id)}/dossier`);
    expect(status).toBe(200);
    const dossier = EntityDossierSchema.parse(body);
    expect(dossier.entity).toMatchObject({ id: region.id, type: 'Region', name: region.name });
    expect(dossier.groups.map((g) => g.type)).toEqual(['SUPPLIES', 'TRADES_WITH', 'HEADS', 'PARTICIPATES_IN']);
    const trades = dossier.groups.find((g) => g.type === 'TRADES_WITH');
    expect(trades).toMatchObject({ count: 1, articleCount: 2, firstSeen: '2022-03-01', lastSeen: '2024-06-03' });
    // Symmetric relations are stored with their ends in id order: country < region.
    expect(trades?.partners[0]).toMatchObject({ id: country.id, direction: 'in', articleCount: 2 });
    expect(dossier.groups.find((g) => g.type === 'SUPPLIES')?.partners[0]).toMatchObject({
      id: maz.id,
      direction: 'in',
    });
    expect(dossier.projects.map((p) => p.id)).toEqual([project.id]);
    expect(dossier.heads).toMatchObject([{ id: head.id, relation: 'HEADS', firstSeen: '2023-05-02' }]);
    // Articles on trade per year; the relationship keeps the latest stated value (2024).
    expect(dossier.trade.map((y) => [y.year, y.articles])).toEqual([
      [2022, 1],
      [2024, 1],
    ]);
    expect(dossier.trade.find((y) => y.year === 2024)?.values).toEqual([
      { partner: { id: country.id, type: 'Country', name: country.name }, value: 150, currency: 'USD' },
    ]);
    // Latest first, with the article's title and URL.
    expect(dossier.evidence[0]).toMatchObject({
      date: '2024-06-03',
      title: 'Статья досье 3',
      url: `https://example.org/d${token}/3`,
      relation: 'TRADES_WITH',
      sentences: ['Товарооборот вырос до 150 млн долларов.'],
    });
    expect(dossier.evidence.map((e) => e.date)).toEqual([...dossier.evidence.map((e) => e.date)].sort().reverse());
  });

  it('limits partners and evidence by parameter, and answers 404 and 400', async () => {
    const small = EntityDossierSchema.parse(
      (await get(`/api/entities/${encodeURIComponent(region.id)}/dossier?evidence=1`)).body,
    );
    expect(small.evidence).toHaveLength(1);
    expect((await get(`/api/entities/${encodeURIComponent(`region:d${token}-none`)}/dossier`)).status).toBe(404);
    expect((await get(`/api/entities/${encodeURIComponent(region.id)}/dossier?partners=0`)).status).toBe(400);
    expect((await get('/api/entities/not%20an%20id/dossier')).status).toBe(400);
  });
});

describe('GET /api/dossier?a=&b=', () => {
  it('lists the relations between two entities with dates and latest evidence', async () => {
    const { status, body } = await get(
      `/api/dossier?a=${encodeURIComponent(country.id)}&b=${encodeURIComponent(region.id)}`,
    );
    expect(status).toBe(200);
    const dossier = PairDossierSchema.parse(body);
    expect(dossier.a.id).toBe(country.id);
    expect(dossier.relations).toHaveLength(1);
    expect(dossier.relations[0]).toMatchObject({
      type: 'TRADES_WITH',
      articleCount: 2,
      firstSeen: '2022-03-01',
      lastSeen: '2024-06-03',
      value: 150,
      currency: 'USD',
    });
    expect(dossier.relations[0]?.evidence.map((e) => e.date)).toEqual(['2024-06-03', '2022-03-01']);
  });

  it('gives no relations for unlinked entities, 404 for unknown ones and 400 for the same one twice', async () => {
    const unlinked = await get(`/api/dossier?a=${encodeURIComponent(maz.id)}&b=${encodeURIComponent(country.id)}`);
    expect(PairDossierSchema.parse(unlinked.body).relations).toEqual([]);
    expect((await get(`/api/dossier?a=${encodeURIComponent(maz.id)}&b=region:d${token}-none`)).status).toBe(404);
    expect((await get(`/api/dossier?a=${encodeURIComponent(maz.id)}&b=${encodeURIComponent(maz.id)}`)).status).toBe(
      400,
    );
  });
});

describe('tradeByYear', () => {
  it('counts articles per year and files each stated value under its year', () => {
    const partner = { id: 'country:x', type: 'Country' as const, name: 'X' };
    const years = tradeByYear([
      { partner, value: 5, currency: 'USD', year: 2021, articleYears: [2020, 2021, 2021] },
      { partner: { ...partner, id: 'country:y' }, articleYears: [2021] },
    ]);
    expect(years).toEqual([
      { year: 2020, articles: 1, values: [] },
      { year: 2021, articles: 3, values: [{ partner, value: 5, currency: 'USD' }] },
    ]);
  });
});
