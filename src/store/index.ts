/**
 * The store's public surface: connect (`openStore`), write an article, read the graph,
 * run built queries, and manage the embedded Neo4j. Import from here outside src/store/.
 */
export type { CypherQuery, GraphFilter } from './cypher.ts';
export { entityLabel, escapeName, factTypesPattern, relationshipType } from './cypher.ts';
export type { EmbeddedOptions, EmbeddedStatus } from './embedded.ts';
export {
  embeddedPaths,
  embeddedStatus,
  keepEmbeddedRunning,
  releaseEmbedded,
  startEmbedded,
  stopEmbedded,
} from './embedded.ts';
export { buildLauncher, isLauncherBuilt } from './launcher.ts';
export type { EntityNodeAttributes, RelationEdgeAttributes, StoredGraph } from './read-graph.ts';
export { readGraph } from './read-graph.ts';
export type { Row } from './run-query.ts';
export { runInTransaction, runRead, runWrite, toStoreError } from './run-query.ts';
export type { OpenStoreOptions, Store } from './store.ts';
export { connectStore, openStore } from './store.ts';
export type { PlainValue } from './values.ts';
export { toPlain } from './values.ts';
export type { WriteArticleResult } from './write-article.ts';
export { writeArticle } from './write-article.ts';
