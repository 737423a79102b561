/**
 * Brings a database made before the `Article.url` uniqueness constraint up to it: the plain
 * `article_url` index it replaces is dropped, and a URL stored more than once (two versions
 * written concurrently by an older coopgraph) keeps only its latest version, removed the way
 * `article rm` removes one. Runs before the schema is ensured, and only while the constraint
 * is missing, so an up-to-date database pays one `SHOW CONSTRAINTS`.
 */
import { duplicateUrlVersionsQuery } from './article-versions.ts';
import { ARTICLE_URL_CONSTRAINT } from './cypher.ts';
import { removeArticle } from './ingest-store.ts';
import { runRead, runWrite } from './run-query.ts';
import type { Store } from './store-handle.ts';

/** Makes room for the URL constraint; a no-op once it exists. */
export async function prepareUrlConstraint(store: Store): Promise<void> {
  const existing = await runRead(store, {
    cypher: 'SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name',
    params: { name: ARTICLE_URL_CONSTRAINT },
  });
  if (existing.length > 0) return;
  await runWrite(store, { cypher: 'DROP INDEX article_url IF EXISTS', params: {} });
  for (const row of await runRead(store, duplicateUrlVersionsQuery())) {
    const older = Array.isArray(row.older) ? row.older.filter((id): id is string => typeof id === 'string') : [];
    for (const id of older) await removeArticle(store, id);
  }
}
