/**
 * Cypher as data: each function returns `{ cypher, params }` and touches nothing.
 * Values always travel as parameters; labels and relationship types cannot, so only
 * members of ENTITY_TYPES / RELATION_TYPES reach the text, and those are backtick-escaped.
 */
import type { EntityType, RelationType } from '../schema/index.ts';
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
  /** Also relationships people rejected (`rejected: true`, see store/curation.ts); hidden by default. */
  includeRejected?: boolean;
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
 * Every relation type as one relationship pattern (`SUPPLIES`|`CO_PRODUCES`|…). Matching
 * facts by type lets Neo4j skip an entity's MENTIONED_IN links, which grow with every
 * article: a hub's facts stay cheap to read however many articles mention it.
 */
export function factTypesPattern(): string {
  return RELATION_TYPES.map(relationshipType).join('|');
}

/** The uniqueness constraint on `Article.url` (it replaced the plain index `article_url`). */
export const ARTICLE_URL_CONSTRAINT = 'article_url_unique';

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
    // One version per URL whatever the concurrency: the store refuses a second article under a URL
    // (the loser of a race retries against the winner). Its index also serves the version lookups.
    `CREATE CONSTRAINT ${ARTICLE_URL_CONSTRAINT} IF NOT EXISTS FOR (a:Article) REQUIRE a.url IS UNIQUE`,
    // Evidence nodes (see evidence.ts): one per article and relationship, found by either.
    'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE',
    'CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relation)',
    'CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)',
    'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]',
  ].map((cypher) => ({ cypher, params: {} }));
}

/** Waits until every index is online, so a query right after start can use them. */
export function awaitIndexesQuery(seconds = 120): CypherQuery {
  return { cypher: 'CALL db.awaitIndexes($seconds)', params: { seconds } };
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
 * Relationships between entities passing the filter, with the ids and dates of every article
 * stating them (from their Evidence nodes, oldest first); a date bound keeps those that at
 * least one article dated inside it states.
 */
export function readRelationsQuery(filter: GraphFilter = {}): CypherQuery {
  return {
    cypher: [
      'MATCH (s:Entity)-[r]->(t:Entity)',
      'WHERE type(r) IN $relationTypes',
      '  AND ($entityTypes IS NULL OR (s.type IN $entityTypes AND t.type IN $entityTypes))',
      '  AND ($includeRejected OR r.rejected IS NULL)',
      "WITH s, r, t, type(r) + '|' + s.id + '|' + t.id AS key",
      'CALL {',
      '  WITH key',
      '  MATCH (o:Evidence {relation: key})',
      "  WITH o ORDER BY coalesce(o.date, '~'), o.articleId",
      '  RETURN collect(o.articleId) AS articleIds, collect(o.date) AS dates',
      '}',
      'WITH s, r, t, articleIds, dates',
      'WHERE $from IS NULL AND $to IS NULL',
      '  OR any(d IN dates WHERE ($from IS NULL OR d >= $from) AND ($to IS NULL OR d <= $to))',
      'RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props, articleIds, dates',
      'ORDER BY source, type, target',
    ].join('\n'),
    params: {
      ...filterParams(filter),
      relationTypes: [...(filter.relationTypes ?? RELATION_TYPES)],
      includeRejected: filter.includeRejected ?? false,
    },
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
