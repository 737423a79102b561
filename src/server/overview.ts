/**
 * The overview of a graph too big to draw at once (`GET /api/graph?overview=1`):
 * the most connected entities and a budget of the strongest relations among them,
 * with counts of what is left out so the viewer can say so. Search and "show
 * neighbours" reach the rest. The store computes the same overview in Cypher
 * (store/read-overview.ts); this pure form serves graph snapshots and is the
 * reference the store's is tested against.
 */
import type { GraphExportInput } from '../schema/index.ts';

/** How many relations an overview keeps: per kept entity, and in all (`Infinity`: no limit). */
export interface EdgeBudget {
  perNode: number;
  total: number;
}

type Edge = GraphExportInput['edges'][number];

/** The number of articles stating a relation: what "strongest" means. */
function strength(edge: Edge): number {
  return edge.attributes.articleCount ?? edge.attributes.articleIds?.length ?? 0;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Strongest first: more articles, then type, source, target and key, so equal counts
 * still give one order (the store's Cypher orders the same way; UTF-16 order on both sides).
 */
export function compareStrength(a: Edge, b: Edge): number {
  return (
    strength(b) - strength(a) ||
    byText(a.attributes.type, b.attributes.type) ||
    byText(a.source, b.source) ||
    byText(a.target, b.target) ||
    byText(a.key, b.key)
  );
}

/**
 * The budgeted relations, strongest first by rank: an edge's rank is its place among the
 * relations of whichever end ranks it higher, and only ranks below `perNode` qualify. The
 * total cap then takes every entity's strongest relation before any second one, so no
 * entity is left without a relation it has while the cap spends edges on hubs.
 */
export function budgetEdges<E extends Edge>(edges: readonly E[], budget: EdgeBudget): E[] {
  const seen = new Map<string, number>();
  const ranked: { edge: E; rank: number; order: number }[] = [];
  [...edges].sort(compareStrength).forEach((edge, order) => {
    let rank = Number.POSITIVE_INFINITY;
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      const place = seen.get(end) ?? 0;
      seen.set(end, place + 1);
      rank = Math.min(rank, place);
    }
    if (rank < budget.perNode) ranked.push({ edge, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, budget.total).map(({ edge }) => edge);
}

/**
 * The graph itself when it has at most `maxNodes` entities, else the `maxNodes` with the
 * most relations (ties by id, so the same graph gives the same overview) and the budgeted
 * relations among them. `attributes` records the totals either way.
 */
export function overviewGraph(graph: GraphExportInput, maxNodes: number, budget: EdgeBudget): GraphExportInput {
  const totals = { totalNodes: graph.nodes.length, totalEdges: graph.edges.length };
  if (graph.nodes.length <= maxNodes) return { ...graph, attributes: { ...graph.attributes, ...totals } };
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = [...graph.nodes]
    .sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || byText(a.key, b.key))
    .slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.key));
  const among = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const edges = budgetEdges(among, budget);
  return { ...graph, attributes: { ...graph.attributes, ...totals, overview: true }, nodes, edges };
}
