/**
 * `coopgraph ingest PATH...`: loads articles (files, folders, `-` for stdin) into
 * Neo4j, one transaction per batch of articles, with a progress display on stderr and
 * the summary on stdout. Exits 1 when any input failed; the others are still loaded.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { extract } from '../../extract/extract.ts';
import { loadingWorkerCount, parseWorkerCount } from '../../ingest/extract-pool.ts';
import { extractedInputs } from '../../ingest/extracted-jsonl.ts';
import {
  collectInputs,
  createProgress,
  DEFAULT_BATCH_SIZE,
  DEFAULT_EXTRACTED_BATCH_SIZE,
  defaultBatchSize,
  formatSummary,
  type IngestContext,
  type IngestOptions,
  type IngestSummary,
  ingest,
  summaryToJson,
} from '../../ingest/index.ts';
import { loadExtractionResources } from '../../io/extraction-resources.ts';
import { loadReference } from '../../io/reference.ts';
import { knownFromReference } from '../../resolve/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { DEFAULT_FETCH_LIMITS } from '../../web/fetch-page.ts';
import { createFetcher } from '../../web/politeness.ts';
import { createWebReader } from '../../web/web-reader.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';

/**
 * What an ingest run needs besides the store: the reference entities, and the
 * extractor's dictionaries and gazetteer, loaded once per run and only when a
 * new article needs them (a run over unchanged articles skips the ~1 s load).
 */
export function loadIngestContext(store: Store): IngestContext {
  let resources: ReturnType<typeof loadExtractionResources> | undefined;
  return {
    store,
    extract: async (article) => {
      resources ??= loadExtractionResources();
      return extract(article, await resources);
    },
    reference: knownFromReference(loadReference()),
  };
}

/**
 * Runs an ingest of the paths (and http(s) URLs) on an open store, showing progress on
 * stderr; pages are fetched politely (src/web/) and private addresses refused unless allowed.
 */
export async function runIngest(
  store: Store,
  paths: readonly string[],
  options: IngestOptions & { extracted?: boolean } = {},
  web: { allowPrivate?: boolean } = {},
  display: { silent?: boolean } = {},
): Promise<IngestSummary> {
  // --extracted: the paths are JSONL files of `coopgraph extract --jsonl`, loaded without extracting.
  const extracted = options.extracted ? await extractedInputs(paths) : undefined;
  const inputs = extracted?.inputs ?? (await collectInputs(paths));
  const context = loadIngestContext(store);
  if (extracted) context.readInput = extracted.readInput;
  context.progress = createProgress(inputs.sources.length + inputs.missing.length, process.stderr, display);
  if (!inputs.sources.some((source) => source.kind === 'url')) return ingest(inputs, context, options);
  const fetcher = createFetcher({ ...DEFAULT_FETCH_LIMITS, allowPrivate: web.allowPrivate ?? false });
  const reader = createWebReader(inputs.sources, { fetcher });
  context.readInput = reader.readInput;
  const summary = await ingest(inputs, context, options);
  for (const note of reader.notes) say(`note: ${note}`);
  return summary;
}

interface IngestFlags {
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  allowPrivate?: boolean;
  batchSize?: string;
  workers: string;
  extracted?: boolean;
  bulk?: boolean;
}

export const ingestCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('ingest')
      .description('load articles into Neo4j: files, folders (.md, .txt, .html), page URLs or - for stdin')
      .argument('<paths...>', 'article files, folders, page URLs, or - to read one article from standard input')
      .option('--dry-run', 'show what would change without writing anything')
      .option('--force', 'extract stored articles again and replace their facts (after upgrading coopgraph)')
      .option('--json', 'print the summary as JSON')
      .option('--allow-private', 'fetch URLs on loopback and private addresses too (refused by default)')
      .option(
        '--batch-size <n>',
        `articles written per transaction (default ${DEFAULT_BATCH_SIZE}, ${DEFAULT_EXTRACTED_BATCH_SIZE} with --extracted)`,
      )
      .option(
        '--workers <n>',
        'extraction worker threads; by default one per core but one, left to writing',
        String(loadingWorkerCount()),
      )
      .option('--extracted', 'the paths are JSONL files written by coopgraph extract --jsonl: load without extracting')
      .option(
        '--no-bulk',
        'with --extracted into an empty store, write batch by batch instead of in bulk (slower; a stopped run keeps what it wrote)',
      )
      .action(async (paths: string[], options: IngestFlags) => {
        const batchSize = Number(options.batchSize ?? defaultBatchSize(options.extracted ?? false));
        if (!Number.isInteger(batchSize) || batchSize < 1) {
          throw new UsageError(`--batch-size expects a whole number of at least 1, got "${options.batchSize}"`);
        }
        const workers = parseWorkerCount(options.workers);
        const store = await openStore({ log: say });
        try {
          const summary = await runIngest(
            store,
            paths,
            {
              dryRun: options.dryRun ?? false,
              force: options.force ?? false,
              batchSize,
              workers,
              extracted: options.extracted ?? false,
              bulk: (options.extracted ?? false) && options.bulk !== false,
            },
            { allowPrivate: options.allowPrivate ?? false },
            { silent: options.json === true },
          );
          process.stdout.write(options.json ? summaryToJson(summary) : `${formatSummary(summary).join('\n')}\n`);
          if (summary.articles.failed > 0) process.exitCode = 1;
        } finally {
          await store.close();
        }
      });
  },
};
