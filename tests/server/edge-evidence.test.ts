/**
 * A relationship's evidence through the HTTP API on the real Neo4j of the test run:
 * `GET /api/edges/:id/evidence` pages every article's sentences, and the entity API
 * lists a relation's first articles and its bounded sample only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EdgeEvidenceResponseSchema } from '../../src/schema/evidence-api.ts';
import { EntityDetailsSchema } from '../../src/schema/index.ts';
import { type RunningServer, startServer } from '../../src/server/http-server.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { createStoreDataSource, ENTITY_RELATION_ARTICLES } from '../../src/server/store-data-source.ts';
import { EVIDENCE_SAMPLE_SIZE } from '../../src/store/evidence.ts';
import { runWrite, type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const token = testToken();
const maz = { id: `enterprise:t${token}-maz`, type: 'Enterprise', name: `МАЗ ${token}` } as const;
const kaluga = { id: `region:t${token}-kaluga`, type: 'Region', name: `Калужская область ${token}` } as const;
const ARTICLES = 7;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openTestStore();
  for (let i = 1; i <= ARTICLES; i++) {
    const sentence = `МАЗ поставит ${i} автобусов в Калужскую область.`;
    const article = makeArticle(token, i, { date: `2024-01-0${i}`, text: sentence });
    await writeArticle(
      store,
      article,
      makeExtraction(
        article,
        [maz, kaluga],
        [{ type: 'SUPPLIES', source: maz.id, target: kaluga.id, evidence: sentence }],
      ),
    );
  }
  server = await startServer({ port: 0, routes: API_ROUTES, services: { data: createStoreDataSource(store) } });
});

afterAll(async () => {
  await server?.close();
  await deleteTestData(store, token);
  await runWrite(store, { cypher: 'MATCH (o:Evidence) WHERE o.id CONTAINS $token DELETE o', params: { token } });
  await store.close();
});

const edgeKey = `SUPPLIES:${maz.id}->${kaluga.id}`;
const evidenceUrl = (query: string) =>
  new URL(`/api/edges/${encodeURIComponent(edgeKey)}/evidence${query}`, server.url);

describe('GET /api/edges/:id/evidence', () => {
  it('pages every article of the relationship, oldest first', async () => {
    const first = EdgeEvidenceResponseSchema.parse(await (await fetch(evidenceUrl('?offset=0&limit=3'))).json());
    const rest = EdgeEvidenceResponseSchema.parse(await (await fetch(evidenceUrl('?offset=3&limit=10'))).json());
    expect(first).toMatchObject({ edge: edgeKey, total: ARTICLES, offset: 0, limit: 3 });
    expect(first.items.map((item) => item.date)).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    expect(first.items[0]).toMatchObject({
      title: 'Статья 1',
      sentences: ['МАЗ поставит 1 автобусов в Калужскую область.'],
    });
    expect(rest.items).toHaveLength(ARTICLES - 3);
  });

  it('answers 404 for what is not an edge key and 400 for a bad page', async () => {
    expect((await fetch(new URL('/api/edges/nonsense/evidence', server.url))).status).toBe(404);
    expect((await fetch(evidenceUrl('?limit=0'))).status).toBe(400);
    expect((await fetch(evidenceUrl('?offset=-1'))).status).toBe(400);
  });
});

describe('GET /api/entity/:id', () => {
  it('lists a relation with its sample of sentences and its first articles only', async () => {
    const response = await fetch(new URL(`/api/entity/${encodeURIComponent(maz.id)}`, server.url));
    const details = EntityDetailsSchema.parse(await response.json());
    const [supplies] = details.relations.SUPPLIES ?? [];
    expect(supplies?.attributes.evidence).toHaveLength(EVIDENCE_SAMPLE_SIZE);
    expect(supplies?.articles.map((a) => a.date)).toEqual(
      ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05'].slice(0, ENTITY_RELATION_ARTICLES),
    );
    expect(supplies?.attributes.articleIds).toHaveLength(ENTITY_RELATION_ARTICLES);
  });
});
