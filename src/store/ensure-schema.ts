/**
 * Puts the store's constraints and indexes in place (idempotent), waits until they are
 * online and moves a store written by an older coopgraph to the current evidence model.
 * Runs on every connect; on an up-to-date database it is a few no-op statements.
 */
import { awaitIndexesQuery, schemaQueries } from './cypher.ts';
import { ensureEvidenceModel } from './evidence-store.ts';
import { runWrite, toStoreError } from './run-query.ts';
import type { Store } from './store-handle.ts';
import { prepareUrlConstraint } from './url-constraint.ts';

/** Codes Neo4j raises when another process created the same rule a moment earlier. */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** Creates the constraints and indexes the store relies on (tolerating a concurrent creator), then migrates. */
export async function ensureSchema(store: Store): Promise<void> {
  await prepareUrlConstraint(store);
  for (const query of schemaQueries()) {
    try {
      await runWrite(store, query);
    } catch (error) {
      const code = (toStoreError(error).cause as { code?: unknown } | undefined)?.code;
      if (typeof code !== 'string' || !ALREADY_THERE.has(code)) throw error;
    }
  }
  await runWrite(store, awaitIndexesQuery());
  await ensureEvidenceModel(store);
}
