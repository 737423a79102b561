/**
 * Runs the `{ cypher, params }` queries that cypher.ts builds, and nothing else: it
 * picks the routing, wraps driver errors into StoreError and returns plain rows.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { StoreError } from '../errors.ts';
import type { CypherQuery } from './cypher.ts';
import type { Store } from './store-handle.ts';
import { type PlainValue, toPlain } from './values.ts';

/** One result row as plain data, keyed by the RETURN aliases. */
export type Row = Record<string, PlainValue>;

/** Runs a read-only query (routed to a reader in a cluster) and returns its rows. */
export async function runRead(store: Store, query: CypherQuery): Promise<Row[]> {
  return runRouted(store, query, neo4j.routing.READ);
}

/** Runs one write query in its own auto-retried transaction and returns its rows. */
export async function runWrite(store: Store, query: CypherQuery): Promise<Row[]> {
  return runRouted(store, query, neo4j.routing.WRITE);
}

async function runRouted(store: Store, query: CypherQuery, routing: 'READ' | 'WRITE'): Promise<Row[]> {
  try {
    const result = await store.driver.executeQuery(query.cypher, query.params, {
      routing,
      ...(store.database ? { database: store.database } : {}),
    });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Runs the queries in order inside one write transaction: all of them take effect or
 * none does (the driver rolls back when one throws, and retries transient failures).
 */
export async function runInTransaction(store: Store, queries: readonly CypherQuery[]): Promise<Row[][]> {
  const session = store.driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    ...(store.database ? { database: store.database } : {}),
  });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      // Sent together (Bolt pipelines them) and read in order, so a many-statement
      // transaction costs one round trip and Neo4j keeps working while this process does not.
      const pending = queries.map((query) => tx.run(query.cypher, query.params));
      const results: Row[][] = [];
      for (const result of pending) {
        results.push((await result).records.map((record) => toPlain(record.toObject()) as Row));
      }
      return results;
    });
  } catch (error) {
    throw toStoreError(error);
  } finally {
    await session.close();
  }
}

/** What a user can do when Neo4j does not answer; added to those errors. */
const UNREACHABLE_HINT =
  'check it with `coopgraph neo4j status`, start it again (`coopgraph neo4j start`, or your server for NEO4J_URI) and re-run';

/** Driver codes meaning "no Neo4j answered" rather than "Neo4j refused this". */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Wraps a driver error, keeping its code in the message and its retriable verdict; when
 * Neo4j is unreachable the message says what to do about it.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const unreachable = unreachableError(error);
  if (unreachable) return unreachable;
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  return new StoreError(`neo4j: ${message}${code ? ` (${code})` : ''}`, neo4j.isRetryableError(error), {
    cause: error,
  });
}

/**
 * One actionable line for "no Neo4j answered" (refused, reset, timed out), naming the
 * server when known; undefined for any other error.
 */
export function unreachableError(error: unknown, uri?: string): StoreError | undefined {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  if (!code || !UNREACHABLE_CODES.has(code) || !(error instanceof Error)) return undefined;
  // The driver's text is a paragraph about encryption settings; its last "Caused by:" is the news.
  const reason = error.message.split('Caused by:').at(-1)?.split('\n')[0]?.trim() || code;
  const what = uri ? `cannot reach Neo4j at ${uri}` : 'Neo4j is not answering';
  return new StoreError(`${what} (${reason}): ${UNREACHABLE_HINT}`, true, { cause: error });
}
