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

/** Does the modifier's reading agree with the head's in case, number and gender? */
export function agreesWith(modifier: WordParse, head: WordParse): boolean {
  if (!AGREEING.has(modifier.pos)) return false;
  if (modifier.case !== head.case) return false;
  if ((modifier.number ?? 'sing') !== (head.number ?? 'sing')) return false;
  if (head.number === 'plur' || !head.gender || head.gender === 'GNdr') return true;
  return modifier.gender === head.gender || modifier.gender === undefined;
}

/** A first name's parse: the likeliest one tagged as a first name. */
export function firstNameParse(morph: Morphology, word: string): WordParse | undefined {
  return morph.parse(word).find((p) => p.tags.has('Name'));
}

/** Grammatical gender of a person's name: it fixes which surname paradigm applies. */
export type Gender = 'masc' | 'femn';

/** The oblique cases a surname declines in, after OpenCorpora. */
const OBLIQUE_CASES = ['gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/**
 * One declension type of Russian surnames: the stem it fits, its nominative
 * ending and the endings of the oblique cases. `specific` types are marked by
 * their suffix ("-ов", "-ин", "-ский"), so even an ending that an indeclinable
 * name could also have ("Петрову") is read as a case form.
 */
interface SurnameParadigm {
  readonly stem: RegExp;
  readonly nom: string;
  readonly endings: Readonly<Record<(typeof OBLIQUE_CASES)[number], readonly string[]>>;
  readonly specific: boolean;
}

const POSSESSIVE_STEM = /(ов|ев|ёв|ин|ын)$/u;
const ADJECTIVAL_STEM = /[сц]к$/u;
const CONSONANT_STEM = /[бвгджзклмнпрстфхцчшщ]$/u;
/** After these letters Russian spelling writes и (not ы) and unstressed е (not о). */
const HUSHING_OR_VELAR = /[гкхжшчщ]$/u;
const HUSHING = /[жшчщц]$/u;

const A_DECLENSION: SurnameParadigm = {
  stem: CONSONANT_STEM,
  nom: 'а',
  endings: { gent: ['ы', 'и'], datv: ['е'], accs: ['у'], ablt: ['ой', 'ей'], loct: ['е'] },
  specific: false,
};
const YA_DECLENSION: SurnameParadigm = {
  stem: /[бвгджзклмнпрстфхцчшщйиь]$/u,
  nom: 'я',
  endings: { gent: ['и'], datv: ['е'], accs: ['ю'], ablt: ['ей', 'ёй'], loct: ['е'] },
  specific: false,
};

/** Surname paradigms by gender; a consonant-final feminine surname ("Анна Моор") does not decline. */
const SURNAME_PARADIGMS: Readonly<Record<Gender, readonly SurnameParadigm[]>> = {
  masc: [
    {
      stem: POSSESSIVE_STEM,
      nom: '',
      endings: { gent: ['а'], datv: ['у'], accs: ['а'], ablt: ['ым'], loct: ['е'] },
      specific: true,
    },
    {
      stem: ADJECTIVAL_STEM,
      nom: 'ий',
      endings: { gent: ['ого'], datv: ['ому'], accs: ['ого'], ablt: ['им'], loct: ['ом'] },
      specific: true,
    },
    {
      stem: CONSONANT_STEM,
      nom: '',
      endings: { gent: ['а'], datv: ['у'], accs: ['а'], ablt: ['ом', 'ем'], loct: ['е'] },
      specific: false,
    },
    {
      stem: /[бвгдзклмнпрстф]$/u,
      nom: 'ь',
      endings: { gent: ['я'], datv: ['ю'], accs: ['я'], ablt: ['ем'], loct: ['е'] },
      specific: false,
    },
    {
      stem: /[аеоуэюя]$/u,
      nom: 'й',
      endings: { gent: ['я'], datv: ['ю'], accs: ['я'], ablt: ['ем'], loct: ['е'] },
      specific: false,
    },
    A_DECLENSION,
    YA_DECLENSION,
  ],
  femn: [
    {
      stem: POSSESSIVE_STEM,
      nom: 'а',
      endings: { gent: ['ой'], datv: ['ой'], accs: ['у'], ablt: ['ой'], loct: ['ой'] },
      specific: true,
    },
    {
      stem: ADJECTIVAL_STEM,
      nom: 'ая',
      endings: { gent: ['ой'], datv: ['ой'], accs: ['ую'], ablt: ['ой'], loct: ['ой'] },
      specific: true,
    },
    A_DECLENSION,
    YA_DECLENSION,
  ],
};

/** Spelling rules an ending must obey after its stem (и/ы after velars and hushing letters, е/о after hushing ones). */
function spellingAllows(stem: string, ending: string, p: SurnameParadigm): boolean {
  if (ending === 'ы') return !HUSHING_OR_VELAR.test(stem);
  if (ending === 'и' && p === A_DECLENSION) return HUSHING_OR_VELAR.test(stem);
  if (ending === 'ем' && p.nom === '') return HUSHING.test(stem);
  if (ending === 'ей' && p === A_DECLENSION) return HUSHING.test(stem);
  return true;
}

/** How a surname reading was found: by a declension paradigm (and how sure), or kept as written. */
export interface SurnameReading {
  /** The nominative, capitalised as written. */
  readonly nominative: string;
  /** 0 kept as written (indeclinable), 1 a paradigm, 1.5 a suffix-specific paradigm ("-ов", "-ский"). */
  readonly fit: number;
}

/**
 * The nominative of a surname written in `wantedCase` for a person of `gender`,
 * by the surname paradigms, never by the nearest common noun: "Шумковым" (ablt,
 * masc) → "Шумков", "Козловой" (ablt, femn) → "Козлова", "Русских" and
 * "Головченко" stay as written. Undefined when the paradigms find nothing and
 * the word cannot be indeclinable in that case (a masculine consonant stem).
 */
export function surnameInCase(
  morph: Morphology,
  word: string,
  wantedCase: string,
  gender: Gender,
): SurnameReading | undefined {
  const lower = word.toLowerCase();
  if (wantedCase === 'nomn') return { nominative: word, fit: 1 };
  let best: SurnameReading | undefined;
  for (const p of SURNAME_PARADIGMS[gender]) {
    const endings = p.endings[wantedCase as (typeof OBLIQUE_CASES)[number]] ?? [];
    for (const ending of endings) {
      if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
      const stem = lower.slice(0, lower.length - ending.length);
      if (!p.stem.test(stem) || !spellingAllows(stem, ending, p)) continue;
      // "Сивцом" → Сивец: a consonant before «ц» ends no nominative; the oblique stem lost the vowel «е».
      const fleeting = p.nom === '' && /[бвгджзклмнпрстфхчшщ]ц$/u.test(stem);
      const nominative = fleeting ? `${stem.slice(0, -1)}ец` : stem + p.nom;
      // "-и"/"-е" after a consonant also end indeclinable names ("Моди", "Гёте"): the dictionary must know the surname.
      const weak = !p.specific && (ending === 'и' || ending === 'е') && CONSONANT_STEM.test(stem);
      const known = knownName(morph, nominative);
      if (weak && !known) continue;
      const fit = (p.specific ? 1.5 : 1) + (known ? 0.25 : 0);
      if (!best || fit > best.fit) best = { nominative: matchCase(word, nominative), fit };
    }
  }
  // "Сергея Белого", "Анной Чёрной": a surname that is an adjective declines as one.
  const adjective = adjectivalSurname(morph, word, wantedCase, gender);
  if (adjective && (!best || adjective.fit > best.fit)) best = adjective;
  if (best) return best;
  // A masculine surname on a consonant declines ("Шпортом"), so as written it cannot be an oblique case.
  if (gender === 'masc' && /[бвгджзклмнпрстфхцчшщь]$/u.test(lower) && !/(ых|их)$/u.test(lower)) return undefined;
  // "Головченко", "Черных": a name that never declines fits every case as well as the nominative,
  // so the first name's own likelihood decides ("Романа Головченко" is Роман's genitive).
  return { nominative: word, fit: INDECLINABLE.test(lower) ? 1 : 0.5 };
}

/** Endings of surnames that do not decline: Ukrainian "-енко/-ко", Siberian "-ых/-их", "-аго/-яго". */
const INDECLINABLE = /(ко|ых|их|аго|яго)$/u;

/** An adjectival surname in `wantedCase` ("Белого" → Белый, "Чёрной" → Чёрная), by the dictionary's adjective. */
function adjectivalSurname(
  morph: Morphology,
  word: string,
  wantedCase: string,
  gender: Gender,
): SurnameReading | undefined {
  // A dictionary adjective only: one predicted from an unknown word's ending ("Вэем" → "вэий") is a guess.
  const parse = morph
    .known(word.toLowerCase())
    .find(
      (p) =>
        p.pos === 'ADJF' &&
        !p.tags.has('Fixd') &&
        p.case === wantedCase &&
        (p.number ?? 'sing') === 'sing' &&
        p.gender === gender,
    );
  const nominative = parse?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: gender });
  // Above a generic paradigm's reading known only as a first name ("Натальей Белой" is Белая, not Бела).
  return nominative ? { nominative: matchCase(word, nominative), fit: 1.3 } : undefined;
}

