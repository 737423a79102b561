/**
 * A bulk load into an empty store (see bulk-fold.ts), and what makes it safe to stop. The
 * store's marker node records that a bulk load is under way, and when it last wrote, until
 * its last relationship is written. A mark that wrote recently belongs to a load under way
 * in another process; an older one to a load that was interrupted, and as that load started
 * on an empty store, emptying the store loses nothing but it (the next ingest does so and
 * starts again). I/O: runs bulk-fold.ts's queries.
 */
import { createBulkFold } from './bulk-fold.ts';
import type { CypherQuery } from './cypher.ts';
import { runInTransaction, runRead, runWrite } from './run-query.ts';
import type { Store } from './store-handle.ts';
import type { ArticleWrite } from './upsert.ts';

/** A bulk load the store is marked with: when it started and when it last wrote (ISO times). */
export interface BulkLoadMark {
  started: string;
  lastWrite: string;
}

/**
 * Milliseconds after its last write that a marked bulk load counts as interrupted rather
 * than under way in another process (each of its transactions takes seconds, not minutes).
 */
export const BULK_LOAD_STALE_MS = 120_000;

/** The bulk load the store is marked with (under way elsewhere, or interrupted), if any. */
export async function readBulkLoadMark(store: Store): Promise<BulkLoadMark | undefined> {
  const [row] = await runRead(store, {
    cypher:
      "MATCH (m:CoopgraphStore {id: 'store'}) WHERE m.bulkLoadStarted IS NOT NULL RETURN m.bulkLoadStarted AS started, m.bulkLoadLastWrite AS lastWrite",
    params: {},
  });
  if (typeof row?.started !== 'string') return undefined;
  return { started: row.started, lastWrite: typeof row.lastWrite === 'string' ? row.lastWrite : row.started };
}

/** Rows deleted per transaction when an unfinished bulk load is emptied (hub nodes have many relationships). */
const DELETE_CHUNK = 10_000;

/**
 * Empties the store of an unfinished bulk load's entities, articles and evidence, a chunk
 * per transaction, then clears the mark.
 */
export async function clearUnfinishedBulkLoad(store: Store): Promise<void> {
  const chunked = async (cypher: string): Promise<void> => {
    for (;;) {
      const [row] = await runWrite(store, { cypher, params: { limit: DELETE_CHUNK } });
      if (Number(row?.deleted ?? 0) === 0) return;
    }
  };
  await chunked(
    'MATCH (n)-[r]->() WHERE n:Entity OR n:Article OR n:Evidence WITH r LIMIT toInteger($limit) DELETE r RETURN count(*) AS deleted',
  );
  await chunked(
    'MATCH (n) WHERE n:Entity OR n:Article OR n:Evidence WITH n LIMIT toInteger($limit) DELETE n RETURN count(*) AS deleted',
  );
  await runWrite(store, clearMarkQuery());
}

/** A bulk load under way: write chunks in input order, then finish. */
export interface BulkLoad {
  /** Writes one chunk (articles, their mentions and evidence) in one transaction. */
  writeChunk(items: readonly ArticleWrite[]): Promise<void>;
  /** Writes the entities and relationships folded from every chunk, then clears the store's mark. */
  finish(): Promise<void>;
}

/**
 * Starts a bulk load if the store is empty and no other bulk load is under way, checked and
 * marked in one transaction under the marker node's lock, so of two runs starting at once
 * one loads in bulk. Returns undefined when it may not start (the caller writes batch by
 * batch instead).
 *
 * @example
 * const load = await beginBulkLoad(store);
 * if (load) { for (const chunk of chunks) await load.writeChunk(chunk); await load.finish(); }
 */
export async function beginBulkLoad(store: Store, now: () => Date = () => new Date()): Promise<BulkLoad | undefined> {
  const [rows] = await runInTransaction(store, [
    {
      cypher: [
        "MERGE (m:CoopgraphStore {id: 'store'})",
        // Taking the node's write lock first: a concurrent start waits here, then sees this mark.
        'SET m.bulkLoadLock = true',
        'REMOVE m.bulkLoadLock',
        'WITH m',
        'WHERE m.bulkLoadStarted IS NULL',
        '  AND NOT (EXISTS { MATCH (:Entity) } OR EXISTS { MATCH (:Article) } OR EXISTS { MATCH (:Evidence) })',
        'SET m.bulkLoadStarted = $now, m.bulkLoadLastWrite = $now',
        'RETURN true AS begun',
      ].join('\n'),
      params: { now: now().toISOString() },
    },
  ]);
  if (rows?.[0]?.begun !== true) return undefined;
  const fold = createBulkFold();
  const written = (): CypherQuery => ({
    cypher: "MATCH (m:CoopgraphStore {id: 'store'}) SET m.bulkLoadLastWrite = $now",
    params: { now: now().toISOString() },
  });
  return {
    async writeChunk(items) {
      await runInTransaction(store, [...fold.chunk(items), written()]);
    },
    async finish() {
      for (const queries of fold.finish()) await runInTransaction(store, [...queries, written()]);
      await runWrite(store, clearMarkQuery());
    },
  };
}

/** Removes the mark of a bulk load. */
function clearMarkQuery(): CypherQuery {
  return {
    cypher: "MATCH (m:CoopgraphStore {id: 'store'}) REMOVE m.bulkLoadStarted, m.bulkLoadLastWrite",
    params: {},
  };
}
