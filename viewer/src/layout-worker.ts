/**
 * ForceAtlas2 off the main thread: the initial pass of a small graph, and the
 * worker the user starts and stops (positions are saved when it stops).
 */

import fa2Helpers from 'graphology-layout-forceatlas2/helpers.js';
import fa2WebWorker from 'graphology-layout-forceatlas2/webworker.js';
import FA2LayoutImport from 'graphology-layout-forceatlas2/worker.js';
import { cjsDefault } from './cjs-interop.ts';
import type { DisplayGraph } from './display-graph.ts';
import {
  initialLayoutInput,
  layoutSettings,
  POSITIONS_STORAGE_KEY,
  STORED_POSITIONS_MAX_NODES,
  serializePositions,
  settleInBackground,
} from './layout.ts';

const FA2Layout = cjsDefault(FA2LayoutImport);

export interface LayoutControl {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}

/** Saves positions for the next visit; quota errors only cost persistence, never the page. */
export function savePositions(graph: DisplayGraph, storage: Storage): void {
  if (graph.order > STORED_POSITIONS_MAX_NODES) return;
  try {
    storage.setItem(POSITIONS_STORAGE_KEY, serializePositions(graph));
  } catch {
    // Storage full or disabled: the layout simply is not kept.
  }
}

export function createLayoutControl(graph: DisplayGraph, storage: Storage): LayoutControl {
  let worker: InstanceType<typeof FA2Layout> | null = null;
  return {
    isRunning: () => worker?.isRunning() ?? false,
    start() {
      worker ??= new FA2Layout(graph, { settings: layoutSettings(graph) });
      worker.start();
    },
    stop() {
      worker?.stop();
      savePositions(graph, storage);
    },
    kill() {
      worker?.kill();
      worker = null;
    },
  };
}

/**
 * Runs the initial FA2 pass in FA2's own web worker (the same iterate code on
 * the same matrices, so the same picture as on the main thread), one iteration
 * per round trip, and moves the graph once at the end: the main thread stays
 * free for the first clicks and pans, and while `busy()` (the camera moving) the
 * pass waits between iterations. Falls back to main-thread slices when no
 * worker can be made. Returns a cancel function; `onDone` runs once the positions are written
 * or the pass is cancelled, so a test or a caller can tell the layout has settled.
 */
export function settleInWorker(
  graph: DisplayGraph,
  onDone: () => void = () => {},
  busy: () => boolean = () => false,
): () => void {
  let worker: Worker;
  try {
    worker = fa2Helpers.createWorker(fa2WebWorker);
  } catch {
    return settleInBackground(graph, onDone);
  }
  const { settings, matrices, iterations } = initialLayoutInput(graph);
  let remaining = iterations;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // While the user moves the camera the pass waits: its worker would take the CPU the frames need.
  const step = (nodes: Float32Array) => {
    if (busy()) {
      timer = setTimeout(() => step(nodes), BUSY_RETRY_MS);
      return;
    }
    if (--remaining > 0) {
      worker.postMessage({ settings, nodes: nodes.buffer }, [nodes.buffer]);
      return;
    }
    worker.terminate();
    fa2Helpers.assignLayoutChanges(graph, nodes, null);
    onDone();
  };
  worker.addEventListener('message', (event: MessageEvent<{ nodes: ArrayBuffer }>) =>
    step(new Float32Array(event.data.nodes)),
  );
  worker.postMessage({ settings, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer }, [
    matrices.nodes.buffer,
    matrices.edges.buffer,
  ]);
  return () => {
    clearTimeout(timer);
    worker.terminate();
    onDone();
  };
}

/** How often a paused initial pass looks again whether the camera has stopped. */
const BUSY_RETRY_MS = 100;

/** Longest wait for an idle moment before the initial pass starts anyway (a page that is never idle). */
const IDLE_START_MAX_MS = 2000;

/**
 * Starts the initial pass (`settleInWorker`) once the page is idle after its first frame, not
 * with it: the worker's iterations would otherwise compete for the CPU with the browser
 * drawing that frame and with the first clicks, while the seeded picture is already usable.
 * Returns a cancel function that also keeps a pass not yet started from starting; `onDone`
 * runs once, when the positions are written or the pass is cancelled.
 */
export function settleWhenIdle(
  graph: DisplayGraph,
  onDone: () => void = () => {},
  busy: () => boolean = () => false,
): () => void {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    onDone();
  };
  let cancelRun: (() => void) | undefined;
  const start = () => {
    cancelRun = settleInWorker(graph, finish, busy);
  };
  let cancelWait: () => void;
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(start, { timeout: IDLE_START_MAX_MS });
    cancelWait = () => cancelIdleCallback(handle);
  } else {
    const timer = setTimeout(start, 0);
    cancelWait = () => clearTimeout(timer);
  }
  return () => {
    if (cancelRun) cancelRun();
    else cancelWait();
    finish();
  };
}