/** Whether the dictionary knows the word as a nominative first name or surname. */
function knownName(morph: Morphology, nominative: string): boolean {
  const lower = nominative.toLowerCase();
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
  return morph
    .known(cap)
    .some(
      (p) => p.case === 'nomn' && p.lemma === lower && (p.tags.has('Surn') || p.tags.has('Name')) && p.score >= 0.1,
    );
}

/** Every nominative a surname-like word may stand for, in any case and gender: keys to find a person already named. */
export function surnameCandidates(morph: Morphology, word: string): string[] {
  const out = new Set<string>([word]);
  for (const gender of ['masc', 'femn'] as const) {
    for (const c of OBLIQUE_CASES) {
      const r = surnameInCase(morph, word, c, gender);
      if (r) out.add(r.nominative);
    }
  }
  return [...out];
}

/** One way to read "Имя Фамилия": the case and gender it is in and its nominative. */
export interface PersonReading {
  readonly case: string;
  readonly gender: Gender;
  readonly first: string;
  readonly surname: string;
  readonly score: number;
}

/**
 * The readings of a first name and a surname: each singular first-name parse
 * fixes a case and gender, and the surname must decline consistently with it.
 * Best first; `preferCases` (from a title in apposition or a governing
 * preposition) settles ambiguous forms ("Александра" as genitive of Александр
 * or nominative of Александра).
 */
