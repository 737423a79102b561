/**
 * Where nodes sit: a seeded initial placement (the same graph always opens
 * the same way), a short deterministic ForceAtlas2 pass for small graphs that
 * runs in slices after the first frame, positions kept in localStorage between
 * reloads, and the FA2 web worker the user starts and stops. Big graphs never
 * run a layout unless asked.
 */
import forceAtlas2Import, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import fa2Defaults from 'graphology-layout-forceatlas2/defaults.js';
import fa2Helpers from 'graphology-layout-forceatlas2/helpers.js';
import fa2Iterate from 'graphology-layout-forceatlas2/iterate.js';
import { cjsDefault } from './cjs-interop.ts';
import type { DisplayGraph } from './display-graph.ts';

const forceAtlas2 = cjsDefault(forceAtlas2Import);

/** Above this many nodes the page opens without any layout pass (it stays responsive). */
export const AUTO_LAYOUT_MAX_NODES = 1000;
/** Positions of bigger graphs are not stored (localStorage holds a few MB). */
export const STORED_POSITIONS_MAX_NODES = 20000;
export const POSITIONS_STORAGE_KEY = 'coopgraph:positions:v1';

/** FNV-1a: a stable 32-bit hash of a node key, the seed of its initial position. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A position on a disc derived from the key alone, so it does not depend on load order. */
export function seededPosition(key: string): { x: number; y: number } {
  const h = hashKey(key);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt((h >>> 16) / 0x10000);
  return { x: 100 * radius * Math.cos(angle), y: 100 * radius * Math.sin(angle) };
}

export type StoredPositions = Record<string, [number, number]>;

/** Reads stored positions, ignoring anything malformed (a corrupt entry must not break the page). */
export function parseStoredPositions(text: string | null): StoredPositions {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') return {};
    const out: StoredPositions = {};
    for (const [key, pos] of Object.entries(value)) {
      if (Array.isArray(pos) && Number.isFinite(pos[0]) && Number.isFinite(pos[1])) out[key] = [pos[0], pos[1]];
    }
    return out;
  } catch {
    return {};
  }
}

export function serializePositions(graph: DisplayGraph): string {
  const out: StoredPositions = {};
  graph.forEachNode((key, { x, y }) => {
    out[key] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
  });
  return JSON.stringify(out);
}

/**
 * Places every node: stored position, else the server's, else seeded. Returns
 * whether the graph still wants its initial FA2 pass (nothing stored, and small
 * enough to settle quickly); the caller runs it after the first frame, so the
 * page shows the seeded picture at once instead of waiting for the layout.
 */
export function placeNodes(graph: DisplayGraph, stored: StoredPositions): boolean {
  let placedFromStore = 0;
  graph.forEachNode((key, node) => {
    const saved = stored[key];
    if (saved) {
      node.x = saved[0];
      node.y = saved[1];
      placedFromStore++;
    } else if (node.x === 0 && node.y === 0) {
      const { x, y } = seededPosition(key);
      node.x = x;
      node.y = y;
    }
  });
  return placedFromStore === 0 && graph.order > 1 && graph.order <= AUTO_LAYOUT_MAX_NODES;
}

/** A fixed iteration count (more for tiny graphs), so the same data always settles into the same picture. */
export function initialLayoutIterations(order: number): number {
  return order <= 200 ? 300 : 100;
}

/** The FA2 settings of both the initial pass and the user's worker, inferred from the graph's size. */
export function layoutSettings(graph: DisplayGraph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 };
}

export interface InitialLayout {
  /**
   * Runs FA2 iterations until all are done or `until` (a `performance.now()`
   * time) has passed, at least one per call so every call makes progress.
   * Positions are written back only when the last iteration is done: each
   * write makes sigma reindex and redraw everything, which on a slow GPU costs
   * far more than the iterations themselves. Returns true when finished.
   */
  run(until: number): boolean;
}

/** What the initial FA2 pass starts from: full settings, the graph as FA2 matrices, and its iteration count. */
export function initialLayoutInput(graph: DisplayGraph) {
  return {
    settings: { ...fa2Defaults, ...layoutSettings(graph) },
    // Display edges carry no weight, so each counts once, as FA2's default getter has it.
    matrices: fa2Helpers.graphToByteArrays(graph, () => 1),
    iterations: initialLayoutIterations(graph.order),
  };
}

/**
 * The initial FA2 pass on this thread, resumable: the layout state (speeds,
 * convergence) stays in one set of matrices between calls, so however the
 * iterations are sliced the result equals one `forceAtlas2.assign` of the same count.
 */
export function createInitialLayout(graph: DisplayGraph): InitialLayout {
  const { settings, matrices, iterations } = initialLayoutInput(graph);
  let remaining = iterations;
  return {
    run(until) {
      if (remaining === 0) return true;
      do {
        fa2Iterate(settings, matrices.nodes, matrices.edges);
        remaining--;
      } while (remaining > 0 && performance.now() < until);
      if (remaining > 0) return false;
      fa2Helpers.assignLayoutChanges(graph, matrices.nodes, null);
      return true;
    },
  };
}

/** Main-thread time one slice may take, short enough that a click or a pan in between is handled promptly. */
const SLICE_BUDGET_MS = 12;

/**
 * Runs the initial pass on this thread in timer slices of about
 * SLICE_BUDGET_MS, so input is handled between them; the graph moves once, to
 * the settled picture. The fallback when no web worker can be made (see
 * `settleInWorker`). Returns a cancel function (the user starts the layout
 * worker, or the page closes).
 */
export function settleInBackground(graph: DisplayGraph, onDone: () => void = () => {}): () => void {
  const layout = createInitialLayout(graph);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    if (!layout.run(performance.now() + SLICE_BUDGET_MS)) timer = setTimeout(slice, 0);
    else onDone();
  };
  timer = setTimeout(slice, 0);
  return () => {
    clearTimeout(timer);
    onDone();
  };
}
