import { describe, expect, it } from 'vitest';
import { buildDisplayGraph } from '../../viewer/src/display-graph.ts';
import { DEFAULT_VIEW_STATE, setFactsOnly, setTypeVisible, setUntil, type ViewState } from '../../viewer/src/state.ts';
import { statusCounts, statusText } from '../../viewer/src/status-line.ts';
import { computeVisibility } from '../../viewer/src/visibility.ts';
import { fixtureExport } from './fixture.ts';

describe('status line', () => {
  const graph = buildDisplayGraph(fixtureExport());
  const text = (state: ViewState) => statusText(statusCounts(graph, computeVisibility(graph, state)), state.until);

  it('shows the totals when nothing is filtered', () => {
    expect(text(DEFAULT_VIEW_STATE)).toBe('узлов: 4 · связей: 4');
  });

  it('counts what the filters and the time slider leave', () => {
    expect(text(setTypeVisible(DEFAULT_VIEW_STATE, 'Person', false))).toBe('узлов: 3 из 4 · связей: 3 из 4');
    expect(text(setFactsOnly(DEFAULT_VIEW_STATE, true))).toBe('узлов: 4 · связей: 3 из 4');
    expect(text(setUntil(DEFAULT_VIEW_STATE, '2023-12-31'))).toBe('узлов: 3 из 4 · связей: 2 из 4 · до 2023-12-31');
  });
});
