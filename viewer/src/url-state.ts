/**
 * View state ↔ URL hash, so a copied link reopens the same selection, filters
 * and camera. Unknown or malformed values are ignored (a stale link still
 * opens), never trusted: types are checked against the schema's lists.
 */
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../../src/schema/index.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from './state.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): ReadonlySet<T> {
  const known = new Set<string>(allowed);
  return new Set((value ?? '').split(',').filter((v): v is T => known.has(v)));
}

function finite(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Encodes the shareable part of the state as a hash string (without "#"); defaults are left out. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.kind, state.selection.key);
  if (state.hiddenTypes.size) params.set('hide', [...state.hiddenTypes].sort().join(','));
  if (state.hiddenRelations.size) params.set('hiderel', [...state.hiddenRelations].sort().join(','));
  if (state.factsOnly) params.set('facts', '1');
  if (state.until) params.set('until', state.until);
  if (state.labelDensity !== DEFAULT_VIEW_STATE.labelDensity) params.set('density', String(state.labelDensity));
  if (state.language !== DEFAULT_VIEW_STATE.language) params.set('lang', state.language);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('cam', [x, y, ratio].map((n) => Number(n.toFixed(4))).join(','));
  }
  return params.toString();
}

/** Decodes a hash (with or without "#") over the defaults. */
export function decodeViewState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const node = params.get('node');
  const edge = params.get('edge');
  const until = params.get('until');
  const density = finite(params.get('density') ?? undefined);
  const [x, y, ratio] = (params.get('cam') ?? '').split(',').map((v) => finite(v));
  return {
    ...DEFAULT_VIEW_STATE,
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    hiddenTypes: listOf<EntityType>(params.get('hide'), ENTITY_TYPES),
    hiddenRelations: listOf<RelationType>(params.get('hiderel'), RELATION_TYPES),
    factsOnly: params.get('facts') === '1',
    until: until && DATE.test(until) ? until : null,
    labelDensity: density !== undefined && density > 0 ? density : DEFAULT_VIEW_STATE.labelDensity,
    language: params.get('lang') === 'en' ? 'en' : 'ru',
    camera: x !== undefined && y !== undefined && ratio !== undefined && ratio > 0 ? { x, y, ratio } : null,
  };
}
