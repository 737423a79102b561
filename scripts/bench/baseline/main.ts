/**
 * The viewer benchmark's baseline: fetch the same `/api/graph` JSON the viewer
 * gets and hand it to bare sigma, with only the colour, size and label sigma
 * needs to draw. Whatever the real viewer does beyond this is its overhead.
 */
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import { ENTITY_TYPE_LABELS, type EntityType, type GraphExport } from '../../../src/schema/index.ts';

async function showGraph(container: HTMLElement): Promise<void> {
  const response = await fetch('/api/graph');
  const data = (await response.json()) as GraphExport;
  const graph = new MultiGraph();
  for (const { key, attributes } of data.nodes) {
    graph.addNode(key, {
      x: attributes.x ?? 0,
      y: attributes.y ?? 0,
      size: 3,
      label: attributes.name,
      color: ENTITY_TYPE_LABELS[attributes.type as EntityType].color,
    });
  }
  for (const { key, source, target } of data.edges) {
    graph.addDirectedEdgeWithKey(key, source, target, { size: 1, color: '#ccc' });
  }
  new Sigma(graph, container);
}

const stage = document.getElementById('stage');
if (stage) void showGraph(stage);
