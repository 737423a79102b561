import { describe, expect, it } from 'vitest';
import * as actions from '../../viewer/src/state.ts';
import { DEFAULT_VIEW_STATE } from '../../viewer/src/state.ts';
import { decodeViewState, encodeViewState } from '../../viewer/src/url-state.ts';

describe('view state actions', () => {
  it('never mutate the state they are given', () => {
    const before = actions.setTypeVisible(DEFAULT_VIEW_STATE, 'Person', false);
    const after = actions.setTypeVisible(before, 'Person', true);
    expect(before.hiddenTypes.has('Person')).toBe(true);
    expect(after.hiddenTypes.has('Person')).toBe(false);
    expect(DEFAULT_VIEW_STATE.hiddenTypes.size).toBe(0);
  });

  it('tell filter changes (costly) from selection and hover changes (cheap)', () => {
    const hovered = actions.hoverNode(DEFAULT_VIEW_STATE, 'n1');
    expect(actions.filtersChanged(DEFAULT_VIEW_STATE, hovered)).toBe(false);
    expect(actions.hoverNode(hovered, 'n1')).toBe(hovered);
    expect(actions.filtersChanged(DEFAULT_VIEW_STATE, actions.setFactsOnly(DEFAULT_VIEW_STATE, true))).toBe(true);
    expect(actions.filtersChanged(DEFAULT_VIEW_STATE, actions.setUntil(DEFAULT_VIEW_STATE, '2024-01-01'))).toBe(true);
  });

  it('clamp label density to a usable range', () => {
    expect(actions.setLabelDensity(DEFAULT_VIEW_STATE, 100).labelDensity).toBe(5);
    expect(actions.setLabelDensity(DEFAULT_VIEW_STATE, 0).labelDensity).toBe(0.05);
  });
});

describe('URL state', () => {
  it('round-trips selection, filters, time, language, density and camera', () => {
    let state = actions.selectNode(DEFAULT_VIEW_STATE, 'region:kaluga-oblast');
    state = actions.setTypeVisible(state, 'Person', false);
    state = actions.setRelationVisible(state, 'LOCATED_IN', false);
    state = actions.setFactsOnly(state, true);
    state = actions.setUntil(state, '2024-02-01');
    state = actions.setLanguage(state, 'en');
    state = actions.setLabelDensity(state, 0.5);
    state = actions.setCamera(state, { x: 0.5, y: 0.25, ratio: 0.8 });
    const hash = encodeViewState(state);
    expect(decodeViewState(`#${hash}`)).toEqual({ ...state, hovered: null });
  });

  it('encodes the default view as an empty hash and keeps ids with colons readable', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(encodeViewState(actions.selectNode(DEFAULT_VIEW_STATE, 'region:kaluga-oblast'))).toBe(
      'node=region%3Akaluga-oblast',
    );
    expect(decodeViewState('edge=e1').selection).toEqual({ kind: 'edge', key: 'e1' });
  });

  it('ignores unknown types and malformed values instead of trusting them', () => {
    const state = decodeViewState('#hide=Person,Planet&until=yesterday&cam=1,x,2&density=-3&lang=de');
    expect([...state.hiddenTypes]).toEqual(['Person']);
    expect(state.until).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.labelDensity).toBe(DEFAULT_VIEW_STATE.labelDensity);
    expect(state.language).toBe('ru');
  });
});
