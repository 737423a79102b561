/**
 * The loading baseline: the records `extract()` produced, written with nothing
 * but neo4j-driver and large `UNWIND … MERGE` batches (no per-article
 * transactions, no resolution, no dating). Ingest is measured against this.
 *
 * Two shapes of the records: `lists`, every article id and sentence on the relationship (the
 * store before bounded evidence, issue 12), and `evidence`, the shape ingest writes now: one
 * Evidence node per article and relationship with its sentences, and on the relationship a
 * count, first/last dates and a bounded sample. Ingest is judged against the baseline that
 * writes the same records it does, and the other figure is reported beside it.
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
import { EVIDENCE_SAMPLE_SIZE, relationKey, sampleRank } from '../../src/store/evidence.ts';

/**
 * Rows per transaction: large enough to amortise commits, small enough for the embedded
 * Neo4j's 256 MB transaction memory pool. Hot pairs (Беларусь–Россия) carry thousands of
 * evidence sentences at 10,000 articles, and 5,000 such rows exceeded the pool.
 */
export const BASELINE_BATCH_ROWS = 1000;

/** Which records the baseline writes (see the module comment). */
export type BaselineModel = 'lists' | 'evidence';

interface RelationRow {
  source: string;
  target: string;
  articleIds: string[];
  evidence: string[];
  confidence: number;
  /** Per article (in `articleIds` order): its date and its sentences, for the `evidence` model. */
  dates: (string | null)[];
  sentences: string[][];
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
    const date = articles[i]?.date ?? result.article.date ?? null;
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
      const row = byPair?.get(key) ?? {
        source,
        target,
        articleIds: [],
        evidence: [],
        confidence: 0,
        dates: [],
        sentences: [],
      };
      if (row.articleIds.at(-1) !== articleId) {
        row.articleIds.push(articleId);
        row.dates.push(date);
        row.sentences.push([]);
      }
      const own = row.sentences.at(-1);
      if (r.evidence && own && !own.includes(r.evidence)) own.push(r.evidence);
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
  model: BaselineModel = 'lists',
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
      const records = relationRecords(type, byPair, model);
      if (model === 'evidence') {
        await writeBatches(
          driver,
          'UNWIND $rows AS row MERGE (ev:Evidence {id: row.id}) SET ev.articleId = row.articleId, ev.relation = row.relation, ev.date = row.date, ev.sentences = row.sentences',
          records.evidence,
        );
      }
      await writeBatches(
        driver,
        `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) MERGE (s)-[r:\`${type}\`]->(t) SET r = row.props`,
        records.relationships,
      );
    }
    return { ms: performance.now() - start, relations: rows.relationRecords, relationships, entities };
  } finally {
    await driver.close();
  }
}

/** The rows of one relation type in a model: Evidence nodes (the `evidence` model only) and relationships. */
function relationRecords(
  type: RelationType,
  byPair: ReadonlyMap<string, RelationRow>,
  model: BaselineModel,
): { evidence: Record<string, unknown>[]; relationships: Record<string, unknown>[] } {
  const rows = [...byPair.values()];
  return {
    evidence: model === 'evidence' ? rows.flatMap((row) => evidenceRows(type, row)) : [],
    relationships: rows.map((row) => ({
      source: row.source,
      target: row.target,
      props: model === 'evidence' ? summaryProps(row) : listProps(row),
    })),
  };
}

/**
 * The Evidence and relationship rows the baseline writes in a model, every type together: pure,
 * so a test can hold the `evidence` model to the records ingest's bulk load writes.
 */
export function baselineRecords(
  articles: readonly Article[],
  results: readonly ExtractionResult[],
  model: BaselineModel,
): { evidence: Record<string, unknown>[]; relationships: Record<string, unknown>[] } {
  const all = { evidence: [] as Record<string, unknown>[], relationships: [] as Record<string, unknown>[] };
  for (const [type, byPair] of toRows(articles, results).relations) {
    const records = relationRecords(type, byPair, model);
    all.evidence.push(...records.evidence);
    all.relationships.push(...records.relationships);
  }
  return all;
}

/** The relationship with every article id and sentence on it (the `lists` model). */
function listProps(row: RelationRow): Record<string, unknown> {
  return { articleIds: row.articleIds, evidence: row.evidence, confidence: row.confidence, origin: 'text' };
}

/** The relationship as a summary (the `evidence` model): count, dated range, a bounded sample of sentences. */
function summaryProps(row: RelationRow): Record<string, unknown> {
  const ranked = row.articleIds
    .flatMap((articleId, i) =>
      (row.sentences[i] ?? []).map((sentence): [string, string] => [sampleRank(row.dates[i], articleId), sentence]),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, EVIDENCE_SAMPLE_SIZE);
  const dates = row.dates.filter((d): d is string => d !== null).sort();
  return {
    articleCount: row.articleIds.length,
    evidence: ranked.map(([, sentence]) => sentence),
    evidenceRanks: ranked.map(([rank]) => rank),
    confidence: row.confidence,
    origin: 'text',
    ...(dates.length > 0 ? { firstSeen: dates[0], lastSeen: dates.at(-1) } : {}),
  };
}

/** One Evidence node per article that states the relationship, as ingest keys them. */
function evidenceRows(type: RelationType, row: RelationRow): Record<string, unknown>[] {
  const relation = relationKey(type, row.source, row.target);
  return row.articleIds.map((articleId, i) => ({
    id: [articleId, relation].join('|'),
    articleId,
    relation,
    date: row.dates[i],
    sentences: row.sentences[i] ?? [],
  }));
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
