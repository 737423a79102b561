/**
 * The typed errors of coopgraph. Each carries a message a user can act on; the
 * CLI prints `coopgraph: <message>` on one line and exits with `exitCode`.
 * Tests check the class (`toBeInstanceOf`), not the wording.
 */

export class CoopgraphError extends Error {
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Wrong command-line usage; exit code 2 like most Unix tools. */
export class UsageError extends CoopgraphError {
  override readonly exitCode = 2;
}

/** An input file that cannot be used (empty, binary, too large, malformed front matter …). */
export class InputError extends CoopgraphError {
  constructor(
    readonly file: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options);
  }
}

/** Bad or missing configuration: environment variables, missing Java/Maven, reference data. */
export class ConfigError extends CoopgraphError {}

/** Neo4j could not be reached or refused a query; `retriable` mirrors the driver's verdict. */
export class StoreError extends CoopgraphError {
  constructor(
    message: string,
    readonly retriable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A Cypher query refused before running (writes without --write, admin commands). */
export class QueryRefusedError extends CoopgraphError {}

/** Renders any thrown value as one line for the terminal. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
