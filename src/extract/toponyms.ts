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
 * (гродненский), Орша (оршанский), Тула, Ярославль, and plural names (Барановичи, Мытищи, Чебоксары).
 */
function townCandidates(stem: string): string[] {
  // "ярославский" ← Ярославль.
  const out = [`${stem}ск`, stem, `${stem}а`, `${stem}о`, `${stem}ь`, `${stem}и`, `${stem}ы`, `${stem}ль`];
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
 * Whether `word` is the adjective of a broad area ("Уральский", "Сибирский"): no entity, but a
 * place adjective all the same, which opens a proper name as a region's or town's adjective does
 * ("Уральский завод транспортного машиностроения", "Южно-Уральский государственный университет").
 */
export function isAreaAdjective(word: string, morph: Morphology): boolean {
  // "Южно-Уральский", "Западно-Сибирский": a compound's last part is the area.
  const last = word.toLowerCase().split('-').at(-1) ?? '';
  return morph.parse(last).some((p) => p.pos === 'ADJF' && AREA_ADJECTIVES.has(p.lemma));
}

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

/**
 * The town names (capitalised) that `word`, a -ский adjective, is formed from: those the dictionary
 * knows, or that `listed` accepts; the dictionary knows few hyphenated towns ("усть-каменогорский"
 * ← Усть-Каменогорск), which the reference data may list.
 */
export function townNamesOf(word: string, morph: Morphology, listed?: (name: string) => boolean): string[] {
  const adj = [...morph.parse(word), ...morph.parse(word.toLowerCase())].find(
    (p) => p.pos === 'ADJF' && /[сц]кий$/u.test(p.lemma),
  );
  if (!adj || AREA_ADJECTIVES.has(adj.lemma)) return [];
  // "слуцкий" ← Слуцк: -цкий keeps the town's final -цк.
  const stem = adj.lemma.endsWith('цкий') ? adj.lemma.slice(0, -2) : adj.lemma.slice(0, -4);
  if (stem.length < 2) return [];
  return townCandidates(stem)
    .map(capitalise)
    .filter(
      (c) =>
        morph.parse(c).some((p) => p.known && p.pos === 'NOUN' && p.tags.has('Geox') && p.lemma === c.toLowerCase()) ||
        listed?.(c) === true,
    );
}

/** "Усть-Каменогорск": each part of a hyphenated name but a short link word ("-на-") is capitalised. */
function capitalise(word: string): string {
  return word
    .split('-')
    .map((w, i) => (i > 0 && w.length <= 2 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('-');
}

/** Whether `word` is an adjective of a place the dictionary knows by name (or `listed` accepts). */
export function isToponymicAdjective(word: string, morph: Morphology, listed?: (name: string) => boolean): boolean {
  return townNamesOf(word, morph, listed).length > 0;
}
