/**
 * The ingest pipeline: read → extract → resolve → write, in batches. Inputs are read
 * a batch at a time and checked against the store in one query; unchanged articles
 * (same content hash) are skipped before extraction, so re-running a load is cheap
 * (`force` extracts them again); a new version of a stored URL replaces the old one.
 * The articles of a chunk are extracted together (by a worker pool with `workers`) and
 * taken in input order; each batch is written in one transaction while the next batch is
 * being extracted, so Neo4j and the extractor work at the same time. Pre-extracted inputs
 * (`ingest --extracted`) skip extraction. Per-input problems become failed reports; a store error
 * stops the run with every earlier article stored (every further write would fail
 * the same way).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ConfigError, CoopgraphError, describeError, StoreError } from '../errors.ts';
import { loadMorphology } from '../extract/morphology.ts';
import { readCurationLog, resolveCurationPath } from '../io/curation-file.ts';
import { azDictionariesDir } from '../io/extraction-resources.ts';
import {
  createEntityIndex,
  type EntityIndex,
  type KnownEntity,
  resolveExtraction,
  surnameReadingsOf,
} from '../resolve/index.ts';
import type { Article, ExtractionResult } from '../schema/index.ts';
import {
  BULK_LOAD_STALE_MS,
  type BulkLoad,
  beginBulkLoad,
  clearUnfinishedBulkLoad,
  readBulkLoadMark,
} from '../store/bulk-load.ts';
import type { Store } from '../store/index.ts';
import {
  type ArticleState,
  loadKnownRelationKeys,
  loadStoredEntityIds,
  type ResolvedArticle,
  readArticleStates,
  storedRelationKey,
  toArticleWrites,
  writeResolvedArticles,
} from '../store/ingest-store.ts';
import { applyCuration, reingestStored } from './apply-curation.ts';
import { type CollectedInputs, type InputSource, sourceName } from './collect-inputs.ts';
import { createExtractPool, type ExtractPool } from './extract-pool.ts';
import type { Extractor, IngestContext, IngestOptions } from './ingest-context.ts';
import { readInput } from './read-input.ts';
import { type ArticleReport, type IngestSummary, summarize } from './summary.ts';
import { writeCheckedVersions } from './version-check.ts';

/**
 * Articles per write transaction unless told otherwise. Large enough that a hot
 * relationship's lists are rewritten once per hundred articles rather than once per
 * article; small enough to stay far below Neo4j's transaction memory limit.
 */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * Articles per transaction for pre-extracted input (`ingest --extracted`): with no extraction to
 * overlap, larger transactions pay (fewer commits and statements per article; 500 cut the write
 * time about 20 % against 100 with the same graph, issue 12).
 */
export const DEFAULT_EXTRACTED_BATCH_SIZE = 500;

/** The batch size when the user gave none: larger for input that is only written. */
export function defaultBatchSize(extracted: boolean): number {
  return extracted ? DEFAULT_EXTRACTED_BATCH_SIZE : DEFAULT_BATCH_SIZE;
}

/** A batch is also closed once its texts reach this size, so a few huge articles cannot fill the transaction. */
const MAX_BATCH_TEXT_CHARS = 4_000_000;

