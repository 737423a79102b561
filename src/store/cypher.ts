/**
 * Cypher as data: each function returns `{ cypher, params }` and touches nothing.
 * Values always travel as parameters; labels and relationship types cannot, so only
 * members of ENTITY_TYPES / RELATION_TYPES reach the text, and those are backtick-escaped.
 */
import type { Article, Entity, EntityType, ExtractionResult, Relation, RelationType } from '../schema/index.ts';
import { ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS } from '../schema/index.ts';

/** A query ready to run: Cypher text plus its parameters. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Filters for reading the graph; omitted fields do not filter. */
export interface GraphFilter {
  entityTypes?: readonly EntityType[];
  relationTypes?: readonly RelationType[];
  /** Only what articles dated on or after this ISO date (YYYY-MM-DD) mention. */
  from?: string;
  /** Only what articles dated on or before this ISO date mention. */
  to?: string;
}

/** Backtick-escapes a name for use as a label or relationship type (doubling inner backticks). */
export function escapeName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** The label for an entity type; refuses anything outside ENTITY_TYPES, whatever the caller's types say. */
export function entityLabel(type: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new TypeError(`unknown entity type "${type}"`);
  return escapeName(type);
}

/** The relationship type for a relation type; refuses anything outside RELATION_TYPES. */
export function relationshipType(type: string): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new TypeError(`unknown relation type "${type}"`);
  return escapeName(type);
}

/**
 * The schema the store relies on, one statement each (Neo4j refuses schema and data
 * changes in one transaction). `IF NOT EXISTS` makes re-running them harmless.
 */
export function schemaQueries(): CypherQuery[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
    'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
    'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
    'CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)',
    'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
  ].map((cypher) => ({ cypher, params: {} }));
}

/** Waits until every index is online, so a query right after start can use them. */
export function awaitIndexesQuery(seconds = 120): CypherQuery {
  return { cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds } };
}

/** Creates or updates the article node; every field the article has overwrites the stored one. */
export function upsertArticleQuery(article: Article): CypherQuery {
  const { id, ...props } = article;
  return {
    cypher: 'MERGE (a:Article {id: $id})\nSET a += $props',
    params: { id, props: withoutUndefined(props) },
  };
}

/** Property names the store manages itself; attributes may not overwrite them. */
const RESERVED_ENTITY_KEYS = new Set(['id', 'name', 'type', 'aliases']);
const RESERVED_RELATION_KEYS = new Set(['articleIds', 'evidence', 'origin', 'confidence']);

/**
 * Upserts entities of one type (the label must be literal, hence one query per type).
 * The first name seen stays canonical; later names and aliases join `aliases` once.
 */
export function upsertEntitiesQuery(type: EntityType, entities: readonly Entity[]): CypherQuery {
  const rows = entities.map((e) => ({
    id: e.id,
    name: e.name,
    aliases: e.aliases,
    attributes: pickAttributes(e.attributes, RESERVED_ENTITY_KEYS),
  }));
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
    params: { type, rows },
  };
}

/** Links the article's entities to it with MENTIONED_IN (once per pair). */
export function linkMentionsQuery(articleId: string, entityIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'MATCH (a:Article {id: $articleId})',
      'UNWIND $entityIds AS entityId',
      'MATCH (e:Entity {id: entityId})',
      'MERGE (e)-[:MENTIONED_IN]->(a)',
    ].join('\n'),
    params: { articleId, entityIds: [...new Set(entityIds)] },
  };
}

/** One relationship to write: the relations of an article that share type and ends, folded together. */
interface RelationRow {
  source: string;
  target: string;
  origin: Relation['origin'];
  confidence: number;
  evidence: string[];
  attributes: Record<string, string | number | boolean>;
}

/**
 * Upserts relations of one type for one article. There is one relationship per
 * (source, type, target), symmetric types with their ends in id order; `articleIds`
 * and `evidence` grow as sets, the highest confidence wins, later attributes overwrite.
 */
