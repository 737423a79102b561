/**
 * The viewer's two palettes, keyed by the schema's type lists so a new entity
 * or relation type fails to compile until it has a colour. Nodes take strong,
 * saturated hues; relations take muted, greyish ones from a different set, so
 * a red node and a "supplies" edge can never be mistaken for the same thing.
 */
import type { EntityType, RelationType } from '../../src/schema/index.ts';

/** Node colours (Tableau 10 hues): the legend, the badges and the canvas all read these. */
export const NODE_COLORS: Readonly<Record<EntityType, string>> = {
  Country: '#d62728',
  Region: '#1f77b4',
  City: '#17becf',
  Enterprise: '#ff7f0e',
  Organization: '#9467bd',
  Person: '#2ca02c',
  Project: '#e377c2',
};

/**
 * Relation colours: low-chroma tones, less saturated than any node colour, far
 * (CIELAB ΔE ≥ 20) from every node colour and apart from each other.
 */
export const EDGE_COLORS: Readonly<Record<RelationType, string>> = {
  SUPPLIES: '#a6784f',
  CO_PRODUCES: '#6f8450',
  NEGOTIATES: '#5c6f8a',
  TRADES_WITH: '#bcab6c',
  COOPERATES_WITH: '#8c8c8c',
  HEADS: '#7e5a7b',
  LOCATED_IN: '#c8c8c8',
  PARTICIPATES_IN: '#5e8c82',
};

/** Converts `#rrggbb` to CIELAB (D65), the space where distances match how different colours look. */
export function hexToLab(hex: string): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = linear;
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: above ~20 two colours read as different at a glance. */
export function colorDistance(a: string, b: string): number {
  const [l1, a1, b1] = hexToLab(a);
  const [l2, a2, b2] = hexToLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
