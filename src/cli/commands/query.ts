/**
 * `coopgraph query "CYPHER" [--param name=value …] [--format table|json|csv] [--limit N]
 * [--max-bytes N] [--write] [--timeout S] [-f FILE]`: runs Cypher against the configured Neo4j
 * (embedded by default), read-only unless `--write` is given.
 */
import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { InputError, UsageError } from '../../errors.ts';
import {
  DEFAULT_RUN_OPTIONS,
  defaultParamsOf,
  describeUpdates,
  OUTPUT_FORMATS,
  type OutputFormat,
  parseParamArgs,
  renderResult,
  runCypher,
} from '../../query/index.ts';
import { openStore } from '../../store/index.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';

interface QueryCommandOptions {
  param?: string[];
  format: OutputFormat;
  limit: number;
  maxBytes: number;
  timeout: number;
  write?: boolean;
  file?: string;
}

function positiveNumber(integer: boolean) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new InvalidArgumentError(`expected a positive ${integer ? 'whole ' : ''}number, got "${text}"`);
    }
    return value;
  };
}

/** The query text and any default parameters a query file's `// params:` header gives. */
async function readQuery(inline: string | undefined, file: string | undefined) {
  if (inline !== undefined && file !== undefined)
    throw new UsageError('give the query either inline or with -f, not both');
  if (file === undefined) {
    if (inline === undefined || !inline.trim())
      throw new UsageError('give a Cypher query, e.g. coopgraph query "MATCH (e:Entity) RETURN count(e)"');
    return { text: inline, params: {} };
  }
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read the query file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      cause: error,
    });
  }
  if (!text.trim()) throw new InputError(file, 'the query file is empty');
  return { text, params: defaultParamsOf(file, text) };
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

export const queryCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('query')
      .description('run a Cypher query against the graph (read-only unless --write)')
      .argument('[cypher]', 'the Cypher query (or use -f FILE)')
      .option('-f, --file <file>', 'read the query from a file ("-" for stdin); its "// params:" line gives defaults')
      .option(
        '-P, --param <name=value>',
        "query parameter, repeatable: name=value or cypher-shell's 'name => value'; the value is JSON if it parses (42, true, [\"a\"]), else text",
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      )
      .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
      .option('--limit <n>', 'show at most N rows', positiveNumber(true), DEFAULT_RUN_OPTIONS.limit)
      .option(
        '--max-bytes <n>',
        'stop with an error once the result exceeds N bytes',
        positiveNumber(true),
        DEFAULT_RUN_OPTIONS.maxBytes,
      )
      .option(
        '--timeout <seconds>',
        'abort the query after this many seconds',
        positiveNumber(false),
        DEFAULT_RUN_OPTIONS.timeoutSeconds,
      )
      .option('--write', 'allow queries that change the graph or its schema')
      .action(async (cypher: string | undefined, options: QueryCommandOptions) => {
        const query = await readQuery(cypher, options.file);
        const params = { ...query.params, ...parseParamArgs(options.param ?? []) };
        const store = await openStore({ log: say });
        try {
          const result = await runCypher(store, query.text, {
            ...DEFAULT_RUN_OPTIONS,
            params,
            limit: options.limit,
            maxBytes: options.maxBytes,
            timeoutSeconds: options.timeout,
            write: options.write === true,
          });
          process.stdout.write(renderResult(result, options.format));
          if (Object.keys(result.updates).length > 0) {
            process.stderr.write(`coopgraph: ${describeUpdates(result.updates)}\n`);
          }
          if (result.truncated && options.format !== 'table') {
            process.stderr.write(`coopgraph: showing the first ${options.limit} rows; raise --limit to see more\n`);
          }
        } finally {
          await store.close();
        }
      });
  },
};