export function upsertRelationsQuery(
  type: RelationType,
  articleId: string,
  relations: readonly Relation[],
): CypherQuery {
  const rows = new Map<string, RelationRow>();
  for (const relation of relations) {
    const [source, target] = orderEnds(type, relation.source, relation.target);
    const key = `${source}\u0000${target}`;
    const row = rows.get(key) ?? {
      source,
      target,
      origin: relation.origin,
      confidence: relation.confidence,
      evidence: [],
      attributes: {},
    };
    if (relation.origin === 'text') row.origin = 'text';
    row.confidence = Math.max(row.confidence, relation.confidence);
    const sentence = relation.evidence.trim();
    if (sentence && !row.evidence.includes(sentence)) row.evidence.push(sentence);
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
      '  r.articleIds = CASE WHEN $articleId IN r.articleIds THEN r.articleIds ELSE r.articleIds + $articleId END,',
      '  r.evidence = r.evidence + [x IN row.evidence WHERE NOT x IN r.evidence]',
    ].join('\n'),
    params: { articleId, rows: [...rows.values()] },
  };
}

/**
 * Every query that stores one article and its extraction, in the order they must run
 * (article, entities, mentions, relations). Run them in one transaction.
 */
export function writeArticleQueries(article: Article, extraction: ExtractionResult): CypherQuery[] {
  const queries = [upsertArticleQuery(article)];
  for (const type of ENTITY_TYPES) {
    const entities = extraction.entities.filter((e) => e.type === type);
    if (entities.length > 0) queries.push(upsertEntitiesQuery(type, entities));
  }
  if (extraction.entities.length > 0) {
    queries.push(
      linkMentionsQuery(
        article.id,
        extraction.entities.map((e) => e.id),
      ),
    );
  }
  for (const type of RELATION_TYPES) {
    const relations = extraction.relations.filter((r) => r.type === type);
    if (relations.length > 0) queries.push(upsertRelationsQuery(type, article.id, relations));
  }
  return queries;
}

/**
 * Entities passing the filter, with the ids and dates of the articles that mention them. A date
 * bound keeps only entities mentioned by an article dated inside it.
 */
export function readEntitiesQuery(filter: GraphFilter = {}): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity)',
      'WHERE ($entityTypes IS NULL OR e.type IN $entityTypes)',
      '  AND ($from IS NULL AND $to IS NULL OR EXISTS {',
      '    MATCH (e)-[:MENTIONED_IN]->(a:Article)',
      '    WHERE ($from IS NULL OR a.date >= $from) AND ($to IS NULL OR a.date <= $to)',
      '  })',
      'RETURN e {.*} AS entity,',
      '  [(e)-[:MENTIONED_IN]->(a:Article) | a.id] AS articleIds,',
      '  [(e)-[:MENTIONED_IN]->(a:Article) WHERE a.date IS NOT NULL | a.date] AS dates',
      'ORDER BY e.id',
    ].join('\n'),
    params: filterParams(filter),
  };
}

/**
 * Relationships between entities passing the filter, with their articles' dates; a date bound keeps those that at
 * least one article dated inside it states.
 */
export function readRelationsQuery(filter: GraphFilter = {}): CypherQuery {
  return {
    cypher: [
      'MATCH (s:Entity)-[r]->(t:Entity)',
      'WHERE type(r) IN $relationTypes',
      '  AND ($entityTypes IS NULL OR (s.type IN $entityTypes AND t.type IN $entityTypes))',
      '  AND ($from IS NULL AND $to IS NULL OR EXISTS {',
      '    MATCH (a:Article) WHERE a.id IN r.articleIds',
      '      AND ($from IS NULL OR a.date >= $from) AND ($to IS NULL OR a.date <= $to)',
      '  })',
      'RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props,',
      '  COLLECT { MATCH (a:Article) WHERE a.id IN r.articleIds AND a.date IS NOT NULL RETURN a.date } AS dates',
      'ORDER BY source, type, target',
    ].join('\n'),
    params: { ...filterParams(filter), relationTypes: [...(filter.relationTypes ?? RELATION_TYPES)] },
  };
}

function filterParams(filter: GraphFilter): Record<string, unknown> {
  return {
    entityTypes: filter.entityTypes ? [...filter.entityTypes] : null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

/** Symmetric relations are stored once per pair, so their ends go in id order. */
export function orderEnds(type: RelationType, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(type) && target < source ? [target, source] : [source, target];
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
