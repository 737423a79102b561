/**
 * The ingest pipeline: for each input, read → extract → resolve → write, one
 * transaction per article. Unchanged articles (same content hash) are skipped
 * before extraction, so re-running a load is cheap; a new version of a stored
 * URL replaces the old one. Per-input problems become failed reports; a store
 * error stops the run (every further write would fail the same way).
 */
import { CoopgraphError, describeError, StoreError } from '../errors.ts';
import { createEntityIndex, type KnownEntity, resolveExtraction } from '../resolve/index.ts';
import type { Article, ExtractionResult } from '../schema/index.ts';
import type { Store } from '../store/index.ts';
import {
  loadKnownEntities,
  loadKnownRelationKeys,
  readArticleState,
  storedRelationKey,
  writeResolvedArticle,
} from '../store/ingest-store.ts';
import { type CollectedInputs, type InputSource, sourceName } from './collect-inputs.ts';
import type { Progress } from './progress.ts';
import { readInput } from './read-input.ts';
import { type ArticleReport, type IngestSummary, summarize } from './summary.ts';

/** The extraction stage as ingest sees it: an article in, entities and relations out. */
export type Extractor = (article: Article) => ExtractionResult | Promise<ExtractionResult>;

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
}

/** Mutable state of one run: what the store holds, as this run has changed it. */
interface RunState {
  index: ReturnType<typeof createEntityIndex>;
  storedEntityIds: Set<string>;
  relationKeys: Set<string>;
  seenArticleIds: Set<string>;
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
  const dryRun = options.dryRun ?? false;
  const stored = await loadKnownEntities(context.store);
  const state: RunState = {
    index: createEntityIndex([...context.reference, ...stored]),
    storedEntityIds: new Set(stored.map((e) => e.id)),
    relationKeys: await loadKnownRelationKeys(context.store),
    seenArticleIds: new Set(),
  };
  const reports: ArticleReport[] = [];
  for (const missing of inputs.missing) {
    reports.push(failed(missing.source, missing.reason));
    context.progress?.tick(missing.source, 'failed');
  }
  for (const source of inputs.sources) {
    const report = await ingestOne(source, context, state, dryRun);
    reports.push(report);
    context.progress?.tick(report.source, report.outcome);
  }
  context.progress?.done();
  return summarize(reports, dryRun, now() - started);
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

async function ingestOne(
  source: InputSource,
  context: IngestContext,
  state: RunState,
  dryRun: boolean,
): Promise<ArticleReport> {
  const name = sourceName(source);
  let article: Article;
  try {
    article = await (context.readInput ?? readInput)(source);
  } catch (error) {
    return failed(name, reasonOf(error, 'read'));
  }
  const base = { ...emptyReport(name), articleId: article.id, title: article.title };
  if (state.seenArticleIds.has(article.id)) return { ...base, outcome: 'unchanged' };
  state.seenArticleIds.add(article.id);
  const articleState = await readArticleState(context.store, article);
  if (articleState.stored) return { ...base, outcome: 'unchanged' };

  let extraction: ExtractionResult;
  try {
    extraction = await context.extract(article);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    return { ...base, outcome: 'failed', reason: reasonOf(error, 'extraction failed') };
  }
  const resolved = resolveExtraction(extraction, state.index);
  let entitiesCreated = 0;
  for (const entity of resolved.entities) if (!state.storedEntityIds.has(entity.id)) entitiesCreated++;
  let relationsCreated = 0;
  for (const relation of resolved.relations) {
    if (!state.relationKeys.has(storedRelationKey(relation.type, relation.source, relation.target))) relationsCreated++;
  }
  if (!dryRun) await writeResolvedArticle(context.store, article, resolved, articleState.previous);
  for (const entity of resolved.entities) state.storedEntityIds.add(entity.id);
  for (const relation of resolved.relations) {
    state.relationKeys.add(storedRelationKey(relation.type, relation.source, relation.target));
  }
  return {
    ...base,
    outcome: articleState.previous.length > 0 ? 'updated' : 'new',
    ...(articleState.previous.length > 0 ? { replaced: articleState.previous } : {}),
    entitiesCreated,
    entitiesMerged: resolved.entities.length - entitiesCreated,
    relationsCreated,
    relationsUpdated: resolved.relations.length - relationsCreated,
  };
}
