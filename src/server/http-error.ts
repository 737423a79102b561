/**
 * Maps failures to HTTP answers: the status and the one-line `{error}` body.
 * Route input problems are 400, unknown ids 404, refused queries 403, a result over
 * the size limit 422, a query over the time limit 504, an unreachable database 503,
 * anything unexpected 500 (with no internals leaked). Messages speak to the HTTP user:
 * no command-line options.
 */
import { z } from 'zod';
import { CoopgraphError, describeError, InputError, QueryRefusedError, StoreError, UsageError } from '../errors.ts';
import { formatBytes, QueryTimeoutError, ResultTooLargeError } from '../query/index.ts';

/** An error that already knows its HTTP status (404 for an unknown entity, 405 …). */
export class HttpError extends CoopgraphError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The status and message the client sees for a thrown value. */
export function toHttpError(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof z.ZodError) return { status: 400, message: z.prettifyError(error).replace(/\n/g, ' ') };
  if (error instanceof QueryRefusedError) return { status: 403, message: describeError(error) };
  if (error instanceof QueryTimeoutError) {
    const message = `the query ran longer than the server's limit of ${error.seconds} s and was stopped; narrow it (LIMIT, shorter paths, fewer rows)`;
    return { status: 504, message };
  }
  if (error instanceof ResultTooLargeError) {
    const message = `the result is larger than the server's limit of ${formatBytes(error.maxBytes)} (stopped after ${error.rowsRead} rows); return fewer or smaller values (LIMIT, properties instead of whole nodes)`;
    return { status: 422, message };
  }
  if (error instanceof UsageError || error instanceof InputError) return { status: 400, message: describeError(error) };
  if (error instanceof StoreError) {
    const message = `the graph database is unavailable (${describeError(error)}); try again in a moment`;
    return { status: 503, message };
  }
  return { status: 500, message: 'internal error (see the server log)' };
}
