/**
 * Reads and upkeep of Evidence nodes (see evidence.ts): a relationship's evidence a page
 * at a time, the first articles of many relationships, and moving a store written before
 * Evidence nodes existed to them. I/O: runs the builders of evidence.ts.
 */
import { RELATION_TYPES } from '../schema/index.ts';
import {
  EVIDENCE_MODEL,
  evidenceModelQuery,
  evidencePageQuery,
  firstArticlesQuery,
  markEvidenceModelQuery,
  migrateEvidenceQuery,
  relationKey,
} from './evidence.ts';
import { runRead, runWrite } from './run-query.ts';
import type { Store } from './store-handle.ts';

/** One article's evidence for a relationship. */
export interface EvidenceItem {
  articleId: string;
  date?: string;
  title?: string;
  url?: string;
  source?: string;
  sentences: string[];
}

/** A page of a relationship's evidence, oldest article first, and how many articles there are in all. */
export interface EvidencePage {
  total: number;
  offset: number;
  items: EvidenceItem[];
}

/** A relationship as the graph API names its edges: `TYPE:source->target`. */
export interface EdgeRef {
  type: string;
  source: string;
  target: string;
}

/** Reads an edge key of `readGraph` / `GET /api/graph` (`TYPE:source->target`); undefined when it is not one. */
export function parseEdgeKey(key: string): EdgeRef | undefined {
  const colon = key.indexOf(':');
  const arrow = key.indexOf('->', colon);
  if (colon < 1 || arrow < 0) return undefined;
  const type = key.slice(0, colon);
  const source = key.slice(colon + 1, arrow);
  const target = key.slice(arrow + 2);
  if (!(RELATION_TYPES as readonly string[]).includes(type) || !source || !target) return undefined;
  return { type, source, target };
}

/**
 * One page of a relationship's evidence (every sentence of every article stating it),
 * for lists that must not load a hot relationship's whole history at once.
 *
 * @example
 * const page = await readEvidencePage(store, { type: 'TRADES_WITH', source, target }, 0, 20);
 */
export async function readEvidencePage(
  store: Store,
  edge: EdgeRef,
  offset: number,
  limit: number,
): Promise<EvidencePage> {
  const [row] = await runRead(
    store,
    evidencePageQuery(relationKey(edge.type, edge.source, edge.target), offset, limit),
  );
  const items: EvidenceItem[] = [];
  for (const item of Array.isArray(row?.items) ? row.items : []) {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || typeof item.articleId !== 'string')
      continue;
    items.push({
      articleId: item.articleId,
      ...(typeof item.date === 'string' ? { date: item.date } : {}),
      ...(typeof item.title === 'string' ? { title: item.title } : {}),
      ...(typeof item.url === 'string' ? { url: item.url } : {}),
      ...(typeof item.source === 'string' ? { source: item.source } : {}),
      sentences: Array.isArray(item.sentences) ? item.sentences.map(String) : [],
    });
  }
  return { total: Number(row?.total ?? 0), offset, items };
}

/** For each relationship key (`TYPE|source|target`), the ids of its first `limit` articles, oldest first. */
export async function readFirstArticleIds(
  store: Store,
  keys: readonly string[],
  limit: number,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (keys.length === 0) return out;
  for (const row of await runRead(store, firstArticlesQuery(keys, limit))) {
    out.set(String(row.key), Array.isArray(row.articleIds) ? row.articleIds.map(String) : []);
  }
  return out;
}

/** Relationships migrated per transaction: small enough for Neo4j's memory pool with long evidence lists. */
const MIGRATION_BATCH = 500;

/**
 * Moves every relationship of the old shape (all article ids and sentences on the
 * relationship) to Evidence nodes and a bounded sample, a batch per transaction, and
 * returns how many it moved. Safe to interrupt and to run again.
 */
export async function migrateEvidence(store: Store, log?: (line: string) => void): Promise<number> {
  let moved = 0;
  for (;;) {
    const [row] = await runWrite(store, migrateEvidenceQuery(MIGRATION_BATCH));
    const count = Number(row?.migrated ?? 0);
    if (count === 0) return moved;
    moved += count;
    log?.(`moved the evidence of ${moved} relationships to Evidence nodes`);
  }
}

/**
 * Migrates an old store once: a marker node records that the store has Evidence nodes,
 * so later connections skip the scan for old relationships. Runs on every connect.
 */
export async function ensureEvidenceModel(store: Store, log?: (line: string) => void): Promise<void> {
  const [row] = await runRead(store, evidenceModelQuery());
  if (Number(row?.model ?? 0) >= EVIDENCE_MODEL) return;
  await migrateEvidence(store, log);
  await runWrite(store, markEvidenceModelQuery());
}
