import { describe, expect, it } from 'vitest';
import { buildDisplayGraph, nodeSize, parallelCurvature, timelineDates } from '../../viewer/src/display-graph.ts';
import { NODE_COLORS } from '../../viewer/src/palette.ts';
import { FULL_VALIDATION_MAX_ITEMS, parseGraphExport } from '../../viewer/src/parse-graph.ts';
import { fixtureExport } from './fixture.ts';

describe('buildDisplayGraph', () => {
  const graph = buildDisplayGraph(fixtureExport());

  it('colours nodes by type, sizes them by degree and keeps sigma’s `type` free for programs', () => {
    const region = graph.getNodeAttributes('region:kaluga-oblast');
    expect(region.color).toBe(NODE_COLORS.Region);
    expect(region.entityType).toBe('Region');
    expect(region.size).toBe(nodeSize(3));
    expect(region.size).toBeGreaterThan(graph.getNodeAttributes('person:shapsha').size);
  });

  it('labels in Russian with the English name, else a transliteration, for the toggle', () => {
    expect(graph.getNodeAttributes('country:belarus')).toMatchObject({ label: 'Беларусь', labelEn: 'Belarus' });
    expect(graph.getNodeAttributes('region:kaluga-oblast').labelEn).toBe('Kaluzhskaya oblast');
  });

  it('curves parallel relations between the same two entities and leaves lone ones straight', () => {
    const trade = graph.getEdgeAttributes('trade');
    const plan = graph.getEdgeAttributes('coop-plan');
    expect(trade.type).toBe('curved');
    expect(plan.type).toBe('curved');
    expect(Math.sign(trade.curvature)).toBe(-Math.sign(plan.curvature));
    expect(graph.getEdgeAttributes('heads').type).toBe('arrow');
    expect(graph.isUndirected('trade')).toBe(true);
  });

  it('dates nodes by their first relation and lists timeline stops', () => {
    expect(graph.getNodeAttributes('enterprise:polyot').firstSeen).toBe('2024-02-01');
    expect(graph.getNodeAttributes('region:kaluga-oblast').firstSeen).toBe('2023-04-04');
    expect(timelineDates(graph)).toEqual(['2023-04-04', '2024-02-01']);
  });

  it('spreads curvature symmetrically and grows it with the number of parallels', () => {
    expect(parallelCurvature(0, 1)).toBe(0);
    expect(parallelCurvature(-1, 1)).toBe(-parallelCurvature(1, 1));
    expect(parallelCurvature(2, 2)).toBeGreaterThan(parallelCurvature(1, 1));
  });
});

describe('parseGraphExport', () => {
  it('fills defaults on big graphs and rejects a bad item with the schema’s error', () => {
    const nodes = Array.from({ length: FULL_VALIDATION_MAX_ITEMS }, (_, i) => ({
      key: `n:${i}`,
      attributes: { type: 'City', name: `Город ${i}` },
    }));
    const edges = [{ key: 'e', source: 'n:0', target: 'n:1', attributes: { type: 'SUPPLIES' } }];
    const body = { attributes: { schemaVersion: 1, generatedAt: 'now' }, nodes, edges };
    const parsed = parseGraphExport(structuredClone(body));
    expect(parsed.nodes[5]?.attributes.aliases).toEqual([]);
    expect(parsed.edges[0]?.attributes).toMatchObject({ modality: 'fact', evidence: [], articleIds: [] });
    const bad = structuredClone(body);
    (bad.edges[0] as { attributes: { type: string } }).attributes.type = 'LOVES';
    expect(() => parseGraphExport(bad)).toThrow(/type/);
  });

  it('uses the full schema on small graphs', () => {
    expect(() => parseGraphExport({ attributes: {}, nodes: [], edges: [] })).toThrow();
  });
});
