/**
 * Cypher that stores articles and what was extracted from them, for one article or a
 * batch of many. Batches exist for speed: each statement UNWINDs the rows of every
 * article in the batch, so a hot relationship (Беларусь–Россия) is rewritten once per
 * batch instead of once per article. Pure `{ cypher, params }` builders; rows are folded
 * in memory first and sorted by id, so concurrent writers lock nodes in the same order.
 */
import { isFullerName } from '../resolve/index.ts';
import type { Article, Entity, EntityType, ExtractionResult, Relation, RelationType } from '../schema/index.ts';
import { ENTITY_TYPES, RELATION_TYPES, RelationAttributesSchema } from '../schema/index.ts';
import { type CypherQuery, entityLabel, orderEnds, relationshipType } from './cypher.ts';
import { EVIDENCE_SAMPLE_SIZE, evidenceIdCypher, relationKey, sampleRankCypher } from './evidence.ts';

/** One article and what was extracted from it, as the writers take them. */
export interface ArticleWrite {
  article: Article;
  extraction: ExtractionResult;
}

/** Property names the store manages itself; attributes may not overwrite them. */
const RESERVED_ENTITY_KEYS = new Set(['id', 'name', 'type', 'aliases', 'attributeRanks']);
const RESERVED_RELATION_KEYS = new Set([
  'articleIds',
  'articleCount',
  'evidence',
  'evidenceRanks',
  'origin',
  'confidence',
  'firstSeen',
  'lastSeen',
  'attributesRank',
]);

/** The relation attributes the schema names: a newer article's set replaces these whole (absent ones are cleared). */
const RELATION_ATTRIBUTE_KEYS = Object.keys(RelationAttributesSchema.shape);

/** Creates or updates article nodes; every field an article has overwrites the stored one. */
export function upsertArticlesQuery(articles: readonly Article[]): CypherQuery {
  return {
    cypher: 'UNWIND $rows AS row\nMERGE (a:Article {id: row.id})\nSET a += row.props',
    params: { rows: articles.map(({ id, ...props }) => ({ id, props: withoutUndefined(props) })) },
  };
}

/** An entity as one article names it; `attributesRank` (see `attributesRank`) dates that article. */
export type StatedEntity = Entity & { attributesRank?: string };

/** One entity to write: every mention of it in the batch, folded. */
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  attributes: Record<string, string | number | boolean>;
  /** Per attribute, the `attributesRank` of the article its value comes from. */
  ranks: Record<string, string>;
}

/**
 * Upserts entities of one type (the label must be literal, hence one query per type).
 * The canonical name is the fullest one written so far (see `isFullerName`), decided in
 * Neo4j under the node's write lock, so concurrent writers and any load order agree;
 * every other name joins `aliases`, which are kept sorted. Each attribute (a person's
 * `role` …) holds the value of the latest-dated article that states it, ties to the
 * greater article id; `attributeRanks` records `key|rank` for each, sorted.
 */
export function upsertEntitiesQuery(type: EntityType, entities: readonly StatedEntity[]): CypherQuery {
  const rows = foldEntities(entities);
  return {
    cypher: entityUpsertCypher(type),
    params: { type, rows: sortedBy([...rows.values()], (r) => r.id) },
  };
}

/**
 * The mentions of each entity folded into one row: the fullest name, every other name as an
 * alias (unsorted, may repeat), each attribute from the latest-ranked article stating it.
 */
export function foldEntities(entities: readonly StatedEntity[]): Map<string, EntityRow> {
  const rows = new Map<string, EntityRow>();
  for (const entity of entities) {
    const rank = entity.attributesRank ?? '';
    let row = rows.get(entity.id);
    if (!row) {
      row = { id: entity.id, name: entity.name, aliases: [...new Set(entity.aliases)], attributes: {}, ranks: {} };
      rows.set(entity.id, row);
    } else {
      if (isFullerName(entity.name, row.name)) [row.name, entity.name] = [entity.name, row.name];
      for (const alias of [entity.name, ...entity.aliases]) if (!row.aliases.includes(alias)) row.aliases.push(alias);
    }
    for (const [key, value] of Object.entries(pickAttributes(entity.attributes, RESERVED_ENTITY_KEYS))) {
      const held = row.ranks[key];
      if (held !== undefined && held >= rank) continue;
      row.attributes[key] = value;
      row.ranks[key] = rank;
    }
  }
  return rows;
}

