/**
 * Compound place adjectives ("российско-казахстанский", "белорусско-вьетнамский")
 * name two (or more) parties at once: a joint venture, talks or trade of both
 * places. Russian writes every part but the last in a stem form ending in -о,
 * so each part is read back as the full adjective and looked up like any place
 * adjective. Pure.
 */
import type { ReferenceEntry } from '../schema/reference.ts';
import type { Gazetteer } from './gazetteer.ts';
import { PLACE_TYPES } from './gazetteer.ts';
import { tokenize } from './tokens.ts';

/** The place a single adjective form names, if the reference knows it as an adjective. */
function placeOfAdjective(word: string, gazetteer: Gazetteer): ReferenceEntry | undefined {
  const m = gazetteer.match(tokenize(word), 0);
  return m?.kind === 'adjective' && m.end === 1 && PLACE_TYPES.has(m.entry.type) ? m.entry : undefined;
}

/**
 * The places a hyphenated adjective names, in order, or nothing unless every part is a
 * place adjective of a different place ("торгово-экономический" names none).
 */
export function compoundPlaces(word: string, gazetteer: Gazetteer): ReferenceEntry[] {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => p.length < 3)) return [];
  const out: ReferenceEntry[] = [];
  for (const [k, part] of parts.entries()) {
    const last = k === parts.length - 1;
    if (!last && !/о$/u.test(part)) return [];
    const forms = last ? [part] : [`${part.slice(0, -1)}ий`, `${part.slice(0, -1)}ый`];
    const entry = forms.map((f) => placeOfAdjective(f, gazetteer)).find((e) => e !== undefined);
    if (!entry || out.some((e) => e.id === entry.id)) return [];
    out.push(entry);
  }
  return out;
}
