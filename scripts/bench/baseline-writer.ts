/**
 * The loading baseline: the records `extract()` produced, written with nothing
 * but neo4j-driver and large `UNWIND … MERGE` batches (no per-article
 * transactions, no resolution, no dating). Ingest is measured against this.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/config.ts';
import {
  type Article,
  ENTITY_TYPES,
  type EntityType,
  type ExtractionResult,
  RELATION_TYPES,
  type RelationType,
  SYMMETRIC_RELATIONS,
} from '../../src/schema/index.ts';

/**
 * Rows per transaction: large enough to amortise commits, small enough for the embedded
 * Neo4j's 256 MB transaction memory pool. Hot pairs (Беларусь–Россия) carry thousands of
 * evidence sentences at 10,000 articles, and 5,000 such rows exceeded the pool.
 */
export const BASELINE_BATCH_ROWS = 1000;

interface RelationRow {
  source: string;
  target: string;
  articleIds: string[];
  evidence: string[];
  confidence: number;
}

/** The records in batch form: one row per article, entity, mention and distinct relationship. */
interface BaselineRows {
  articles: Record<string, unknown>[];
  entities: Map<EntityType, Map<string, { id: string; name: string; aliases: string[] }>>;
  mentions: { e: string; a: string }[];
  relations: Map<RelationType, Map<string, RelationRow>>;
  relationRecords: number;
}

function toRows(articles: readonly Article[], results: readonly ExtractionResult[]): BaselineRows {
  const rows: BaselineRows = {
    articles: articles.map(({ id, ...props }) => ({ id, props })),
    entities: new Map(ENTITY_TYPES.map((t) => [t, new Map()])),
    mentions: [],
    relations: new Map(RELATION_TYPES.map((t) => [t, new Map()])),
    relationRecords: 0,
  };
  results.forEach((result, i) => {
    const articleId = articles[i]?.id ?? result.article.id;
    for (const e of result.entities) {
      rows.entities.get(e.type)?.set(e.id, { id: e.id, name: e.name, aliases: e.aliases });
      rows.mentions.push({ e: e.id, a: articleId });
    }
    for (const r of result.relations) {
      rows.relationRecords++;
      const [source, target] =
        SYMMETRIC_RELATIONS.has(r.type) && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
      const byPair = rows.relations.get(r.type);
      const key = `${source}\u0000${target}`;
      const row = byPair?.get(key) ?? { source, target, articleIds: [], evidence: [], confidence: 0 };
      if (!row.articleIds.includes(articleId)) row.articleIds.push(articleId);
      if (r.evidence && !row.evidence.includes(r.evidence)) row.evidence.push(r.evidence);
      row.confidence = Math.max(row.confidence, r.confidence);
      byPair?.set(key, row);
    }
  });
  return rows;
}

async function writeBatches(driver: Driver, cypher: string, rows: readonly unknown[], params = {}): Promise<void> {
  for (let i = 0; i < rows.length; i += BASELINE_BATCH_ROWS) {
    await driver.executeQuery(
      cypher,
      { ...params, rows: rows.slice(i, i + BASELINE_BATCH_ROWS) },
      { routing: 'WRITE' },
    );
  }
}

export interface BaselineResult {
  ms: number;
  /** Relation records written (the same count ingest gets from extraction). */
  relations: number;
  relationships: number;
  entities: number;
}

/** Writes the records with a fresh plain driver and times only the writing. */
export async function writeBaseline(
  connection: Neo4jConnection,
  articles: readonly Article[],
  results: readonly ExtractionResult[],
): Promise<BaselineResult> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    await driver.verifyConnectivity();
    const start = performance.now();
    const rows = toRows(articles, results);
    await writeBatches(driver, 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props', rows.articles);
    let entities = 0;
    for (const [type, byId] of rows.entities) {
      entities += byId.size;
      // Labels cannot be parameters; `type` comes from ENTITY_TYPES only.
      await writeBatches(
        driver,
        `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e.name = row.name, e.aliases = row.aliases, e.type = $type SET e:\`${type}\``,
        [...byId.values()],
        { type },
      );
    }
    await writeBatches(
      driver,
      'UNWIND $rows AS row MATCH (e:Entity {id: row.e}) MATCH (a:Article {id: row.a}) MERGE (e)-[:MENTIONED_IN]->(a)',
      rows.mentions,
    );
    let relationships = 0;
    for (const [type, byPair] of rows.relations) {
      relationships += byPair.size;
      await writeBatches(
        driver,
        `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) MERGE (s)-[r:\`${type}\`]->(t) SET r.articleIds = row.articleIds, r.evidence = row.evidence, r.confidence = row.confidence, r.origin = 'text'`,
        [...byPair.values()],
      );
    }
    return { ms: performance.now() - start, relations: rows.relationRecords, relationships, entities };
  } finally {
    await driver.close();
  }
}

/** Empties the database between runs, in chunks so a large graph does not need one huge transaction. */
export async function clearDatabase(connection: Neo4jConnection): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  const session = driver.session();
  try {
    // Relationships first, in small chunks: a hub's DETACH DELETE would otherwise take all of
    // its (evidence-laden) relationships into one transaction and overflow the memory pool.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 1000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}
