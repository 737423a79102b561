/**
 * GEXF through graphology-gexf's writer (Gephi's native format). Node labels are
 * the entity names; lists stay lists (GEXF's `liststring`). Pure.
 */
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphExport } from '../schema/index.ts';
import type { ExportFile } from './types.ts';

/** Renders the graph as one GEXF 1.3 document. */
export function toGexf(graph: GraphExport): ExportFile[] {
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  g.replaceAttributes({ ...graph.attributes });
  for (const node of graph.nodes) g.addNode(node.key, { ...node.attributes, label: node.attributes.name });
  for (const edge of graph.edges) {
    const attributes = { ...edge.attributes, label: edge.attributes.type };
    if (edge.undirected) g.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
    else g.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  return [{ name: 'graph.gexf', content: write(g, { version: '1.3' }) }];
}
