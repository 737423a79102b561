import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import type { ExtractionResult } from '../../src/schema/index.ts';
import { runRead, type Store, writeArticle } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';
import { articleId, cast, makeArticle, makeExtraction } from './fixtures.ts';

let store: Store;
const token = testToken();
const { kaluga, belarus, maz } = cast(token);

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  await deleteTestData(store, token);
  await store.close();
});

/** Counts of this file's data: entities, articles, relationships, MENTIONED_IN links, evidence sentences. */
async function counts() {
  const [row] = await runRead(store, {
    cypher: [
      'CALL { MATCH (e:Entity) WHERE e.id CONTAINS $token RETURN count(e) AS entities }',
      'CALL { MATCH (a:Article) WHERE a.id CONTAINS $token RETURN count(a) AS articles }',
      'CALL { MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id CONTAINS $token',
      '  RETURN count(r) AS relations, sum(size(r.evidence)) AS evidence }',
      'CALL { MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article) WHERE e.id CONTAINS $token RETURN count(m) AS mentions }',
      'RETURN entities, articles, relations, evidence, mentions',
    ].join('\n'),
    params: { token },
  });
  return row;
}

/** The Evidence nodes of one relationship (ends in stored order), oldest article first. */
async function evidenceOf(type: string, source: string, target: string) {
  return runRead(store, {
    cypher: [
      'MATCH (o:Evidence {relation: $key})',
      'RETURN o.articleId AS articleId, o.sentences AS sentences ORDER BY o.date, o.articleId',
    ].join('\n'),
    params: { key: `${type}|${source}|${target}` },
  });
}

