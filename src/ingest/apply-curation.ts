/**
 * Applies the curation log the way every writer must: `applyCurationLog`, and when an undone
 * merge or split had to be cleared, the articles of the entities involved are extracted again
 * from their stored text (an `ingest --force` of just those articles, which applies the log
 * once more at its end). Used after every ingest, by the curation commands and by the server.
 */
import type { CurationDecision } from '../schema/curation.ts';
import { ArticleSchema } from '../schema/index.ts';
import { applyCurationLog, type CurationApplied } from '../store/curation.ts';
import { runRead, type Store } from '../store/index.ts';
import type { CollectedInputs } from './collect-inputs.ts';
import type { IngestContext, IngestOptions } from './ingest-context.ts';
import type { IngestSummary } from './summary.ts';

/** The ingest pipeline itself, passed in (the pipeline calls this module at its end). */
export type Reingest = (
  inputs: CollectedInputs,
  context: IngestContext,
  options: IngestOptions,
) => Promise<IngestSummary>;

/** Extracts the given stored articles again; called only when an undo needs it. */
export type Rederive = (articleIds: readonly string[]) => Promise<unknown>;

/** Applies `log` to the store; articles an undone merge or split needs derived again go to `rederive`. */
export async function applyCuration(
  store: Store,
  log: readonly CurationDecision[],
  rederive: Rederive,
): Promise<CurationApplied> {
  const applied = await applyCurationLog(store, log);
  if (applied.rederive.length > 0) await rederive(applied.rederive);
  return applied;
}

/**
 * Re-derives articles with `reingest`: a forced ingest of just those articles, read from
 * their stored text, with the context's extractor and reference data (`context` is built
 * only when needed, so commands that never undo a merge or split do not load them).
 */
export function reingestStored(context: () => IngestContext, reingest: Reingest): Rederive {
  return (ids) => {
    const base = context();
    return reingest(
      { sources: ids.map((id) => ({ kind: 'file', path: id })), missing: [] },
      {
        ...base,
        readInput: async (source) => readStoredArticle(base.store, source.kind === 'file' ? source.path : ''),
      },
      { force: true },
    );
  };
}

/** A stored article as ingest reads it (Article nodes keep the whole article, text included). */
async function readStoredArticle(store: Store, id: string) {
  const [row] = await runRead(store, {
    cypher: 'MATCH (a:Article {id: $id}) RETURN properties(a) AS props',
    params: { id },
  });
  if (!row) throw new Error(`article ${id} is no longer stored`);
  const props = Object.fromEntries(
    Object.entries(row.props as Record<string, unknown>).filter(([key]) => key in ArticleSchema.shape),
  );
  return ArticleSchema.parse(props);
}
