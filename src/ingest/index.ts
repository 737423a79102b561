/** Public surface of the ingest stage: collect inputs, run the pipeline, show progress and the summary. */
export { collectInputs } from './collect-inputs.ts';
export { DEFAULT_BATCH_SIZE, DEFAULT_EXTRACTED_BATCH_SIZE, defaultBatchSize, ingest } from './ingest.ts';
export type { Extractor, IngestContext, IngestOptions } from './ingest-context.ts';
export { createProgress, type Progress } from './progress.ts';
export { readInput } from './read-input.ts';
export {
  type ArticleReport,
  formatSummary,
  type IngestSummary,
  summarize,
  summaryToJson,
} from './summary.ts';
