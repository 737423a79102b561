/**
 * What a relation is about, read from the trigger's arguments: the goods of a
 * supply (the object noun phrase of the verb or the genitive of the noun
 * trigger, with a number before it as the quantity) and the sector of a
 * cooperation ("в сфере туризма", "в области энергетики").
 */

import { DEAL_NOUNS, DETERMINERS } from './lexicon.ts';
import type { Morphology } from './morphology.ts';
import { nominativePhrase } from './names.ts';
import { OPEN_QUOTES, PREPOSITIONS } from './scanner.ts';
import type { MentionRef } from './types.ts';

interface TokenLike {
  readonly text: string;
}

/**
 * Nouns that head a measure or a container, not the goods ("партия тракторов", "единиц техники",
 * "бутылок вина", "погонных метров ткани", "пар обуви", "голов скота").
 */
const MEASURE_NOUNS = new Set([
  'партия',
  'единица',
  'штука',
  'тонна',
  'килограмм',
  'литр',
  'кубометр',
  'метр',
  'пара',
  'голова',
  'мешок',
  'рулон',
  'комплект',
  'объём',
  'объем',
  'часть',
  'год',
  'бутылка',
  'упаковка',
  'банка',
  'ящик',
]);
/** Prepositions that bound a number rather than head a phrase. */
const APPROXIMATE = new Set(['до', 'около', 'свыше', 'более', 'менее', 'порядка', 'почти', 'от']);
/** Words that scale the number before them ("450 тысяч", "2 млн"). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['тысяча', 1e3],
  ['миллион', 1e6],
  ['миллиард', 1e9],
]);

function covered(mentions: readonly MentionRef[], k: number): boolean {
  return mentions.some((m) => m.first <= k && k < m.end);
}

/**
 * The goods after a supply trigger and their quantity: skips parties and
 * prepositional phrases, takes a number and the noun phrase after it
 * ("поставит в Беларусь 300 локомотивов" → локомотивы, 300).
 */
