/**
 * The driver's value types and guards, for the layers above the store that read raw query
 * results (the `coopgraph query` renderers, the Cypher console's node and edge keys), so that
 * only src/store/ imports neo4j-driver.
 */
import neo4j from 'neo4j-driver';

export type { Node, Relationship } from 'neo4j-driver';

export const { isInt, isNode, isPath, isRelationship } = neo4j;
