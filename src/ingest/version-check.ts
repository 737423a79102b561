/**
 * One version per URL whatever the concurrency. A run reads what the store holds before it
 * extracts; another run may store a version of the same URL (or the very same article) in the
 * meantime. So right before a batch is written its articles are checked against the store
 * again, and the store has the last word: its uniqueness constraint on `Article.url` refuses
 * the second of two racing writers, which re-checks against the winner's version (now stored,
 * so it is replaced like any older version) and writes again. Reports are corrected to say
 * what this run actually changed.
 */
import { StoreError } from '../errors.ts';
import type { Article } from '../schema/index.ts';
import type { Store } from '../store/index.ts';
import { readArticleStates } from '../store/ingest-store.ts';
import type { ArticleReport } from './summary.ts';

/** What the check needs of an article waiting to be written. */
export interface VersionedWrite {
  article: Article;
  /** Ids of the stored versions the write removes first (its own id too when forced). */
  replaces: readonly string[];
  report: ArticleReport;
}

/** Attempts at a batch that keeps losing URL races before the error stops the run. */
const MAX_ATTEMPTS = 5;

/** The code of a write refused by a uniqueness constraint: here, a URL another writer just stored. */
const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Writes the batch with `write`, first bringing each article up to date with the store, and
 * again after losing a race for a URL. Returns the batch as written, in order, with reports
 * that count what this run changed: an article another writer stored meanwhile is
 * `unchanged` (and not written again), one whose URL got another version meanwhile is
 * `updated` and replaces it.
 */
export async function writeCheckedVersions<T extends VersionedWrite>(
  store: Store,
  batch: readonly T[],
  write: (batch: T[]) => Promise<void>,
): Promise<T[]> {
  let current = [...batch];
  for (let attempt = 1; ; attempt++) {
    current = await checkAgainstStore(store, current);
    const toWrite = current.filter((item) => item.report.outcome !== 'unchanged');
    try {
      if (toWrite.length > 0) await write(toWrite);
      return current;
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isConstraintConflict(error)) throw error;
    }
  }
}

/** Each article as the store now sees it: stored meanwhile (unchanged), or with more versions to replace. */
async function checkAgainstStore<T extends VersionedWrite>(store: Store, batch: readonly T[]): Promise<T[]> {
  const states = await readArticleStates(
    store,
    batch.filter((item) => item.report.outcome !== 'unchanged').map((item) => item.article),
  );
  return batch.map((item) => {
    const state = states.get(item.article.id);
    if (!state || item.report.outcome === 'unchanged') return item;
    const forced = item.replaces.includes(item.article.id);
    if (state.stored && !forced) return { ...item, report: unchangedReport(item.report) };
    const added = state.previous.filter((id) => !item.replaces.includes(id));
    if (added.length === 0) return item;
    const replaces = [...item.replaces, ...added];
    return { ...item, replaces, report: { ...item.report, outcome: 'updated', replaced: replaces } };
  });
}

function unchangedReport(report: ArticleReport): ArticleReport {
  const { replaced: _replaced, reason: _reason, ...rest } = report;
  return {
    ...rest,
    outcome: 'unchanged',
    entitiesCreated: 0,
    entitiesMerged: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
  };
}

function isConstraintConflict(error: unknown): boolean {
  const cause = error instanceof StoreError ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === CONSTRAINT_FAILED;
}
