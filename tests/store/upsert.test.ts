import { describe, expect, it } from 'vitest';
import { type Article, type ExtractionResult, ExtractionResultSchema } from '../../src/schema/index.ts';
import {
  linkMentionsQuery,
  upsertArticlesQuery,
  upsertEntitiesQuery,
  upsertRelationsQuery,
  writeArticlesQueries,
} from '../../src/store/upsert.ts';

const article: Article = {
  id: '0123456789abcdef',
  title: 'Калужская область и Беларусь',
  url: 'https://example.org/a',
  date: '2024-05-17',
  language: 'ru',
  text: 'Калужская область поставляет в Беларусь комплектующие.',
};

const later: Article = {
  id: 'fedcba9876543210',
  title: 'Калуга и Минск',
  date: '2025-02-03',
  language: 'ru',
  text: 'Калужская обл. поставляет в Беларусь автокомпоненты.',
};

const extraction: ExtractionResult = ExtractionResultSchema.parse({
  article: { id: article.id, title: article.title },
  entities: [
    { id: 'region:kaluga-oblast', type: 'Region', name: 'Калужская область', aliases: ['Калужская обл.'] },
    { id: 'country:belarus', type: 'Country', name: 'Беларусь', attributes: { nameEn: 'Belarus', wikidata: 'Q184' } },
  ],
  relations: [
    {
      type: 'SUPPLIES',
      source: 'region:kaluga-oblast',
      target: 'country:belarus',
      origin: 'text',
      evidence: 'Калужская область поставляет в Беларусь комплектующие.',
      confidence: 0.8,
      attributes: { product: 'комплектующие' },
    },
  ],
});

const laterExtraction: ExtractionResult = ExtractionResultSchema.parse({
  article: { id: later.id, title: later.title },
  entities: [
    { id: 'region:kaluga-oblast', type: 'Region', name: 'Калужская обл.', aliases: ['Калуга'] },
    { id: 'country:belarus', type: 'Country', name: 'Беларусь' },
  ],
  relations: [
    {
      type: 'SUPPLIES',
      source: 'region:kaluga-oblast',
      target: 'country:belarus',
      origin: 'text',
      evidence: 'Калужская обл. поставляет в Беларусь автокомпоненты.',
      confidence: 0.9,
      attributes: { product: 'автокомпоненты' },
    },
  ],
});

const supplies = (extraction.relations[0] ?? {}) as ExtractionResult['relations'][number];

