import { describe, expect, it } from 'vitest';
import { createLabelLayer, type LabelCandidate, placeLabels } from '../../viewer/src/labels.ts';

// 7 px per character at font size 10: labels are 12.5 px high.
const measure = (text: string) => text.length * 7;
const viewport = { width: 400, height: 300 };
const candidate = (key: string, x: number, y: number, size = 5, forced = false): LabelCandidate => ({
  key,
  label: key,
  x,
  y,
  size,
  forced,
});
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('draws a label right of its node when there is room', () => {
    const [placed] = placeLabels([candidate('Минск', 100, 100)], measure, 10, viewport);
    expect(placed?.box.x).toBe(100 + 5 + 3);
    expect(placed?.box.width).toBe(35);
  });

  it('drops a label that would cover one already placed, keeping the bigger node’s label', () => {
    const small = candidate('Калужская область', 100, 100, 4);
    const big = candidate('Беларусь', 102, 102, 12);
    const placed = placeLabels([small, big], measure, 10, viewport);
    expect(placed.map((p) => p.key)).toContain('Беларусь');
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
  });

  it('moves a label to the left of its node rather than over a neighbour’s label', () => {
    const placed = placeLabels(
      [candidate('AAAA', 160, 100, 10), candidate('BBBB', 150, 100, 5)],
      measure,
      10,
      viewport,
    );
    const b = placed.find((p) => p.key === 'BBBB');
    expect(b?.box.x).toBe(150 - 5 - 3 - 28);
  });

  it('keeps labels inside the canvas: left of a node at the right edge, pulled down at the top', () => {
    const [right] = placeLabels([candidate('Республика Казахстан', 390, 150)], measure, 10, viewport);
    expect(right && right.box.x + right.box.width).toBeLessThanOrEqual(viewport.width);
    expect(right?.box.x).toBe(390 - 5 - 3 - 140);
    const [top] = placeLabels([candidate('Москва', 50, 1)], measure, 10, viewport);
    expect(top?.box.y).toBe(0);
    const [wide] = placeLabels([candidate('x'.repeat(50), 200, 150)], measure, 10, viewport);
    expect(wide && wide.box.x + wide.box.width).toBeLessThanOrEqual(viewport.width);
    expect(wide?.box.x).toBeGreaterThanOrEqual(0);
  });

  it('always places a forced (selected) label, first', () => {
    const placed = placeLabels(
      [candidate('Большой узел', 100, 100, 20), candidate('Выбранный', 101, 101, 3, true)],
      measure,
      10,
      viewport,
    );
    expect(placed[0]?.key).toBe('Выбранный');
  });
});

describe('createLabelLayer', () => {
  const style = { labelSize: 10, labelFont: 'sans-serif', labelWeight: '500', labelColor: { color: '#000' } };
  function fakeContext() {
    const written: string[] = [];
    const context = {
      canvas: { clientWidth: 400, clientHeight: 300 },
      measureText: (text: string) => ({ width: measure(text) }),
      fillText: (text: string) => written.push(text),
      strokeText: () => {},
    };
    return { context: context as unknown as CanvasRenderingContext2D, written };
  }

  it('draws a frame’s labels once, after the frame, forgetting frames it did not flush', () => {
    const layer = createLabelLayer();
    const { context, written } = fakeContext();
    layer.collect(context, { key: 'a', label: 'Минск', x: 100, y: 100, size: 5 }, style);
    layer.begin(); // a new frame: the unflushed candidate above is stale
    layer.collect(context, { key: 'a', label: 'Минск', x: 100, y: 100, size: 5 }, style);
    layer.collect(context, { key: 'b', label: 'Брест', x: 101, y: 101, size: 3 }, style);
    expect(written).toEqual([]);
    layer.flush();
    expect(written).toEqual(['Минск', 'Брест']);
    expect(layer.drawn().map((l) => l.key)).toEqual(['a', 'b']);
    expect(layer.drawn()[1]?.box.x).toBeLessThan(100);
  });
});
