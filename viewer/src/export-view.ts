/** Exports of the current view: a PNG of the canvas, and the visible subgraph as GEXF for Gephi. */
import { downloadAsPNG } from '@sigma/export-image';
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf/browser/index.js';
import type Sigma from 'sigma';
import type { GraphExport } from '../../src/schema/index.ts';
import type { DisplayGraph } from './display-graph.ts';
import type { Visibility } from './visibility.ts';

export function exportPng(renderer: Sigma): Promise<void> {
  return downloadAsPNG(renderer, { fileName: 'coopgraph', backgroundColor: '#ffffff' });
}

/** The data of the visible nodes and edges with their positions, as a graph Gephi can open. */
export function visibleSubgraph(data: GraphExport, display: DisplayGraph, visibility: Visibility): MultiGraph {
  const graph = new MultiGraph();
  for (const { key, attributes } of data.nodes) {
    if (visibility.hiddenNodes.has(key) || !display.hasNode(key)) continue;
    const { x, y, size, color } = display.getNodeAttributes(key);
    graph.addNode(key, {
      ...attributes,
      aliases: attributes.aliases.join('; '),
      label: attributes.name,
      x,
      y,
      size,
      color,
    });
  }
  for (const { key, source, target, attributes } of data.edges) {
    if (visibility.hiddenEdges.has(key) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addEdgeWithKey(key, source, target, {
      ...attributes,
      label: attributes.type,
      evidence: attributes.evidence.join(' | '),
      articleIds: attributes.articleIds.join(' '),
    });
  }
  return graph;
}

export function exportGexf(graph: MultiGraph): void {
  const blob = new Blob([write(graph)], { type: 'application/xml' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'coopgraph.gexf';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
