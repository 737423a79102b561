/**
 * Cypher that stores articles and what was extracted from them, for one article or a
 * batch of many. Batches exist for speed: each statement UNWINDs the rows of every
 * article in the batch, so a hot relationship (Беларусь–Россия) is rewritten once per
 * batch instead of once per article. Pure `{ cypher, params }` builders; rows are folded
 * in memory first and sorted by id, so concurrent writers lock nodes in the same order.
 */
import type { Article, Entity, EntityType, ExtractionResult, Relation, RelationType } from '../schema/index.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../schema/index.ts';
import { type CypherQuery, entityLabel, orderEnds, relationshipType } from './cypher.ts';

/** One article and what was extracted from it, as the writers take them. */
export interface ArticleWrite {
  article: Article;
  extraction: ExtractionResult;
}

/** Property names the store manages itself; attributes may not overwrite them. */
const RESERVED_ENTITY_KEYS = new Set(['id', 'name', 'type', 'aliases']);
const RESERVED_RELATION_KEYS = new Set([
  'articleIds',
  'articleCount',
  'evidence',
  'origin',
  'confidence',
  'firstSeen',
  'lastSeen',
]);

/** Creates or updates article nodes; every field an article has overwrites the stored one. */
export function upsertArticlesQuery(articles: readonly Article[]): CypherQuery {
  return {
    cypher: 'UNWIND $rows AS row\nMERGE (a:Article {id: row.id})\nSET a += row.props',
    params: { rows: articles.map(({ id, ...props }) => ({ id, props: withoutUndefined(props) })) },
  };
}

/** One entity to write: every mention of it in the batch, folded. */
interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  attributes: Record<string, string | number | boolean>;
}

/**
 * Upserts entities of one type (the label must be literal, hence one query per type).
 * The first name seen stays canonical; later names and aliases join `aliases` once.
 */
export function upsertEntitiesQuery(type: EntityType, entities: readonly Entity[]): CypherQuery {
  const rows = new Map<string, EntityRow>();
  for (const entity of entities) {
    const row = rows.get(entity.id);
    if (!row) {
      rows.set(entity.id, {
        id: entity.id,
        name: entity.name,
        aliases: [...new Set(entity.aliases)],
        attributes: pickAttributes(entity.attributes, RESERVED_ENTITY_KEYS),
      });
      continue;
    }
    for (const alias of [entity.name, ...entity.aliases]) if (!row.aliases.includes(alias)) row.aliases.push(alias);
    Object.assign(row.attributes, pickAttributes(entity.attributes, RESERVED_ENTITY_KEYS));
  }
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MERGE (e:Entity {id: row.id})',
      'ON CREATE SET e.name = row.name, e.aliases = []',
      `SET e:${entityLabel(type)}, e.type = $type, e += row.attributes`,
      'WITH e, row',
      'UNWIND [x IN [row.name] + row.aliases WHERE x <> e.name] AS alias',
      'WITH e, collect(DISTINCT alias) AS names',
      'SET e.aliases = e.aliases + [x IN names WHERE NOT x IN e.aliases]',
    ].join('\n'),
    params: { type, rows: sortedBy([...rows.values()], (r) => r.id) },
  };
}

/** Links entities to the articles that mention them with MENTIONED_IN (once per pair). */
export function linkMentionsQuery(mentions: readonly { entityId: string; articleId: string }[]): CypherQuery {
  const unique = new Map(mentions.map((m) => [`${m.articleId}\u0000${m.entityId}`, m]));
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (a:Article {id: row.articleId})',
      'MATCH (e:Entity {id: row.entityId})',
      'MERGE (e)-[:MENTIONED_IN]->(a)',
    ].join('\n'),
    params: { rows: sortedBy([...unique.values()], (m) => m.entityId) },
  };
}

/** A relation as one article states it: the article's id and date travel with it. */
export interface StatedRelation {
  articleId: string;
  /** The article's date (YYYY-MM-DD), which dates the relationship. */
  date?: string | undefined;
  relation: Relation;
}

/** One relationship to write: the statements of a batch that share type and ends, folded together. */
interface RelationRow {
  source: string;
  target: string;
  origin: Relation['origin'];
  confidence: number;
  articleIds: string[];
  evidence: string[];
  first: string | null;
  last: string | null;
  attributes: Record<string, string | number | boolean>;
}

