/** Percentiles and the growth verdict the benchmark report prints. */
import { describe, expect, it } from 'vitest';
import { describeGrowth, growthExponent, percentile, round } from '../../../scripts/bench/stats.ts';
import { createSyntheticGraph } from '../../../scripts/bench/synthetic-graph.ts';

describe('stats', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([], 95)).toBeNaN();
  });

  it('calls proportional growth linear and quadratic growth super-linear', () => {
    const linear = growthExponent([
      { size: 1000, cost: 10 },
      { size: 50_000, cost: 500 },
    ]);
    expect(describeGrowth(linear)).toBe('linear');
    const quadratic = growthExponent([
      { size: 10, cost: 1 },
      { size: 100, cost: 100 },
    ]);
    expect(describeGrowth(quadratic)).toBe('super-linear');
  });

  it('rounds to three significant digits', () => {
    expect(round(1234.567)).toBe(1235);
    expect(round(0.12345)).toBe(0.123);
  });
});

describe('createSyntheticGraph', () => {
  it('makes the asked number of nodes and five times as many edges, the same for the same seed', () => {
    const graph = createSyntheticGraph(500, 3);
    expect(graph.order).toBe(500);
    expect(graph.size).toBeGreaterThan(2450);
    expect(graph.size).toBeLessThanOrEqual(2500);
    expect(createSyntheticGraph(500, 3).export()).toEqual(graph.export());
  });
});
