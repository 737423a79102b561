/**
 * `coopgraph feed add|ls|rm|pull`: follow RSS/Atom feeds and load their new items. The
 * list lives in a versionable YAML file (src/web/feed-list.ts); what was delivered and
 * each feed's ETag live in Neo4j (src/web/feed-store.ts). `feed pull --quiet --json` is
 * the cron form: one JSON object on stdout, exit 0 when the run completed (some items
 * may have failed), 1 when nothing could be fetched.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { loadingWorkerCount, parseWorkerCount } from '../../ingest/extract-pool.ts';
import { createProgress, DEFAULT_BATCH_SIZE, formatSummary } from '../../ingest/index.ts';
import { IsoDate } from '../../schema/article.ts';
import { openStore } from '../../store/index.ts';
import { addFeed, defaultFeedName, feedListPath, loadFeedList, removeFeed } from '../../web/feed-list.ts';
import { formatFeedReports, pullFeeds } from '../../web/feed-pull.ts';
import { DEFAULT_FETCH_LIMITS } from '../../web/fetch-page.ts';
import { createFetcher } from '../../web/politeness.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';
import { loadIngestContext } from './ingest.ts';

interface PullFlags {
  since?: string;
  limit?: string;
  quiet?: boolean;
  json?: boolean;
  allowPrivate?: boolean;
  batchSize: string;
  workers: string;
}

function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} expects a whole number of at least 1, got "${value}"`);
  return n;
}

/** The `--feeds` file given to `feed`, or the default list. */
function listOf(command: Command): string {
  return feedListPath(command.optsWithGlobals<{ feeds?: string }>().feeds);
}

export const feedCommand: CommandDefinition = {
  register(program: Command) {
    const feed = program
      .command('feed')
      .description('follow RSS/Atom feeds and load their new items (list in graph-data/feeds.yaml)')
      .option('--feeds <file>', 'the feed list (default $COOPGRAPH_FEEDS or graph-data/feeds.yaml)')
      // Subcommands' help then lists --feeds, which they all accept.
      .configureHelp({ showGlobalOptions: true });

    feed
      .command('add')
      .description('add a feed to the list')
      .argument('<url>', 'the feed URL (RSS 2.0 or Atom, http or https)')
      .option('--name <name>', 'a short name for the feed (default: from the host name)')
      .action(async (url: string, options: { name?: string }, command: Command) => {
        let name = options.name;
        if (!name) {
          try {
            name = defaultFeedName(url);
          } catch {
            throw new UsageError(`"${url}" is not a URL`);
          }
        }
        const path = listOf(command);
        const added = await addFeed(path, { name, url });
        process.stdout.write(`added ${added.name} (${added.url}) to ${path}\n`);
      });

    feed
      .command('ls')
      .description('list the feeds')
      .option('--json', 'print the list as JSON')
      .action(async (options: { json?: boolean }, command: Command) => {
        const feeds = await loadFeedList(listOf(command));
        if (options.json) {
          process.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
          return;
        }
        for (const f of feeds) process.stdout.write(`${f.name}  ${f.url}\n`);
        process.stdout.write(`${feeds.length} feed(s)\n`);
      });

    feed
      .command('rm')
      .description('remove a feed from the list (items already loaded stay in the graph)')
      .argument('<name-or-url>', 'the feed name or URL')
      .action(async (nameOrUrl: string, _options: unknown, command: Command) => {
        const path = listOf(command);
        const removed = await removeFeed(path, nameOrUrl);
        process.stdout.write(`removed ${removed.name} (${removed.url}) from ${path}\n`);
      });

    feed
      .command('pull')
      .description('fetch the feeds (or one) and load the items not loaded before')
      .argument('[name]', 'pull only this feed (name or URL)')
      .option('--since <date>', 'only items published on or after this date (YYYY-MM-DD)')
      .option('--limit <n>', 'at most this many new items per feed, newest first')
      .option('--quiet', 'no progress or notes on stderr (for cron)')
      .option('--json', 'print the summary as one JSON object')
      .option('--allow-private', 'fetch from loopback and private addresses too (refused by default)')
      .option('--batch-size <n>', 'articles written per transaction', String(DEFAULT_BATCH_SIZE))
      .option(
        '--workers <n>',
        'extraction worker threads; by default one per core but one, left to writing',
        String(loadingWorkerCount()),
      )
      .action(async (name: string | undefined, options: PullFlags, command: Command) => {
        if (options.since && !IsoDate.safeParse(options.since).success) {
          throw new UsageError(`--since expects a date as YYYY-MM-DD, got "${options.since}"`);
        }
        const limit = options.limit === undefined ? undefined : wholeNumber('--limit', options.limit);
        const batchSize = wholeNumber('--batch-size', options.batchSize);
        const workers = parseWorkerCount(options.workers);
        const path = listOf(command);
        const all = await loadFeedList(path);
        const feeds = name ? all.filter((f) => f.name === name || f.url === name) : all;
        if (feeds.length === 0) {
          throw new UsageError(
            name ? `no feed named "${name}" in ${path}` : `no feeds in ${path} (add one with coopgraph feed add URL)`,
          );
        }
        const log = options.quiet ? () => undefined : say;
        const store = await openStore({ log });
        try {
          const context = loadIngestContext(store);
          const fetcher = createFetcher({ ...DEFAULT_FETCH_LIMITS, allowPrivate: options.allowPrivate ?? false });
          const summary = await pullFeeds(feeds, context, fetcher, {
            batchSize,
            workers,
            ...(options.quiet || options.json
              ? {}
              : { progressFor: (total: number) => createProgress(total, process.stderr) }),
            ...(options.since ? { since: options.since } : {}),
            ...(limit !== undefined ? { limit } : {}),
          });
          for (const note of summary.notes) log(`note: ${note}`);
          if (options.json) {
            process.stdout.write(`${JSON.stringify(summary)}\n`);
          } else {
            const lines = [
              `feeds (${summary.requests} request(s)):`,
              ...formatFeedReports(summary.feeds),
              ...formatSummary(summary),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
          }
          process.exitCode = summary.ok ? 0 : 1;
        } finally {
          await store.close();
        }
      });
  },
};