describe('upsert queries', () => {
  it('upserts articles with their defined fields as parameters', () => {
    expect(upsertArticlesQuery([{ ...article, url: undefined }])).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $rows AS row
      MERGE (a:Article {id: row.id})
      SET a += row.props",
        "params": {
          "rows": [
            {
              "id": "0123456789abcdef",
              "props": {
                "date": "2024-05-17",
                "language": "ru",
                "text": "Калужская область поставляет в Беларусь комплектующие.",
                "title": "Калужская область и Беларусь",
              },
            },
          ],
        },
      }
    `);
  });

  it('upserts entities of one type under its label, one row per id with every name as an alias', () => {
    const regions = [...extraction.entities, ...laterExtraction.entities].filter((e) => e.type === 'Region');
    const query = upsertEntitiesQuery('Region', regions);
    expect(query.cypher).toContain('SET e:`Region`, e.type = $type');
    expect(query.params.rows).toEqual([
      {
        id: 'region:kaluga-oblast',
        name: 'Калужская область',
        aliases: ['Калужская обл.', 'Калуга'],
        attributes: {},
        ranks: {},
      },
    ]);
  });

  it('keeps reserved property names out of entity attributes', () => {
    const entity = { ...extraction.entities[1], attributes: { id: 'x', type: 'City', nameEn: 'Belarus' } };
    const query = upsertEntitiesQuery('Country', [entity as ExtractionResult['entities'][number]]);
    expect((query.params.rows as { attributes: object }[])[0]?.attributes).toEqual({ nameEn: 'Belarus' });
  });

  it('links each mention once, sorted by entity so concurrent writers lock in one order', () => {
    const query = linkMentionsQuery([
      { entityId: 'region:kaluga-oblast', articleId: article.id },
      { entityId: 'country:belarus', articleId: article.id },
      { entityId: 'country:belarus', articleId: article.id },
    ]);
    expect(query.params.rows).toEqual([
      { entityId: 'country:belarus', articleId: article.id },
      { entityId: 'region:kaluga-oblast', articleId: article.id },
    ]);
  });

  it('refuses relation types outside the data model, whatever the static types claim', () => {
    const sneaky = [{ articleId: article.id, relation: { ...supplies, type: 'OWNS' } }] as unknown as Parameters<
      typeof upsertRelationsQuery
    >[1];
    expect(() => upsertRelationsQuery('OWNS' as 'SUPPLIES', sneaky)).toThrow(TypeError);
  });

  it('folds the statements of a batch into one row per relationship, with articles, evidence and dates', () => {
    const relations = [
      { articleId: article.id, date: article.date, relation: { ...supplies, type: 'COOPERATES_WITH' as const } },
      {
        articleId: later.id,
        date: later.date,
        relation: {
          ...supplies,
          type: 'COOPERATES_WITH' as const,
          source: supplies.target,
          target: supplies.source,
          evidence: 'Стороны договорились о сотрудничестве.',
          confidence: 0.9,
        },
      },
      {
        articleId: article.id,
        relation: { ...supplies, type: 'COOPERATES_WITH' as const, evidence: ` ${supplies.evidence} ` },
      },
    ];
    expect(upsertRelationsQuery('COOPERATES_WITH', relations)).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $rows AS row
      MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
      MERGE (s)-[r:\`COOPERATES_WITH\`]->(t)
      ON CREATE SET r.articleCount = 0, r.evidence = [], r.evidenceRanks = [], r.origin = row.origin
      SET r += CASE WHEN coalesce(r.attributesRank, '') <= row.attributesRank THEN row.attributes ELSE {} END,
        r.attributesRank = CASE WHEN coalesce(r.attributesRank, '') <= row.attributesRank
          THEN row.attributesRank ELSE r.attributesRank END,
        r.origin = CASE WHEN row.origin = 'text' THEN 'text' ELSE r.origin END,
        r.confidence = CASE WHEN r.confidence > row.confidence THEN r.confidence ELSE row.confidence END,
        r.firstSeen = CASE WHEN row.first IS NULL OR r.firstSeen <= row.first THEN r.firstSeen ELSE row.first END,
        r.lastSeen = CASE WHEN row.last IS NULL OR r.lastSeen >= row.last THEN r.lastSeen ELSE row.last END
      WITH r, row
      CALL {
        WITH row
        UNWIND row.articles AS item
        WITH row, item, item.articleId + '|' + row.key AS id
        OPTIONAL MATCH (old:Evidence {id: id})
        WITH row, item, id, old IS NULL AS added
        MERGE (ev:Evidence {id: id})
        SET ev.articleId = item.articleId, ev.relation = row.key, ev.date = item.date, ev.sentences = item.sentences
        FOREACH (key IN keys(item.attributes) | SET ev['attribute.' + key] = item.attributes[key])
        RETURN sum(CASE WHEN added THEN 1 ELSE 0 END) AS added
      }
      CALL {
        WITH r, row
        WITH row, coalesce(r.evidence, []) AS kept, coalesce(r.evidenceRanks, []) AS ranks
        UNWIND [i IN range(0, size(kept) - 1) | {s: kept[i], k: ranks[i]}]
          + reduce(acc = [], item IN row.articles | acc + [s IN item.sentences | {s: s, k: coalesce(item.date, '~') + '|' + item.articleId}])
          AS entry
        WITH entry.s AS sentence, min(entry.k) AS rank
        ORDER BY rank, sentence LIMIT toInteger($sampleSize)
        RETURN collect(sentence) AS sentences, collect(rank) AS sampleRanks
      }
      SET r.articleCount = coalesce(r.articleCount, 0) + added,
        r.evidence = sentences, r.evidenceRanks = sampleRanks",
        "params": {
          "rows": [
            {
              "articles": [
                {
                  "articleId": "0123456789abcdef",
                  "attributes": {
                    "modality": "fact",
                    "product": "комплектующие",
                  },
                  "date": "2024-05-17",
                  "sentences": [
                    "Калужская область поставляет в Беларусь комплектующие.",
                  ],
                },
                {
                  "articleId": "fedcba9876543210",
                  "attributes": {
                    "modality": "fact",
                    "product": "комплектующие",
                  },
                  "date": "2025-02-03",
                  "sentences": [
                    "Стороны договорились о сотрудничестве.",
                  ],
                },
              ],
              "attributes": {
                "currency": null,
                "modality": "fact",
                "product": "комплектующие",
                "quantity": null,
                "role": null,
                "sector": null,
                "value": null,
                "year": null,
              },
              "attributesRank": "2025-02-03|fedcba9876543210",
              "confidence": 0.9,
              "first": "2024-05-17",
              "key": "COOPERATES_WITH|country:belarus|region:kaluga-oblast",
              "last": "2025-02-03",
              "origin": "text",
              "source": "country:belarus",
              "target": "region:kaluga-oblast",
            },
          ],
          "sampleSize": 5,
        },
      }
    `);
  });

  it('writes a batch as articles, entities by type, mentions, relations: one statement each, not one per article', () => {
    const queries = writeArticlesQueries([
      { article, extraction },
      { article: later, extraction: laterExtraction },
    ]);
    expect(queries.map((q) => q.cypher.split('\n').find((line) => /MERGE/.test(line)))).toEqual([
      'MERGE (a:Article {id: row.id})',
      'MERGE (e:Entity {id: row.id})',
      'MERGE (e:Entity {id: row.id})',
      'MERGE (e)-[:MENTIONED_IN]->(a)',
      'MERGE (s)-[r:`SUPPLIES`]->(t)',
    ]);
    // Plans are kept while the store grows: replanning them was half of Neo4j's time in a load.
    expect(queries.every((q) => q.cypher.startsWith('CYPHER replan=skip\n'))).toBe(true);
    expect(queries[3]?.params.rows).toHaveLength(4);
    expect(queries[4]?.params.rows).toMatchObject([
      { articles: [{ articleId: article.id }, { articleId: later.id }], first: '2024-05-17' },
    ]);
    expect(writeArticlesQueries([])).toEqual([]);
  });
});
