import { describe, expect, it } from 'vitest';
import { GraphExportSchema, GraphQuerySchema } from '../../src/schema/index.ts';
import { compactGraphExport } from '../../src/server/compact-graph.ts';
import { toGraphExport } from '../../src/server/graph-view.ts';
import { FIXTURE_ARTICLES, fixtureGraph } from './fixture-graph.ts';

const full = () => toGraphExport(fixtureGraph(), FIXTURE_ARTICLES, GraphQuerySchema.parse({}), new Date(0));

describe('compact graph payload', () => {
  it('drops evidence and article ids but keeps their count and the dates', () => {
    const before = full();
    const compact = compactGraphExport(before);
    const json = JSON.stringify(compact);
    expect(json).not.toContain('"evidence"');
    expect(json).not.toContain('"articleIds"');
    for (const [i, edge] of compact.edges.entries()) {
      const original = before.edges[i];
      expect(edge.attributes.articleCount).toBe(original?.attributes.articleIds.length);
      expect(edge.attributes.firstSeen).toBe(original?.attributes.firstSeen);
      expect(edge.attributes.type).toBe(original?.attributes.type);
    }
    expect(json.length).toBeLessThan(JSON.stringify(before).length);
    // Still a valid graph for the viewer's parser (defaults fill the lists back in as empty).
    expect(GraphExportSchema.parse(compact).edges).toHaveLength(before.edges.length);
  });

  it('leaves out extraction bookkeeping and the default modality, keeping what the details panel shows', () => {
    const graph = full();
    const edge = graph.edges[0];
    if (!edge) throw new Error('the fixture has edges');
    const stored = {
      ...edge,
      attributes: {
        ...edge.attributes,
        modality: 'fact' as const,
        origin: 'text',
        confidence: 0.8,
        attributesRank: '2024-04-10|abc',
        product: 'локомотивы',
        value: 600,
        currency: 'USD',
        rejected: true,
      },
    };
    const [compact] = compactGraphExport({ ...graph, edges: [stored] }).edges;
    expect(compact?.attributes).toEqual({
      type: edge.attributes.type,
      articleCount: edge.attributes.articleIds.length,
      firstSeen: edge.attributes.firstSeen,
      lastSeen: edge.attributes.lastSeen,
      product: 'локомотивы',
      value: 600,
      currency: 'USD',
      rejected: true,
    });
    const plan = compactGraphExport({
      ...graph,
      edges: [{ ...stored, attributes: { ...stored.attributes, modality: 'plan' } }],
    });
    expect(plan.edges[0]?.attributes.modality).toBe('plan');
    // The viewer's parser gives an edge without modality the default back.
    expect(GraphExportSchema.parse({ ...graph, edges: [compact] }).edges[0]?.attributes.modality).toBe('fact');
  });

  it('gives each node its degree and the date range of its relations', () => {
    const before = full();
    const compact = compactGraphExport(before);
    for (const node of compact.nodes) {
      const edges = before.edges.filter((e) => e.source === node.key || e.target === node.key);
      expect(node.attributes.degree).toBe(edges.length);
      const dates = edges
        .flatMap((e) => [e.attributes.firstSeen, e.attributes.lastSeen])
        .filter(Boolean)
        .sort();
      expect(node.attributes.firstSeen).toBe(dates[0]);
      expect(node.attributes.lastSeen).toBe(dates[dates.length - 1]);
    }
    expect(compact.nodes.some((n) => (n.attributes.degree ?? 0) > 1)).toBe(true);
  });
});
