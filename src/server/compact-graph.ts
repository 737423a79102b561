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
 * Edge attributes the compact payload leaves out: the lists the evidence endpoint serves, and
 * extraction bookkeeping no view shows (`origin`, `confidence`, the attribute merge's rank).
 * Product, value, currency and curation marks stay: the details panel shows them.
 */
const LEFT_OUT = new Set(['evidence', 'articleIds', 'origin', 'confidence', 'attributesRank']);

/**
 * One edge in compact form: no lists (their count kept as `articleCount`), no bookkeeping, and
 * no `modality` when it is the schema's default `fact` (the viewer's parser fills it back in).
 */
export function compactEdge(edge: GraphExport['edges'][number]): CompactGraphExport['edges'][number] {
  const attributes: CompactGraphExport['edges'][number]['attributes'] = {
    type: edge.attributes.type,
    articleCount: edge.attributes.articleCount ?? edge.attributes.articleIds.length,
  };
  for (const [name, value] of Object.entries(edge.attributes)) {
    if (value === undefined || LEFT_OUT.has(name) || name in attributes) continue;
    if (name !== 'modality' || value !== 'fact') attributes[name] = value;
  }
  return { ...edge, attributes };
}

/**
 * Compacts every edge (see `compactEdge`), and
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
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      const facts = factsOf(end);
      facts.degree = (facts.degree ?? 0) + 1;
      widen(facts, edge.attributes.firstSeen, edge.attributes.lastSeen);
    }
    return compactEdge(edge);
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
