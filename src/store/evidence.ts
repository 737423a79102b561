/**
 * Evidence kept apart from relationships. Each article that states a relation gets one
 * `(:Evidence {id, articleId, relation, date, sentences})` node (id = article id + `|` +
 * relation key), so every sentence stays queryable per article and per relationship,
 * while the relationship itself only keeps `articleCount`, `firstSeen`/`lastSeen` and a
 * sample of at most EVIDENCE_SAMPLE_SIZE sentences: its write cost no longer grows with
 * its history. Pure `{ cypher, params }` builders.
 */
import type { RelationType } from '../schema/index.ts';
import { type CypherQuery, factTypesPattern } from './cypher.ts';

/** Sentences a relationship keeps in `evidence`; the rest are on its Evidence nodes. */
export const EVIDENCE_SAMPLE_SIZE = 5;

/**
 * The key of a stored relationship, `TYPE|source|target` (symmetric ends already in id
 * order). Evidence nodes carry it, so a relationship finds its evidence by an index seek.
 */
export function relationKey(type: RelationType | string, source: string, target: string): string {
  // `join` makes one flat string; a template literal makes a rope of its parts, which a load of
  // 50,000 articles holds 150,000 times over (twice the memory).
  return [type, source, target].join('|');
}

/**
 * The Cypher expression of the id of the Evidence node of one article and one relationship,
 * `articleId|key`, from expressions for both. Computed in Neo4j so a batch does not send
 * each id (the key again) beside its parts.
 */
export function evidenceIdCypher(articleId: string, key: string): string {
  return `${articleId} + '|' + ${key}`;
}

/**
 * The Cypher expression of how a sentence ranks for the sample, from expressions for the
 * article's date and id: earliest article date first (undated last), then article id; ties
 * between sentences break by the sentence. Only the order matters, so the sample is the
 * same whatever order articles were loaded in.
 */
export function sampleRankCypher(date: string, articleId: string): string {
  return `coalesce(${date}, '~') + '|' + ${articleId}`;
}

/** `sampleRankCypher` in JavaScript, for a sample folded before it is written (bulk-fold.ts). */
export function sampleRank(date: string | null | undefined, articleId: string): string {
  // One flat string, as `relationKey`: samples hold one per article.
  return [date ?? '~', articleId].join('|');
}

/** `sampleRankCypher` over an Evidence node `o`. */
const RANK_OF_O = sampleRankCypher('o.date', 'o.articleId');

/**
 * Cypher lines that recompute the relationship `r` (keyed `key`) from its Evidence nodes:
 * count, dates and sample; a relationship left with no evidence is deleted. Used after an
 * article's evidence is removed and when an old store is migrated.
 */
function resummarizeLines(): string[] {
  return [
    'CALL {',
    '  WITH key',
    '  OPTIONAL MATCH (o:Evidence {relation: key})',
    '  RETURN count(o) AS articles, min(o.date) AS first, max(o.date) AS last',
    '}',
    'CALL {',
    '  WITH key',
    '  MATCH (o:Evidence {relation: key})',
    '  UNWIND o.sentences AS sentence',
    `  WITH sentence, min(${RANK_OF_O}) AS rank`,
    '  ORDER BY rank, sentence LIMIT toInteger($sampleSize)',
    '  RETURN collect(sentence) AS sentences, collect(rank) AS ranks',
    '}',
    'SET r.articleCount = articles, r.firstSeen = first, r.lastSeen = last,',
    '  r.evidence = sentences, r.evidenceRanks = ranks',
    'FOREACH (_ IN CASE WHEN articles = 0 THEN [1] ELSE [] END | DELETE r)',
  ];
}

/**
 * Removes an article's evidence and recomputes every relationship it supported (count,
 * dates, sample); relationships it alone stated are deleted. Runs before the article
 * itself is removed, in the same transaction.
 */
export function removeArticleEvidenceQuery(articleId: string): CypherQuery {
  return {
    cypher: [
      'MATCH (ev:Evidence {articleId: $articleId})',
      'WITH collect(ev) AS gone, collect(ev.relation) AS keys',
      'FOREACH (ev IN gone | DELETE ev)',
      'WITH keys',
      'UNWIND keys AS key',
      "WITH key, split(key, '|') AS parts",
      `MATCH (:Entity {id: parts[1]})-[r:${factTypesPattern()}]->(:Entity {id: parts[2]})`,
      'WHERE type(r) = parts[0]',
      ...resummarizeLines(),
    ].join('\n'),
    params: { articleId, sampleSize: EVIDENCE_SAMPLE_SIZE },
  };
}