describe('writeArticle', () => {
  const first = makeArticle(token, 1);
  const firstExtraction = makeExtraction(
    first,
    [kaluga, belarus, maz],
    [
      {
        type: 'COOPERATES_WITH',
        source: belarus.id,
        target: kaluga.id,
        evidence: 'Калужская область и Республика Беларусь расширяют сотрудничество.',
      },
      {
        type: 'SUPPLIES',
        source: maz.id,
        target: kaluga.id,
        evidence: 'МАЗ поставляет технику в Калужскую область.',
        attributes: { product: 'техника', modality: 'fact' },
      },
    ],
  );

  it('stores the article, its entities with labels, mentions and relations', async () => {
    await writeArticle(store, first, firstExtraction);
    expect(await counts()).toEqual({ entities: 3, articles: 1, relations: 2, evidence: 2, mentions: 3 });
    const [node] = await runRead(store, {
      cypher: 'MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, e {.*} AS props',
      params: { id: belarus.id },
    });
    expect(node?.labels).toEqual(expect.arrayContaining(['Entity', 'Country']));
    expect(node?.props).toMatchObject({ name: 'Беларусь', type: 'Country', nameEn: 'Belarus', wikidata: 'Q184' });
    const [supplies] = await runRead(store, {
      cypher: 'MATCH (:Entity {id: $source})-[r:SUPPLIES]->(:Entity {id: $target}) RETURN properties(r) AS r',
      params: { source: maz.id, target: kaluga.id },
    });
    expect(supplies?.r).toMatchObject({ articleCount: 1, product: 'техника', modality: 'fact', origin: 'text' });
    expect(supplies?.r).not.toHaveProperty('articleIds');
    expect(await evidenceOf('SUPPLIES', maz.id, kaluga.id)).toEqual([
      { articleId: first.id, sentences: ['МАЗ поставляет технику в Калужскую область.'] },
    ]);
  });

  it('is idempotent: the same article again changes no count', async () => {
    const before = await counts();
    await writeArticle(store, first, firstExtraction);
    expect(await counts()).toEqual(before);
  });

  it('stores a symmetric relation once per pair, whichever way the ends come', async () => {
    const [row] = await runRead(store, {
      cypher:
        'MATCH (s:Entity)-[r:COOPERATES_WITH]-(t:Entity) WHERE s.id = $a RETURN count(r) AS n, startNode(r).id AS from',
      params: { a: belarus.id },
    });
    // The ends are stored in id order: "country:…" sorts before "region:…".
    expect(row).toEqual({ n: 1, from: belarus.id });
  });

  it('merges evidence, article ids and aliases when a second article states the same fact', async () => {
    const second = makeArticle(token, 2, { date: '2025-02-01' });
    await writeArticle(
      store,
      second,
      makeExtraction(
        second,
        [
          { ...kaluga, aliases: ['Калужская обл.'] },
          { ...belarus, name: 'Республика Беларусь' },
        ],
        [
          {
            type: 'COOPERATES_WITH',
            source: kaluga.id,
            target: belarus.id,
            evidence: 'Регион и Беларусь подписали дорожную карту сотрудничества.',
          },
        ],
      ),
    );
    const [row] = await runRead(store, {
      cypher: [
        'MATCH (s:Entity {id: $a})-[r:COOPERATES_WITH]-(t:Entity {id: $b})',
        'RETURN count(r) AS n, r.articleCount AS articleCount, r.evidence AS evidence,',
        '  s.name AS name, s.aliases AS aliases, t.aliases AS kalugaAliases',
      ].join('\n'),
      params: { a: belarus.id, b: kaluga.id },
    });
    expect(row?.n).toBe(1);
    expect(row?.articleCount).toBe(2);
    expect((await evidenceOf('COOPERATES_WITH', belarus.id, kaluga.id)).map((e) => e.articleId)).toEqual([
      first.id,
      second.id,
    ]);
    expect(row?.evidence).toEqual([
      'Калужская область и Республика Беларусь расширяют сотрудничество.',
      'Регион и Беларусь подписали дорожную карту сотрудничества.',
    ]);
    // The fullest name is canonical, whatever came first; the alias list gains nothing twice.
    expect(row?.name).toBe('Республика Беларусь');
    expect(row?.aliases).toEqual(['Беларусь']);
    expect(row?.kalugaAliases).toEqual(['Калужская обл.']);
    expect(await counts()).toMatchObject({ entities: 3, articles: 2, relations: 2, evidence: 3, mentions: 5 });
  });

  it('rolls a failing article back completely: nothing half-written', async () => {
    const before = await counts();
    const broken = makeArticle(token, 3);
    const other = { id: `city:t${token}-minsk`, type: 'City', name: 'Минск' } as const;
    const extraction = makeExtraction(
      broken,
      [kaluga, other],
      [{ type: 'LOCATED_IN', source: kaluga.id, target: other.id, evidence: 'Калуга и Минск.' }],
    );
    // Neo4j refuses maps as property values; the relation query is the last of the transaction.
    const poisoned: ExtractionResult = {
      ...extraction,
      relations: extraction.relations.map((r) => ({
        ...r,
        attributes: { ...r.attributes, nested: { not: 'allowed' } as unknown as string },
      })),
    };
    const error = await writeArticle(store, broken, poisoned).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(await counts()).toEqual(before);
    const [row] = await runRead(store, {
      cypher:
        'OPTIONAL MATCH (a:Article {id: $id}) OPTIONAL MATCH (c:Entity {id: $city}) RETURN a IS NULL AS noArticle, c IS NULL AS noCity',
      params: { id: articleId(token, 3), city: other.id },
    });
    expect(row).toEqual({ noArticle: true, noCity: true });
  });
});

describe('one article per URL', () => {
  it('the store itself refuses a second article under a stored URL', async () => {
    const url = `https://example.org/${token}/one-url`;
    const older = makeArticle(token, 40, { url });
    const newer = makeArticle(token, 41, { url, text: 'Новая версия той же статьи.' });
    await writeArticle(store, older, makeExtraction(older, [kaluga], []));
    await expect(writeArticle(store, newer, makeExtraction(newer, [kaluga], []))).rejects.toBeInstanceOf(StoreError);
    const rows = await runRead(store, { cypher: 'MATCH (a:Article {url: $url}) RETURN a.id AS id', params: { url } });
    expect(rows).toEqual([{ id: older.id }]);
  });
});
