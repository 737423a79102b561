/** Small statistics for benchmark reports: percentiles, and a verdict on how a cost grows. */

/** The p-th percentile (0–100) by nearest rank; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/**
 * The exponent k in cost ∝ size^k fitted through the first and last point
 * (log-log slope): ≈1 is linear, clearly above 1 grows faster than the input.
 */
export function growthExponent(points: readonly { size: number; cost: number }[]): number {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first.size === last.size || first.cost <= 0 || last.cost <= 0) return Number.NaN;
  return Math.log(last.cost / first.cost) / Math.log(last.size / first.size);
}

/** Names the growth for the report; 1.15 leaves room for noise and warm-up on small runs. */
export function describeGrowth(exponent: number): 'linear' | 'sub-linear' | 'super-linear' | 'unknown' {
  if (!Number.isFinite(exponent)) return 'unknown';
  if (exponent > 1.15) return 'super-linear';
  if (exponent < 0.85) return 'sub-linear';
  return 'linear';
}

/** Rounds for display and JSON: three significant digits are all a benchmark can claim. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  const factor = 10 ** Math.min(digits, 3);
  return Math.round(value * factor) / factor;
}

/** Cost per unit of size between consecutive points: the marginal cost, free of fixed start-up costs. */
export function marginalCosts(points: readonly { size: number; cost: number }[]): number[] {
  return points.slice(1).map((p, i) => {
    const prev = points[i];
    return prev && p.size !== prev.size ? (p.cost - prev.cost) / (p.size - prev.size) : Number.NaN;
  });
}

/**
 * Whether cost grows linearly with size. With three or more points the marginal
 * cost of the last step is compared with the first (within ±30 % is linear), so a
 * fixed start-up cost does not pass for sub-linear growth; with two points only
 * the log-log exponent is available.
 */
export function judgeGrowth(points: readonly { size: number; cost: number }[]): ReturnType<typeof describeGrowth> {
  const marginal = marginalCosts(points);
  const first = marginal[0];
  const last = marginal.at(-1);
  if (marginal.length < 2 || first === undefined || last === undefined || !(first > 0)) {
    return describeGrowth(growthExponent(points));
  }
  const ratio = last / first;
  if (!Number.isFinite(ratio)) return 'unknown';
  if (ratio > 1.3) return 'super-linear';
  if (ratio < 0.7) return 'sub-linear';
  return 'linear';
}
