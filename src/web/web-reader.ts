/**
 * The input reader `ingest` uses when some inputs are URLs: files and stdin are read as
 * before, pages are fetched a little ahead of the pipeline (within the politeness rules,
 * so several hosts are fetched in parallel while extraction runs) and turned into
 * articles. Notes about fallbacks and which failures would repeat are kept for the
 * caller's summary.
 * I/O: network, files.
 */
import type { InputSource } from '../ingest/collect-inputs.ts';
import { readInput as readLocalInput } from '../ingest/read-input.ts';
import type { Article } from '../schema/index.ts';
import { FetchError } from './fetch-page.ts';
import { articleFromPage, type PageArticle, type PageHints } from './page-article.ts';
import type { Fetcher } from './politeness.ts';

/** Pages fetched ahead of the one ingest is reading: enough to keep several hosts busy, few enough to bound memory. */
const LOOKAHEAD = 16;

export interface WebReaderOptions {
  fetcher: Fetcher;
  /** What feeds said about their items' pages, by URL. */
  hints?: ReadonlyMap<string, PageHints>;
  /** Today's date (YYYY-MM-DD), the last-resort article date. */
  today?: () => string;
}

export interface WebReader {
  readInput(source: InputSource): Promise<Article>;
  /** Fallbacks taken (no date in the page …), one line each. */
  readonly notes: string[];
  /** URLs whose failure would repeat on the next try (404, not Russian, too short …). */
  readonly permanentFailures: Set<string>;
}

/** Creates the reader for one ingest run over these sources. */
export function createWebReader(sources: readonly InputSource[], options: WebReaderOptions): WebReader {
  const urls = sources.flatMap((s) => (s.kind === 'url' ? [s.url] : []));
  const position = new Map(urls.map((url, i) => [url, i]));
  const started = new Map<string, Promise<PageArticle>>();
  const notes: string[] = [];
  const permanentFailures = new Set<string>();
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  const load = async (url: string): Promise<PageArticle> => {
    try {
      const response = await options.fetcher.fetch({ url });
      return articleFromPage(response, url, options.hints?.get(url) ?? {}, today());
    } catch (error) {
      if (!(error instanceof FetchError) || !error.retriable) permanentFailures.add(url);
      throw error;
    }
  };
  const start = (url: string): void => {
    if (started.has(url)) return;
    const pending = load(url);
    // Awaited later by readInput; this keeps a failure from being reported as unhandled meanwhile.
    pending.catch(() => undefined);
    started.set(url, pending);
  };

  return {
    async readInput(source) {
      if (source.kind !== 'url') return readLocalInput(source);
      const at = position.get(source.url) ?? 0;
      for (const url of urls.slice(at, at + LOOKAHEAD)) start(url);
      start(source.url);
      const pending = started.get(source.url) as Promise<PageArticle>;
      started.delete(source.url);
      const page = await pending;
      notes.push(...page.notes);
      return page.article;
    },
    notes,
    permanentFailures,
  };
}
