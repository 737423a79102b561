/**
 * Maps failures to HTTP answers: the status and the one-line `{error}` body.
 * Route input problems are 400, unknown ids 404, refused queries 403, an
 * unreachable database 503, anything unexpected 500 (with no internals leaked).
 */
import { z } from 'zod';
import { CoopgraphError, describeError, InputError, QueryRefusedError, StoreError, UsageError } from '../errors.ts';

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
  if (error instanceof UsageError || error instanceof InputError) return { status: 400, message: describeError(error) };
  if (error instanceof StoreError) return { status: 503, message: describeError(error) };
  return { status: 500, message: 'internal error (see the server log)' };
}
