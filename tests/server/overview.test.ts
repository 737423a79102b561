/** The overview of a big graph: the most connected entities, the edges among them, and the totals. */
import { describe, expect, it } from 'vitest';
import type { GraphExportInput } from '../../src/schema/index.ts';
import { GraphQuerySchema, OVERVIEW_DEFAULT_NODES } from '../../src/schema/index.ts';
import { overviewGraph } from '../../src/server/overview.ts';
import { AUTO_LAYOUT_MAX_NODES } from '../../viewer/src/layout.ts';

/** A star around `hub` (5 leaves), a pair `a`–`b`, and a lone node. */
function graph(): GraphExportInput {
  const node = (key: string) => ({ key, attributes: { type: 'City' as const, name: key } });
  const edge = (source: string, target: string) => ({
    key: `SUPPLIES:${source}->${target}`,
    source,
    target,
    attributes: { type: 'SUPPLIES' as const },
  });
  const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
  return {
    attributes: { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z' },
    nodes: ['hub', ...leaves, 'a', 'b', 'alone'].map(node),
    edges: [...leaves.map((l) => edge('hub', l)), edge('a', 'b'), edge('a', 'hub')],
  };
}

describe('overviewGraph', () => {
  it('keeps the most connected nodes and only the edges among them, recording what is hidden', () => {
    const overview = overviewGraph(graph(), 3);
    expect(overview.nodes.map((n) => n.key)).toEqual(['hub', 'a', 'b']);
    expect(overview.edges.map((e) => e.key)).toEqual(['SUPPLIES:a->b', 'SUPPLIES:a->hub']);
    expect(overview.attributes).toMatchObject({ overview: true, totalNodes: 9, totalEdges: 7 });
  });

  it('leaves a graph under the threshold whole', () => {
    const whole = overviewGraph(graph(), 9);
    expect(whole.nodes).toHaveLength(9);
    expect(whole.attributes).toMatchObject({ totalNodes: 9, totalEdges: 7 });
    expect(whole.attributes.overview).toBeUndefined();
  });
});

describe('GraphQuerySchema overview', () => {
  it('reads overview=1 as the default threshold, a number as the threshold, and rejects nonsense', () => {
    expect(GraphQuerySchema.parse({ overview: '1' }).overview).toBe(OVERVIEW_DEFAULT_NODES);
    expect(OVERVIEW_DEFAULT_NODES).toBe(AUTO_LAYOUT_MAX_NODES);
    expect(GraphQuerySchema.parse({ overview: '500' }).overview).toBe(500);
    expect(GraphQuerySchema.parse({}).overview).toBeUndefined();
    expect(GraphQuerySchema.safeParse({ overview: 'many' }).success).toBe(false);
  });
});
