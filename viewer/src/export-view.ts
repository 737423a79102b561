/**
 * Exports of the current view: a PNG of the canvas, and the drawn graph as GEXF. The GEXF
 * holds what is on screen now (the first view plus what "Показать соседей" and search
 * picks added, minus what was collapsed or hidden and what the filters hide), at its
 * current positions. Only the page knows that graph, so it sends it to `POST /api/export`,
 * where the writer of `coopgraph export --format gexf` turns it into the file.
 */
import type Sigma from 'sigma';
import type { GraphExport } from '../../src/schema/index.ts';
import { postExport } from './api.ts';
import type { DisplayGraph } from './display-graph.ts';
import type { Visibility } from './visibility.ts';

type GraphNode = GraphExport['nodes'][number];
type GraphEdge = GraphExport['edges'][number];

/** Downloads the canvas as PNG (the exporter is fetched on the first export, not with the page). */
export async function exportPng(renderer: Sigma): Promise<void> {
  const { downloadAsPNG } = await import('@sigma/export-image');
  await downloadAsPNG(renderer, { fileName: 'coopgraph', backgroundColor: '#ffffff' });
}

/** Every entity and relation the page has loaded so far (first view, expands, search picks), by key. */
export interface LoadedItems {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
}

/**
 * The graph drawn now, in the API's serialised form: the display graph's nodes and edges that
 * the filters leave visible, with the attributes they were loaded with and the positions they
 * have on screen. The display graph is the truth for what is drawn: expand adds to it, collapse
 * and hide take from it.
 */
export function drawnGraph(
  display: DisplayGraph,
  visibility: Visibility,
  loaded: LoadedItems,
  attributes: GraphExport['attributes'],
): GraphExport {
  const nodes: GraphNode[] = [];
  display.forEachNode((key, { x, y, label, entityType }) => {
    if (visibility.hiddenNodes.has(key)) return;
    const node = loaded.nodes.get(key);
    const base = node?.attributes ?? { type: entityType, name: label, aliases: [] };
    nodes.push({ key, attributes: { ...base, x, y } });
  });
  const edges: GraphEdge[] = [];
  display.forEachEdge((key, { relationType, modality, firstSeen }, source, target, _s, _t, undirected) => {
    if (visibility.hiddenEdges.has(key)) return;
    const edge = loaded.edges.get(key);
    const fallback = {
      type: relationType,
      modality,
      evidence: [],
      articleIds: [],
      ...(firstSeen ? { firstSeen } : {}),
    };
    edges.push({ key, source, target, undirected, attributes: edge?.attributes ?? fallback });
  });
  return { attributes: { ...attributes, generatedAt: new Date().toISOString() }, nodes, edges };
}

/** Has the server write the drawn graph as GEXF, and downloads the file. */
export async function exportGexf(graph: GraphExport): Promise<void> {
  const file = await postExport('gexf', graph);
  const blob = new Blob([file.content], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
