import { describe, expect, it } from 'vitest';
import { type Article, type ExtractionResult, ExtractionResultSchema } from '../../src/schema/index.ts';
import {
  entityLabel,
  escapeName,
  linkMentionsQuery,
  orderEnds,
  readEntitiesQuery,
  readRelationsQuery,
  relationshipType,
  schemaQueries,
  upsertArticleQuery,
  upsertEntitiesQuery,
  upsertRelationsQuery,
  writeArticleQueries,
} from '../../src/store/cypher.ts';

const article: Article = {
  id: '0123456789abcdef',
  title: 'Калужская область и Беларусь',
  url: 'https://example.org/a',
  date: '2024-05-17',
  language: 'ru',
  text: 'Калужская область поставляет в Беларусь комплектующие.',
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

describe('labels and relationship types', () => {
  it('escapes backticks by doubling them', () => {
    expect(escapeName('Region')).toBe('`Region`');
    expect(escapeName('a`b')).toBe('`a``b`');
  });

  it('refuses types outside the data model, whatever the static types claim', () => {
    expect(entityLabel('Region')).toBe('`Region`');
    expect(() => entityLabel('Region`) DETACH DELETE (n')).toThrow(TypeError);
    expect(relationshipType('SUPPLIES')).toBe('`SUPPLIES`');
    expect(() => relationshipType('RELATED_TO')).toThrow(TypeError);
    const sneaky = [{ ...extraction.relations[0], type: 'OWNS' }] as unknown as ExtractionResult['relations'];
    expect(() => upsertRelationsQuery('OWNS' as 'SUPPLIES', article.id, sneaky)).toThrow(TypeError);
  });

  it('orders the ends of symmetric relations only', () => {
    expect(orderEnds('COOPERATES_WITH', 'region:b', 'country:a')).toEqual(['country:a', 'region:b']);
    expect(orderEnds('SUPPLIES', 'region:b', 'country:a')).toEqual(['region:b', 'country:a']);
  });
});

describe('schema', () => {
  it('creates the constraints and indexes idempotently', () => {
    expect(schemaQueries().map((q) => q.cypher)).toMatchInlineSnapshot(`
      [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
        "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
        "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
        "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
        "CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)",
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]",
      ]
    `);
  });
});

describe('write queries', () => {
  it('upserts the article with its defined fields as parameters', () => {
    expect(upsertArticleQuery({ ...article, url: undefined })).toMatchInlineSnapshot(`
      {
        "cypher": "MERGE (a:Article {id: $id})
      SET a += $props",
        "params": {
          "id": "0123456789abcdef",
          "props": {
            "date": "2024-05-17",
            "language": "ru",
            "text": "Калужская область поставляет в Беларусь комплектующие.",
            "title": "Калужская область и Беларусь",
          },
        },
      }
    `);
  });

  it('upserts entities of one type under its label, merging aliases', () => {
    const regions = extraction.entities.filter((e) => e.type === 'Region');
    expect(upsertEntitiesQuery('Region', regions)).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $rows AS row
      MERGE (e:Entity {id: row.id})
      ON CREATE SET e.name = row.name, e.aliases = []
      SET e:\`Region\`, e.type = $type, e += row.attributes
      WITH e, row
      UNWIND [x IN [row.name] + row.aliases WHERE x <> e.name] AS alias
      WITH e, collect(DISTINCT alias) AS names
      SET e.aliases = e.aliases + [x IN names WHERE NOT x IN e.aliases]",
        "params": {
          "rows": [
            {
              "aliases": [
                "Калужская обл.",
              ],
              "attributes": {},
              "id": "region:kaluga-oblast",
              "name": "Калужская область",
            },
          ],
          "type": "Region",
        },
      }
    `);
  });

  it('keeps reserved property names out of entity attributes', () => {
    const entity = { ...extraction.entities[1], attributes: { id: 'x', type: 'City', nameEn: 'Belarus' } };
    const query = upsertEntitiesQuery('Country', [entity as ExtractionResult['entities'][number]]);
    expect((query.params.rows as { attributes: object }[])[0]?.attributes).toEqual({ nameEn: 'Belarus' });
  });

  it('links mentions once per entity', () => {
    expect(linkMentionsQuery(article.id, ['country:belarus', 'country:belarus'])).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (a:Article {id: $articleId})
      UNWIND $entityIds AS entityId
      MATCH (e:Entity {id: entityId})
      MERGE (e)-[:MENTIONED_IN]->(a)",
        "params": {
          "articleId": "0123456789abcdef",
          "entityIds": [
            "country:belarus",
          ],
        },
      }
    `);
  });

  it('folds relations with the same ends into one row, symmetric ones in id order', () => {
    const base = extraction.relations[0];
    if (!base) throw new Error('fixture has a relation');
    const relations = [
      { ...base, type: 'COOPERATES_WITH' as const, confidence: 0.6 },
      {
        ...base,
        type: 'COOPERATES_WITH' as const,
        source: base.target,
        target: base.source,
        evidence: 'Стороны договорились о сотрудничестве.',
        confidence: 0.9,
      },
      { ...base, type: 'COOPERATES_WITH' as const, evidence: ` ${base.evidence} ` },
    ];
    expect(upsertRelationsQuery('COOPERATES_WITH', article.id, relations)).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $rows AS row
      MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
      MERGE (s)-[r:\`COOPERATES_WITH\`]->(t)
      ON CREATE SET r.articleIds = [], r.evidence = [], r.origin = row.origin
      SET r += row.attributes,
        r.origin = CASE WHEN row.origin = 'text' THEN 'text' ELSE r.origin END,
        r.confidence = CASE WHEN r.confidence > row.confidence THEN r.confidence ELSE row.confidence END,
        r.articleIds = CASE WHEN $articleId IN r.articleIds THEN r.articleIds ELSE r.articleIds + $articleId END,
        r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence]",
        "params": {
          "articleId": "0123456789abcdef",
          "rows": [
            {
              "attributes": {
                "modality": "fact",
                "product": "комплектующие",
              },
              "confidence": 0.9,
              "evidence": [
                "Калужская область поставляет в Беларусь комплектующие.",
                "Стороны договорились о сотрудничестве.",
              ],
              "origin": "text",
              "source": "country:belarus",
              "target": "region:kaluga-oblast",
            },
          ],
        },
      }
    `);
  });

  it('writes an article as article, entities by type, mentions, relations', () => {
    const queries = writeArticleQueries(article, extraction);
    expect(queries.map((q) => q.cypher.split('\n').find((line) => /MERGE/.test(line)))).toMatchInlineSnapshot(`
      [
        "MERGE (a:Article {id: $id})",
        "MERGE (e:Entity {id: row.id})",
        "MERGE (e:Entity {id: row.id})",
        "MERGE (e)-[:MENTIONED_IN]->(a)",
        "MERGE (s)-[r:\`SUPPLIES\`]->(t)",
      ]
    `);
  });
});

