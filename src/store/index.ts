/**
 * The store's public surface: connect (`openStore`), write an article, read the graph,
 * run built queries, and manage the embedded Neo4j. Import from here outside src/store/.
 */
export type { CypherQuery } from './cypher.ts';
export { factTypesPattern } from './cypher.ts';
export type { Node, Relationship } from './driver-values.ts';
export { isInt, isNode, isPath, isRelationship } from './driver-values.ts';
export {
  embeddedPaths,
  embeddedStatus,
  keepEmbeddedRunning,
  releaseEmbedded,
  startEmbedded,
  stopEmbedded,
} from './embedded.ts';
export { buildLauncher, isLauncherBuilt } from './launcher.ts';
export { readGraph } from './read-graph.ts';
export type { Row } from './run-query.ts';
export { runInTransaction, runRead, runWrite, toStoreError } from './run-query.ts';
export { connectStore, openStore } from './store.ts';
export type { Store } from './store-handle.ts';
export type { CypherTarget, UserTransaction } from './user-query.ts';
export { inUserTransaction } from './user-query.ts';
export type { PlainValue } from './values.ts';
export { toPlain } from './values.ts';
export { writeArticle } from './write-article.ts';
