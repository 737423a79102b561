/**
 * The connection to Neo4j the rest of coopgraph uses: `openStore()` picks the Neo4j
 * from the environment (NEO4J_URI, else the embedded one, started on demand), shares
 * one driver per process and makes sure the schema is in place before handing it out.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { type Env, type Neo4jConnection, resolveDataDir, resolveExternalNeo4j } from '../config.ts';
import { StoreError } from '../errors.ts';
import { startEmbedded } from './embedded.ts';
import { ensureSchema } from './ensure-schema.ts';
import { toStoreError, unreachableError } from './run-query.ts';
import type { Store } from './store-handle.ts';

export interface OpenStoreOptions {
  /** Environment to read NEO4J_* and COOPGRAPH_DATA_DIR from (default: process.env). */
  env?: Env;
  /** Called with progress lines while the embedded Neo4j starts or builds. */
  log?: (line: string) => void;
}

interface SharedDriver {
  driver: Driver;
  users: number;
  ready: Promise<void>;
}

/**
 * Fail fast when Neo4j is gone: the driver's defaults (30 s to connect, 60 s to get a
 * connection, 30 s of retries) made a user wait 34 s for a Neo4j that had died mid-ingest.
 * A refused or reset connection now surfaces within a few seconds; transient errors
 * (deadlocks between concurrent writers) still get a few retries within the retry budget.
 */
const DRIVER_TIMEOUTS = {
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 4_000,
} as const;

/** One driver per connection per process: drivers own connection pools and are costly. */
const drivers = new Map<string, SharedDriver>();

/**
 * Returns a connected store. Uses `NEO4J_URI` (+ `NEO4J_USERNAME`, `NEO4J_PASSWORD`,
 * `NEO4J_DATABASE`) when set, otherwise the embedded Neo4j in `$COOPGRAPH_DATA_DIR`,
 * starting it when it is not running. Constraints and indexes are ensured before it
 * resolves. Pair every call with `close()`, e.g. in a `finally`.
 *
 * @example
 * const store = await openStore();
 * try { await writeArticle(store, article, extraction); } finally { await store.close(); }
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const env = options.env ?? process.env;
  const connection =
    resolveExternalNeo4j(env) ?? (await startEmbedded(resolveDataDir(env), options.log ? { log: options.log } : {}));
  return connectStore(connection);
}

/** Connects to a known Neo4j (no embedded start) and ensures the schema; shares the process's driver. */
export async function connectStore(connection: Neo4jConnection): Promise<Store> {
  const key = `${connection.uri}\u0000${connection.username}\u0000${connection.database ?? ''}`;
  let shared = drivers.get(key);
  if (!shared) {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      userAgent: 'coopgraph',
      ...DRIVER_TIMEOUTS,
    });
    const entry: SharedDriver = { driver, users: 0, ready: Promise.resolve() };
    entry.ready = prepare(entry, connection);
    drivers.set(key, entry);
    shared = entry;
  }
  shared.users++;
  const entry = shared;
  try {
    await entry.ready;
  } catch (error) {
    await release(key, entry);
    throw error;
  }
  let closed = false;
  return {
    driver: entry.driver,
    database: connection.database,
    connection,
    async close() {
      if (closed) return;
      closed = true;
      await release(key, entry);
    },
  };
}

async function prepare(entry: SharedDriver, connection: Neo4jConnection): Promise<void> {
  try {
    await entry.driver.verifyConnectivity(connection.database ? { database: connection.database } : {});
  } catch (error) {
    const unreachable = unreachableError(error, connection.uri);
    if (unreachable) throw unreachable;
    const cause = toStoreError(error);
    throw new StoreError(`cannot reach Neo4j at ${connection.uri}: ${cause.message}`, cause.retriable, {
      cause: error,
    });
  }
  await ensureSchema({
    driver: entry.driver,
    database: connection.database,
    connection,
    close: async () => {},
  });
}

async function release(key: string, entry: SharedDriver): Promise<void> {
  entry.users--;
  if (entry.users > 0) return;
  if (drivers.get(key) === entry) drivers.delete(key);
  await entry.driver.close();
}
