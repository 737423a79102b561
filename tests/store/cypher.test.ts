import { describe, expect, it } from 'vitest';
import {
  entityLabel,
  escapeName,
  orderEnds,
  readEntitiesQuery,
  readRelationsQuery,
  relationshipType,
  schemaQueries,
} from '../../src/store/cypher.ts';

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
        "CREATE CONSTRAINT article_url_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE",
        "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
        "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relation)",
        "CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)",
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]",
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
        "includeRejected": false,
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
        AND ($includeRejected OR r.rejected IS NULL)
      WITH s, r, t, type(r) + '|' + s.id + '|' + t.id AS key
      CALL {
        WITH key
        MATCH (o:Evidence {relation: key})
        WITH o ORDER BY coalesce(o.date, '~'), o.articleId
        RETURN collect(o.articleId) AS articleIds, collect(o.date) AS dates
      }
      WITH s, r, t, articleIds, dates
      WHERE $from IS NULL AND $to IS NULL
        OR any(d IN dates WHERE ($from IS NULL OR d >= $from) AND ($to IS NULL OR d <= $to))
      RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props, articleIds, dates
      ORDER BY source, type, target",
        "params": {
          "entityTypes": null,
          "from": null,
          "includeRejected": false,
          "relationTypes": [
            "SUPPLIES",
          ],
          "to": "2024-12-31",
        },
      }
    `);
  });
});
