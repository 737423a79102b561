/**
 * The `coopgraph` command line: builds the program from the command registry
 * and turns every error into one line on stderr and a non-zero exit code.
 */
import { Command, CommanderError } from 'commander';
import { CoopgraphError, describeError } from '../errors.ts';
import { COMMANDS } from './commands/index.ts';

/** Builds the commander program; exported so tests can inspect the help. */
export function createProgram(): Command {
  const program = new Command('coopgraph')
    .description('Knowledge graph of bilateral economic cooperation from Russian-language news (Neo4j + Sigma.js)')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  return program;
}

/** Runs the CLI and returns the process exit code (never throws). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CoopgraphError) {
      process.stderr.write(`coopgraph: ${describeError(error)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`coopgraph: unexpected error: ${describeError(error)}\n`);
    if (process.env.COOPGRAPH_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 1;
  }
}
