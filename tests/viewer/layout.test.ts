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
import { settleInWorker, settleWhenIdle } from '../../viewer/src/layout-worker.ts';
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

  it('starts the initial pass only once the page is idle, and not at all when cancelled first', () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.splice(handle - 1, 1, () => {}));
    try {
      const graph = buildDisplayGraph(fixtureExport());
      placeNodes(graph, {});
      const seeded = serializePositions(graph);
      const cancelled = buildDisplayGraph(fixtureExport());
      placeNodes(cancelled, {});
      let done = 0;
      settleWhenIdle(graph);
      const cancel = settleWhenIdle(cancelled, () => done++);
      // Nothing is started with the first frame (no worker here, so no slice timer either) until the page is idle.
      expect(idle).toHaveLength(2);
      expect(vi.getTimerCount()).toBe(0);
      cancel();
      cancel();
      for (const callback of idle) callback();
      vi.runAllTimers();
      expect(serializePositions(graph)).not.toBe(seeded);
      expect(serializePositions(cancelled)).toBe(seeded);
      expect(done).toBe(1);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });

  it('pauses the initial pass in its worker while the camera moves', () => {
    vi.useFakeTimers();
    let posts = 0;
    /** A stand-in for FA2's worker: answers every iteration with the positions it was sent. */
    class EchoWorker {
      private listener: ((event: { data: { nodes: ArrayBuffer } }) => void) | undefined;
      addEventListener(_type: string, listener: (event: { data: { nodes: ArrayBuffer } }) => void): void {
        this.listener = listener;
      }
      postMessage(message: { nodes: ArrayBuffer }): void {
        posts++;
        setTimeout(() => this.listener?.({ data: { nodes: message.nodes } }), 1);
      }
      terminate(): void {}
    }
    vi.stubGlobal('Worker', EchoWorker);
    vi.stubGlobal('window', { URL: { createObjectURL: () => 'blob:fa2', revokeObjectURL: () => {} } });
    try {
      const graph = buildDisplayGraph(fixtureExport());
      placeNodes(graph, {});
      let moving = true;
      let done = 0;
      settleInWorker(
        graph,
        () => done++,
        () => moving,
      );
      vi.advanceTimersByTime(1000);
      expect(posts).toBe(1);
      moving = false;
      vi.runAllTimers();
      expect(posts).toBe(initialLayoutIterations(graph.order));
      expect(done).toBe(1);
    } finally {
      vi.unstubAllGlobals();
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
