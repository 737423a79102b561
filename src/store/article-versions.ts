/**
 * Cypher for the article lifecycle the ingest needs beyond `writeArticleQueries`:
 * what is already stored (entities, relation keys, article versions), dating
 * relationships by their articles, and removing an article with every fact whose
 * only evidence it was. Pure `{ cypher, params }` builders; `ingest-store.ts` runs them.
 */
import { type CypherQuery, factTypesPattern } from './cypher.ts';

/** Every stored entity with the names resolution matches against. */
export function knownEntitiesQuery(): CypherQuery {
  return {
    cypher: 'MATCH (e:Entity) RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases',
    params: {},
  };
}

/** Every stored relationship between entities as (type, source, target): the keys the summary counts against. */
export function knownRelationsQuery(): CypherQuery {
  return {
    cypher: `MATCH (s:Entity)-[r:${factTypesPattern()}]->(t:Entity) RETURN type(r) AS type, s.id AS source, t.id AS target`,
    params: {},
  };
}

/**
 * For each article: whether this exact article (same content hash) is stored, and the
 * ids of older versions stored under the same URL, which the new version replaces.
 * One query for a whole batch; the URL lookup uses the index of the URL uniqueness constraint.
 */
export function articleStatesQuery(articles: readonly { id: string; url?: string | undefined }[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'OPTIONAL MATCH (a:Article {id: row.id})',
      'WITH row, a IS NOT NULL AS stored',
      'OPTIONAL MATCH (old:Article {url: row.url}) WHERE old.id <> row.id',
      'RETURN row.id AS id, stored, collect(old.id) AS previous',
    ].join('\n'),
    params: { rows: articles.map((a) => ({ id: a.id, url: a.url ?? null })) },
  };
}

/**
 * Articles whose id is, or starts with, the text, or whose URL is it: what
 * `article rm ID_OR_URL` may mean. The empty text lists every article.
 */
export function findArticlesQuery(idOrUrl: string): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Article)',
      "WHERE $key = '' OR a.id = $key OR a.url = $key OR (size($key) >= 8 AND a.id STARTS WITH $key)",
      'RETURN a.id AS id, a.title AS title, a.url AS url, a.date AS date',
      'ORDER BY a.date, a.id',
    ].join('\n'),
    params: { key: idOrUrl },
  };
}

/**
 * Removes an article's entities that no other article mentions, then the article itself.
 * Its relationships are handled before these run (`removeArticleEvidenceQuery` drops the
 * article's Evidence nodes and re-summarises or deletes what they supported).
 */
export function removeArticleQueries(articleId: string): CypherQuery[] {
  const params = { articleId };
  return [
    {
      cypher: [
        'MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(e:Entity)',
        'WHERE NOT EXISTS { MATCH (e)-[:MENTIONED_IN]->(o:Article) WHERE o.id <> $articleId }',
        'DETACH DELETE e',
      ].join('\n'),
      params,
    },
    { cypher: 'MATCH (a:Article {id: $articleId}) DETACH DELETE a', params },
  ];
}

/** Counts for checks and summaries: entities, articles and relationships between entities. */
export function graphCountsQuery(): CypherQuery {
  return {
    cypher: [
      'CALL { MATCH (e:Entity) RETURN count(e) AS entities }',
      'CALL { MATCH (a:Article) RETURN count(a) AS articles }',
      `CALL { MATCH (:Entity)-[r:${factTypesPattern()}]->(:Entity) RETURN count(r) AS relations }`,
      'RETURN entities, articles, relations',
    ].join('\n'),
    params: {},
  };
}

/**
 * Per URL stored more than once (possible before the URL constraint existed), the ids of
 * every version but the one to keep: the latest dated, then the greatest id.
 */
export function duplicateUrlVersionsQuery(): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Article) WHERE a.url IS NOT NULL',
      "WITH a ORDER BY coalesce(a.date, '') DESC, a.id DESC",
      'WITH a.url AS url, collect(a.id) AS ids',
      'WHERE size(ids) > 1',
      'RETURN url, ids[1..] AS older',
    ].join('\n'),
    params: {},
  };
}
