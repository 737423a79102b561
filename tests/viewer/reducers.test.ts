import { describe, expect, it } from 'vitest';
import { buildDisplayGraph } from '../../viewer/src/display-graph.ts';
import {
  createEdgeReducer,
  createNodeReducer,
  createRenderView,
  DIM_EDGE_COLOR,
  DIM_NODE_COLOR,
} from '../../viewer/src/reducers.ts';
import * as actions from '../../viewer/src/state.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../viewer/src/state.ts';
import { computeVisibility } from '../../viewer/src/visibility.ts';
import { fixtureExport } from './fixture.ts';

const graph = buildDisplayGraph(fixtureExport());

function render(state: ViewState) {
  const view = createRenderView(graph, state, computeVisibility(graph, state));
  const node = createNodeReducer(() => view);
  const edge = createEdgeReducer(() => view);
  return {
    node: (key: string) => node(key, { ...graph.getNodeAttributes(key) }),
    edge: (key: string) => edge(key, { ...graph.getEdgeAttributes(key) }),
  };
}

describe('visibility', () => {
  it('hides entities of a hidden type and the relations touching them', () => {
    const v = computeVisibility(graph, actions.setTypeVisible(DEFAULT_VIEW_STATE, 'Person', false));
    expect([...v.hiddenNodes]).toEqual(['person:shapsha']);
    expect([...v.hiddenEdges]).toEqual(['heads']);
  });

  it('keeps only facts when asked, and only what was stated up to the slider date', () => {
    expect([...computeVisibility(graph, actions.setFactsOnly(DEFAULT_VIEW_STATE, true)).hiddenEdges]).toEqual([
      'coop-plan',
    ]);
    const early = computeVisibility(graph, actions.setUntil(DEFAULT_VIEW_STATE, '2023-12-31'));
    expect([...early.hiddenNodes]).toEqual(['enterprise:polyot']);
    expect([...early.hiddenEdges].sort()).toEqual(['coop-plan', 'supplies']);
  });

  it('hides relation types without hiding their ends', () => {
    const v = computeVisibility(graph, actions.setRelationVisible(DEFAULT_VIEW_STATE, 'HEADS', false));
    expect([...v.hiddenEdges]).toEqual(['heads']);
    expect(v.hiddenNodes.size).toBe(0);
  });
});

describe('reducers', () => {
  it('leave everything as it is when nothing is focused', () => {
    const r = render(DEFAULT_VIEW_STATE);
    expect(r.node('country:belarus').color).toBe(graph.getNodeAttributes('country:belarus').color);
    expect(r.edge('heads').hidden).toBeUndefined();
  });

  it('highlight the selected node’s neighbourhood and dim the rest', () => {
    const r = render(actions.selectNode(DEFAULT_VIEW_STATE, 'person:shapsha'));
    expect(r.node('person:shapsha')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(r.node('region:kaluga-oblast').color).not.toBe(DIM_NODE_COLOR);
    expect(r.node('country:belarus')).toMatchObject({ color: DIM_NODE_COLOR, label: '' });
    expect(r.edge('trade').color).toBe(DIM_EDGE_COLOR);
    expect(r.edge('heads').color).not.toBe(DIM_EDGE_COLOR);
  });

  it('let hover take over the focus from the selection', () => {
    const state = actions.hoverNode(actions.selectNode(DEFAULT_VIEW_STATE, 'person:shapsha'), 'enterprise:polyot');
    const r = render(state);
    expect(r.node('country:belarus').color).not.toBe(DIM_NODE_COLOR);
    expect(r.node('region:kaluga-oblast').color).toBe(DIM_NODE_COLOR);
  });

  it('focus a selected edge and its two ends', () => {
    const r = render(actions.selectEdge(DEFAULT_VIEW_STATE, 'supplies'));
    expect(r.edge('supplies').size).toBe(4);
    expect(r.node('enterprise:polyot').color).not.toBe(DIM_NODE_COLOR);
    expect(r.node('person:shapsha').color).toBe(DIM_NODE_COLOR);
  });

  it('draw highlighted lines and arrows with a program that has a width, the rest one pixel wide', () => {
    expect(graph.getEdgeAttribute('supplies', 'type')).toBe('arrow');
    const selected = render(actions.selectEdge(DEFAULT_VIEW_STATE, 'supplies'));
    expect(selected.edge('supplies').type).toBe('wideArrow');
    const focused = render(actions.selectNode(DEFAULT_VIEW_STATE, 'person:shapsha'));
    expect(focused.edge('heads')).toMatchObject({ type: 'wideArrow', size: 2.5 });
    expect(focused.edge('supplies').type).toBe('arrow');
    // Curves (parallel relations) have a width already and keep their program.
    expect(render(actions.selectEdge(DEFAULT_VIEW_STATE, 'trade')).edge('trade').type).toBe('curved');
  });

  it('hide filtered items and switch labels to English', () => {
    const r = render(actions.setLanguage(actions.setTypeVisible(DEFAULT_VIEW_STATE, 'Person', false), 'en'));
    expect(r.node('person:shapsha').hidden).toBe(true);
    expect(r.edge('heads').hidden).toBe(true);
    expect(r.node('country:belarus').label).toBe('Belarus');
  });

  it('dim what is not marked (e.g. a Cypher result)', () => {
    const r = render(actions.markItems(DEFAULT_VIEW_STATE, ['country:belarus'], ['trade']));
    expect(r.node('country:belarus').color).not.toBe(DIM_NODE_COLOR);
    expect(r.node('person:shapsha').color).toBe(DIM_NODE_COLOR);
    expect(r.edge('heads').color).toBe(DIM_EDGE_COLOR);
  });

  it('never touch the graph itself', () => {
    const before = JSON.stringify(graph.export());
    render(actions.selectNode(actions.setTypeVisible(DEFAULT_VIEW_STATE, 'Country', false), 'person:shapsha')).node(
      'person:shapsha',
    );
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
