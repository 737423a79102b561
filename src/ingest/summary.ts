/**
 * The outcome of an ingest run: per-article results and the totals the CLI
 * prints (as text or JSON). Pure data and formatting; no I/O.
 */

export type ArticleOutcome = 'new' | 'unchanged' | 'updated' | 'failed';

/** What happened to one input. */
export interface ArticleReport {
  /** The file path as given (or "<stdin>"). */
  source: string;
  outcome: ArticleOutcome;
  articleId?: string;
  title?: string;
  /** Why the input failed, naming the problem the user can fix. */
  reason?: string;
  /** Ids of older versions of the same URL this article replaced. */
  replaced?: string[];
  entitiesCreated: number;
  entitiesMerged: number;
  relationsCreated: number;
  relationsUpdated: number;
}

export interface IngestSummary {
  dryRun: boolean;
  articles: Record<ArticleOutcome, number>;
  entities: { created: number; merged: number };
  relations: { created: number; updated: number };
  failures: { source: string; reason: string }[];
  reports: ArticleReport[];
  durationMs: number;
  /** Milliseconds each written batch took, in order (absent when nothing was written): shows whether writes slow down as the graph grows. */
  batchWriteMs?: number[];
  /** The store was empty and the run loaded it in bulk (each node and relationship created once). */
  bulk?: boolean;
  /** What the user should know about the run beyond the counts (one line each). */
  notes?: string[];
}

/** Adds up per-article reports into the run's summary. */
export function summarize(
  reports: readonly ArticleReport[],
  dryRun: boolean,
  durationMs: number,
  batchWriteMs: readonly number[] = [],
): IngestSummary {
  const articles: Record<ArticleOutcome, number> = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  const entities = { created: 0, merged: 0 };
  const relations = { created: 0, updated: 0 };
  const failures: IngestSummary['failures'] = [];
  for (const report of reports) {
    articles[report.outcome]++;
    entities.created += report.entitiesCreated;
    entities.merged += report.entitiesMerged;
    relations.created += report.relationsCreated;
    relations.updated += report.relationsUpdated;
    if (report.outcome === 'failed') failures.push({ source: report.source, reason: report.reason ?? 'unknown error' });
  }
  return {
    dryRun,
    articles,
    entities,
    relations,
    failures,
    reports: [...reports],
    durationMs,
    ...(batchWriteMs.length > 0 ? { batchWriteMs: [...batchWriteMs] } : {}),
  };
}

/**
 * The summary as the terminal shows it: one line per total, then one line per
 * failure naming the file and the reason.
 *
 * @example formatSummary(summary).join('\n')
 */
export function formatSummary(summary: IngestSummary): string[] {
  const { articles, entities, relations } = summary;
  const verb = summary.dryRun ? 'would be' : '';
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written): ' : ''}${articles.new + articles.unchanged + articles.updated + articles.failed} input(s) in ${(summary.durationMs / 1000).toFixed(1)} s`,
    `  articles:  ${articles.new} new, ${articles.unchanged} unchanged, ${articles.updated} updated, ${articles.failed} failed`,
    `  entities:  ${entities.created} created, ${entities.merged} merged into existing ones${verb ? ` (${verb})` : ''}`,
    `  relations: ${relations.created} created, ${relations.updated} updated${verb ? ` (${verb})` : ''}`,
  ];
  if (summary.bulk) lines.push('  written in bulk: the store was empty');
  for (const note of summary.notes ?? []) lines.push(`note: ${note}`);
  if (summary.failures.length > 0) {
    lines.push('failed:');
    for (const failure of summary.failures) lines.push(`  ${failure.source}: ${failure.reason}`);
  }
  return lines;
}

/** The summary as `--json` prints it (reports included, so scripts can see each file's outcome). */
export function summaryToJson(summary: IngestSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
