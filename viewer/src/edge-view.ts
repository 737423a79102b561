/**
 * A selected relation as the Details panel shows it. A module of its own (types only): the
 * panel (details-panel.ts) renders it and the curation tools (curation-actions.ts) act on it,
 * and the panel also uses the tools' helpers, so neither may hold the type without a cycle.
 */
import type { ArticleRef, GraphEdgeAttributes } from '../../src/schema/index.ts';

/** One article's sentences stating a relation, as the evidence endpoint pages them. */
export interface EdgeEvidenceItem {
  article: ArticleRef;
  sentences: readonly string[];
}

export interface EdgeView {
  source: { key: string; name: string };
  target: { key: string; name: string };
  attributes: GraphEdgeAttributes;
  /** The articles stating the relation, by title; undefined while their titles load. */
  articles: readonly ArticleRef[] | undefined;
  /** Articles beyond those listed (a relation many articles state lists only the first few). */
  moreArticles: number;
  /** Sentences per article, fetched when the relation is selected; replaces the inline sample. */
  evidence?: readonly EdgeEvidenceItem[];
}
