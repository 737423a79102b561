/**
 * Adds the counts a reader of an exported file wants first to its graph
 * attributes: how many entities, relations and source articles it holds. Pure.
 */
import type { GraphExport } from '../schema/index.ts';

/** The graph with `entityCount`, `relationCount` and `articleCount` (distinct articles behind its relations). */
export function withSourceCounts(graph: GraphExport): GraphExport {
  const articles = new Set<string>();
  for (const edge of graph.edges) for (const id of edge.attributes.articleIds) articles.add(id);
  return {
    ...graph,
    attributes: {
      ...graph.attributes,
      entityCount: graph.nodes.length,
      relationCount: graph.edges.length,
      articleCount: articles.size,
    },
  };
}
