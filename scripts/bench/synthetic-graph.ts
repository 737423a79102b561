/**
 * Seeded random graphs of a given size for the viewer benchmark, shaped like
 * coopgraph's stored graph (typed entities with positions, typed relations
 * with evidence) so the server serialises them exactly as it would real data.
 */
import { MultiGraph } from 'graphology';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/schema/index.ts';
import { createRng } from './prng.ts';

/** A graph of `nodes` entities and `edgesPerNode`× as many relations, laid out in clusters (no layout needed). */
export function createSyntheticGraph(nodes: number, seed: number, edgesPerNode = 5): MultiGraph {
  const rng = createRng(seed);
  const graph = new MultiGraph({ allowSelfLoops: false });
  const clusters = Math.max(4, Math.round(Math.sqrt(nodes) / 4));
  const centres = Array.from({ length: clusters }, () => [rng.next() * 1000, rng.next() * 1000] as const);
  const keys: string[] = [];
  const clusterOf: number[] = [];
  for (let i = 0; i < nodes; i++) {
    const type = rng.pick(ENTITY_TYPES);
    const cluster = rng.int(0, clusters - 1);
    const [cx, cy] = centres[cluster] ?? [0, 0];
    const angle = rng.next() * 2 * Math.PI;
    const radius = 80 * Math.sqrt(rng.next());
    const key = `${type.toLowerCase()}:synthetic-${i}`;
    graph.addNode(key, {
      type,
      name: `${type} ${i}`,
      aliases: [],
      x: cx + radius * Math.cos(angle),
      y: cy + radius * Math.sin(angle),
    });
    keys.push(key);
    clusterOf.push(cluster);
  }
  // Index nodes by cluster so most relations stay local, as real cooperation graphs do.
  const members: number[][] = Array.from({ length: clusters }, () => []);
  for (const [i, c] of clusterOf.entries()) members[c]?.push(i);
  for (let e = 0; e < nodes * edgesPerNode; e++) {
    const from = rng.int(0, nodes - 1);
    const local = members[clusterOf[from] ?? 0] ?? [];
    let to = rng.next() < 0.85 && local.length > 1 ? rng.pick(local) : rng.int(0, nodes - 1);
    if (to === from) to = (from + 1) % nodes;
    const source = keys[from];
    const target = keys[to];
    if (source === undefined || target === undefined || source === target) continue;
    graph.addEdgeWithKey(`r${e}`, source, target, {
      type: rng.pick(RELATION_TYPES),
      evidence: [`Синтетическое свидетельство связи ${e}.`],
      articleIds: [],
      modality: 'fact',
    });
  }
  return graph;
}
