/**
 * How the XML formats carry symmetry. networkx refuses undirected edges in a directed
 * GEXF graph and directed edges in an undirected GraphML graph, and igraph drops
 * per-edge directions, so every edge is written directed (source → target as stored)
 * and symmetric relations say so in a boolean `symmetric` attribute. Pure.
 */
import type { GraphExport } from '../schema/index.ts';

/** Name of the edge attribute that marks symmetric (undirected) relations. */
const SYMMETRIC_ATTRIBUTE = 'symmetric';

/** The edge's attributes plus `symmetric`, as written to GEXF and GraphML. */
export function edgeAttributesWithSymmetry(edge: GraphExport['edges'][number]): Record<string, unknown> {
  return { ...edge.attributes, [SYMMETRIC_ATTRIBUTE]: edge.undirected === true };
}
