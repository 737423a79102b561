/** The overview of a big graph: the most connected entities, an edge budget among them, and the totals. */
import { describe, expect, it } from 'vitest';
import type { GraphExportInput } from '../../src/schema/index.ts';
import {
  GraphQuerySchema,
  OVERVIEW_DEFAULT_EDGES,
  OVERVIEW_DEFAULT_EDGES_PER_NODE,
  OVERVIEW_DEFAULT_NODES,
} from '../../src/schema/index.ts';
import { budgetEdges, type EdgeBudget, overviewGraph } from '../../src/server/overview.ts';
import { AUTO_LAYOUT_MAX_NODES } from '../../viewer/src/layout.ts';

const ALL: EdgeBudget = { perNode: Number.POSITIVE_INFINITY, total: Number.POSITIVE_INFINITY };
type Edge = GraphExportInput['edges'][number];

const node = (key: string) => ({ key, attributes: { type: 'City' as const, name: key } });
function edge(source: string, target: string, articleCount = 1, type: Edge['attributes']['type'] = 'SUPPLIES'): Edge {
  return { key: `${type}:${source}->${target}`, source, target, attributes: { type, articleCount } };
}

/** A star around `hub` (5 leaves), a pair `a`–`b`, and a lone node. */
function graph(): GraphExportInput {
  const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
  return {
    attributes: { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z' },
    nodes: ['hub', ...leaves, 'a', 'b', 'alone'].map(node),
    edges: [...leaves.map((l) => edge('hub', l)), edge('a', 'b'), edge('a', 'hub')],
  };
}

/**
 * A hub with strong ties to a, b, c and a weak one to d; a–b twice (two types); c–d weak.
 * Strength order: hub–a (3), b–hub (2, COOPERATES_WITH), hub–c (2, SUPPLIES), a–b COOPERATES_WITH,
 * a–b NEGOTIATES, hub–d, c–d (1 each, by type then ends).
 */
function weighted(): Edge[] {
  return [
    edge('c', 'd', 1, 'TRADES_WITH'),
    edge('hub', 'd', 1),
    edge('a', 'b', 1, 'NEGOTIATES'),
    edge('a', 'b', 1, 'COOPERATES_WITH'),
    edge('hub', 'c', 2),
    edge('b', 'hub', 2, 'COOPERATES_WITH'),
    edge('a', 'hub', 3, 'COOPERATES_WITH'),
  ];
}
const keys = (edges: readonly Edge[]) => edges.map((e) => e.key);

describe('budgetEdges', () => {
  it("keeps each node's strongest relations, strongest first by rank", () => {
    expect(keys(budgetEdges(weighted(), { perNode: 1, total: Number.POSITIVE_INFINITY }))).toEqual([
      'COOPERATES_WITH:a->hub',
      'COOPERATES_WITH:b->hub',
      'SUPPLIES:hub->c',
      'SUPPLIES:hub->d',
    ]);
    expect(keys(budgetEdges(weighted(), { perNode: 2, total: Number.POSITIVE_INFINITY }))).toEqual([
      'COOPERATES_WITH:a->hub',
      'COOPERATES_WITH:b->hub',
      'SUPPLIES:hub->c',
      'SUPPLIES:hub->d',
      'COOPERATES_WITH:a->b',
      'TRADES_WITH:c->d',
    ]);
    expect(budgetEdges(weighted(), ALL)).toHaveLength(7);
  });

  it("spends the total cap on every node's strongest relation before any second one", () => {
    const capped = budgetEdges(weighted(), { perNode: 3, total: 4 });
    expect(keys(capped)).toEqual([
      'COOPERATES_WITH:a->hub',
      'COOPERATES_WITH:b->hub',
      'SUPPLIES:hub->c',
      'SUPPLIES:hub->d',
    ]);
    const ends = new Set(capped.flatMap((e) => [e.source, e.target]));
    expect([...ends].sort()).toEqual(['a', 'b', 'c', 'd', 'hub']);
  });

  it('gives the same budget whatever order the relations come in', () => {
    const budget = { perNode: 2, total: 5 };
    const expected = keys(budgetEdges(weighted(), budget));
    expect(keys(budgetEdges([...weighted()].reverse(), budget))).toEqual(expected);
    const shuffled = weighted().sort((x, y) => (x.key.length % 3) - (y.key.length % 3) || (x.key < y.key ? 1 : -1));
    expect(keys(budgetEdges(shuffled, budget))).toEqual(expected);
  });

  it('counts a self-loop once for its node', () => {
    // a's places: a–a 0, a–b 1, a–c 2; b and c each have two stronger relations elsewhere.
    const edges = [edge('a', 'a', 5), edge('a', 'b', 4), edge('a', 'c', 3)];
    edges.push(edge('b', 'd', 10), edge('b', 'e', 9), edge('c', 'f', 10), edge('c', 'g', 9));
    const kept = keys(budgetEdges(edges, { perNode: 2, total: 10 }));
    expect(kept).toContain('SUPPLIES:a->b');
    expect(kept).not.toContain('SUPPLIES:a->c');
  });
});

describe('overviewGraph', () => {
  it('keeps the most connected nodes and only the edges among them, recording what is hidden', () => {
    const overview = overviewGraph(graph(), 3, ALL);
    expect(overview.nodes.map((n) => n.key)).toEqual(['hub', 'a', 'b']);
    expect(overview.edges.map((e) => e.key).sort()).toEqual(['SUPPLIES:a->b', 'SUPPLIES:a->hub']);
    expect(overview.attributes).toMatchObject({ overview: true, totalNodes: 9, totalEdges: 7 });
  });

  it('applies the edge budget among the kept nodes, and the totals still count every relation', () => {
    const whole: GraphExportInput = {
      ...graph(),
      nodes: ['hub', 'a', 'b', 'c', 'd', 'e'].map(node),
      edges: weighted(),
    };
    const overview = overviewGraph(whole, 5, { perNode: 1, total: 100 });
    expect(overview.nodes.map((n) => n.key)).toEqual(['hub', 'a', 'b', 'c', 'd']);
    expect(keys(overview.edges)).toEqual(keys(budgetEdges(weighted(), { perNode: 1, total: 100 })));
    expect(overview.attributes).toMatchObject({ overview: true, totalNodes: 6, totalEdges: 7 });
  });

  it('leaves a graph under the threshold whole', () => {
    const whole = overviewGraph(graph(), 9, { perNode: 1, total: 1 });
    expect(whole.nodes).toHaveLength(9);
    expect(whole.edges).toHaveLength(7);
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

  it('reads the edge budget, 0 as no limit, and rejects nonsense', () => {
    expect(GraphQuerySchema.parse({})).toMatchObject({
      edgesPerNode: OVERVIEW_DEFAULT_EDGES_PER_NODE,
      edges: OVERVIEW_DEFAULT_EDGES,
    });
    expect(OVERVIEW_DEFAULT_EDGES).toBeGreaterThanOrEqual(OVERVIEW_DEFAULT_NODES);
    expect(GraphQuerySchema.parse({ edgesPerNode: '3', edges: '0' })).toMatchObject({
      edgesPerNode: 3,
      edges: Number.POSITIVE_INFINITY,
    });
    expect(GraphQuerySchema.safeParse({ edgesPerNode: '-1' }).success).toBe(false);
    expect(GraphQuerySchema.safeParse({ edges: 'all' }).success).toBe(false);
  });
});
