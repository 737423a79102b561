/** Adding a neighbourhood to the drawn graph, the filters sent with it, and the overview note. */
import { describe, expect, it } from 'vitest';
import { NeighboursResponseSchema } from '../../src/schema/neighbours.ts';
import { buildDisplayGraph, summarizeGraph } from '../../viewer/src/display-graph.ts';
import {
  addNeighbourhood,
  dropNodes,
  EXPAND_LIMIT,
  neighboursParams,
  overviewNote,
  spiralPosition,
} from '../../viewer/src/expand.ts';
import { DEFAULT_VIEW_STATE } from '../../viewer/src/state.ts';
import { fixtureExport } from './fixture.ts';

/** Kaluga (drawn) with two new neighbours and one relation to a drawn one. */
const response = NeighboursResponseSchema.parse({
  center: 'region:kaluga-oblast',
  total: 3,
  nodes: [
    { key: 'region:kaluga-oblast', attributes: { type: 'Region', name: 'Калужская область', degree: 5 } },
    {
      key: 'enterprise:new-a',
      attributes: { type: 'Enterprise', name: 'Новый А', degree: 9, firstSeen: '2024-01-01' },
    },
    { key: 'city:new-b', attributes: { type: 'City', name: 'Новый Б', degree: 1 } },
    { key: 'country:belarus', attributes: { type: 'Country', name: 'Беларусь', degree: 2 } },
  ],
  edges: [
    {
      key: 'SUPPLIES:enterprise:new-a->region:kaluga-oblast',
      source: 'enterprise:new-a',
      target: 'region:kaluga-oblast',
      attributes: { type: 'SUPPLIES', articleCount: 2, firstSeen: '2024-01-01' },
    },
    {
      key: 'LOCATED_IN:region:kaluga-oblast->city:new-b',
      source: 'region:kaluga-oblast',
      target: 'city:new-b',
      attributes: { type: 'LOCATED_IN', articleCount: 1 },
    },
    {
      key: 'trade',
      source: 'country:belarus',
      target: 'region:kaluga-oblast',
      undirected: true,
      attributes: { type: 'TRADES_WITH', articleCount: 1 },
    },
  ],
});

function placedGraph() {
  const graph = buildDisplayGraph(fixtureExport());
  graph.forEachNode((key) => {
    graph.setNodeAttribute(key, 'x', key.length * 10);
    graph.setNodeAttribute(key, 'y', key.length * -7);
  });
  return graph;
}

describe('addNeighbourhood', () => {
  it('adds only what is missing, around the parent, without moving what is drawn', () => {
    const graph = placedGraph();
    const before = Object.fromEntries(graph.mapNodes((key, n) => [key, [n.x, n.y]]));
    const added = addNeighbourhood(graph, response, { x: 0, y: 0 }, true);
    expect(added.nodes).toEqual(['enterprise:new-a', 'city:new-b']);
    expect(added.edges).toEqual([
      'SUPPLIES:enterprise:new-a->region:kaluga-oblast',
      'LOCATED_IN:region:kaluga-oblast->city:new-b',
    ]);
    for (const [key, [x, y]] of Object.entries(before)) expect(graph.getNodeAttributes(key)).toMatchObject({ x, y });
    const parent = graph.getNodeAttributes('region:kaluga-oblast');
    const a = graph.getNodeAttributes('enterprise:new-a');
    expect(a).toMatchObject({ label: 'Новый А', entityType: 'Enterprise', firstSeen: '2024-01-01' });
    expect(a.size).toBeGreaterThan(graph.getNodeAttributes('city:new-b').size);
    const spread = Math.hypot(a.x - parent.x, a.y - parent.y);
    expect(spread).toBeGreaterThan(0);
    expect(spread).toBeLessThan(100);
    expect(graph.getEdgeAttributes('SUPPLIES:enterprise:new-a->region:kaluga-oblast').type).toBe('arrow');
    // Adding the same neighbourhood again changes nothing.
    expect(addNeighbourhood(graph, response, { x: 0, y: 0 }, true)).toEqual({ nodes: [], edges: [] });
  });

  it('places a centre that is not drawn next to a drawn neighbour', () => {
    const graph = placedGraph();
    graph.dropNode('region:kaluga-oblast');
    const added = addNeighbourhood(graph, response, { x: 1e6, y: 1e6 }, false);
    expect(added.nodes[0]).toBe('region:kaluga-oblast');
    const centre = graph.getNodeAttributes('region:kaluga-oblast');
    const belarus = graph.getNodeAttributes('country:belarus');
    expect(Math.hypot(centre.x - belarus.x, centre.y - belarus.y)).toBeLessThan(100);
    expect(graph.hasEdge('trade')).toBe(true);
  });
});

