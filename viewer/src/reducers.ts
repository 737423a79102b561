/**
 * Sigma reducers: how view state shows on the canvas (hidden, dimmed,
 * highlighted, label language) without ever editing the graph. Everything a
 * reducer needs is precomputed into `RenderView` when the state changes, so
 * each call is a few set lookups and mutates only sigma's per-call copy.
 */
import type { Attributes } from 'graphology-types';
import type { DisplayGraph } from './display-graph.ts';
import type { ViewState } from './state.ts';
import type { Visibility } from './visibility.ts';

export const DIM_NODE_COLOR = '#e2e2e2';
export const DIM_EDGE_COLOR = '#eeeeee';

export interface Neighbourhood {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface RenderView {
  visibility: Visibility;
  /** The hovered or selected node or edge with what touches it; everything else is dimmed. */
  focus: Neighbourhood | null;
  /** Items drawn highlighted (the selection). */
  selectedNode: string | null;
  selectedEdge: string | null;
  marked: ViewState['marked'];
  language: ViewState['language'];
}

/** The node, its neighbours and the edges between them: what hovering or selecting a node brings forward. */
export function neighbourhoodOf(graph: DisplayGraph, node: string): Neighbourhood {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges };
}

/** Derives the per-render lookups from the state: called on state change, never per frame. */
export function createRenderView(graph: DisplayGraph, state: ViewState, visibility: Visibility): RenderView {
  const selectedNode =
    state.selection?.kind === 'node' && graph.hasNode(state.selection.key) ? state.selection.key : null;
  const selectedEdge =
    state.selection?.kind === 'edge' && graph.hasEdge(state.selection.key) ? state.selection.key : null;
  const focusNode = state.hovered && graph.hasNode(state.hovered) ? state.hovered : selectedNode;
  let focus: Neighbourhood | null = null;
  if (focusNode) focus = neighbourhoodOf(graph, focusNode);
  else if (selectedEdge) {
    focus = { nodes: new Set(graph.extremities(selectedEdge)), edges: new Set([selectedEdge]) };
  }
  return { visibility, focus, selectedNode, selectedEdge, marked: state.marked, language: state.language };
}

/** The node reducer for a view held by reference, so the renderer keeps one function for its lifetime. */
export function createNodeReducer(current: () => RenderView) {
  return (key: string, data: Attributes): Attributes => {
    const view = current();
    if (view.visibility.hiddenNodes.has(key)) {
      data.hidden = true;
      return data;
    }
    if (view.language === 'en' && typeof data.labelEn === 'string') data.label = data.labelEn;
    const outside = (view.focus && !view.focus.nodes.has(key)) || (view.marked && !view.marked.nodes.has(key));
    if (outside) {
      data.color = DIM_NODE_COLOR;
      data.label = '';
      data.zIndex = 0;
    } else if (view.focus || view.marked) {
      data.zIndex = 1;
    }
    if (key === view.selectedNode) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    return data;
  };
}

/**
 * Straight lines and arrows are drawn one pixel wide (edge-programs.ts: the cheap programs); a
 * highlighted one switches to the program of the same shape that has a width, so it stands out.
 */
const WIDE_EDGE_TYPES: Readonly<Record<string, string>> = { line: 'wideLine', arrow: 'wideArrow' };

function widen(data: Attributes, size: number): void {
  data.size = size;
  const wide = WIDE_EDGE_TYPES[data.type as string];
  if (wide) data.type = wide;
}

export function createEdgeReducer(current: () => RenderView) {
  return (key: string, data: Attributes): Attributes => {
    const view = current();
    if (view.visibility.hiddenEdges.has(key)) {
      data.hidden = true;
      return data;
    }
    const outside = (view.focus && !view.focus.edges.has(key)) || (view.marked && !view.marked.edges.has(key));
    if (outside) {
      data.color = DIM_EDGE_COLOR;
      data.zIndex = 0;
    } else if (view.focus || view.marked) {
      widen(data, 2.5);
      data.zIndex = 1;
    }
    if (key === view.selectedEdge) {
      widen(data, 4);
      data.zIndex = 2;
    }
    return data;
  };
}
