/**
 * Exports of the current view: a PNG of the canvas, and the visible part of the graph as
 * GEXF rendered by the server (`GET /api/export`, the exporter `coopgraph export` uses),
 * so the viewer writes no dialect of its own.
 */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GraphExport } from '../../src/schema/index.ts';
import type { DisplayGraph } from './display-graph.ts';
import type { Visibility } from './visibility.ts';

export function exportPng(renderer: Sigma): Promise<void> {
  return downloadAsPNG(renderer, { fileName: 'coopgraph', backgroundColor: '#ffffff' });
}

/**
 * The `/api/export` filters that reproduce what is visible: the entity and relation types
 * still shown, and the time slider's cut (the latest visible date) when it hides anything.
 */
export function visibleSubgraph(data: GraphExport, _display: DisplayGraph, visibility: Visibility): URLSearchParams {
  const params = new URLSearchParams({ format: 'gexf' });
  const allTypes = new Set(data.nodes.map((n) => n.attributes.type));
  const types = new Set(data.nodes.filter((n) => !visibility.hiddenNodes.has(n.key)).map((n) => n.attributes.type));
  if (types.size < allTypes.size) params.set('types', [...types].join(','));
  const shown = data.edges.filter((e) => !visibility.hiddenEdges.has(e.key));
  const allRelations = new Set(data.edges.map((e) => e.attributes.type));
  const relations = new Set(shown.map((e) => e.attributes.type));
  if (relations.size < allRelations.size) params.set('relations', [...relations].join(','));
  const latest =
    shown
      .map((e) => e.attributes.firstSeen ?? '')
      .sort()
      .at(-1) ?? '';
  const cut = data.edges.some((e) => visibility.hiddenEdges.has(e.key) && (e.attributes.firstSeen ?? '') > latest);
  if (latest && cut) params.set('until', latest);
  return params;
}

/** Fetches the GEXF for the filters and downloads it. */
export async function exportGexf(params: URLSearchParams): Promise<void> {
  const response = await fetch(`/api/export?${params}`, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  const file = body as { content?: unknown; name?: unknown; mediaType?: unknown; error?: unknown } | undefined;
  if (!response.ok || typeof file?.content !== 'string') {
    throw new Error(typeof file?.error === 'string' ? file.error : `/api/export: HTTP ${response.status}`);
  }
  const blob = new Blob([file.content], {
    type: typeof file.mediaType === 'string' ? file.mediaType : 'application/xml',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = typeof file.name === 'string' ? file.name : 'coopgraph.gexf';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
