/** The GEXF export sends what is drawn now: expanded nodes in, collapsed, hidden and filtered ones out. */
import { describe, expect, it } from 'vitest';
import { NeighboursResponseSchema } from '../../src/schema/neighbours.ts';
import { buildDisplayGraph } from '../../viewer/src/display-graph.ts';
import { addNeighbourhood, dropNodes } from '../../viewer/src/expand.ts';
import { drawnGraph, type LoadedItems } from '../../viewer/src/export-view.ts';
import { DEFAULT_VIEW_STATE } from '../../viewer/src/state.ts';
import { computeVisibility } from '../../viewer/src/visibility.ts';
import { fixtureExport } from './fixture.ts';

/** Kaluga's neighbourhood: one new enterprise (with a relation) and one new city. */
const neighbours = NeighboursResponseSchema.parse({
  center: 'region:kaluga-oblast',
  total: 2,
  nodes: [
    { key: 'region:kaluga-oblast', attributes: { type: 'Region', name: 'Калужская область', degree: 4 } },
    { key: 'enterprise:new-a', attributes: { type: 'Enterprise', name: 'Новый А', degree: 1 } },
    { key: 'city:new-b', attributes: { type: 'City', name: 'Новый Б', degree: 1 } },
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
  ],
});

/** The fixture's first view after an expand of Kaluga, as the page keeps it. */
function expandedView() {
  const data = fixtureExport();
  const graph = buildDisplayGraph(data);
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { x: key.length, y: -key.length }));
  addNeighbourhood(graph, neighbours, { x: 0, y: 0 }, true);
  const loaded: LoadedItems = {
    // As the page keeps them: what was loaded first stays (later entries of a Map win).
    nodes: new Map([...neighbours.nodes, ...data.nodes].map((n) => [n.key, n])),
    edges: new Map([...neighbours.edges, ...data.edges].map((e) => [e.key, e])),
  };
  return { data, graph, loaded };
}

describe('drawnGraph', () => {
  it('holds the expanded nodes and leaves out hidden ones and what the filters hide', () => {
    const { data, graph, loaded } = expandedView();
    dropNodes(graph, ['person:shapsha']); // "Скрыть"
    const visibility = computeVisibility(graph, { ...DEFAULT_VIEW_STATE, hiddenTypes: new Set(['City']) });
    const drawn = drawnGraph(graph, visibility, loaded, data.attributes);

    expect(drawn.nodes.map((n) => n.key).sort()).toEqual([
      'country:belarus',
      'enterprise:new-a',
      'enterprise:polyot',
      'region:kaluga-oblast',
    ]);
    expect(drawn.edges.map((e) => e.key)).toContain('SUPPLIES:enterprise:new-a->region:kaluga-oblast');
    expect(drawn.edges.map((e) => e.key)).not.toContain('heads');
    expect(drawn.edges.map((e) => e.key)).not.toContain('LOCATED_IN:region:kaluga-oblast->city:new-b');
    // Positions are the ones on screen, attributes the ones loaded.
    const kaluga = drawn.nodes.find((n) => n.key === 'region:kaluga-oblast');
    expect(kaluga?.attributes).toMatchObject({ name: 'Калужская область', aliases: ['Калужщина'], x: 20, y: -20 });
  });

  it('forgets what a collapse took off the display graph', () => {
    const { data, graph, loaded } = expandedView();
    dropNodes(graph, ['enterprise:new-a', 'city:new-b']);
    const drawn = drawnGraph(graph, computeVisibility(graph, DEFAULT_VIEW_STATE), loaded, data.attributes);
    expect(drawn.nodes.map((n) => n.key)).not.toContain('enterprise:new-a');
    expect(drawn.nodes).toHaveLength(data.nodes.length);
  });
});
