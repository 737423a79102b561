/** The ForceAtlas2 web worker the user starts and stops; positions are saved when it stops. */

import FA2LayoutImport from 'graphology-layout-forceatlas2/worker.js';
import { cjsDefault } from './cjs-interop.ts';
import type { DisplayGraph } from './display-graph.ts';
import { layoutSettings, POSITIONS_STORAGE_KEY, STORED_POSITIONS_MAX_NODES, serializePositions } from './layout.ts';

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
