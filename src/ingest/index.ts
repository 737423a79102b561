/** Public surface of the ingest stage: collect inputs, run the pipeline, show progress and the summary. */
export {
  ARTICLE_EXTENSIONS,
  type CollectedInputs,
  collectInputs,
  type InputSource,
  sourceName,
} from './collect-inputs.ts';
export { DEFAULT_BATCH_SIZE, type Extractor, type IngestContext, type IngestOptions, ingest } from './ingest.ts';
export { createProgress, type Progress, type ProgressStream } from './progress.ts';
export { articleFromBytes, readInput } from './read-input.ts';
export {
  type ArticleOutcome,
  type ArticleReport,
  formatSummary,
  type IngestSummary,
  summarize,
  summaryToJson,
} from './summary.ts';
