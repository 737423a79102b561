/**
 * Capitals for their states: "Минск и Астана договорились …" speaks of the two states, so the
 * guidelines annotate the countries. Two capitals of different countries acting together in an
 * act between states (talks, agreements, cooperation, trade) stand for their countries; a capital
 * alone, or as a place ("в Минске"), stays the city. Pure: returns a new analysis.
 */
import { foldWord, gazetteerCountryOf } from './gazetteer.ts';
import { townNamesOf } from './toponyms.ts';
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

/**
 * "Гомель и Тула стали побратимами … тульские оружейники": the adjective of a region is also its
 * centre's ("тульский" ← Тула), so in an article that names the centre and never the region it
 * speaks of the town, in its mentions and in what the scanner placed there.
 */
export function resolveCentreAdjectives(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const named = new Set(
    a.mentions
      .flat()
      .filter((m) => m.kind === 'name')
      .map((m) => m.entity),
  );
  const cities = new Map<string, EntityDraft>();
  for (const e of named) if (e.type === 'City' && e.ref) cities.set(e.ref.id, e);
  const centreOf = (e: EntityDraft) =>
    e.type === 'Region' && !named.has(e) && e.ref?.centre ? cities.get(e.ref.centre) : undefined;
  // Only an adjective formed from the town's name: "кузбасский", "татарстанский" are the region's own.
  const ofTown = (word: string, city: EntityDraft) => {
    const same = (name: string) => foldWord(name) === foldWord(city.name);
    return townNamesOf(word, res.morph, same).some(same);
  };
  const swapped = new Set<EntityDraft>();
  const mentions = a.mentions.map((list, index) =>
    list.map((m) => {
      const city = m.kind === 'adjective' ? centreOf(m.entity) : undefined;
      if (!city || !ofTown(a.sentences[index]?.tokens[m.first]?.text ?? '', city)) return m;
      swapped.add(m.entity);
      return { ...m, entity: city };
    }),
  );
  const found = a.found.map((r) => {
    const city = r.type === 'LOCATED_IN' && swapped.has(r.target) ? centreOf(r.target) : undefined;
    return city ? { ...r, target: city } : r;
  });
  return { ...a, mentions, found };
}