describe('read queries', () => {
  it('reads entities with optional type and date filters as parameters', () => {
    expect(readEntitiesQuery({ entityTypes: ['Region'], from: '2024-01-01' })).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (e:Entity)
      WHERE ($entityTypes IS NULL OR e.type IN $entityTypes)
        AND ($from IS NULL AND $to IS NULL OR EXISTS {
          MATCH (e)-[:MENTIONED_IN]->(a:Article)
          WHERE ($from IS NULL OR a.date >= $from) AND ($to IS NULL OR a.date <= $to)
        })
      RETURN e {.*} AS entity,
        [(e)-[:MENTIONED_IN]->(a:Article) | a.id] AS articleIds,
        [(e)-[:MENTIONED_IN]->(a:Article) WHERE a.date IS NOT NULL | a.date] AS dates
      ORDER BY e.id",
        "params": {
          "entityTypes": [
            "Region",
          ],
          "from": "2024-01-01",
          "to": null,
        },
      }
    `);
  });

  it('reads relations of all types unless told otherwise', () => {
    expect(readRelationsQuery().params).toMatchInlineSnapshot(`
      {
        "entityTypes": null,
        "from": null,
        "relationTypes": [
          "SUPPLIES",
          "CO_PRODUCES",
          "NEGOTIATES",
          "TRADES_WITH",
          "COOPERATES_WITH",
          "HEADS",
          "LOCATED_IN",
          "PARTICIPATES_IN",
        ],
        "to": null,
      }
    `);
    expect(readRelationsQuery({ relationTypes: ['SUPPLIES'], to: '2024-12-31' })).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (s:Entity)-[r]->(t:Entity)
      WHERE type(r) IN $relationTypes
        AND ($entityTypes IS NULL OR (s.type IN $entityTypes AND t.type IN $entityTypes))
        AND ($from IS NULL AND $to IS NULL OR EXISTS {
          MATCH (a:Article) WHERE a.id IN r.articleIds
            AND ($from IS NULL OR a.date >= $from) AND ($to IS NULL OR a.date <= $to)
        })
      RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props,
        COLLECT { MATCH (a:Article) WHERE a.id IN r.articleIds AND a.date IS NOT NULL RETURN a.date } AS dates
      ORDER BY source, type, target",
        "params": {
          "entityTypes": null,
          "from": null,
          "relationTypes": [
            "SUPPLIES",
          ],
          "to": "2024-12-31",
        },
      }
    `);
  });
});
