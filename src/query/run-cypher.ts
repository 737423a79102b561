/**
 * Runs a user's Cypher query against Neo4j, read-only unless asked otherwise:
 * the static guard and Neo4j's planner (`EXPLAIN` → `summary.queryType`) must
 * both call it a read, then it runs in a READ transaction with a timeout, a
 * row limit and a byte limit. I/O: the driver session. Errors come out typed (src/errors.ts).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { CoopgraphError, QueryRefusedError, StoreError } from '../errors.ts';
import { QueryTimeoutError, ResultTooLargeError, toCypherError } from './cypher-error.ts';
import type { QueryParams } from './parse-params.ts';
import { findForbiddenConstruct, whyNotReadOnly } from './read-only-guard.ts';
import { valueBytes } from './result-size.ts';
import type { QueryResult } from './types.ts';

/** Where queries run: the store's driver and database (structurally the store's `Store`). */
export interface CypherTarget {
  driver: Driver;
  /** Undefined means the server's default database. */
  database?: string | undefined;
}

export interface RunCypherOptions {
  params: QueryParams;
  /** Most rows kept; the rest are not fetched and `truncated` is set. */
  limit: number;
  /** Most bytes of result read (estimated, see result-size.ts); past it the query stops with ResultTooLargeError. */
  maxBytes: number;
  /** Transaction timeout, enforced by Neo4j. */
  timeoutSeconds: number;
  /** Allow writes: skip the guard and run in a WRITE transaction. */
  write: boolean;
  /** What a refusal tells the user to do to allow writes (the CLI says `--write`). */
  writeHint: string;
}

export const DEFAULT_RUN_OPTIONS: RunCypherOptions = {
  params: {},
  limit: 1000,
  maxBytes: 10_000_000,
  timeoutSeconds: 30,
  write: false,
  writeHint: 're-run with --write to allow writes',
};

/**
 * Runs one query and returns its columns and up to `limit` rows of driver values.
 * @example await runCypher(store, 'MATCH (e:Entity) RETURN count(e) AS c', DEFAULT_RUN_OPTIONS)
 */
export async function runCypher(target: CypherTarget, query: string, options: RunCypherOptions): Promise<QueryResult> {
  const params = toNeo4jParams(options.params);
  const config = { timeout: Math.round(options.timeoutSeconds * 1000) };
  const session = target.driver.session({
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
    // Records come in batches of this many: small, so Neo4j never builds a huge batch of large rows.
    fetchSize: Math.min(options.limit + 1, FETCH_SIZE),
    ...(target.database ? { database: target.database } : {}),
  });
  try {
    if (options.write) return await session.executeWrite((tx) => collectRows(tx, query, params, options), config);
    const forbidden = findForbiddenConstruct(query);
    if (forbidden) throw refusal(forbidden, options.writeHint);
    // The plan check and the run share one READ transaction: one round trip fewer per query.
    return await session.executeRead(async (tx) => {
      const plan = await tx.run(explainOf(query), params).catch((error: unknown) => {
        throw toCypherError(error, 1) ?? error;
      });
      const reason = whyNotReadOnly(plan.summary.queryType);
      if (reason) throw refusal(reason, options.writeHint);
      return collectRows(tx, query, params, options);
    }, config);
  } catch (error) {
    throw toQueryError(error, options);
  } finally {
    await session.close();
  }
}

function refusal(reason: string, hint: string): QueryRefusedError {
  return new QueryRefusedError(`read-only query refused: ${reason}; ${hint}`);
}

/** Records per batch Neo4j sends (the driver's default is 1000). */
const FETCH_SIZE = 100;

/**
 * Reads at most `limit` rows and `maxBytes` bytes; leaving the loop early (or throwing in it)
 * discards the rest on the server, so neither Neo4j nor this process holds a huge result.
 */
async function collectRows(
  tx: ManagedTransaction,
  query: string,
  params: QueryParams,
  { limit, maxBytes }: Pick<RunCypherOptions, 'limit' | 'maxBytes'>,
) {
  const result = tx.run(query, params);
  const rows: unknown[][] = [];
  let truncated = false;
  let bytes = 0;
  for await (const record of result) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    const row = record.keys.map((key) => record.get(key));
    bytes += valueBytes(row);
    if (bytes > maxBytes) throw new ResultTooLargeError(maxBytes, rows.length);
    rows.push(row);
  }
  const columns = (await result.keys()).map(String);
  const counts = Object.entries((await result.summary()).counters.updates());
  const updates = Object.fromEntries(counts.filter(([, n]) => n > 0));
  return { columns, rows, truncated, updates } satisfies QueryResult;
}

/**
 * The query with `EXPLAIN` in front (replacing a leading PROFILE, which would run it).
 * A newline follows the keyword so a syntax error's column stays the user's; its line
 * is one too high, which `toCypherError` corrects.
 */
export function explainOf(query: string): string {
  const body = query.replace(/^\s*(EXPLAIN|PROFILE)\b/i, '');
  return `EXPLAIN\n${body}`;
}

/**
 * JS numbers travel to Neo4j as floats, which `LIMIT $n` or `r.year = $year` reject
 * or miss; whole numbers go as Integers instead.
 */
export function toNeo4jParams(params: QueryParams): QueryParams {
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

/** Typed errors for the ways a query fails: refused, bad Cypher, too slow, database trouble. */
function toQueryError(error: unknown, options: RunCypherOptions): Error {
  if (error instanceof CoopgraphError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Security.Forbidden') {
    return refusal('Neo4j refused it in a read-only transaction', options.writeHint);
  }
  if (/TransactionTimedOut|Transaction\.TransactionMarkedAsFailed/.test(code) && /time/i.test(String(error))) {
    return new QueryTimeoutError(options.timeoutSeconds, { cause: error });
  }
  const cypherError = toCypherError(error);
  if (cypherError) return cypherError;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  return new StoreError(`neo4j: ${message}${code ? ` (${code})` : ''}`, neo4j.isRetryableError(error), {
    cause: error,
  });
}
