/**
 * Loads the seed-article fixture into the real Neo4j for a test file, and removes
 * exactly what it added afterwards (other test files may share the database).
 */

import { openStore, runWrite, type Store, writeArticle } from '../../src/store/index.ts';
import { removeArticle } from '../../src/store/ingest-store.ts';
import { SEED_FIXTURE_ARTICLE_ID, seedArticle, seedExtraction } from './seed-extraction.ts';

/** Opens the store and writes the fixture; pair with `unloadSeedGraph`. */
export async function loadSeedGraph(): Promise<Store> {
  const store = await openStore();
  await writeArticle(store, seedArticle, seedExtraction);
  return store;
}

/** Drops the fixture article, its links, and the entities nothing else refers to; then closes the store. */
export async function unloadSeedGraph(store: Store): Promise<void> {
  try {
    // The store's own removal: the article's evidence, what only it stated, its links.
    await removeArticle(store, SEED_FIXTURE_ARTICLE_ID).catch(() => undefined);
    await runWrite(store, {
      cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT (e)--() DELETE e',
      params: { ids: seedExtraction.entities.map((e) => e.id) },
    });
  } finally {
    await store.close();
  }
}
