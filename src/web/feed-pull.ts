/**
 * `feed pull`: fetches each feed with a conditional GET, keeps the items not delivered
 * before (by guid or link), follows their links to the full pages and loads them through
 * the usual ingest pipeline. Items are remembered only once they are stored or failed for
 * good (404, not Russian …), and a feed's ETag is kept only when all its new items were
 * handled, so a timeout today is retried tomorrow instead of being lost behind a 304.
 * I/O: network and Neo4j.
 */
import { describeError } from '../errors.ts';
import type { InputSource } from '../ingest/collect-inputs.ts';
import { type IngestContext, type IngestOptions, type IngestSummary, ingest, type Progress } from '../ingest/index.ts';
import { decodeBody } from './charset.ts';
import type { FeedEntry } from './feed-list.ts';
import { loadFeedValidators, markItemsSeen, saveFeedValidators, seenItemKeys } from './feed-store.ts';
import { type FeedItem, parseFeed } from './feeds.ts';
import type { PageHints } from './page-article.ts';
import type { Fetcher } from './politeness.ts';
import { createWebReader } from './web-reader.ts';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface PullOptions extends IngestOptions {
  /** Only items published on or after this date (YYYY-MM-DD); undated items are kept. */
  since?: string;
  /** At most this many new items per feed, newest first. */
  limit?: number;
  /** Today's date (YYYY-MM-DD), the last-resort article date. */
  today?: () => string;
  /** The progress display, made once the number of new items is known. */
  progressFor?: (total: number) => Progress;
}

export interface FeedReport {
  name: string;
  url: string;
  /** fetched: a new version was read; unchanged: 304; failed: see reason. */
  status: 'fetched' | 'unchanged' | 'failed';
  /** Items in the feed document. */
  items: number;
  /** Items not delivered before (after --since / --limit). */
  newItems: number;
  reason?: string;
}

export interface PullSummary extends IngestSummary {
  feeds: FeedReport[];
  /** HTTP requests sent (feeds, pages, redirects not counted apart, retries counted). */
  requests: number;
  notes: string[];
  /** False when nothing could be fetched: every feed failed, or every new page did. */
  ok: boolean;
}

interface FeedRun {
  entry: FeedEntry;
  report: FeedReport;
  fresh: FeedItem[];
  /** Some new items were held back (--since, --limit): the next pull must see the feed again. */
  partial: boolean;
  validators: { etag?: string; lastModified?: string };
}

function newest(a: FeedItem, b: FeedItem): number {
  return (b.publishedAt ?? Number.NEGATIVE_INFINITY) - (a.publishedAt ?? Number.NEGATIVE_INFINITY);
}

async function readFeed(
  entry: FeedEntry,
  context: IngestContext,
  fetcher: Fetcher,
  options: PullOptions,
): Promise<FeedRun> {
  const base: FeedReport = { name: entry.name, url: entry.url, status: 'failed', items: 0, newItems: 0 };
  try {
    const validators = await loadFeedValidators(context.store, entry.url);
    const response = await fetcher.fetch({ url: entry.url, accept: FEED_ACCEPT, ...validators });
    if (response.status === 304) {
      return { entry, report: { ...base, status: 'unchanged' }, fresh: [], partial: false, validators };
    }
    const feed = parseFeed(decodeBody(response.body, response.contentType).text, response.url);
    const unique = [...new Map(feed.items.map((item) => [item.key, item])).values()];
    const seen = await seenItemKeys(
      context.store,
      entry.url,
      unique.map((i) => i.key),
    );
    const unseen = unique.filter((item) => !seen.has(item.key));
    let fresh = unseen.filter((item) => !options.since || !item.date || item.date >= options.since);
    if (options.limit !== undefined) fresh = [...fresh].sort(newest).slice(0, options.limit);
    return {
      entry,
      report: { ...base, status: 'fetched', items: unique.length, newItems: fresh.length },
      fresh,
      partial: fresh.length < unseen.length,
      validators: {
        ...(response.etag ? { etag: response.etag } : {}),
        ...(response.lastModified ? { lastModified: response.lastModified } : {}),
      },
    };
  } catch (error) {
    return { entry, report: { ...base, reason: describeError(error) }, fresh: [], partial: true, validators: {} };
  }
}

/**
 * Pulls the feeds and ingests their new items in one run (batches, progress and
 * summary as `coopgraph ingest`).
 *
 * @example const summary = await pullFeeds(await loadFeedList(path), context, createFetcher(), { limit: 20 });
 */
export async function pullFeeds(
  feeds: readonly FeedEntry[],
  context: IngestContext,
  fetcher: Fetcher,
  options: PullOptions = {},
): Promise<PullSummary> {
  const runs = await Promise.all(feeds.map((entry) => readFeed(entry, context, fetcher, options)));
  const hints = new Map<string, PageHints>();
  const sources: InputSource[] = [];
  for (const run of runs) {
    for (const item of run.fresh) {
      if (hints.has(item.link)) continue;
      hints.set(item.link, { ...(item.title ? { title: item.title } : {}), ...(item.date ? { date: item.date } : {}) });
      sources.push({ kind: 'url', url: item.link });
    }
  }
  const reader = createWebReader(sources, { fetcher, hints, ...(options.today ? { today: options.today } : {}) });
  const progress = options.progressFor?.(sources.length);
  const summary = await ingest(
    { sources, missing: [] },
    { ...context, readInput: reader.readInput, ...(progress ? { progress } : {}) },
    options,
  );

  const outcome = new Map(summary.reports.map((r) => [r.source, r.outcome]));
  const settled = (item: FeedItem): boolean =>
    outcome.get(item.link) !== 'failed' || reader.permanentFailures.has(item.link);
  if (!options.dryRun) {
    for (const run of runs) {
      if (run.report.status !== 'fetched') continue;
      const done = run.fresh.filter(settled);
      await markItemsSeen(context.store, run.entry.url, done);
      const complete = !run.partial && done.length === run.fresh.length;
      await saveFeedValidators(context.store, run.entry.url, complete ? run.validators : {});
    }
  }
  const reachable = runs.some((run) => run.report.status !== 'failed');
  const pages = summary.reports.length;
  return {
    ...summary,
    feeds: runs.map((run) => run.report),
    requests: fetcher.requests,
    notes: reader.notes,
    ok: reachable && (pages === 0 || summary.articles.failed < pages),
  };
}

/** The pull summary as the terminal shows it: one line per feed, then the ingest totals. */
export function formatFeedReports(feeds: readonly FeedReport[]): string[] {
  return feeds.map((feed) => {
    if (feed.status === 'failed') return `  ${feed.name}: failed: ${feed.reason ?? 'unknown error'}`;
    if (feed.status === 'unchanged') return `  ${feed.name}: unchanged (304)`;
    return `  ${feed.name}: ${feed.items} item(s), ${feed.newItems} new`;
  });
}
