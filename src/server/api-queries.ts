/**
 * The Cypher the API adds to the store's own reads, as pure `{ cypher, params }`
 * data (values always as parameters): an entity with its neighbours, search
 * candidates, article metadata and one article.
 */
import { type CypherQuery, factTypesPattern } from '../store/index.ts';

/** The entity, and each relationship to another entity with that entity's properties. */
export function entityNeighbourhoodQuery(id: string): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity {id: $id})',
      `OPTIONAL MATCH (e)-[r:${factTypesPattern()}]-(o:Entity)`,
      'RETURN e {.*} AS entity,',
      '  collect(CASE WHEN r IS NULL THEN null ELSE {',
      '    type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r), other: o {.*}',
      '  } END) AS relations',
    ].join('\n'),
    params: { id },
  };
}

/**
 * The names and degree of every entity with a name, English name or alias containing the
 * folded text (lower case, ё → е, as `normalizeSearchText` folds it): what search ranks.
 * Filtering in Neo4j keeps the degree count to the matches, not the whole store.
 */
export function searchCandidatesQuery(folded: string): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity)',
      "WHERE any(n IN [e.name, e.nameEn] + coalesce(e.aliases, []) WHERE replace(toLower(n), 'ё', 'е') CONTAINS $q)",
      'RETURN e.id AS id, e.type AS type, e.name AS name, e.nameEn AS nameEn, e.aliases AS aliases,',
      `  COUNT { (e)-[:${factTypesPattern()}]-() } AS degree`,
    ].join('\n'),
    params: { q: folded },
  };
}

/** Title, date, URL and source of the given articles (for relation provenance). */
export function articleRefsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Article) WHERE a.id IN $ids',
      'RETURN a.id AS id, a.title AS title, a.url AS url, a.date AS date, a.source AS source',
    ].join('\n'),
    params: { ids: [...ids] },
  };
}

export function articleQuery(id: string): CypherQuery {
  return {
    cypher: 'MATCH (a:Article {id: $id}) RETURN a {.id, .title, .url, .date, .source, .language, .text} AS article',
    params: { id },
  };
}
