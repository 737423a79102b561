/**
 * Where nodes sit: a seeded initial placement (the same graph always opens
 * the same way), a short synchronous ForceAtlas2 pass for small graphs,
 * positions kept in localStorage between reloads, and the FA2 web worker the
 * user starts and stops. Big graphs never run a layout unless asked.
 */
import forceAtlas2Import from 'graphology-layout-forceatlas2';
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
 * Places every node: stored position, else the server's, else seeded; then,
 * for a small graph with nothing stored, a fixed number of FA2 iterations
 * (deterministic, so the same data opens the same picture).
 */
export function placeNodes(graph: DisplayGraph, stored: StoredPositions): void {
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
  if (placedFromStore === 0 && graph.order > 1 && graph.order <= AUTO_LAYOUT_MAX_NODES) {
    forceAtlas2.assign(graph, {
      iterations: graph.order <= 200 ? 300 : 100,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
    });
  }
}
