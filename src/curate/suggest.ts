/**
 * `curate suggest`: pairs of stored entities that are probably one, best first, so a
 * person reviews a short list instead of hunting for duplicates. Pure.
 */
import type { EntityType } from '../schema/index.ts';
import { normalizeSearchText, transliterate } from '../schema/index.ts';

/** An entity as suggestions compare it. */
export interface SuggestEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** A candidate duplicate: merging `from` into `into` (the one with more names stays). */
export interface MergeSuggestion {
  from: SuggestEntity;
  into: SuggestEntity;
  /** 1 for the same name or alias, a little less for transliteration variants, else Jaro-Winkler. */
  score: number;
  why: 'same name' | 'transliteration' | 'similar name';
}

/** Legal forms and quotes that say nothing about which company is meant. */
const NOISE = /(?:^|\s)(?:оао|зао|пао|ао|ооо|оду|чуп|уп|тоо|ип|jsc|ojsc|llc|ltd)(?=\s|$)|[«»"'„“”]/gu;

/** A name folded for comparison: case, ё, quotes and legal forms dropped. */
export function comparableName(name: string): string {
  return normalizeSearchText(normalizeSearchText(name).replace(NOISE, ' '));
}

/**
 * Candidate duplicates among entities of the same type, best first: the same folded name
 * or alias, the same name once transliterated, or Jaro-Winkler similarity of at least
 * `threshold` (compared only within names that share their first letter, to stay fast).
 */
export function suggestMerges(entities: readonly SuggestEntity[], threshold = 0.92, limit = 50): MergeSuggestion[] {
  const found = new Map<string, MergeSuggestion>();
  const offer = (a: SuggestEntity, b: SuggestEntity, score: number, why: MergeSuggestion['why']): void => {
    if (a.id === b.id || a.type !== b.type) return;
    const [into, from] =
      a.aliases.length > b.aliases.length || (a.aliases.length === b.aliases.length && a.id < b.id) ? [a, b] : [b, a];
    const key = `${from.id}\u0000${into.id}`;
    const known = found.get(key);
    if (!known || known.score < score) found.set(key, { from, into, score, why });
  };
  const byKey = new Map<string, SuggestEntity[]>();
  const byLatin = new Map<string, SuggestEntity[]>();
  const byStart = new Map<string, { entity: SuggestEntity; name: string }[]>();
  for (const entity of entities) {
    const names = new Set([entity.name, ...entity.aliases].map(comparableName).filter((n) => n.length > 0));
    for (const name of names) {
      push(byKey, `${entity.type}|${name}`, entity);
      push(byLatin, `${entity.type}|${transliterate(name).toLowerCase()}`, entity);
      push(byStart, `${entity.type}|${name[0]}`, { entity, name });
    }
  }
  for (const group of byKey.values()) pairs(group, (a, b) => offer(a, b, 1, 'same name'));
  for (const group of byLatin.values()) pairs(group, (a, b) => offer(a, b, 0.97, 'transliteration'));
  for (const group of byStart.values()) {
    pairs(group, (a, b) => {
      const score = jaroWinkler(a.name, b.name);
      if (score >= threshold) offer(a.entity, b.entity, Math.round(score * 1000) / 1000, 'similar name');
    });
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || a.into.id.localeCompare(b.into.id) || a.from.id.localeCompare(b.from.id))
    .slice(0, limit);
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pairs<T>(items: readonly T[], visit: (a: T, b: T) => void): void {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) visit(items[i] as T, items[j] as T);
}
