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