/**
 * Upserts relations of one type. There is one relationship per (source, type, target),
 * symmetric types with their ends in id order; `articleIds` and `evidence` grow as sets,
 * the highest confidence wins, later attributes overwrite, `firstSeen`/`lastSeen`
 * widen to the dates of the articles stating it (ISO dates compare as text), and
 * `articleCount` is the size of `articleIds`.
 */
export function upsertRelationsQuery(type: RelationType, statements: readonly StatedRelation[]): CypherQuery {
  const rows = new Map<string, RelationRow>();
  for (const { articleId, date, relation } of statements) {
    const [source, target] = orderEnds(type, relation.source, relation.target);
    const key = `${source}\u0000${target}`;
    const row = rows.get(key) ?? {
      source,
      target,
      origin: relation.origin,
      confidence: relation.confidence,
      articleIds: [],
      evidence: [],
      first: null,
      last: null,
      attributes: {},
    };
    if (relation.origin === 'text') row.origin = 'text';
    row.confidence = Math.max(row.confidence, relation.confidence);
    if (!row.articleIds.includes(articleId)) row.articleIds.push(articleId);
    const sentence = relation.evidence.trim();
    if (sentence && !row.evidence.includes(sentence)) row.evidence.push(sentence);
    if (date && (row.first === null || date < row.first)) row.first = date;
    if (date && (row.last === null || date > row.last)) row.last = date;
    Object.assign(row.attributes, pickAttributes(relation.attributes, RESERVED_RELATION_KEYS));
    rows.set(key, row);
  }
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})',
      `MERGE (s)-[r:${relationshipType(type)}]->(t)`,
      'ON CREATE SET r.articleIds = [], r.evidence = [], r.origin = row.origin',
      'SET r += row.attributes,',
      "  r.origin = CASE WHEN row.origin = 'text' THEN 'text' ELSE r.origin END,",
      '  r.confidence = CASE WHEN r.confidence > row.confidence THEN r.confidence ELSE row.confidence END,',
      '  r.articleIds = r.articleIds + [x IN row.articleIds WHERE NOT x IN r.articleIds],',
      '  r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence],',
      '  r.firstSeen = CASE WHEN row.first IS NULL OR r.firstSeen <= row.first THEN r.firstSeen ELSE row.first END,',
      '  r.lastSeen = CASE WHEN row.last IS NULL OR r.lastSeen >= row.last THEN r.lastSeen ELSE row.last END',
      // A number beside the list, so ranking facts by support never has to load the lists.
      'SET r.articleCount = size(r.articleIds)',
    ].join('\n'),
    params: { rows: sortedBy([...rows.values()], (r) => `${r.source}\u0000${r.target}`) },
  };
}

/**
 * Every query that stores the articles and their extractions, in the order they must
 * run (articles, entities by type, mentions, relations by type). Run them in one
 * transaction: the batch is stored whole or not at all.
 *
 * @example
 * await runInTransaction(store, writeArticlesQueries([{ article, extraction }]));
 */
export function writeArticlesQueries(items: readonly ArticleWrite[]): CypherQuery[] {
  if (items.length === 0) return [];
  const queries = [upsertArticlesQuery(items.map((item) => item.article))];
  const entities = items.flatMap((item) => item.extraction.entities);
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((e) => e.type === type);
    if (ofType.length > 0) queries.push(upsertEntitiesQuery(type, ofType));
  }
  const mentions = items.flatMap(({ article, extraction }) =>
    extraction.entities.map((e) => ({ entityId: e.id, articleId: article.id })),
  );
  if (mentions.length > 0) queries.push(linkMentionsQuery(mentions));
  const statements = items.flatMap(({ article, extraction }) =>
    extraction.relations.map((relation) => ({ articleId: article.id, date: article.date, relation })),
  );
  for (const type of RELATION_TYPES) {
    const ofType = statements.filter((s) => s.relation.type === type);
    if (ofType.length > 0) queries.push(upsertRelationsQuery(type, ofType));
  }
  return queries;
}

function sortedBy<T>(rows: T[], key: (row: T) => string): T[] {
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function pickAttributes(
  attributes: Record<string, string | number | boolean | undefined>,
  reserved: ReadonlySet<string>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && !reserved.has(key)) out[key] = value;
  }
  return out;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
