import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/schema/index.ts';
import { buildDisplayGraph } from '../../viewer/src/display-graph.ts';
import { colorDistance, EDGE_COLORS, hexToLab, NODE_COLORS } from '../../viewer/src/palette.ts';
import { fixtureExport } from './fixture.ts';

const chroma = (hex: string) => {
  const [, a, b] = hexToLab(hex);
  return Math.hypot(a, b);
};

describe('viewer palettes', () => {
  it('has a colour for every entity and relation type of the schema', () => {
    for (const type of ENTITY_TYPES) expect(NODE_COLORS[type]).toMatch(/^#[0-9a-f]{6}$/);
    for (const type of RELATION_TYPES) expect(EDGE_COLORS[type]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps every relation colour visibly apart from every node colour', () => {
    for (const node of Object.values(NODE_COLORS)) {
      for (const edge of Object.values(EDGE_COLORS)) expect(colorDistance(node, edge)).toBeGreaterThanOrEqual(20);
    }
  });

  it('tells the types of each palette apart, and mutes relations against nodes', () => {
    const nodes = Object.values(NODE_COLORS);
    const edges = Object.values(EDGE_COLORS);
    for (const [i, a] of nodes.entries())
      for (const b of nodes.slice(i + 1)) expect(colorDistance(a, b)).toBeGreaterThan(20);
    for (const [i, a] of edges.entries())
      for (const b of edges.slice(i + 1)) expect(colorDistance(a, b)).toBeGreaterThan(15);
    const leastSaturatedNode = Math.min(...nodes.map(chroma));
    for (const edge of edges) expect(chroma(edge)).toBeLessThan(leastSaturatedNode);
  });

  it('colours the display graph from the palettes', () => {
    const graph = buildDisplayGraph(fixtureExport());
    expect(graph.getNodeAttribute('country:belarus', 'color')).toBe(NODE_COLORS.Country);
    expect(graph.getEdgeAttribute('supplies', 'color')).toBe(EDGE_COLORS.SUPPLIES);
    expect(graph.getEdgeAttribute('heads', 'color')).toBe(EDGE_COLORS.HEADS);
  });
});
