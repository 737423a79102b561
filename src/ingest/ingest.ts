/**
 * The ingest pipeline: read → extract → resolve → write, in batches. Inputs are read
 * a batch at a time and checked against the store in one query; unchanged articles
 * (same content hash) are skipped before extraction, so re-running a load is cheap
 * (`force` extracts them again); a new version of a stored URL replaces the old one.
 * Each batch is written in one transaction while the next batch is being extracted,
 * so Neo4j and the extractor work at the same time. Per-input problems become failed reports; a store error
 * stops the run with every earlier article stored (every further write would fail
 * the same way).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CoopgraphError, describeError, StoreError } from '../errors.ts';
import { createEntityIndex, type KnownEntity, resolveExtraction } from '../resolve/index.ts';
import type { Article, ExtractionResult } from '../schema/index.ts';
import type { Store } from '../store/index.ts';
import {
  type ArticleState,
  loadKnownEntities,
  loadKnownRelationKeys,
  type ResolvedArticle,
  readArticleStates,
  storedRelationKey,
  writeResolvedArticles,
} from '../store/ingest-store.ts';
import { type CollectedInputs, type InputSource, sourceName } from './collect-inputs.ts';
import type { Progress } from './progress.ts';
import { readInput } from './read-input.ts';
import { type ArticleReport, type IngestSummary, summarize } from './summary.ts';

/** The extraction stage as ingest sees it: an article in, entities and relations out. */
export type Extractor = (article: Article) => ExtractionResult | Promise<ExtractionResult>;

/**
 * Articles per write transaction unless told otherwise. Large enough that a hot
 * relationship's lists are rewritten once per hundred articles rather than once per
 * article; small enough to stay far below Neo4j's transaction memory limit.
 */
export const DEFAULT_BATCH_SIZE = 100;

/** A batch is also closed once its texts reach this size, so a few huge articles cannot fill the transaction. */
const MAX_BATCH_TEXT_CHARS = 4_000_000;

export interface IngestContext {
  store: Store;
  extract: Extractor;
  /** Reference entities (gazetteer): their ids are kept, their names resolve mentions. */
  reference: readonly KnownEntity[];
  progress?: Progress;
  /** Reads an input; defaults to files and process.stdin. */
  readInput?: (source: InputSource) => Promise<Article>;
  /** Injected clock for the run's duration. */
  now?: () => number;
}

