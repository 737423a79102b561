/**
 * Runs a user's Cypher query against Neo4j, read-only unless asked otherwise:
 * the static guard and Neo4j's planner (`EXPLAIN` → `summary.queryType`) must
 * both call it a read, then it runs in a READ transaction with a timeout, a
 * row limit and a byte limit. I/O through the store's user transactions. Errors come out typed (src/errors.ts).
 */
import { CoopgraphError, QueryRefusedError } from '../errors.ts';
import { type CypherTarget, inUserTransaction, toStoreError, type UserTransaction } from '../store/index.ts';
import { QueryTimeoutError, ResultTooLargeError, toCypherError } from './cypher-error.ts';
import type { QueryParams } from './parse-params.ts';
import { findForbiddenConstruct, whyNotReadOnly } from './read-only-guard.ts';
import { valueBytes } from './result-size.ts';
import type { QueryResult } from './types.ts';

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
  const { params } = options;
  const transaction = {
    write: options.write,
    fetchSize: Math.min(options.limit + 1, FETCH_SIZE),
    timeoutMs: Math.round(options.timeoutSeconds * 1000),
  };
  try {
    if (options.write)
      return await inUserTransaction(target, transaction, (tx) => collectRows(tx, query, params, options));
    const forbidden = findForbiddenConstruct(query);
    if (forbidden) throw refusal(forbidden, options.writeHint);
    // The plan check and the run share one READ transaction: one round trip fewer per query.
    return await inUserTransaction(target, transaction, async (tx) => {
      const queryType = await tx.queryType(explainOf(query), params).catch((error: unknown) => {
        throw toCypherError(error, 1) ?? error;
      });
      const reason = whyNotReadOnly(queryType);
      if (reason) throw refusal(reason, options.writeHint);
      return collectRows(tx, query, params, options);
    });
  } catch (error) {
    throw toQueryError(error, options);
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
  tx: UserTransaction,
  query: string,
  params: QueryParams,
  { limit, maxBytes }: Pick<RunCypherOptions, 'limit' | 'maxBytes'>,
) {
  const result = tx.run(query, params);
  const rows: unknown[][] = [];
  let truncated = false;
  let bytes = 0;
  for await (const row of result.rows) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    bytes += valueBytes(row);
    if (bytes > maxBytes) throw new ResultTooLargeError(maxBytes, rows.length);
    rows.push(row);
  }
  return { columns: await result.columns(), rows, truncated, updates: await result.updates() } satisfies QueryResult;
}

/**
 * The query with `EXPLAIN` in front (replacing a leading PROFILE, which would run it).
 * A newline follows the keyword so a syntax error's column stays the user's; its line
 * is one too high, which `toCypherError` corrects.
 */
function explainOf(query: string): string {
  const body = query.replace(/^\s*(EXPLAIN|PROFILE)\b/i, '');
  return `EXPLAIN\n${body}`;
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
  return toStoreError(error);
}