/** Mutable state of one run: what the store holds, as this run has changed it. */
interface RunState {
  /** The reference data every article resolves against (and only it: see resolve-extraction.ts). */
  index: () => Promise<EntityIndex>;
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
  const notes: string[] = [];
  if (!options.dryRun) await settleBulkLoadMark(context.store, now, notes);
  const bulk = options.bulk && !options.dryRun ? await beginBulkLoad(context.store) : undefined;
  const state: RunState = {
    index: referenceIndex(context.reference),
    storedEntityIds: await loadStoredEntityIds(context.store),
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

  const stored = (batch: Pending[]): void => {
    for (const pending of batch) finish(pending.report);
  };
  const writer = bulk
    ? createBulkWriter(context.store, bulk, stored)
    : createBatchWriter(context.store, options.dryRun ?? false, stored);
  let batch: Pending[] = [];
  let batchChars = 0;
  const flush = async (): Promise<void> => {
    const full = batch;
    batch = [];
    batchChars = 0;
    await writer.write(full);
  };

  // Started on the first article that needs extracting, so a run over unchanged or pre-extracted articles starts none.
  let pool: ExtractPool | undefined;
  const extract: Extractor = options.workers
    ? (article) => {
        pool ??= createExtractPool(options.workers);
        return pool.extract(article);
      }
    : context.extract;
  try {
    await ingestChunks();
  } finally {
    await pool?.close();
  }
  // People's corrections hold over every reload: the graph is "extraction + curation log".
  // An undone merge or split re-derives its entities' articles (a forced ingest of just those).
  if (!options.dryRun)
    await applyCuration(
      context.store,
      readCurationLog(context.curationLog ?? resolveCurationPath()),
      reingestStored(() => context, ingest),
    );
  context.progress?.done();
  return {
    ...summarize(reports, options.dryRun ?? false, now() - started, writer.batchWriteMs),
    ...(bulk ? { bulk: true } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };

  async function ingestChunks(): Promise<void> {
    for (let start = 0; start < inputs.sources.length; start += batchSize) {
      const chunk = await readChunk(inputs.sources.slice(start, start + batchSize), context);
      const states = await readArticleStates(
        context.store,
        chunk.flatMap((input) => ('article' in input ? [input.article] : [])),
      );
      const extractions = startExtractions(chunk, states, state, options, extract);
      for (const input of chunk) {
        if (!('article' in input)) {
          finish(input);
          continue;
        }
        const { article, name } = input;
        const base = { ...emptyReport(name), articleId: article.id, title: article.title };
        const articleState = states.get(article.id);
        if (!needsExtraction(article, articleState, state, options)) {
          finish({ ...base, outcome: 'unchanged' });
          continue;
        }
        state.seenArticleIds.add(article.id);
        const replaces = replacedVersions(article, articleState, state);
        // Forced: the stored copy goes first, in the same transaction, and its facts are extracted anew.
        if (articleState.stored) replaces.unshift(article.id);
        // A version this article replaces may still be waiting in the batch: store it first.
        if (replaces.some((id) => batch.some((p) => p.article.id === id))) await flush();
        const extraction = extractions.get(article.id) ?? settle(() => extract(article));
        const pending = await resolveOne(article, base, replaces, extraction, state);
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
    await writer.finish();
  }
}

/**
 * Deals with the mark of a bulk load left in the store: one that wrote within
 * BULK_LOAD_STALE_MS is under way in another process (this run stops with an error that says
 * so); an older one was interrupted, and the store, empty when it started, holds only part
 * of it, so it is emptied (and a note says so) before this run writes.
 */
async function settleBulkLoadMark(store: Store, now: () => number, notes: string[]): Promise<void> {
  const mark = await readBulkLoadMark(store);
  if (!mark) return;
  const idleMs = now() - Date.parse(mark.lastWrite);
  if (idleMs < BULK_LOAD_STALE_MS) {
    const wait = Math.ceil((BULK_LOAD_STALE_MS - idleMs) / 1000);
    throw new StoreError(
      `another coopgraph ingest is loading this store in bulk (started ${mark.started}); run again when it has finished, or in ${wait} s if it was stopped`,
      false,
    );
  }
  await clearUnfinishedBulkLoad(store);
  notes.push(
    `the store held part of a bulk load that was interrupted (started ${mark.started}); it was emptied, so load those files again`,
  );
}

/**
 * The index of the reference entities, built on first use: a run over unchanged articles
 * needs no az dictionaries (person surnames are matched by their readings).
 */
function referenceIndex(reference: readonly KnownEntity[]): () => Promise<EntityIndex> {
  let index: Promise<EntityIndex> | undefined;
  return () => {
    index ??= loadMorphology(azDictionariesDir()).then(
      (morph) => createEntityIndex(reference, surnameReadingsOf(morph)),
      (error: unknown) => {
        throw new ConfigError('cannot load the az morphology dictionaries; run npm install', { cause: error });
      },
    );
    return index;
  };
}

type ChunkInput = { article: Article; name: string; extraction?: ExtractionResult } | ArticleReport;

/** Reads a chunk of inputs; an unreadable one becomes its failed report. */
async function readChunk(sources: readonly InputSource[], context: IngestContext): Promise<ChunkInput[]> {
  const out: ChunkInput[] = [];
  for (const source of sources) {
    const name = sourceName(source);
    try {
      const input = await (context.readInput ?? readInput)(source);
      out.push('extraction' in input ? { ...input, name } : { article: input, name });
    } catch (error) {
      out.push(failed(name, reasonOf(error, 'read')));
    }
  }
  return out;
}

/** Whether the run extracts (and stores) this article: new, changed, or forced, and not seen before in the run. */
function needsExtraction(
  article: Article,
  articleState: ArticleState | undefined,
  state: RunState,
  options: IngestOptions,
): articleState is ArticleState {
  if (state.seenArticleIds.has(article.id) || !articleState) return false;
  return !articleState.stored || (options.force ?? false);
}

/** An extraction's outcome, settled so it can wait in a map without an unhandled rejection. */
type Settled = Promise<{ ok: true; value: ExtractionResult } | { ok: false; error: unknown }>;

function settle(run: () => ExtractionResult | Promise<ExtractionResult>): Settled {
  return Promise.resolve()
    .then(run)
    .then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
}

/**
 * Starts the extraction of every article of the chunk that needs one, all at once, so a
 * parallel extractor (a worker pool) works on the whole chunk while the loop takes the
 * results in input order. Pre-extracted inputs carry their result already.
 */
function startExtractions(
  chunk: readonly ChunkInput[],
  states: ReadonlyMap<string, ArticleState>,
  state: RunState,
  options: IngestOptions,
  extract: Extractor,
): Map<string, Settled> {
  const started = new Map<string, Settled>();
  for (const input of chunk) {
    if (!('article' in input) || started.has(input.article.id)) continue;
    if (!needsExtraction(input.article, states.get(input.article.id), state, options)) continue;
    const { article, extraction } = input;
    started.set(
      article.id,
      settle(() => extraction ?? extract(article)),
    );
  }
  return started;
}

/** Older versions of the article's URL: those stored, and one this run stored moments ago. */
function replacedVersions(article: Article, stored: ArticleState, state: RunState): string[] {
  const replaces = [...stored.previous];
  const owner = article.url ? state.urlOwners.get(article.url) : undefined;
  if (owner && owner !== article.id && !replaces.includes(owner)) replaces.push(owner);
  return replaces;
}

/**
 * Resolves one extracted article, counting what it creates against what the run has
 * stored; a failed extraction becomes the article's failed report.
 */
async function resolveOne(
  article: Article,
  base: Omit<ArticleReport, 'outcome'>,
  replaces: string[],
  extracted: Settled,
  state: RunState,
): Promise<Pending | ArticleReport> {
  const outcome = await extracted;
  if (!outcome.ok) {
    if (outcome.error instanceof StoreError) throw outcome.error;
    return { ...base, outcome: 'failed', reason: reasonOf(outcome.error, 'extraction failed') };
  }
  const extraction = outcome.value;
  const resolved = resolveExtraction(extraction, await state.index());
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
  /** After the last batch: waits for it and completes what the writer left to the end. */
  finish(): Promise<void>;
  /** Milliseconds each batch written whole took, in order. */
  readonly batchWriteMs: number[];
}

/**
 * Writes batches one after another, each in one transaction, while the caller goes on
 * extracting. When a batch fails, its articles are retried one by one so everything
 * before the failing article is stored, then the error stops the run.
 */
function createBatchWriter(store: Store, dryRun: boolean, stored: (batch: Pending[]) => void): BatchWriter {
  const batchWriteMs: number[] = [];
  const storeBatch = async (batch: Pending[]): Promise<void> => {
    let written = batch;
    // A bulk load assumes it writes alone (it began on an empty store): no batch goes in beside it.
    if (!dryRun && (await readBulkLoadMark(store))) {
      throw new StoreError(
        'a bulk load began in this store while this run was loading, so this run stopped before writing beside it; run it again when that load has finished',
        false,
      );
    }
    if (!dryRun) {
      try {
        const start = performance.now();
        written = await writeCheckedVersions(store, batch, (ready) => writeResolvedArticles(store, ready));
        batchWriteMs.push(performance.now() - start);
      } catch (error) {
        if (batch.length === 1) throw error;
        for (const pending of batch) await storeBatch([pending]);
        return;
      }
    }
    stored(written);
  };
  const { write, drain } = oneAtATime(storeBatch);
  return { write, drain, finish: drain, batchWriteMs };
}

/**
 * Batches stored one at a time while the caller goes on: `write` waits for the previous
 * batch, then starts this one without waiting for it; `drain` waits for the last one and
 * throws the error that stopped the writes, once `onFailure` (if any) has cleaned up.
 */
function oneAtATime(
  storeBatch: (batch: Pending[]) => Promise<void>,
  onFailure?: () => Promise<void>,
): Pick<BatchWriter, 'write' | 'drain'> {
  let inFlight: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  const drain = async (): Promise<void> => {
    await inFlight;
    if (failure === undefined) return;
    await onFailure?.();
    throw failure;
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

/**
 * The writer of a bulk load (an empty store, see src/store/bulk-load.ts): each batch is one
 * chunk of the load; an article that replaces a version stored earlier in the run waits, and
 * is written by the transactional writer once the load is finished, as that removes what the
 * old version stated. A failure empties the store again (best effort) and stops the run.
 */
function createBulkWriter(store: Store, load: BulkLoad, stored: (batch: Pending[]) => void): BatchWriter {
  const batchWriteMs: number[] = [];
  const replacing: Pending[] = [];
  const storeBatch = async (batch: Pending[]): Promise<void> => {
    const now = batch.filter((pending) => pending.replaces.length === 0);
    replacing.push(...batch.filter((pending) => pending.replaces.length > 0));
    const start = performance.now();
    await load.writeChunk(toArticleWrites(now));
    batchWriteMs.push(performance.now() - start);
    stored(now);
  };
  const emptyAgain = () => clearUnfinishedBulkLoad(store).catch(() => undefined);
  const { write, drain } = oneAtATime(storeBatch, emptyAgain);
  return {
    write,
    drain,
    async finish() {
      await drain();
      try {
        await load.finish();
      } catch (error) {
        await emptyAgain();
        throw error;
      }
      const writer = createBatchWriter(store, false, stored);
      for (const pending of replacing) await writer.write([pending]);
      await writer.drain();
    },
    batchWriteMs,
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
