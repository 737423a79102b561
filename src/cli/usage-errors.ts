/**
 * Commander's own complaints (unknown option, bad option value, missing argument) as the CLI
 * reports every usage error: one `coopgraph: …` line and exit code 2. Help and version
 * output keep their exit codes.
 */
import type { CommanderError } from 'commander';

/** Codes commander uses for output that is not an error. */
const NOT_ERRORS = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** Prints a commander error as one line and returns the exit code (2 for usage errors). */
export function reportCommanderError(error: CommanderError, write: (line: string) => void): number {
  if (NOT_ERRORS.has(error.code)) return error.exitCode;
  const message = error.message
    .replace(/^error:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  write(`coopgraph: ${message} (see --help)\n`);
  return 2;
}
