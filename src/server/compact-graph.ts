/**
 * The compact form of `GET /api/graph`: what drawing and filtering need, no
 * evidence sentences and no article id lists. At tens of thousands of
 * articles those lists are most of the payload; the viewer fetches one
 * relation's evidence from `/api/edges/:id/evidence` when it is selected.
 */
import type { GraphExport, GraphExportInput, GraphNodeAttributes } from '../schema/index.ts';

/** Widens a [first, last] date range by one more range; ISO dates compare as text. */
function widen(range: { firstSeen?: string; lastSeen?: string }, first?: string, last?: string): void {
  if (first && (!range.firstSeen || first < range.firstSeen)) range.firstSeen = first;
  const end = last ?? first;
  if (end && (!range.lastSeen || end > range.lastSeen)) range.lastSeen = end;
}

/** The compact graph: edges without their lists (the schema's input form), nodes whole. */
export type CompactGraphExport = Omit<GraphExportInput, 'nodes'> & { nodes: GraphExport['nodes'] };

/**
 * Drops evidence and article ids from every edge (keeping their count), and
 * gives every node its degree and the date range of its relations, so the
 * viewer can size and time-filter nodes without the lists.
 */
export function compactGraphExport(graph: GraphExport): CompactGraphExport {
  const nodeFacts = new Map<string, Pick<GraphNodeAttributes, 'degree' | 'firstSeen' | 'lastSeen'>>();
  const factsOf = (key: string) => {
    let facts = nodeFacts.get(key);
    if (!facts) {
      facts = { degree: 0 };
      nodeFacts.set(key, facts);
    }
    return facts;
  };
  const edges = graph.edges.map((edge) => {
    const { evidence: _evidence, articleIds, ...attributes } = edge.attributes;
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      const facts = factsOf(end);
      facts.degree = (facts.degree ?? 0) + 1;
      widen(facts, attributes.firstSeen, attributes.lastSeen);
    }
    return {
      ...edge,
      attributes: { ...attributes, articleCount: attributes.articleCount ?? articleIds.length },
    };
  });
  return {
    ...graph,
    attributes: { ...graph.attributes, compact: true },
    nodes: graph.nodes.map((node) => ({
      ...node,
      attributes: { ...node.attributes, degree: 0, ...nodeFacts.get(node.key) },
    })),
    edges,
  };
}
