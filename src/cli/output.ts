/**
 * Where the CLI's own lines go. Progress and status lines go to stderr, so stdout carries
 * only a command's result (a summary, a table, JSON) and stays safe to pipe.
 */

/** Prints one progress or status line on stderr. */
export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
