/**
 * The viewer's whole view state in one typed object, changed only through the
 * small action functions below (each returns a new state). Rendering reads it
 * through the reducers; the URL mirrors it, so a link reproduces the view.
 */
import type { EntityType, RelationType } from '../../src/schema/index.ts';

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selection: Selection;
  /** The node under the pointer (not kept in the URL). */
  hovered: string | null;
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenRelations: ReadonlySet<RelationType>;
  /** Hide planned and intended relations, keeping only stated facts. */
  factsOnly: boolean;
  /** Time slider: show only what articles up to this date state (null: everything). */
  until: string | null;
  /** Sigma's label density (labels per grid cell); lower keeps big graphs legible. */
  labelDensity: number;
  language: 'ru' | 'en';
  camera: CameraView | null;
  /** Nodes and edges marked from outside (e.g. a Cypher result); null when nothing is marked. */
  marked: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selection: null,
  hovered: null,
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  factsOnly: false,
  until: null,
  labelDensity: 1,
  language: 'ru',
  camera: null,
  marked: null,
};

export const selectNode = (state: ViewState, key: string | null): ViewState => ({
  ...state,
  selection: key === null ? null : { kind: 'node', key },
});

export const selectEdge = (state: ViewState, key: string): ViewState => ({
  ...state,
  selection: { kind: 'edge', key },
});

export const hoverNode = (state: ViewState, key: string | null): ViewState =>
  state.hovered === key ? state : { ...state, hovered: key };

function toggled<T>(set: ReadonlySet<T>, value: T, visible: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (visible) next.delete(value);
  else next.add(value);
  return next;
}

export const setTypeVisible = (state: ViewState, type: EntityType, visible: boolean): ViewState => ({
  ...state,
  hiddenTypes: toggled(state.hiddenTypes, type, visible),
});

export const setRelationVisible = (state: ViewState, type: RelationType, visible: boolean): ViewState => ({
  ...state,
  hiddenRelations: toggled(state.hiddenRelations, type, visible),
});

export const setFactsOnly = (state: ViewState, factsOnly: boolean): ViewState => ({ ...state, factsOnly });

export const setUntil = (state: ViewState, until: string | null): ViewState => ({ ...state, until });

export const setLabelDensity = (state: ViewState, labelDensity: number): ViewState => ({
  ...state,
  labelDensity: Math.min(Math.max(labelDensity, 0.05), 5),
});

export const setLanguage = (state: ViewState, language: 'ru' | 'en'): ViewState => ({ ...state, language });

export const setCamera = (state: ViewState, camera: CameraView | null): ViewState => ({ ...state, camera });

export const markItems = (state: ViewState, nodes: Iterable<string>, edges: Iterable<string>): ViewState => ({
  ...state,
  marked: { nodes: new Set(nodes), edges: new Set(edges) },
});

export const clearMarks = (state: ViewState): ViewState => ({ ...state, marked: null });

/** Whether a change between two states needs the visibility sets recomputed (the one O(graph) step). */
export function filtersChanged(before: ViewState, after: ViewState): boolean {
  return (
    before.hiddenTypes !== after.hiddenTypes ||
    before.hiddenRelations !== after.hiddenRelations ||
    before.factsOnly !== after.factsOnly ||
    before.until !== after.until
  );
}