/** `isFullerName(row.name, e.name)` in Cypher (names are trimmed, single-spaced). */
const FULLER_NAME_CYPHER = [
  "size(split(row.name, ' ')) > size(split(e.name, ' ')) OR (size(split(row.name, ' ')) = size(split(e.name, ' '))",
  'AND (size(row.name) > size(e.name) OR (size(row.name) = size(e.name) AND row.name < e.name)))',
].join(' ');

const entityUpsertCypher = (type: EntityType): string =>
  [
    'UNWIND $rows AS row',
    'MERGE (e:Entity {id: row.id})',
    'ON CREATE SET e.name = row.name, e.aliases = []',
    `SET e:${entityLabel(type)}, e.type = $type`,
    'WITH e, row, e.name AS old,',
    `  CASE WHEN ${FULLER_NAME_CYPHER} THEN row.name ELSE e.name END AS best`,
    'SET e.name = best',
    'WITH e, row, old',
    // Attributes whose stored value comes from an older article (or none) take this one.
    'CALL {',
    '  WITH e, row',
    '  UNWIND keys(row.attributes) AS key',
    "  WITH e, row, key, head([x IN coalesce(e.attributeRanks, []) WHERE x STARTS WITH key + '|']) AS held",
    '  WHERE held IS NULL OR substring(held, size(key) + 1) <= row.ranks[key]',
    '  SET e[key] = row.attributes[key]',
    '  RETURN collect(key) AS won',
    '}',
    'CALL {',
    '  WITH e, row, won',
    "  UNWIND [x IN coalesce(e.attributeRanks, []) WHERE NOT split(x, '|')[0] IN won]",
    "    + [key IN won | key + '|' + row.ranks[key]] AS entry",
    '  WITH entry ORDER BY entry',
    '  RETURN collect(entry) AS attributeRanks',
    '}',
    'SET e.attributeRanks = CASE WHEN size(attributeRanks) = 0 THEN null ELSE attributeRanks END',
    'WITH e, row, old',
    'UNWIND [x IN coalesce(e.aliases, []) + [old, row.name] + row.aliases WHERE x <> e.name] AS alias',
    'WITH e, alias ORDER BY alias',
    'WITH e, collect(DISTINCT alias) AS names',
    'SET e.aliases = names',
  ].join('\n');

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

/** The evidence one article gives one relationship: becomes its Evidence node (its id is computed in Neo4j). */
export interface EvidenceRow {
  articleId: string;
  date: string | null;
  sentences: string[];
  /** The attributes this article gives the relation, kept on its Evidence node as `attribute.<key>`. */
  attributes: Record<string, string | number | boolean>;
}

/** One relationship to write: the statements of a batch that share type and ends, folded together. */
export interface RelationRow {
  key: string;
  source: string;
  target: string;
  origin: Relation['origin'];
  confidence: number;
  articles: Map<string, EvidenceRow>;
  first: string | null;
  last: string | null;
  /** `attributesRank` of the article the attributes come from. */
  attributesRank: string;
  attributes: Record<string, string | number | boolean>;
}

/**
 * Upserts relations of one type. There is one relationship per (source, type, target),
 * symmetric types with their ends in id order. Each article's sentences go to its own
 * Evidence node (see evidence.ts); the relationship keeps `articleCount` (articles with
 * evidence), `firstSeen`/`lastSeen` (ISO dates compare as text), the highest confidence,
 * the attributes of the latest-dated article stating it (see `attributesRank`), and `evidence`: the EVIDENCE_SAMPLE_SIZE earliest distinct
 * sentences (by article date, then article id), with their ranks in `evidenceRanks`. So
 * writing to a relationship costs the same after ten articles as after ten thousand.
 */
