/**
 * The types a caller of the ingest pipeline passes in: what extracts, where it writes, how it
 * runs. A module of its own (types only) so that the pipeline (ingest.ts) and the curation step
 * it calls at its end (apply-curation.ts, which re-ingests) can both use them without a cycle.
 */
import type { KnownEntity } from '../resolve/index.ts';
import type { Article, ExtractionResult } from '../schema/index.ts';
import type { Store } from '../store/index.ts';
import type { InputSource } from './collect-inputs.ts';
import type { ExtractedArticle } from './extracted-jsonl.ts';
import type { Progress } from './progress.ts';

/** The extraction stage as ingest sees it: an article in, entities and relations out. */
export type Extractor = (article: Article) => ExtractionResult | Promise<ExtractionResult>;

export interface IngestContext {
  store: Store;
  extract: Extractor;
  /** Reference entities (gazetteer): their ids are kept, their names resolve mentions. */
  reference: readonly KnownEntity[];
  progress?: Progress;
  /**
   * Reads an input; defaults to files and process.stdin. An input read with its extraction
   * (`ingest --extracted`) is stored as it is, without calling `extract`.
   */
  readInput?: (source: InputSource) => Promise<Article | ExtractedArticle>;
  /** Injected clock for the run's duration. */
  now?: () => number;
  /** The curation log applied after the run (default: COOPGRAPH_CURATION or graph-data/curation.jsonl). */
  curationLog?: string;
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
  /**
   * Extract in this many worker threads (each loads the dictionaries once) instead of
   * with `context.extract` on this thread; results are stored in input order all the same.
   */
  workers?: number;
  /**
   * When the store is empty, load in bulk (src/store/bulk-load.ts): each node and
   * relationship is created once, with what every article says of it folded in memory.
   * Meant for archives of pre-extracted articles; an interrupted bulk load is emptied by the
   * next run, so it starts over.
   */
  bulk?: boolean;
}
