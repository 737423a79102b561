/**
 * Neo4j's complaints about a query (syntax, semantics, missing parameters, unknown
 * procedures) as one clean line with the position, e.g.
 * `Cypher error at line 1, column 7: Invalid input 'RETRN': expected …`; and the typed
 * errors of a query that hit a limit (time, result size). Pure.
 */
import { CoopgraphError, StoreError, UsageError } from '../errors.ts';

/** The query itself is wrong; `line`/`column` (1-based) point at the spot when Neo4j gives it. */
export class CypherError extends UsageError {
  constructor(
    message: string,
    readonly code: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: \d+\)\)/;
const MAX_ALTERNATIVES = 6;

/**
 * Shortens Neo4j's multi-line message: drops the echoed query and caret, and keeps
 * the first few of a long "expected …" list.
 */
function summarize(message: string): string {
  const head = message.split(POSITION)[0] ?? message;
  const [before, expected] = head.split(/:\s*expected\b/);
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (expected === undefined) return oneLine(head.split('\n"')[0] ?? head);
  const alternatives = expected.match(/"[^"]*"|'[^']*'|[^\s,]+(?: [^\s,"]+)*/g)?.filter((a) => a !== 'or') ?? [];
  const shown = alternatives.slice(0, MAX_ALTERNATIVES).join(', ');
  const more = alternatives.length > MAX_ALTERNATIVES ? ` … (${alternatives.length - MAX_ALTERNATIVES} more)` : '';
  return `${oneLine(before ?? '')}: expected ${shown}${more}`;
}

/**
 * A CypherError for a driver error caused by the query text, or undefined for other
 * failures (connection, timeouts). `lineOffset` undoes lines the runner added in front.
 */
export function toCypherError(error: unknown, lineOffset = 0): CypherError | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined;
  const code = String(error.code);
  if (!/^Neo\.ClientError\.(Statement|Procedure|Schema)\./.test(code) || /AccessMode/.test(code)) return undefined;
  const position = error.message.match(POSITION);
  const summary = summarize(error.message);
  if (!position) return new CypherError(`Cypher error: ${summary}`, code, undefined, undefined, { cause: error });
  const line = Math.max(1, Number(position[1]) - lineOffset);
  const column = Number(position[2]);
  return new CypherError(`Cypher error at line ${line}, column ${column}: ${summary}`, code, line, column, {
    cause: error,
  });
}

/**
 * The query ran longer than its time limit and Neo4j stopped it. The message names the CLI's
 * `--timeout`; the HTTP API answers 504 with its own wording from `seconds`.
 */
export class QueryTimeoutError extends StoreError {
  constructor(
    readonly seconds: number,
    options?: { cause?: unknown },
  ) {
    super(`query timed out after ${seconds} s; narrow it (LIMIT, shorter paths) or raise --timeout`, false, options);
  }
}

/**
 * The result grew past the byte limit, so reading stopped and the rest was never fetched (a
 * huge result would exhaust Neo4j's and this process's memory). The message names the CLI's
 * `--max-bytes`; the HTTP API answers 422 with its own wording from `maxBytes`.
 */
export class ResultTooLargeError extends CoopgraphError {
  constructor(
    readonly maxBytes: number,
    readonly rowsRead: number,
    options?: { cause?: unknown },
  ) {
    super(
      `the result is larger than ${formatBytes(maxBytes)} (stopped after ${rowsRead} rows); return fewer or smaller values (LIMIT, properties instead of whole nodes) or raise --max-bytes`,
      options,
    );
  }
}

/** A byte count as people read it: 16 MB, 512 KB, 900 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
