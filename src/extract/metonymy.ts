/**
 * Capitals for their states: "Минск и Астана договорились …" speaks of the two states, so the
 * guidelines annotate the countries. Two capitals of different countries acting together in an
 * act between states (talks, agreements, cooperation, trade) stand for their countries; a capital
 * alone, or as a place ("в Минске"), stays the city. Pure: returns a new analysis.
 */
import { gazetteerCountryOf } from './gazetteer.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, MentionRef } from './types.ts';

/** Lemmas of acts between states. */
const STATE_ACTS = new Set([
  'договориться',
  'подписать',
  'соглашение',
  'переговоры',
  'межправительственный',
  'межгосударственный',
  'товарооборот',
  'сотрудничество',
  'сотрудничать',
]);

/** The country whose capital the city is, as the article's entity, if the article names it. */
function stateOf(city: EntityDraft, byRef: ReadonlyMap<string, EntityDraft>, res: ExtractionResources) {
  const id = city.ref?.id;
  const country = gazetteerCountryOf(res.gazetteer, id);
  if (!id || !country || res.gazetteer.byId(country)?.centre !== id) return undefined;
  return byRef.get(country);
}

/** Replaces capitals that stand for their states with the states. */
export function resolveCapitals(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const byRef = new Map<string, EntityDraft>();
  for (const e of a.entities.values()) if (e.ref) byRef.set(e.ref.id, e);
  const mentions = a.mentions.map((list, index) => {
    const tokens = a.sentences[index]?.tokens ?? [];
    if (!tokens.some((t) => res.morph.lemmas(t.text).some((l) => STATE_ACTS.has(l)))) return list;
    const states = new Map<MentionRef, EntityDraft>();
    for (const m of list) {
      if (m.entity.type !== 'City' || m.kind !== 'name' || (m.prep !== undefined && m.prep !== 'с')) continue;
      const state = stateOf(m.entity, byRef, res);
      if (state) states.set(m, state);
    }
    if (new Set(states.values()).size < 2) return list;
    return list.map((m) => {
      const state = states.get(m);
      return state ? { ...m, entity: state } : m;
    });
  });
  return { ...a, mentions };
}