export function upsertRelationsQuery(type: RelationType, statements: readonly StatedRelation[]): CypherQuery {
  const rows = foldRelations(type, statements);
  return {
    cypher: relationUpsertCypher(type),
    params: {
      sampleSize: EVIDENCE_SAMPLE_SIZE,
      rows: sortedBy([...rows.values()], (r) => r.key).map(({ articles, ...row }) => ({
        ...row,
        attributes: withClearedAttributes(row.attributes),
        articles: [...articles.values()],
      })),
    },
  };
}

/**
 * The statements of one type folded per relationship (symmetric ends in id order): each
 * article's sentences and attributes apart (its Evidence node), and what the relationship
 * keeps (origin, highest confidence, first and last date, the latest-ranked attributes).
 */
export function foldRelations(type: RelationType, statements: readonly StatedRelation[]): Map<string, RelationRow> {
  const rows = new Map<string, RelationRow>();
  for (const { articleId, date, relation } of statements) {
    const [source, target] = orderEnds(type, relation.source, relation.target);
    const key = relationKey(type, source, target);
    const row = rows.get(key) ?? {
      key,
      source,
      target,
      origin: relation.origin,
      confidence: relation.confidence,
      articles: new Map<string, EvidenceRow>(),
      first: null,
      last: null,
      attributesRank: '',
      attributes: {},
    };
    if (relation.origin === 'text') row.origin = 'text';
    row.confidence = Math.max(row.confidence, relation.confidence);
    const evidence = row.articles.get(articleId) ?? {
      articleId,
      date: date ?? null,
      sentences: [],
      attributes: {},
    };
    Object.assign(evidence.attributes, pickAttributes(relation.attributes, RESERVED_RELATION_KEYS));
    const sentence = relation.evidence.trim();
    if (sentence && !evidence.sentences.includes(sentence)) evidence.sentences.push(sentence);
    row.articles.set(articleId, evidence);
    if (date && (row.first === null || date < row.first)) row.first = date;
    if (date && (row.last === null || date > row.last)) row.last = date;
    const rank = attributesRank(date, articleId);
    if (rank > row.attributesRank) [row.attributesRank, row.attributes] = [rank, {}];
    if (rank === row.attributesRank)
      Object.assign(row.attributes, pickAttributes(relation.attributes, RESERVED_RELATION_KEYS));
    rows.set(key, row);
  }
  return rows;
}

/** A relation's attributes with every schema attribute it lacks set to null, so a newer set replaces the old one whole. */
export function withClearedAttributes(
  attributes: Record<string, string | number | boolean>,
): Record<string, string | number | boolean | null> {
  return { ...Object.fromEntries(RELATION_ATTRIBUTE_KEYS.map((k) => [k, null])), ...attributes };
}

const relationUpsertCypher = (type: RelationType): string =>
  [
    'UNWIND $rows AS row',
    'MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})',
    `MERGE (s)-[r:${relationshipType(type)}]->(t)`,
    'ON CREATE SET r.articleCount = 0, r.evidence = [], r.evidenceRanks = [], r.origin = row.origin',
    "SET r += CASE WHEN coalesce(r.attributesRank, '') <= row.attributesRank THEN row.attributes ELSE {} END,",
    "  r.attributesRank = CASE WHEN coalesce(r.attributesRank, '') <= row.attributesRank",
    '    THEN row.attributesRank ELSE r.attributesRank END,',
    "  r.origin = CASE WHEN row.origin = 'text' THEN 'text' ELSE r.origin END,",
    '  r.confidence = CASE WHEN r.confidence > row.confidence THEN r.confidence ELSE row.confidence END,',
    '  r.firstSeen = CASE WHEN row.first IS NULL OR r.firstSeen <= row.first THEN r.firstSeen ELSE row.first END,',
    '  r.lastSeen = CASE WHEN row.last IS NULL OR r.lastSeen >= row.last THEN r.lastSeen ELSE row.last END',
    'WITH r, row',
    'CALL {',
    '  WITH row',
    '  UNWIND row.articles AS item',
    `  WITH row, item, ${evidenceIdCypher('item.articleId', 'row.key')} AS id`,
    '  OPTIONAL MATCH (old:Evidence {id: id})',
    '  WITH row, item, id, old IS NULL AS added',
    '  MERGE (ev:Evidence {id: id})',
    '  SET ev.articleId = item.articleId, ev.relation = row.key, ev.date = item.date, ev.sentences = item.sentences',
    `  FOREACH (key IN keys(item.attributes) | SET ev['${EVIDENCE_ATTRIBUTE_PREFIX}' + key] = item.attributes[key])`,
    '  RETURN sum(CASE WHEN added THEN 1 ELSE 0 END) AS added',
    '}',
    // The stored sample and this batch's sentences (ranked here, not sent twice), merged.
    'CALL {',
    '  WITH r, row',
    '  WITH row, coalesce(r.evidence, []) AS kept, coalesce(r.evidenceRanks, []) AS ranks',
    '  UNWIND [i IN range(0, size(kept) - 1) | {s: kept[i], k: ranks[i]}]',
    `    + reduce(acc = [], item IN row.articles | acc + [s IN item.sentences | {s: s, k: ${sampleRankCypher('item.date', 'item.articleId')}}])`,
    '    AS entry',
    '  WITH entry.s AS sentence, min(entry.k) AS rank',
    '  ORDER BY rank, sentence LIMIT toInteger($sampleSize)',
    '  RETURN collect(sentence) AS sentences, collect(rank) AS sampleRanks',
    '}',
    'SET r.articleCount = coalesce(r.articleCount, 0) + added,',
    '  r.evidence = sentences, r.evidenceRanks = sampleRanks',
  ].join('\n');

