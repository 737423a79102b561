/**
 * "Атлант наладил выпуск холодильников в Ульяновской области совместно с местной компанией
 * «Волга-Холод»": «местный» is an anaphoric place adjective. It places the company it qualifies
 * where the sentence says the action happens, the place in the locative named before it.
 */
import { PLACE_TYPES } from './gazetteer.ts';
import { ENTERPRISE_NOUNS } from './lexicon.ts';
import { OPEN_QUOTES } from './scanner.ts';
import { type AddRelation, AGENT_NOUNS, CONFIDENCE, mayBeLocative, type SentenceView } from './sentence-view.ts';
import type { ExtractionResources, MentionRef } from './types.ts';

/** Adjectives that say a party belongs to the place already in view. */
const LOCAL = new Set(['местный']);

/** «местный» before the company, past its quotes, its company or agent noun and other adjectives. */
function qualifiedAsLocal(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 5; k--) {
    const text = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(text);
    if (parses.some((p) => p.pos === 'ADJF' && LOCAL.has(p.lemma))) return true;
    // "с местным дилером — компанией «X»": an agent noun the name renames after a dash.
    const skip =
      OPEN_QUOTES.has(text) ||
      text === '—' ||
      text === '–' ||
      parses.some((p) => ENTERPRISE_NOUNS.has(p.lemma) || (p.pos === 'NOUN' && AGENT_NOUNS.has(p.lemma))) ||
      (text === text.toLowerCase() && parses[0]?.pos === 'ADJF');
    if (!skip) return false;
  }
  return false;
}

/**
 * Emits LOCATED_IN for each company called «местный» in a sentence that names where it acts, or
 * whose sentence before does ("В Уссурийске откроют цех. Проект реализуют с местным предприятием «X».").
 */
export function locatedLocally(
  v: SentenceView,
  res: ExtractionResources,
  add: AddRelation,
  before?: SentenceView,
): void {
  const locative = (view: SentenceView) => (p: MentionRef) =>
    p.kind === 'name' && PLACE_TYPES.has(p.entity.type) && mayBeLocative(p, view, res);
  for (const m of v.mentions) {
    if (m.entity.type !== 'Enterprise' || m.kind !== 'name' || !qualifiedAsLocal(m, v, res)) continue;
    const here = v.mentions.filter((p) => p.end <= m.first);
    const place =
      here.findLast(locative(v)) ??
      (before && !here.some((p) => PLACE_TYPES.has(p.entity.type))
        ? before.mentions.findLast(locative(before))
        : undefined);
    if (place) add('LOCATED_IN', m.entity, place.entity, v, CONFIDENCE.apposition);
  }
}
