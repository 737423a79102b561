/**
 * The overview of a graph too big to draw at once (`GET /api/graph?overview=1`):
 * the most connected entities and the relations among them, with counts of what
 * is left out so the viewer can say so. Search and "show neighbours" reach the rest.
 */
import type { GraphExportInput } from '../schema/index.ts';

/**
 * The graph itself when it has at most `maxNodes` entities, else the `maxNodes`
 * with the most relations (ties by id, so the same graph gives the same overview)
 * and the relations among them. `attributes` records the totals either way.
 */
export function overviewGraph(graph: GraphExportInput, maxNodes: number): GraphExportInput {
  const totals = { totalNodes: graph.nodes.length, totalEdges: graph.edges.length };
  if (graph.nodes.length <= maxNodes) return { ...graph, attributes: { ...graph.attributes, ...totals } };
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = [...graph.nodes]
    .sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || (a.key < b.key ? -1 : 1))
    .slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.key));
  const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  return { ...graph, attributes: { ...graph.attributes, ...totals, overview: true }, nodes, edges };
}
