import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/store/ensure-schema.ts';
import { runRead, type Store, writeArticle } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { cast, makeArticle, makeExtraction } from './fixtures.ts';

let store: Store;
const token = testToken();

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  await deleteTestData(store, token);
  await store.close();
});

describe('store schema', () => {
  it('has uniqueness constraints on Entity.id and Article.id', async () => {
    const rows = await runRead(store, {
      cypher: 'SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN type, labelsOrTypes, properties',
      params: {},
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        { type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['id'] },
        { type: 'UNIQUENESS', labelsOrTypes: ['Article'], properties: ['id'] },
      ]),
    );
  });

  it('has online indexes on entity name and type and a full-text index over names and aliases', async () => {
    const rows = await runRead(store, {
      cypher: 'SHOW INDEXES YIELD name, type, properties, state RETURN name, type, properties, state',
      params: {},
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'entity_name', type: 'RANGE', properties: ['name'], state: 'ONLINE' },
        { name: 'entity_type', type: 'RANGE', properties: ['type'], state: 'ONLINE' },
        { name: 'entity_names', type: 'FULLTEXT', properties: ['name', 'aliases'], state: 'ONLINE' },
      ]),
    );
  });

  it('is idempotent: ensuring it again changes nothing', async () => {
    const before = await runRead(store, { cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name', params: {} });
    await ensureSchema(store);
    expect(await runRead(store, { cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name', params: {} })).toEqual(
      before,
    );
  });

  it('finds entities by alias through the full-text index', async () => {
    const { maz } = cast(token);
    const article = makeArticle(token, 1);
    await writeArticle(store, article, makeExtraction(article, [maz], []));
    const rows = await runRead(store, {
      cypher: [
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node",
        'WHERE node.id CONTAINS $token RETURN node.id AS id',
      ].join('\n'),
      params: { q: 'автомобильный', token },
    });
    expect(rows).toEqual([{ id: maz.id }]);
  });

  it('returns Neo4j integers as JS numbers', async () => {
    const [row] = await runRead(store, { cypher: 'RETURN 1 AS one, [2, 3] AS list, {n: 4} AS map', params: {} });
    expect(row).toEqual({ one: 1, list: [2, 3], map: { n: 4 } });
  });
});