describe('dropNodes', () => {
  it('takes an expand back out, and the ends left date from their remaining relations', () => {
    const graph = placedGraph();
    const before = summarizeGraph(graph);
    const earlier = NeighboursResponseSchema.parse({
      ...response,
      edges: response.edges.map((edge, i) =>
        i === 0 ? { ...edge, attributes: { ...edge.attributes, firstSeen: '2020-05-05' } } : edge,
      ),
    });
    const added = addNeighbourhood(graph, earlier, { x: 0, y: 0 }, true);
    // The new, earlier relation dates the drawn parent too, and the summary gains its type and date.
    expect(graph.getNodeAttribute('region:kaluga-oblast', 'firstSeen')).toBe('2020-05-05');
    const expanded = summarizeGraph(graph);
    expect(expanded.typeCounts.get('City')).toBe(1);
    expect(expanded.relationCounts.get('LOCATED_IN')).toBe(1);
    expect(expanded.dates[0]).toBe('2020-05-05');
    dropNodes(graph, added.nodes);
    expect(graph.hasNode('enterprise:new-a')).toBe(false);
    expect(graph.getNodeAttribute('region:kaluga-oblast', 'firstSeen')).toBe('2023-04-04');
    expect(summarizeGraph(graph)).toEqual(before);
  });
});

describe('spiralPosition', () => {
  it('gives distinct points further out as the index grows', () => {
    const points = Array.from({ length: 200 }, (_, i) => spiralPosition({ x: 0, y: 0 }, 1, i));
    expect(new Set(points.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(200);
    expect(Math.hypot(points[199]?.x ?? 0, points[199]?.y ?? 0)).toBeCloseTo(Math.sqrt(200));
  });
});

describe('neighboursParams', () => {
  it('asks the server only for what the filters show', () => {
    expect(Object.fromEntries(neighboursParams(DEFAULT_VIEW_STATE))).toEqual({ limit: String(EXPAND_LIMIT) });
    const params = neighboursParams({
      hiddenTypes: new Set(['Person']),
      hiddenRelations: new Set(['HEADS', 'LOCATED_IN']),
      until: '2024-01-01',
    });
    expect(params.get('types')).toBe('Country,Region,City,Enterprise,Organization,Project');
    expect(params.get('relations')?.split(',')).not.toContain('HEADS');
    expect(params.get('until')).toBe('2024-01-01');
  });
});

describe('overviewNote', () => {
  it('says how much is drawn only for an overview', () => {
    const attributes = { schemaVersion: 1, generatedAt: '', overview: true, totalNodes: 50000, totalEdges: 120000 };
    expect(overviewNote(attributes, 2000, 9000)).toBe(
      `Обзор: ${(2000).toLocaleString('ru')} самых связанных узлов из ${(50000).toLocaleString('ru')}, ` +
        `связей ${(9000).toLocaleString('ru')} из ${(120000).toLocaleString('ru')}. Остальное — через поиск и «Показать соседей».`,
    );
    expect(overviewNote({ schemaVersion: 1, generatedAt: '' }, 10, 10)).toBeUndefined();
  });
});