export interface IngestOptions {
  /** Resolve and count as usual but write nothing. */
  dryRun?: boolean;
  /**
   * Extract stored articles again and replace their facts: after the extractor or the
   * reference data improved, the same text yields better facts.
   */
  force?: boolean;
  /** Articles per write transaction (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
}

/** Mutable state of one run: what the store holds, as this run has changed it. */
interface RunState {
  index: ReturnType<typeof createEntityIndex>;
  storedEntityIds: Set<string>;
  relationKeys: Set<string>;
  seenArticleIds: Set<string>;
  /** URL → id of the article this run stored (or will store) under it. */
  urlOwners: Map<string, string>;
}

/** An article resolved and waiting in a batch; its report is final once the batch is written. */
interface Pending extends ResolvedArticle {
  report: ArticleReport;
}

/**
 * Loads the inputs into the store and returns what changed.
 *
 * @example
 * const summary = await ingest(await collectInputs(['graph-data/articles']), { store, extract, reference });
 */
export async function ingest(
  inputs: CollectedInputs,
  context: IngestContext,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const now = context.now ?? Date.now;
  const started = now();
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const stored = await loadKnownEntities(context.store);
  const state: RunState = {
    index: createEntityIndex([...context.reference, ...stored]),
    storedEntityIds: new Set(stored.map((e) => e.id)),
    relationKeys: await loadKnownRelationKeys(context.store),
    seenArticleIds: new Set(),
    urlOwners: new Map(),
  };
  const reports: ArticleReport[] = [];
  const finish = (report: ArticleReport): void => {
    reports.push(report);
    context.progress?.tick(report.source, report.outcome);
  };
  for (const missing of inputs.missing) finish(failed(missing.source, missing.reason));

  const writer = createBatchWriter(context.store, options.dryRun ?? false, (batch) => {
    for (const pending of batch) finish(pending.report);
  });
  let batch: Pending[] = [];
  let batchChars = 0;
  const flush = async (): Promise<void> => {
    const full = batch;
    batch = [];
    batchChars = 0;
    await writer.write(full);
  };

  for (let start = 0; start < inputs.sources.length; start += batchSize) {
    const chunk = await readChunk(inputs.sources.slice(start, start + batchSize), context);
    const states = await readArticleStates(
      context.store,
      chunk.flatMap((input) => ('article' in input ? [input.article] : [])),
    );
    for (const input of chunk) {
      if (!('article' in input)) {
        finish(input);
        continue;
      }
      const { article, name } = input;
      const base = { ...emptyReport(name), articleId: article.id, title: article.title };
      const articleState = states.get(article.id);
      if (state.seenArticleIds.has(article.id) || !articleState || (articleState.stored && !options.force)) {
        finish({ ...base, outcome: 'unchanged' });
        continue;
      }
      state.seenArticleIds.add(article.id);
      const replaces = replacedVersions(article, articleState, state);
      // Forced: the stored copy goes first, in the same transaction, and its facts are extracted anew.
      if (articleState.stored) replaces.unshift(article.id);
      // A version this article replaces may still be waiting in the batch: store it first.
      if (replaces.some((id) => batch.some((p) => p.article.id === id))) await flush();
      const pending = await resolveOne(article, base, replaces, context, state);
      if (!('resolved' in pending)) {
        finish(pending);
        continue;
      }
      if (article.url) state.urlOwners.set(article.url, article.id);
      batch.push(pending);
      batchChars += article.text.length;
      if (batchChars >= MAX_BATCH_TEXT_CHARS) await flush();
      // Lets the driver finish the previous batch's transaction while this one is extracted.
      await nextTurn();
    }
    await flush();
  }
  await writer.drain();
  context.progress?.done();
  return summarize(reports, options.dryRun ?? false, now() - started);
}

type ChunkInput = { article: Article; name: string } | ArticleReport;

/** Reads a chunk of inputs; an unreadable one becomes its failed report. */
async function readChunk(sources: readonly InputSource[], context: IngestContext): Promise<ChunkInput[]> {
  const out: ChunkInput[] = [];
  for (const source of sources) {
    const name = sourceName(source);
    try {
      out.push({ article: await (context.readInput ?? readInput)(source), name });
    } catch (error) {
      out.push(failed(name, reasonOf(error, 'read')));
    }
  }
  return out;
}

/** Older versions of the article's URL: those stored, and one this run stored moments ago. */
function replacedVersions(article: Article, stored: ArticleState, state: RunState): string[] {
  const replaces = [...stored.previous];
  const owner = article.url ? state.urlOwners.get(article.url) : undefined;
  if (owner && owner !== article.id && !replaces.includes(owner)) replaces.push(owner);
  return replaces;
}

/**
 * Extracts and resolves one article, counting what it creates against what the run has
 * stored; a failed extraction becomes the article's failed report.
 */
async function resolveOne(
  article: Article,
  base: Omit<ArticleReport, 'outcome'>,
  replaces: string[],
  context: IngestContext,
  state: RunState,
): Promise<Pending | ArticleReport> {
  let extraction: ExtractionResult;
  try {
    extraction = await context.extract(article);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    return { ...base, outcome: 'failed', reason: reasonOf(error, 'extraction failed') };
  }
  const resolved = resolveExtraction(extraction, state.index);
  let entitiesCreated = 0;
  for (const entity of resolved.entities) {
    if (!state.storedEntityIds.has(entity.id)) entitiesCreated++;
    state.storedEntityIds.add(entity.id);
  }
  let relationsCreated = 0;
  for (const relation of resolved.relations) {
    const key = storedRelationKey(relation.type, relation.source, relation.target);
    if (!state.relationKeys.has(key)) relationsCreated++;
    state.relationKeys.add(key);
  }
  return {
    article,
    resolved,
    replaces,
    report: {
      ...base,
      outcome: replaces.length > 0 ? 'updated' : 'new',
      ...(replaces.length > 0 ? { replaced: replaces } : {}),
      entitiesCreated,
      entitiesMerged: resolved.entities.length - entitiesCreated,
      relationsCreated,
      relationsUpdated: resolved.relations.length - relationsCreated,
    },
  };
}

interface BatchWriter {
  /** Waits for the previous batch to be stored, then starts storing this one without waiting for it. */
  write(batch: Pending[]): Promise<void>;
  /** Waits for the last batch; throws the store error that stopped the run, if any. */
  drain(): Promise<void>;
}

/**
 * Writes batches one after another, each in one transaction, while the caller goes on
 * extracting. When a batch fails, its articles are retried one by one so everything
 * before the failing article is stored, then the error stops the run.
 */
function createBatchWriter(store: Store, dryRun: boolean, stored: (batch: Pending[]) => void): BatchWriter {
  let inFlight: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  const storeBatch = async (batch: Pending[]): Promise<void> => {
    if (!dryRun) {
      try {
        await writeResolvedArticles(store, batch);
      } catch (error) {
        if (batch.length === 1) throw error;
        for (const pending of batch) await storeBatch([pending]);
        return;
      }
    }
    stored(batch);
  };
  const drain = async (): Promise<void> => {
    await inFlight;
    if (failure !== undefined) throw failure;
  };
  return {
    async write(batch) {
      await drain();
      if (batch.length === 0) return;
      // Settled here, so a failure waits for drain() instead of becoming an unhandled rejection.
      inFlight = storeBatch(batch).catch((error: unknown) => {
        failure = error;
      });
    },
    drain,
  };
}

function emptyReport(source: string): Omit<ArticleReport, 'outcome'> {
  return { source, entitiesCreated: 0, entitiesMerged: 0, relationsCreated: 0, relationsUpdated: 0 };
}

function failed(source: string, reason: string): ArticleReport {
  return { ...emptyReport(source), outcome: 'failed', reason };
}

/** The reason shown for a failed input: the InputError's problem, or the error's first line. */
function reasonOf(error: unknown, stage: string): string {
  if (error instanceof CoopgraphError && 'problem' in error && typeof error.problem === 'string') return error.problem;
  return `${stage}: ${describeError(error)}`;
}
