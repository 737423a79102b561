/**
 * Adjectives formed from a town's name ("бобруйский" ← Бобруйск, "лидский" ←
 * Лида, "жодинский" ← Жодино). The reference data cannot list every town, but
 * the OpenCorpora dictionary knows most of them as geographical nouns (Geox);
 * undoing the -ский suffix and finding such a noun in the dictionary (not
 * merely predicted) shows the adjective names a place. Pure.
 */
import type { Morphology } from './morphology.ts';

/**
 * Town names the stem of a -ский adjective may come from: Бобруйск, Лида, Жодино, Гродно
 * (гродненский), Орша (оршанский), Тула, and plural names (Барановичи, Мытищи, Чебоксары).
 */
function townCandidates(stem: string): string[] {
  const out = [`${stem}ск`, stem, `${stem}а`, `${stem}о`, `${stem}ь`, `${stem}и`, `${stem}ы`];
  // "гродненский", "жодинский", "оршанский": a linking -ен-/-ин-/-ан- before the suffix.
  const bare = stem.replace(/(ен|ин|ан)$/u, '');
  if (bare !== stem) out.push(`${bare}о`, `${bare}а`, `${bare}и`);
  // "тульский" ← Тула.
  if (stem.endsWith('ь')) out.push(`${stem.slice(0, -1)}а`);
  return out;
}

/**
 * Adjectives of Russia's broad geographic areas, which are no subdivision and no entity: "уральские
 * металлурги" are from the Urals, not from the Kazakh town Уральск, though the suffix would allow both.
 */
const AREA_ADJECTIVES = new Set([
  'уральский',
  'сибирский',
  'поволжский',
  'приволжский',
  'дальневосточный',
  'северокавказский',
]);

/**
 * Nouns of broad areas that span several subdivisions ("поставки в Сибирь", "в Поволжье"): no
 * country, region or town, so no entity of any type the guidelines have.
 */
export const BROAD_AREAS: ReadonlySet<string> = new Set([
  'сибирь',
  'урал',
  'поволжье',
  'приуралье',
  'зауралье',
  'кавказ',
  'закавказье',
  'прибалтика',
  'черноземье',
  'нечерноземье',
  'заполярье',
  'прикаспий',
  'полесье',
]);

/** The town names (capitalised) the dictionary knows that `word`, a -ский adjective, is formed from. */
export function townNamesOf(word: string, morph: Morphology): string[] {
  const adj = [...morph.parse(word), ...morph.parse(word.toLowerCase())].find(
    (p) => p.pos === 'ADJF' && /[сц]кий$/u.test(p.lemma),
  );
  if (!adj || AREA_ADJECTIVES.has(adj.lemma)) return [];
  // "слуцкий" ← Слуцк: -цкий keeps the town's final -цк.
  const stem = adj.lemma.endsWith('цкий') ? adj.lemma.slice(0, -2) : adj.lemma.slice(0, -4);
  if (stem.length < 2) return [];
  return townCandidates(stem)
    .filter((c) =>
      morph.parse(capitalise(c)).some((p) => p.known && p.pos === 'NOUN' && p.tags.has('Geox') && p.lemma === c),
    )
    .map(capitalise);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Whether `word` is an adjective of a place the dictionary knows by name. */
export function isToponymicAdjective(word: string, morph: Morphology): boolean {
  return townNamesOf(word, morph).length > 0;
}
