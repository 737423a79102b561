/**
 * The header's status line: how much of the graph is on screen. It follows the
 * filters and the time slider (the same `Visibility` the reducers use), so the
 * numbers always match the canvas.
 */
import type { Visibility } from './visibility.ts';

export interface StatusCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** Counts what the filters leave visible; O(1), the hidden sets are already computed. */
export function statusCounts(graph: { order: number; size: number }, visibility: Visibility): StatusCounts {
  return {
    nodes: graph.order,
    edges: graph.size,
    visibleNodes: graph.order - visibility.hiddenNodes.size,
    visibleEdges: graph.size - visibility.hiddenEdges.size,
  };
}

/** "узлов: 124 · связей: 207", or "узлов: 40 из 124 · связей: 61 из 207" under filters, plus the slider's date. */
export function statusText(counts: StatusCounts, until: string | null): string {
  const part = (word: string, shown: number, total: number) =>
    shown === total ? `${word}: ${total}` : `${word}: ${shown} из ${total}`;
  const text = `${part('узлов', counts.visibleNodes, counts.nodes)} · ${part('связей', counts.visibleEdges, counts.edges)}`;
  return until ? `${text} · до ${until}` : text;
}
