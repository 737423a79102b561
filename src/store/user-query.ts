/**
 * The driver side of running a user's own Cypher (`coopgraph query`, the HTTP console): a
 * READ or WRITE transaction with a timeout and a small fetch size, whose rows stream as driver
 * values so the caller can stop early. The guard, limits and error wording live in src/query/.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

/** Where user queries run: a driver and database (a `Store` fits). */
export interface CypherTarget {
  driver: Driver;
  /** Undefined means the server's default database. */
  database?: string | undefined;
}

export interface UserTransactionOptions {
  write: boolean;
  /** Records per batch Neo4j sends; small, so Neo4j never builds a huge batch of large rows. */
  fetchSize: number;
  /** Transaction timeout, enforced by Neo4j. */
  timeoutMs: number;
}

/** One statement's result: rows in column order as driver values, then its columns and counters. */
export interface UserResult {
  /** Leaving the loop early (or throwing in it) discards the rest of the result on the server. */
  rows: AsyncIterable<unknown[]>;
  columns(): Promise<string[]>;
  /** What a write changed, non-zero counters only. */
  updates(): Promise<Record<string, number>>;
}

export interface UserTransaction {
  /** Runs a statement (an `EXPLAIN …`) and returns Neo4j's `summary.queryType`: r, rw, w or s. */
  queryType(query: string, params: Record<string, unknown>): Promise<string>;
  run(query: string, params: Record<string, unknown>): UserResult;
}

/**
 * Runs `work` in one READ (or WRITE) transaction with the given timeout; the driver retries
 * transient failures and rolls back when `work` throws.
 */
export async function inUserTransaction<T>(
  target: CypherTarget,
  options: UserTransactionOptions,
  work: (tx: UserTransaction) => Promise<T>,
): Promise<T> {
  const session = target.driver.session({
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
    fetchSize: options.fetchSize,
    ...(target.database ? { database: target.database } : {}),
  });
  const config = { timeout: options.timeoutMs };
  try {
    if (options.write) return await session.executeWrite((tx) => work(userTransaction(tx)), config);
    return await session.executeRead((tx) => work(userTransaction(tx)), config);
  } finally {
    await session.close();
  }
}

function userTransaction(tx: ManagedTransaction): UserTransaction {
  return {
    async queryType(query, params) {
      return (await tx.run(query, toNeo4jParams(params))).summary.queryType;
    },
    run(query, params) {
      const result = tx.run(query, toNeo4jParams(params));
      async function* rows(): AsyncGenerator<unknown[]> {
        for await (const record of result) yield record.keys.map((key) => record.get(key));
      }
      return {
        rows: rows(),
        columns: async () => (await result.keys()).map(String),
        updates: async () => {
          const counts = Object.entries((await result.summary()).counters.updates());
          return Object.fromEntries(counts.filter(([, n]) => n > 0));
        },
      };
    },
  };
}

/**
 * JS numbers travel to Neo4j as floats, which `LIMIT $n` or `r.year = $year` reject
 * or miss; whole numbers go as Integers instead.
 */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}
