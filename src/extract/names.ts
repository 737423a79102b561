/**
 * Canonical names: noun phrases and people's names put into the nominative
 * case with az ("Калужской области" → "Калужская область", "Владиславом
 * Шапшой" → "Владислав Шапша"), and the slugs that make entity ids.
 */
import type { Morphology, WordParse } from './morphology.ts';

/** Copies the capitalisation of `original` onto the inflected lower-case `form`. */
export function matchCase(original: string, rawForm: string): string {
  // Keep the writer's е where the dictionary spells ё.
  const form = /ё/iu.test(original) ? rawForm : rawForm.replace(/ё/g, 'е');
  if (/^[\p{Lu}\d-]+$/u.test(original) && original.length > 1) return form.toUpperCase();
  if (/^\p{Lu}/u.test(original)) {
    // Keep internal capitals after hyphens ("Наро-Фоминский").
    return form
      .split('-')
      .map((part, i) => {
        const orig = original.split('-')[i];
        return orig && /^\p{Lu}/u.test(orig) ? part.charAt(0).toUpperCase() + part.slice(1) : part;
      })
      .join('-');
  }
  return form;
}

const AGREEING = new Set(['ADJF', 'PRTF', 'NUMR']);

function commonPrefix(rawA: string, rawB: string): number {
  const a = rawA.replace(/ё/g, 'е');
  const b = rawB.replace(/ё/g, 'е');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Puts a noun phrase "[adjectives] head [dependents…]" into the nominative:
 * the adjectives and the head are inflected, dependents (genitive or
 * prepositional tails) are kept as written.
 * @example nominativePhrase(morph, ['Минском', 'заводе', 'гражданской', 'авиации']) // 'Минский завод гражданской авиации'
 */
export function nominativePhrase(morph: Morphology, words: readonly string[]): string {
  // Leading words that can be adjectives modify the first noun after them.
  let headIndex = 0;
  while (headIndex < words.length - 1 && isAgreeing(morph, words[headIndex] ?? '')) headIndex++;
  if (!morph.parse(words[headIndex] ?? '').some((p) => p.pos === 'NOUN')) return words.join(' ');
  const head = words[headIndex] ?? '';
  const headParses = morph.parse(head).filter((p) => p.pos === 'NOUN');
  const modifiers = words.slice(0, headIndex);
  // The case shared by the head and all its modifiers.
  let chosen: WordParse | undefined;
  for (const hp of headParses) {
    const agree = modifiers.every((m) => morph.parse(m).some((p) => agreesWith(p, hp)));
    if (agree) {
      chosen = hp;
      break;
    }
  }
  chosen ??= headParses[0];
  if (!chosen) return words.join(' ');
  const number = chosen.number ?? 'sing';
  const out: string[] = [];
  for (const m of modifiers) {
    const p = morph.parse(m).find((x) => chosen && agreesWith(x, chosen));
    const grammemes: Record<string, string> = { CAse: 'nomn', NMbr: number };
    if (number === 'sing' && chosen.gender && chosen.gender !== 'GNdr') grammemes.GNdr = chosen.gender;
    const form = p?.inflect(grammemes);
    out.push(form ? matchCase(m, form) : m);
  }
  const headForm = chosen.inflect({ CAse: 'nomn', NMbr: number }) ?? chosen.inflect({ CAse: 'nomn' });
  out.push(headForm ? matchCase(head, headForm) : head);
  out.push(...words.slice(headIndex + 1));
  return out.join(' ');
}

function isAgreeing(morph: Morphology, word: string): boolean {
  return morph.parse(word).some((p) => AGREEING.has(p.pos));
}

function agreesWith(modifier: WordParse, head: WordParse): boolean {
  if (!AGREEING.has(modifier.pos)) return false;
  if (modifier.case !== head.case) return false;
  if ((modifier.number ?? 'sing') !== (head.number ?? 'sing')) return false;
  if (head.number === 'plur' || !head.gender || head.gender === 'GNdr') return true;
  return modifier.gender === head.gender || modifier.gender === undefined;
}

/** The parse of a surname-like word in the given case, preferring surname tags and the stem as written. */
function surnameParse(morph: Morphology, word: string, wantedCase: string | undefined): WordParse | undefined {
  const lower = word.toLowerCase();
  const parses = morph.parse(word).filter((p) => p.pos === 'NOUN' || p.pos === 'ADJF');
  const inCase = wantedCase ? parses.filter((p) => p.case === wantedCase) : parses;
  // Indeclinable adjective guesses ("Моором" as a form of itself) are never the surname's parse.
  const pool = (inCase.length > 0 ? inCase : parses).filter((p) => !(p.pos === 'ADJF' && p.tags.has('Fixd')));
  let best: WordParse | undefined;
  let bestScore = -1;
  for (const p of pool) {
    const s =
      commonPrefix(p.lemma, lower) * 2 +
      Math.min(p.lemma.length, lower.length - 1) * 0.5 +
      (p.tags.has('Surn') ? (p.score >= 0.1 ? 3 : 0.4) : 0) +
      (p.pos === 'NOUN' ? 1 : 0) +
      p.score;
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

/** A first name's parse: the likeliest one tagged as a first name. */
export function firstNameParse(morph: Morphology, word: string): WordParse | undefined {
  return morph.parse(word).find((p) => p.tags.has('Name'));
}

/**
 * "Имя Фамилия" in the nominative from a first name and a surname as written in
 * any case; the first name fixes case and gender. A patronymic is dropped.
 * @example personName(morph, 'Владиславом', 'Шапшой') // 'Владислав Шапша'
 */
export function personName(morph: Morphology, first: string, surname: string, preferCase?: string): string {
  // A title before the name ("губернатора … Александра Дрозденко") settles an ambiguous case.
  const nameParses = morph
    .parse(first)
    .filter((p) => p.tags.has('Name'))
    .sort((a, b) => Number(b.case === preferCase) - Number(a.case === preferCase));
  let namePick = nameParses[0];
  let surPick: WordParse | undefined;
  for (const np of nameParses) {
    const sp = surnameParse(morph, surname, np.case);
    if (sp && sp.case === np.case) {
      namePick = np;
      surPick = sp;
      break;
    }
  }
  surPick ??= surnameParse(morph, surname, namePick?.case);
  const gender = namePick?.gender === 'femn' ? 'femn' : 'masc';
  const firstForm = namePick?.inflect({ CAse: 'nomn', NMbr: 'sing' });
  let surForm: string | undefined;
  // Indeclinable surnames ("Аббаси", "Головченко") stay as written.
  if (surPick && surPick.case !== 'nomn' && !surPick.tags.has('Fixd')) {
    // Keep the stem as written: "Федоровой" → "Федорова" (feminine form), "Шапшой" → "Шапша".
    const lower = surname.toLowerCase();
    const plain = surPick.inflect({ CAse: 'nomn', NMbr: 'sing' });
    const gendered = surPick.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: gender });
    surForm =
      gendered && (!plain || commonPrefix(gendered, lower) > commonPrefix(plain, lower) || gender === 'femn')
        ? gendered
        : plain;
  }
  return `${matchCase(first, firstForm ?? first.toLowerCase())} ${matchCase(surname, surForm ?? surname.toLowerCase())}`;
}

/** A surname on its own ("Моор", "Филимонову") in the nominative. */
export function surnameNominative(morph: Morphology, surname: string): string {
  const p = surnameParse(morph, surname, undefined);
  if (!p || p.case === 'nomn') return surname;
  const form = p.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: p.gender === 'femn' ? 'femn' : 'masc' });
  return form ? matchCase(surname, form) : surname;
}
