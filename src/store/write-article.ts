/**
 * Stores one article and what was extracted from it, all in one transaction: a failure
 * anywhere leaves the database as it was. Re-writing the same article changes nothing.
 */
import type { Article, ExtractionResult } from '../schema/index.ts';
import { runInTransaction } from './run-query.ts';
import type { Store } from './store-handle.ts';
import { writeArticlesQueries } from './upsert.ts';

/** What one `writeArticle` call stored (counts of its input, as MERGE does not report creations). */
export interface WriteArticleResult {
  articleId: string;
  entities: number;
  relations: number;
}

/**
 * Upserts the article node, its entities (aliases merged), MENTIONED_IN links and
 * relations (count, dates and evidence sample merged; sentences on Evidence nodes) in one write transaction.
 *
 * @example
 * await writeArticle(store, article, extraction);
 */
export async function writeArticle(
  store: Store,
  article: Article,
  extraction: ExtractionResult,
): Promise<WriteArticleResult> {
  await runInTransaction(store, writeArticlesQueries([{ article, extraction }]));
  return { articleId: article.id, entities: extraction.entities.length, relations: extraction.relations.length };
}
