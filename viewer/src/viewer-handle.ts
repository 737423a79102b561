/**
 * What other parts of the page (e.g. the Cypher console) may do to the view, in a module of
 * its own: main.ts builds the handle and imports those parts, which import only this type.
 */
import type Sigma from 'sigma';
import type { DisplayGraph } from './display-graph.ts';
import type { PlacedLabel } from './labels.ts';
import type { ViewState } from './state.ts';

export interface ViewerHandle {
  renderer: Sigma;
  graph: DisplayGraph;
  getState(): ViewState;
  select(key: string): void;
  mark(nodes: Iterable<string>, edges: Iterable<string>): void;
  clearMarks(): void;
  /** The node labels on screen in the last frame, with their boxes (viewport pixels). */
  labels(): readonly PlacedLabel[];
}
