/**
 * The `coopgraph` command line: builds the program from the command registry
 * and turns every error into one line on stderr and a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { CoopgraphError, describeError } from '../errors.ts';
import { keepEmbeddedRunning, releaseEmbedded } from '../store/index.ts';
import { COMMANDS } from './commands/index.ts';
import { addHelpFooters } from './help-examples.ts';
import { say } from './output.ts';
import { installShutdownHandlers } from './shutdown.ts';
import { reportCommanderError } from './usage-errors.ts';

/** Builds the commander program; exported so tests can inspect the help. */
export function createProgram(): Command {
  const program = new Command('coopgraph')
    .description('Knowledge graph of bilateral economic cooperation from Russian-language news (Neo4j + Sigma.js)')
    .version('0.1.0')
    // Usage errors are printed by main() as one `coopgraph: …` line (usage-errors.ts).
    .configureOutput({ outputError: () => {} })
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  addHelpFooters(program);
  return program;
}

const guardedStreams = new WeakSet<NodeJS.WriteStream>();

/**
 * Ends the process quietly when a reader closes the pipe early (`coopgraph article ls | head -1`):
 * the output nobody reads is dropped, as with any Unix filter, instead of an EPIPE stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guardedStreams.has(stream)) return;
  guardedStreams.add(stream);
  let ending = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (ending) return;
    ending = true;
    // As at a normal end: an embedded Neo4j started on demand stays for the next command.
    keepEmbeddedRunning();
    void releaseEmbedded({ log: () => {} }).finally(() => process.exit(0));
  });
}

/** Runs the CLI and returns the process exit code (never throws). */
export async function main(argv: readonly string[]): Promise<number> {
  // Before anything starts: a signal during loading must stop what the command started.
  installShutdownHandlers(say);
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return reportCommanderError(error, (line) => process.stderr.write(line));
    if (error instanceof CoopgraphError) {
      process.stderr.write(`coopgraph: ${describeError(error)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`coopgraph: unexpected error: ${describeError(error)}\n`);
    if (process.env.COOPGRAPH_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 1;
  } finally {
    await settleEmbeddedNeo4j();
  }
}

/**
 * At the normal end of a command: an embedded Neo4j it started on demand stays for the
 * next command (a restart costs 15–20 s, a query about 2 s), and the user is told so once.
 * Servers (`start`, `serve`) have stopped theirs already.
 */
async function settleEmbeddedNeo4j(): Promise<void> {
  for (const dataDir of keepEmbeddedRunning()) {
    say(
      `coopgraph: the embedded Neo4j started for this command keeps running (data ${dataDir}); stop it with: coopgraph neo4j stop`,
    );
  }
  await releaseEmbedded({ log: say });
}