export function goodsAfter(
  tokens: readonly TokenLike[],
  mentions: readonly MentionRef[],
  trigger: number,
  morph: Morphology,
): { product?: string; quantity?: number } {
  let quantity: number | undefined;
  let measured = false;
  let k = trigger + 1;
  for (let steps = 0; k < tokens.length && steps < 12; steps++) {
    const t = tokens[k];
    if (!t) break;
    // A party's quoted name is passed over whole ("от компании «Бета» на изготовление …").
    if (covered(mentions, k)) {
      k++;
      continue;
    }
    if (/^[.;:!?«»"()—–]$/u.test(t.text)) break;
    const w = t.text.toLowerCase();
    // "до 200 машин", "около 50 тракторов": a preposition of an approximate number bounds the quantity.
    if (APPROXIMATE.has(w) && /^\d/u.test(tokens[k + 1]?.text ?? '')) {
      k++;
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      // Skip the preposition and its noun phrase: a named party, or adjectives and one noun.
      k++;
      if (covered(mentions, k)) {
        const adjective = mentions.find((m) => m.first <= k && k < m.end)?.kind === 'adjective';
        while (k < tokens.length && covered(mentions, k)) k++;
        // "у белорусских партнёров": a place adjective's noun belongs to the phrase too.
        if (adjective) {
          while (k < tokens.length && morph.parse(tokens[k]?.text ?? '')[0]?.pos === 'ADJF') k++;
          if (morph.parse(tokens[k]?.text ?? '')[0]?.pos === 'NOUN') k++;
        }
      } else {
        // "за пять месяцев", "в 2025 году": numerals and adjectives, then the phrase's noun.
        while (
          k < tokens.length &&
          (/^\d/u.test(tokens[k]?.text ?? '') ||
            ['ADJF', 'NUMR'].includes(morph.parse(tokens[k]?.text ?? '')[0]?.pos ?? ''))
        )
          k++;
        k++;
      }
      continue;
    }
    if (/^\d/u.test(t.text)) {
      quantity = Number(t.text.replace(/\s/gu, '').replace(',', '.'));
      k++;
      continue;
    }
    // "бобов" reads first as a short adjective; after a number or an adjective it is the noun.
    // "комплектующие на 40 миллионов рублей": a word that is also a noun, with no noun after it, is one.
    const parses = morph.parse(t.text);
    const next = tokens[k + 1]?.text.toLowerCase() ?? '';
    const nounless = next === '' || PREPOSITIONS.has(next) || /^[.,;:!?«»"()—–]$/u.test(next);
    const adjectival = parses[0]?.pos === 'ADJF' || parses[0]?.pos === 'PRTF';
    const first =
      parses[0]?.pos === 'ADJS' || (adjectival && nounless)
        ? (parses.find((p) => p.pos === 'NOUN') ?? parses[0])
        : parses[0];
    if (first?.pos === 'ADJF' || first?.pos === 'PRTF' || first?.pos === 'NUMR' || first?.pos === 'ADVB') {
      k++;
      continue;
    }
    if (first?.pos !== 'NOUN') break;
    // "450 тысяч тонн": a scale word multiplies the number before it.
    const scale = SCALES.get(first.lemma);
    // "миллион шин": a scale word with no number before it counts one of its kind.
    if (scale !== undefined) {
      quantity = (quantity ?? 1) * scale;
      k++;
      continue;
    }
    // "получил заказ от X на изготовление 200 цистерн": the deal is no goods; they follow it.
    // "голов" reads first as "гол": any reading of a measure noun counts.
    const measure = parses.some((p) => p.pos === 'NOUN' && MEASURE_NOUNS.has(p.lemma));
    if (measure || DEAL_NOUNS.has(first.lemma)) {
      measured ||= measure;
      k++;
      continue;
    }
    // "отгрузил ТОО «Агромаш» партию …": the noun of a party's quoted name is the party, not goods.
    if (covered(mentions, k + 1) && OPEN_QUOTES.has(tokens[k + 1]?.text ?? '')) {
      k++;
      continue;
    }
    // "отгрузил российским заказчикам лифты": a dative is the recipient; goods are never dative.
    if (parses.filter((p) => p.pos === 'NOUN').every((p) => p.case === 'datv')) {
      k++;
      continue;
    }
    // The noun phrase: its own adjectives before it, up to the noun; not a possessive or a
    // demonstrative ("свою продукцию" is продукция).
    let start = k;
    while (
      start > trigger + 1 &&
      morph.parse(tokens[start - 1]?.text ?? '')[0]?.pos === 'ADJF' &&
      !DETERMINERS.has(morph.parse(tokens[start - 1]?.text ?? '')[0]?.lemma ?? '') &&
      !covered(mentions, start - 1)
    )
      start--;
    const words = tokens.slice(start, k + 1).map((x) => x.text);
    // After a noun of supply ("поставки зерна") or of measure ("метров ткани") the goods are its
    // genitive complement.
    const ofNoun = measured || morph.parse(tokens[trigger]?.text ?? '')[0]?.pos === 'NOUN' ? 'gent' : undefined;
    // After a verb with no number the goods are its direct object, in the accusative ("построят
    // суда": судно, not the genitive of суд; "поставит трубы"), unless a sum follows: then the
    // genitive is partitive ("экспортировала продукции на 120 миллионов": продукция).
    const partitive = tokens[k + 1]?.text.toLowerCase() === 'на' && /^(\d|сумм)/u.test(tokens[k + 2]?.text ?? '');
    const object = quantity === undefined && !ofNoun && !partitive ? 'accs' : undefined;
    const phrase = nominativePlural(morph, words, ofNoun ?? object);
    return { product: phrase, ...(quantity !== undefined && Number.isFinite(quantity) ? { quantity } : {}) };
  }
  return quantity !== undefined && Number.isFinite(quantity) ? { quantity } : {};
}

/**
 * Goods are named in the plural when the text uses the plural ("300 локомотивов" → "локомотивы").
 * Where the form is ambiguous ("зерна": genitive singular or nominative plural), the case the
 * position demands decides.
 */
function nominativePlural(morph: Morphology, words: readonly string[], expected?: string): string {
  const nouns = morph.parse(words.at(-1) ?? '').filter((p) => p.pos === 'NOUN');
  const head = nouns.find((p) => p.case === expected) ?? nouns[0];
  if (head?.number === 'plur') {
    const forms = words.map((w, i) => {
      const p = morph
        .parse(w)
        .find((x) => (i === words.length - 1 ? x.pos === 'NOUN' : x.pos === 'ADJF') && x.number === 'plur');
      return p?.inflect({ CAse: 'nomn', NMbr: 'plur' }) ?? w.toLowerCase();
    });
    return forms.join(' ');
  }
  // A bare noun has no modifiers to agree with: the reading the position chose gives its form.
  if (words.length === 1 && head) return (head.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? words[0] ?? '').toLowerCase();
  return nominativePhrase(morph, words).toLowerCase();
}

const SECTOR_NOUNS = new Set(['сфера', 'область', 'отрасль', 'направление']);

/** The sector of a cooperation: the genitive after "в сфере/области/отрасли" ("в сфере туризма" → туризм). */
export function sectorOf(
  tokens: readonly TokenLike[],
  mentions: readonly MentionRef[],
  morph: Morphology,
): string | undefined {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!['в', 'во'].includes(tokens[k - 1]?.text.toLowerCase() ?? '')) continue;
    if (!morph.parse(tokens[k]?.text ?? '').some((p) => SECTOR_NOUNS.has(p.lemma) && p.case === 'loct')) continue;
    let end = k + 1;
    while (end < tokens.length && !covered(mentions, end)) {
      const p = morph.parse(tokens[end]?.text ?? '');
      if (!p.some((x) => x.case === 'gent' && (x.pos === 'NOUN' || x.pos === 'ADJF'))) break;
      end++;
      if (p[0]?.pos === 'NOUN') break;
    }
    if (end === k + 1) continue;
    return nominativePhrase(
      morph,
      tokens.slice(k + 1, end).map((t) => t.text),
    ).toLowerCase();
  }
  return undefined;
}
