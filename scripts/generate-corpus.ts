/**
 * Writes a seeded synthetic corpus of Russian cooperation news as NNNNNN.md
 * files (front matter + text), the input format of `coopgraph ingest`.
 *   node bin/run-ts.js scripts/generate-corpus.ts --n 100 --seed 1 --out DIR [--min-bytes 1024 --max-bytes 4096]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, UsageError } from '../src/errors.ts';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, generateArticles, toMarkdown } from './bench/corpus.ts';
import { loadPools } from './bench/load-pools.ts';

/** Writes the corpus into `dir` and returns how many files it wrote. */
export function writeCorpus(dir: string, options: CorpusOptions): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const article of generateArticles(options)) {
    writeFileSync(join(dir, `${String(count).padStart(6, '0')}.md`), toMarkdown(article));
    count++;
  }
  return count;
}

function positiveInt(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} expects a whole number, got "${value}"`);
  return n;
}

function run(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'min-bytes': { type: 'string' },
      'max-bytes': { type: 'string' },
    },
  });
  if (!values.out) throw new UsageError('--out DIR is required (the folder to write the articles to)');
  const options: CorpusOptions = {
    n: positiveInt(values.n, DEFAULT_CORPUS_OPTIONS.n, '--n'),
    seed: positiveInt(values.seed, DEFAULT_CORPUS_OPTIONS.seed, '--seed'),
    minBytes: positiveInt(values['min-bytes'], DEFAULT_CORPUS_OPTIONS.minBytes, '--min-bytes'),
    maxBytes: positiveInt(values['max-bytes'], DEFAULT_CORPUS_OPTIONS.maxBytes, '--max-bytes'),
    pools: loadPools(),
  };
  if (options.minBytes > options.maxBytes) throw new UsageError('--min-bytes must not exceed --max-bytes');
  const count = writeCorpus(values.out, options);
  process.stdout.write(`generate-corpus: wrote ${count} articles to ${values.out}\n`);
}

if (process.argv[1]?.endsWith('generate-corpus.ts')) {
  try {
    run(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`generate-corpus: ${describeError(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