/**
 * The prefix of the attribute properties on an Evidence node: each article's own values,
 * from which a relationship's attributes are recomputed when the article that gave them
 * is removed (see `ingest-store.ts`).
 */
export const EVIDENCE_ATTRIBUTE_PREFIX = 'attribute.';

/**
 * Which article's attributes a relationship shows: the latest dated (undated articles
 * lose to dated ones), ties broken by the greater article id. A total order, so the
 * attributes are the same whatever order or batches the articles were loaded in.
 */
export function attributesRank(date: string | undefined | null, articleId: string): string {
  // One flat string, as `relationKey`: the bulk fold holds one per relationship.
  return [date ?? UNDATED, articleId].join('|');
}

/** The date part of `attributesRank` for an undated article: before every date. */
export const UNDATED = '0000-00-00';

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
  const entities = statedEntities(items);
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((e) => e.type === type);
    if (ofType.length > 0) queries.push(upsertEntitiesQuery(type, ofType));
  }
  const mentions = items.flatMap(({ article, extraction }) =>
    extraction.entities.map((e) => ({ entityId: e.id, articleId: article.id })),
  );
  if (mentions.length > 0) queries.push(linkMentionsQuery(mentions));
  const statements = statedRelations(items);
  for (const type of RELATION_TYPES) {
    const ofType = statements.filter((s) => s.relation.type === type);
    if (ofType.length > 0) queries.push(upsertRelationsQuery(type, ofType));
  }
  return queries.map(keepingPlan);
}

/** Every entity the articles name, each ranked by its article (see `attributesRank`). */
export function statedEntities(items: readonly ArticleWrite[]): StatedEntity[] {
  return items.flatMap(({ article, extraction }) =>
    extraction.entities.map((entity) => ({ ...entity, attributesRank: attributesRank(article.date, article.id) })),
  );
}

/** Every relation the articles state, with the article's id and date. */
export function statedRelations(items: readonly ArticleWrite[]): StatedRelation[] {
  return items.flatMap(({ article, extraction }) =>
    extraction.relations.map((relation) => ({ articleId: article.id, date: article.date, relation })),
  );
}

/**
 * The statement with Cypher's `replan=skip` option. While a load grows the store, Neo4j
 * would replan each of these statements whenever its statistics drift (at most every
 * 10 s each, 100+ ms per plan of these subquery-laden statements: half of the server's
 * time in a load of 3,000 articles). Their plans do not depend on statistics: every node
 * is found by a uniqueness constraint's index and every relationship by Expand(Into), so
 * the first plan is kept. A schema change still discards it.
 */
export function keepingPlan(query: CypherQuery): CypherQuery {
  return { ...query, cypher: `CYPHER replan=skip\n${query.cypher}` };
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

export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
