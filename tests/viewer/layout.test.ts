import forceAtlas2Import from 'graphology-layout-forceatlas2';
import { describe, expect, it, vi } from 'vitest';
import { cjsDefault } from '../../viewer/src/cjs-interop.ts';
import { buildDisplayGraph } from '../../viewer/src/display-graph.ts';
import {
  createInitialLayout,
  initialLayoutIterations,
  layoutSettings,
  parseStoredPositions,
  placeNodes,
  seededPosition,
  serializePositions,
  settleInBackground,
} from '../../viewer/src/layout.ts';
import { fixtureExport } from './fixture.ts';

describe('layout', () => {
  it('seeds positions from the key alone, so every load starts the same', () => {
    expect(seededPosition('region:kaluga-oblast')).toEqual(seededPosition('region:kaluga-oblast'));
    expect(seededPosition('region:kaluga-oblast')).not.toEqual(seededPosition('region:bryansk-oblast'));
  });

  it('places a small graph at its seeded positions and leaves the layout pass for after the first frame', () => {
    const graph = buildDisplayGraph(fixtureExport());
    expect(placeNodes(graph, {})).toBe(true);
    expect(graph.getNodeAttributes('country:belarus')).toMatchObject(seededPosition('country:belarus'));
    expect(placeNodes(buildDisplayGraph(fixtureExport()), { 'country:belarus': [1, 2] })).toBe(false);
  });

  it('lays out a small graph deterministically, however the pass is sliced', () => {
    const whole = buildDisplayGraph(fixtureExport());
    const sliced = buildDisplayGraph(fixtureExport());
    const reference = buildDisplayGraph(fixtureExport());
    for (const graph of [whole, sliced, reference]) placeNodes(graph, {});
    const before = serializePositions(whole);

    expect(createInitialLayout(whole).run(Number.POSITIVE_INFINITY)).toBe(true);
    const layout = createInitialLayout(sliced);
    let slices = 1;
    while (!layout.run(Number.NEGATIVE_INFINITY)) slices++;
    const forceAtlas2 = cjsDefault(forceAtlas2Import);
    const iterations = initialLayoutIterations(reference.order);
    forceAtlas2.assign(reference, { iterations, settings: layoutSettings(reference) });

    expect(slices).toBe(iterations);
    expect(serializePositions(whole)).not.toBe(before);
    expect(serializePositions(sliced)).toBe(serializePositions(whole));
    expect(serializePositions(whole)).toBe(serializePositions(reference));
  });

  it('settles in timer slices after the first frame, moving the graph once, unless cancelled', () => {
    vi.useFakeTimers();
    try {
      const expected = buildDisplayGraph(fixtureExport());
      placeNodes(expected, {});
      createInitialLayout(expected).run(Number.POSITIVE_INFINITY);
      const graph = buildDisplayGraph(fixtureExport());
      placeNodes(graph, {});
      const seeded = serializePositions(graph);
      const cancelled = buildDisplayGraph(fixtureExport());
      placeNodes(cancelled, {});

      settleInBackground(graph);
      settleInBackground(cancelled)();
      expect(serializePositions(graph)).toBe(seeded);
      vi.runAllTimers();
      expect(serializePositions(graph)).toBe(serializePositions(expected));
      expect(serializePositions(cancelled)).toBe(seeded);
    } finally {
      vi.useRealTimers();
    }
  });

  it('restores stored positions and ignores corrupt storage', () => {
    const graph = buildDisplayGraph(fixtureExport());
    placeNodes(graph, parseStoredPositions('{"country:belarus":[1,2],"bad":["x",1]}'));
    expect(graph.getNodeAttributes('country:belarus')).toMatchObject({ x: 1, y: 2 });
    expect(parseStoredPositions('not json')).toEqual({});
    expect(parseStoredPositions('{"bad":["x",1]}')).toEqual({});
  });
});