export function personReadings(
  morph: Morphology,
  first: string,
  surname: string,
  preferCases: readonly string[] = [],
): PersonReading[] {
  const out: PersonReading[] = [];
  const nameParses = morph
    .parse(first)
    .filter((p) => p.tags.has('Name') && (p.number ?? 'sing') === 'sing' && p.case !== undefined);
  for (const np of nameParses) {
    const gender: Gender = np.gender === 'femn' ? 'femn' : 'masc';
    const c = np.case ?? 'nomn';
    const sur = surnameInCase(morph, surname, c, gender);
    if (!sur) continue;
    const firstForm = np.inflect({ CAse: 'nomn', NMbr: 'sing' });
    out.push({
      case: c,
      gender,
      first: matchCase(first, firstForm ?? first.toLowerCase()),
      surname: sur.nominative,
      score: np.score + sur.fit + (preferCases.includes(c) ? 3 : 0),
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Readings of a name the dictionary does not know ("Ли Сяомином", "Пиюшем
 * Васойей"): each word declines as a surname would, or stays as written when
 * it does not fit the case (Chinese family names, "-о" names). Best first.
 */
export function foreignNameReadings(
  morph: Morphology,
  words: readonly string[],
  cases: readonly string[],
): PersonReading[] {
  const out: PersonReading[] = [];
  for (const c of cases.length > 0 ? cases : ['nomn']) {
    for (const gender of ['masc', 'femn'] as const) {
      let score = gender === 'masc' ? 0.1 : 0;
      const forms = words.map((w, i) => {
        const r = surnameInCase(morph, w, c, gender);
        // Only the last word must fit; a first word that does not decline stays as written.
        if (!r) return i === words.length - 1 ? undefined : w;
        score += r.fit;
        return r.nominative;
      });
      if (forms.some((f) => f === undefined)) continue;
      // "Чжан Вэем": an instrumental or adjectival ending is a poor nominative when a case form fits.
      if (c === 'nomn' && /(ом|ем|ым|ого|ому)$/u.test(words.at(-1)?.toLowerCase() ?? '')) score -= 0.3;
      // "Нгуен Синь Нятом", "посла Данг Минь Кхоя": an instrumental in «-ом/-ем», a genitive or accusative
      // in «-а/-я» is a man's; a woman's would end in «-ой/-ей», «-ы/-и», «-у/-ю».
      const ending = words.at(-1)?.toLowerCase() ?? '';
      const masculine =
        (c === 'ablt' && /(ом|ем)$/u.test(ending)) || ((c === 'gent' || c === 'accs') && /[ая]$/u.test(ending));
      if (gender === 'femn' && masculine) score -= 1;
      const last = forms[forms.length - 1] ?? '';
      out.push({ case: c, gender, first: forms.slice(0, -1).join(' '), surname: last, score });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * "Имя Фамилия" in the nominative from a first name and a surname as written in
 * any case; the first name fixes case and gender. A patronymic is dropped.
 * @example personName(morph, 'Владиславом', 'Шапшой') // 'Владислав Шапша'
 */
export function personName(
  morph: Morphology,
  first: string,
  surname: string,
  preferCase?: string | readonly string[],
): string {
  const prefer = preferCase === undefined ? [] : typeof preferCase === 'string' ? [preferCase] : preferCase;
  const best = personReadings(morph, first, surname, prefer)[0];
  if (best) return `${best.first} ${best.surname}`;
  const name = firstNameParse(morph, first)?.inflect({ CAse: 'nomn', NMbr: 'sing' });
  return `${matchCase(first, name ?? first.toLowerCase())} ${surname}`;
}

/**
 * A surname on its own ("Моор", "Филимонову") in the nominative: a case form
 * of a suffix-specific paradigm ("-овым", "-ского") or of a surname the
 * dictionary knows is undone; anything else is taken as written, since without
 * a first name its case and gender are unknown.
 */
export function surnameNominative(morph: Morphology, surname: string): string {
  const lower = surname.toLowerCase();
  // Instrumental and adjectival endings no nominative surname has ("Моором", "Вишневского").
  const obliqueOnly = /(ом|ем|ым|им|ого|ому)$/u.test(lower);
  let best: SurnameReading | undefined;
  for (const gender of ['masc', 'femn'] as const) {
    for (const c of OBLIQUE_CASES) {
      const r = surnameInCase(morph, surname, c, gender);
      if (r && (r.fit >= 1.25 || (obliqueOnly && r.fit >= 1)) && (!best || r.fit > best.fit)) best = r;
    }
  }
  // "Петрова" may be the genitive of Петров or a woman's nominative: keep it as written.
  if (best && /(ова|ева|ёва|ина|ына|ская|цкая)$/u.test(lower)) return surname;
  return best?.nominative ?? surname;
}