/**
 * Moves up to `limit` relationships of the old shape (`articleIds` and every evidence
 * sentence on the relationship) to Evidence nodes, returning how many it moved; run it
 * until it returns 0. A sentence goes to each listed article whose text contains it; a
 * sentence no article contains goes to the earliest one, so none is lost.
 */
export function migrateEvidenceQuery(limit: number): CypherQuery {
  return {
    cypher: [
      `MATCH (s:Entity)-[r:${factTypesPattern()}]->(t:Entity)`,
      'WHERE r.articleIds IS NOT NULL',
      'WITH s, r, t LIMIT toInteger($limit)',
      "WITH r, type(r) + '|' + s.id + '|' + t.id AS key",
      'CALL {',
      '  WITH r',
      '  UNWIND r.articleIds AS articleId',
      '  OPTIONAL MATCH (a:Article {id: articleId})',
      '  WITH articleId, a.date AS date, [x IN coalesce(r.evidence, []) WHERE a.text CONTAINS x] AS sentences',
      "  ORDER BY coalesce(date, '~'), articleId",
      '  RETURN collect({articleId: articleId, date: date, sentences: sentences}) AS perArticle',
      '}',
      'WITH r, key, perArticle,',
      '  [x IN coalesce(r.evidence, []) WHERE none(p IN perArticle WHERE x IN p.sentences)] AS orphans',
      'CALL {',
      '  WITH key, perArticle, orphans',
      '  UNWIND range(0, size(perArticle) - 1) AS i',
      '  WITH key, perArticle[i] AS p, CASE WHEN i = 0 THEN orphans ELSE [] END AS extra',
      "  MERGE (ev:Evidence {id: p.articleId + '|' + key})",
      '  SET ev.articleId = p.articleId, ev.relation = key, ev.date = p.date, ev.sentences = p.sentences + extra',
      '  RETURN count(ev) AS created',
      '}',
      'REMOVE r.articleIds',
      'WITH r, key',
      ...resummarizeLines(),
      'RETURN count(*) AS migrated',
    ].join('\n'),
    params: { limit, sampleSize: EVIDENCE_SAMPLE_SIZE },
  };
}

/** The store shape this code writes: 2 = Evidence nodes and bounded samples (1 = lists on relationships). */
export const EVIDENCE_MODEL = 2;

/** The store's evidence model as its marker node records it (no row: a store never marked). */
export function evidenceModelQuery(): CypherQuery {
  return { cypher: "MATCH (m:CoopgraphStore {id: 'store'}) RETURN m.evidenceModel AS model", params: {} };
}

/** Records that every relationship of the store has the current evidence model. */
export function markEvidenceModelQuery(): CypherQuery {
  return {
    cypher: "MERGE (m:CoopgraphStore {id: 'store'}) SET m.evidenceModel = $model",
    params: { model: EVIDENCE_MODEL },
  };
}

/**
 * One page of a relationship's evidence, oldest article first (the sample's order), with
 * the article's title and URL, and the total number of articles.
 */
export function evidencePageQuery(key: string, offset: number, limit: number): CypherQuery {
  return {
    cypher: [
      'CALL { MATCH (o:Evidence {relation: $key}) RETURN count(o) AS total }',
      'CALL {',
      '  MATCH (o:Evidence {relation: $key})',
      `  WITH o ORDER BY ${RANK_OF_O}`,
      '  SKIP toInteger($offset) LIMIT toInteger($limit)',
      '  OPTIONAL MATCH (a:Article {id: o.articleId})',
      '  RETURN collect({articleId: o.articleId, date: o.date, sentences: o.sentences,',
      '    title: a.title, url: a.url, source: a.source}) AS items',
      '}',
      'RETURN total, items',
    ].join('\n'),
    params: { key, offset, limit },
  };
}

/**
 * For each relationship key, the ids of its first `limit` articles in sample order: the
 * articles `entity show` and the entity API list under a relation.
 */
export function firstArticlesQuery(keys: readonly string[], limit: number): CypherQuery {
  return {
    cypher: [
      'UNWIND $keys AS key',
      'CALL {',
      '  WITH key',
      '  MATCH (o:Evidence {relation: key})',
      `  WITH o ORDER BY ${RANK_OF_O} LIMIT toInteger($limit)`,
      '  RETURN collect(o.articleId) AS articleIds',
      '}',
      'RETURN key, articleIds',
    ].join('\n'),
    params: { keys: [...keys], limit },
  };
}
