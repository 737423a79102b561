/**
 * People: "Имя [Отчество] Фамилия" in any case, later surname-only mentions,
 * and the title before a name ("губернатор Калужской области"), which gives the
 * person's role and the HEADS relation. Names the dictionary does not know are
 * people when they stand in apposition to a title ("губернатор провинции N Ли
 * Сяомин") or follow initials ("С. Петров"); the case that governs a name (a
 * preposition, the title) chooses its reading. Pure; works on a SentenceScanner.
 */

import type { ReferenceEntry } from '../schema/reference.ts';
import { foldWord, gazetteerCountryOf, officeTitle } from './gazetteer.ts';
import {
  ENTERPRISE_NOUNS,
  HEAD_TITLES,
  NON_HEAD_TITLES,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PREPOSITION_CASES,
} from './lexicon.ts';
import type { Morphology } from './morphology.ts';
import {
  agreesWith,
  foreignNameReadings,
  matchCase,
  personReadings,
  surnameCandidates,
  surnameNominative,
} from './names.ts';
import {
  CITY_NOUNS,
  CLOSE_QUOTES,
  draftFor,
  isAbbreviation,
  isCapital,
  isWord,
  OPEN_QUOTES,
  REGION_NOUNS,
  type Scan,
  SentenceScanner,
} from './scanner.ts';
import type { Sentence } from './tokens.ts';
import type { EntityDraft, MentionRef } from './types.ts';

/** Nouns an adjective may modify after a title and still name what the person heads ("глава белорусского правительства"). */
const TITLE_PLACE_NOUNS = new Set([
  'область',
  'край',
  'регион',
  'республика',
  'правительство',
  'страна',
  'государство',
]);

/** Titles that introduce a name in apposition ("секретарь парткома Ли Мин"), beyond those that give a role. */
const NAME_TITLES = new Set([
  ...PERSON_TITLES,
  'секретарь',
  'заведующий',
  'генсек',
  'спикер',
  'канцлер',
  'сопредседатель',
  'основатель',
  'владелец',
  'учредитель',
  'генконсул',
  'атташе',
  'посланник',
]);

/** Nouns of lower subdivisions whose proper name follows them ("аймак Сэлэнгэ", "уезд Ляншань"): a place, not a first name. */
const PLACE_NOUNS = new Set(['аймак', 'уезд', 'округ', 'район', 'улус', 'волость', 'коммуна', 'графство', 'штат']);

/** Parts of speech that end a title's phrase: a verb or a conjunction starts another clause or conjunct. */
const CLAUSE_POS = new Set(['VERB', 'INFN', 'GRND', 'PRTS', 'CONJ']);
const PROPER_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'] as const;

interface PersonMatch {
  readonly end: number;
  readonly name: string;
  readonly surnameKey: string;
  /** Every grammatical reading, best first; the article may settle between them (see `collectPersons`). */
  readonly readings: readonly { readonly name: string; readonly surnameKey: string }[];
}

function looksLikeSurname(s: SentenceScanner, i: number): boolean {
  const t = s.tok(i);
  if (!isCapital(t) || isAbbreviation(t)) return false;
  if (s.hasLemma(i, PERSON_TITLES)) return false;
  const g = s.res.gazetteer.match(s.sentence.tokens, i);
  // After a first name or initials, a one-word place that is also a surname is the surname ("Андрей Борисов").
  if (g && g.kind === 'name') return g.end === i + 1 && s.parse(i).some((p) => p.tags.has('Surn'));
  return true;
}

/** A word the dictionary knows as an ordinary noun or adjective ("Совета", "Мотор"), so not a foreign name. */
function commonWord(s: SentenceScanner, i: number): boolean {
  return s
    .parse(i)
    .some(
      (p) =>
        ['NOUN', 'ADJF', 'PRTF', 'ADJS', 'NUMR', 'ADVB', 'PREP'].includes(p.pos) &&
        p.score >= 0.4 &&
        !PROPER_TAGS.some((tag) => p.tags.has(tag)),
    );
}

/** A noun reading in the genitive at `j`: a link of a title's chain ("министр промышленности …"). */
function genitiveNoun(s: SentenceScanner, j: number): boolean {
  return s.parse(j).some((p) => p.pos === 'NOUN' && p.case === 'gent');
}

/** The title whose apposition a name at `i` is ("губернатор провинции N Имя Фамилия"), walking back over its dependents. */
function titleBefore(s: SentenceScanner, i: number): number | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = s.tok(k);
    if (!t) return undefined;
    if (t.kind === 'punct') {
      if (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || t.text === '-') continue;
      // "министр инвестиций, промышленности и торговли …": a comma between genitives of the chain.
      if (t.text === ',' && genitiveNoun(s, k - 1) && genitiveNoun(s, k + 1) && !isCapital(s.tok(k + 1))) continue;
      return undefined;
    }
    if (s.hasLemma(k, NAME_TITLES) && s.isPos(k, 'NOUN', 'ADJF')) {
      // "заместителем министра …", "Заместитель генерального директора …": the title a chain opens
      // with governs the name, not the genitive after it; the chain's adjectives are passed over.
      let head = k;
      for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
        if (s.hasLemma(j, NAME_TITLES) && s.isPos(j, 'NOUN')) head = j;
        else if (!s.isPos(j, 'ADJF')) break;
      }
      return head;
    }
    // "… Ли Вэем и Ван Дуном": «и» between capitalised names of one list goes on to their title.
    const listed = t.text === 'и' && isCapital(s.tok(k - 1)) && isCapital(s.tok(k + 1));
    // "министром промышленности и строительства Казахстана …": «и» between two genitives of the chain.
    const chained = t.text === 'и' && genitiveNoun(s, k - 1) && genitiveNoun(s, k + 1);
    if (t.kind === 'word' && CLAUSE_POS.has(s.firstPos(k)) && !isCapital(t) && !listed && !chained) return undefined;
  }
  return undefined;
}

/**
 * The cases a name at `i` may be in, from what governs it: a preposition right
 * before it, else the title it stands in apposition to (which agrees in case:
 * "губернатора … Александра" is genitive). Empty when nothing says.
 */
function governingCases(s: SentenceScanner, i: number): readonly string[] {
  const prev = s.tok(i - 1);
  const prep = prev?.kind === 'word' ? PREPOSITION_CASES[prev.text.toLowerCase()] : undefined;
  if (prep) return prep;
  const k = titleBefore(s, i);
  if (k === undefined) return [];
  // Only the singular: "директора" is a genitive singular here, not the nominative plural. A title
  // that is plural only ("с губернаторами … Ли Вэем и Ван Дуном") gives each holder its case.
  const readings = s.parse(k).filter((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.case);
  const singular = readings.filter((p) => p.number !== 'plur');
  const cases = (singular.length > 0 ? singular : readings).map((p) => p.case ?? 'nomn');
  return [...new Set(cases)];
}

/** Whether token k opens a quotation: a straight quote opens when an even number of them precede it. */
function opensQuote(s: SentenceScanner, k: number): boolean {
  const t = s.tok(k);
  if (!t || !OPEN_QUOTES.has(t.text)) return false;
  if (!CLOSE_QUOTES.has(t.text)) return true;
  let before = 0;
  for (let j = 0; j < k; j++) if (s.tok(j)?.text === t.text) before++;
  return before % 2 === 0;
}

/** A capitalised word right after an opening quote or a company noun names a company ("концерн «Хавейл Мотор»"), not a person. */
function companyNameContext(s: SentenceScanner, i: number): boolean {
  if (opensQuote(s, i - 1)) return true;
  return s.tok(i - 1)?.kind === 'word' && s.hasLemma(i - 1, ENTERPRISE_NOUNS);
}

function toMatch(end: number, readings: readonly { name: string; surname: string }[]): PersonMatch | undefined {
  const unique = new Map<string, { name: string; surnameKey: string }>();
  for (const r of readings) unique.set(r.name, { name: r.name, surnameKey: foldWord(r.surname) });
  const list = [...unique.values()];
  const best = list[0];
  return best ? { end, name: best.name, surnameKey: best.surnameKey, readings: list } : undefined;
}

/** "С. Исманов", "А. Г. Петров": initials and a surname, declined by what governs them. */
function matchInitials(s: SentenceScanner, i: number): PersonMatch | undefined {
  const initials: string[] = [];
  let k = i;
  while (initials.length < 2 && /^\p{Lu}$/u.test(s.tok(k)?.text ?? '') && s.tok(k + 1)?.text === '.') {
    initials.push(`${s.tok(k)?.text}.`);
    k += 2;
  }
  if (initials.length === 0 || s.isUsed(k)) return undefined;
  const sur = s.tok(k);
  if (!sur || sur.text.length < 3 || !looksLikeSurname(s, k) || commonWord(s, k)) return undefined;
  const readings = foreignNameReadings(s.res.morph, [sur.text], governingCases(s, i));
  const prefix = initials.join(' ');
  return toMatch(
    k + 1,
    readings.map((r) => ({ name: `${prefix} ${r.surname}`, surname: r.surname })),
  );
}

/**
 * Two capitalised words in apposition to a title that the dictionary does not
 * know as names ("губернатор провинции N Ли Сяомин", "посол Пиюш Васойя"): a
 * person, unless they are a known place or organisation, ordinary words, or a
 * company's name (after a quote or a company noun).
 */
function matchTitledName(s: SentenceScanner, i: number): PersonMatch | undefined {
  return matchTitledWords(s, i, 3) ?? matchTitledWords(s, i, 2);
}

/**
 * `count` capitalised words from `i` as a titled foreign name. Three only right after a known
 * place or body that closes the title ("министр иностранных дел Вьетнама Буй Тхань Шон"): a
 * Vietnamese or Korean name has three parts, of which only the last declines.
 */
function matchTitledWords(s: SentenceScanner, i: number, count: 2 | 3): PersonMatch | undefined {
  const words = count === 3 ? [i, i + 1, i + 2] : [i, i + 1];
  // Two words after a bare company noun are its unquoted name ("компании Фэнсин Текнолоджи"); three
  // are a Vietnamese or Korean holder's name.
  const bareBody = count === 3 && titledBareCompany(s, i);
  if (count === 3 && !closedBefore(s, i) && !bareBody) return undefined;
  for (const k of words) {
    const t = s.tok(k);
    if (!isCapital(t) || isAbbreviation(t) || s.isUsed(k) || t.text.length < 2) return undefined;
    // A word that is also a name («Лян») may be one here, after a title.
    const alsoName = s.parse(k).some((p) => p.tags.has('Name') || p.tags.has('Surn'));
    // In a three-part name the leading parts are often ordinary words too ("Буй"), and a word the
    // dictionary does not know is only guessed to be one ("Хунг").
    // So is a two-part name's first word before a Russian-looking surname ("Глава Калмыкии Бату Хасиков"),
    // and its second word when the dictionary does not know it ("аким Гауез Нурмухамбетов").
    const guessed = !s.parse(k).some((p) => p.known);
    const leading =
      count === 3
        ? k < i + 2 || guessed
        : (k === i && looksLikeSurname(s, i + 1) && !s.isCompanyNoun(k)) || (k === i + 1 && guessed);
    if (
      s.hasLemma(k, NAME_TITLES) ||
      s.res.gazetteer.match(s.sentence.tokens, k) ||
      (commonWord(s, k) && !alsoName && !leading)
    )
      return undefined;
  }
  // One more capitalised word makes it an organisation's or a place's name, not "Имя Фамилия".
  if (isCapital(s.tok(i + count)) || (companyNameContext(s, i) && !bareBody)) return undefined;
  if (titleBefore(s, i) === undefined && (count === 3 || !personSlot(s, i))) return undefined;
  const written = words.map((k) => s.tok(k)?.text ?? '');
  const readings = foreignNameReadings(s.res.morph, written, governingCases(s, i));
  return toMatch(
    i + count,
    readings.map((r) => ({ name: `${r.first} ${r.surname}`, surname: r.surname })),
  );
}

/**
 * "председатель совета директоров компании Нгуен Ван Хунг": a company noun in the genitive that
 * closes a title chain with no name of its own; the capitalised words after it name the title's
 * holder, as after a named place or body.
 */
function titledBareCompany(s: SentenceScanner, i: number): boolean {
  const k = i - 1;
  const t = s.tok(k);
  if (!isWord(t) || isCapital(t) || !s.isCompanyNoun(k)) return false;
  if (!s.parse(k).some((p) => p.pos === 'NOUN' && p.case === 'gent' && p.number === 'sing')) return false;
  const title = titleBefore(s, i);
  return title !== undefined && title < k && !/\p{Script=Latin}/u.test(s.tok(i)?.text ?? '');
}

/**
 * A name of a place or body ends right before `i`: found as a mention once scanned, or by the
 * reference on the first pass over the article.
 */
function closedBefore(s: SentenceScanner, i: number): boolean {
  if (s.mentions.some((m) => m.end === i && m.kind === 'name')) return true;
  return [1, 2, 3].some((d) => {
    const m = s.gazetteer(i - d);
    return m?.kind === 'name' && m.end === i;
  });
}

/** Verbs whose subject is a person: speech and meeting ("заявил", "встретилась"). */
const PERSON_VERBS = new Set([
  'заявить',
  'сказать',
  'отметить',
  'подчеркнуть',
  'сообщить',
  'рассказать',
  'пояснить',
  'добавить',
  'встретиться',
]);

/**
 * Where two unknown capitalised words can only be a person's name, without a title: the subject
 * of a speech or meeting verb in the past singular, which agrees with a person's gender
 * ("Пиюш Васойя встретился"), or a conjunct of a person's name ("Бахтиёр Саидов и Сергей Алейник").
 */
function personSlot(s: SentenceScanner, i: number): boolean {
  const verb = s.parse(i + 2).find((p) => p.pos === 'VERB');
  if (
    verb &&
    PERSON_VERBS.has(verb.lemma) &&
    verb.number === 'sing' &&
    (verb.gender === 'masc' || verb.gender === 'femn')
  )
    return true;
  if (s.tok(i + 2)?.text === 'и' && s.parse(i + 3).some((p) => p.tags.has('Name')) && matchFullName(s, i + 3))
    return true;
  if (meetingPartner(s, i)) return true;
  if (s.tok(i - 1)?.text !== 'и') return false;
  return [i - 3, i - 4].some((k) => s.parse(k).some((p) => p.tags.has('Name')) && matchFullName(s, k)?.end === i - 1);
}

/** Words of meeting someone, whose partner follows «с» ("встретился с …", "переговоры с …"). */
const MEETING_WORDS = new Set(['встретиться', 'встречаться', 'встреча', 'переговоры', 'беседа', 'побеседовать']);

/**
 * "провёл переговоры с Канатом Шарлапаевым": after «с» that a word of meeting governs, two words
 * in the instrumental, the second a surname the dictionary only guesses, are the partner's name.
 */
function meetingPartner(s: SentenceScanner, i: number): boolean {
  if (!['с', 'со'].includes(s.tok(i - 1)?.text.toLowerCase() ?? '') || !s.hasLemma(i - 2, MEETING_WORDS)) return false;
  return (
    s.parse(i).some((p) => p.case === 'ablt') &&
    s.parse(i + 1).some((p) => p.tags.has('Surn') && p.case === 'ablt' && !p.known)
  );
}

/** Case endings a name word takes after its stem ("Эрдоган-ом", "Рамафос-ы", "Мигел-я"). */
const NAME_CASE_ENDINGS = new Set([
  '',
  'а',
  'я',
  'у',
  'ю',
  'ом',
  'ем',
  'е',
  'ым',
  'им',
  'ой',
  'ей',
  'ы',
  'и',
  'ою',
  'ею',
]);

/**
 * A text word that is a case form of a name word: the name's stem (a final vowel, "й" or "ь"
 * dropped) and a case ending, so "Турчинов" is not a form of "Турчин".
 */
function nameWordFits(text: string, word: string): boolean {
  const a = foldWord(text);
  const b = foldWord(word);
  if (a === b) return true;
  const stem = /[аяйьо]$/u.test(b) && b.length > 3 ? b.slice(0, -1) : b;
  return a.startsWith(stem) && NAME_CASE_ENDINGS.has(a.slice(stem.length));
}

const namesByStart = new WeakMap<readonly ReferenceEntry[], Map<string, { ref: ReferenceEntry; words: string[] }[]>>();

/** The reference people's names and aliases by the first two folded letters of their first word, built once. */
function knownNamesByStart(people: readonly ReferenceEntry[]): Map<string, { ref: ReferenceEntry; words: string[] }[]> {
  let index = namesByStart.get(people);
  if (!index) {
    index = new Map();
    for (const ref of people) {
      for (const full of [ref.name, ...ref.aliases]) {
        const words = full.split(' ');
        const key = foldWord(words[0] ?? '').slice(0, 2);
        index.set(key, [...(index.get(key) ?? []), { ref, words }]);
      }
    }
    namesByStart.set(people, index);
  }
  return index;
}

/**
 * A known person's whole name in any case ("Реджепа Тайипа Эрдогана", "с Си Цзиньпином"): read
 * from the reference word by word, as foreign names the dictionary lacks would split wrongly.
 */
function matchKnownName(s: SentenceScanner, i: number): PersonMatch | undefined {
  const first = s.tok(i);
  if (!first) return undefined;
  let best: { end: number; ref: ReferenceEntry } | undefined;
  // Only names whose first word starts like this token can fit (case endings change the end only).
  for (const { ref, words } of knownNamesByStart(s.res.gazetteer.people).get(foldWord(first.text).slice(0, 2)) ?? []) {
    if (words.length < 2 || (best && best.end >= i + words.length)) continue;
    const fits = words.every((w, k) => {
      const t = s.tok(i + k);
      return isWord(t) && !s.isUsed(i + k) && nameWordFits(t.text, w);
    });
    if (fits) best = { end: i + words.length, ref };
  }
  if (!best) return undefined;
  const surname = best.ref.surname ?? best.ref.name.split(' ').at(-1) ?? best.ref.name;
  return toMatch(best.end, [{ name: best.ref.name, surname }]);
}

/** "Имя [Отчество] Фамилия" starting at token i, or a foreign name after a title, or initials and a surname. */
export function matchFullName(s: SentenceScanner, i: number): PersonMatch | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAbbreviation(t) || s.isUsed(i)) return undefined;
  if (t.text.length < 2) return matchInitials(s, i);
  const known = matchKnownName(s, i);
  if (known) return known;
  // "Хоким Шухратбек Абдурахмонов", "Аким Асаин Байханов": a title that could be a first name,
  // before a full name, is that person's title.
  if (s.hasLemma(i, PERSON_TITLES) && isCapital(s.tok(i + 1)) && matchFullName(s, i + 1)) return undefined;
  // "провинций Мазандаран и Гилян": names of places after a place noun, not people.
  const placeNoun = (k: number) =>
    CITY_NOUNS.has(s.lemma(k)) || REGION_NOUNS.has(s.lemma(k)) || PLACE_NOUNS.has(s.lemma(k));
  // A first name the dictionary knows is still a person's ("мэр города Андрей Борисов"), unless it
  // is also a place that a full name follows ("мэр города Лида Игорь Мальцев", "посол Армении
  // Гурген Арсенян": a place in the genitive of a title, then its holder).
  // "губернатора Хунани Игоря Громова": an unknown word with any reading as a place counts too.
  const place = s.parse(i)[0]?.tags.has('Geox') || s.parse(i).some((p) => p.tags.has('Geox') && !p.known);
  const townThenName =
    (placeNoun(i - 1) || place) &&
    s.res.gazetteer.match(s.sentence.tokens, i)?.end === i + 1 &&
    matchFullName(s, i + 1);
  if (townThenName) return undefined;
  const firstName = s.parse(i).some((p) => p.tags.has('Name') && p.known && !p.tags.has('Geox'));
  // "губернатор провинции Ху Юйтин": two words alone after a title's place noun are the holder's name,
  // the place being one named before; a place and then a name make three ("провинции Хэбэй Ван Дун").
  const holder =
    placeNoun(i - 1) &&
    s.hasLemma(i - 2, NAME_TITLES) &&
    isCapital(s.tok(i + 1)) &&
    !isCapital(s.tok(i + 2)) &&
    !s.res.gazetteer.match(s.sentence.tokens, i) &&
    !s.res.gazetteer.match(s.sentence.tokens, i + 1);
  if (
    !firstName &&
    !holder &&
    (placeNoun(i - 1) || (s.tok(i - 1)?.text === 'и' && isCapital(s.tok(i - 2)) && placeNoun(i - 3)))
  ) {
    return undefined;
  }
  // "директора завода Владимира Дормаша": after a title, a company noun heads the genitive the title governs.
  // A company named for a person has the name in the genitive; a first name that can only be a
  // nominative is a person's, the subject put last ("Возглавляет завод Андрей Козлов").
  const nameCases = s
    .parse(i)
    .filter((p) => p.tags.has('Name'))
    .map((p) => p.case);
  const nominativeOnly = nameCases.length > 0 && nameCases.every((c) => c === 'nomn');
  if (companyNameContext(s, i) && (opensQuote(s, i - 1) || (titleBefore(s, i) === undefined && !nominativeOnly))) {
    return undefined;
  }
  const name = s.parse(i).find((p) => p.tags.has('Name') && p.number !== 'plur');
  if (!name) return matchTitledName(s, i);
  let k = i + 1;
  const middle: string[] = [];
  // A patronymic only when a surname follows: "Иван Петкевич" ends in "-вич" but is the surname.
  if (isCapital(s.tok(k)) && s.parse(k).some((p) => p.tags.has('Patr')) && looksLikeSurname(s, k + 1)) k++;
  else if (
    isCapital(s.tok(k)) &&
    s.parse(k).some((p) => p.tags.has('Name') && p.number !== 'plur') &&
    looksLikeSurname(s, k + 1)
  ) {
    middle.push(s.tok(k)?.text ?? '');
    k++;
  }
  if (!looksLikeSurname(s, k) || s.isUsed(k)) return matchTitledName(s, i);
  const surname = s.tok(k)?.text ?? '';
  const governed = governingCases(s, i);
  const readings = personReadings(s.res.morph, t.text, surname, governed);
  // A first-name reading the surname does not decline with ("Лян Хуэйлин"): a foreign name, if a title precedes.
  if (readings.length === 0) return matchTitledName(s, i);
  // "с консулом Чжан Вэем": a first name that stays as written where the context governs another
  // case does not decline (a foreign name); the surname alone carries the case.
  // Also with a middle part ("посла Данг Минь Кхоя"): a three-part foreign name.
  if (governed.length > 0 && !governed.includes('nomn') && readings.every((r) => r.case === 'nomn')) {
    const foreign = matchTitledName(s, i);
    if (foreign) return foreign;
  }
  const middleForms = middle.map((m) => {
    const p = s.res.morph.parse(m).find((x) => x.tags.has('Name'));
    const f = p?.inflect({ CAse: 'nomn', NMbr: 'sing' });
    return f ? matchCase(m, f) : m;
  });
  return toMatch(
    k + 1,
    readings.map((r) => ({ name: [r.first, ...middleForms, r.surname].join(' '), surname: r.surname })),
  );
}

/** Key of a whole name, so a later mention of both words ("Ли Сяомином") finds the person. */
function fullKey(name: string): string {
  return `full:${foldWord(name)}`;
}

/**
 * Registers every full name in the article, so surname-only mentions anywhere
 * can find them. A form the grammar leaves ambiguous ("Александра Карлина":
 * genitive of a man's name or a woman's nominative) takes the reading the
 * article uses unambiguously elsewhere.
 */
export function collectPersons(scan: Scan, sentences: readonly Sentence[], blocked: readonly [number, number]): void {
  const found: PersonMatch[] = [];
  for (const sentence of sentences) {
    const s = new SentenceScanner(scan, sentence, blocked);
    for (let i = 0; i < sentence.tokens.length; i++) {
      const m = matchFullName(s, i);
      if (!m) continue;
      found.push(m);
      i = m.end - 1;
    }
  }
  const certain = new Set(found.filter((m) => m.readings.length === 1).map((m) => m.name));
  for (const m of found) {
    const r = m.readings.find((x) => certain.has(x.name)) ?? m.readings[0];
    if (!r) continue;
    if (!scan.persons.has(r.surnameKey)) {
      const ref = scan.res.gazetteer.personByName(r.name);
      const d = draftFor(scan, 'Person', r.name, ref);
      d.surnameKey = r.surnameKey;
      scan.persons.set(r.surnameKey, d);
    }
    const d = scan.persons.get(r.surnameKey);
    if (d && !scan.persons.has(fullKey(r.name))) scan.persons.set(fullKey(r.name), d);
  }
}

/**
 * The keys a surname-like word may be filed under: as written, its nominative, every case and
 * gender's nominative, its lemmas. Asked for most capitalised words several times per article,
 * and the answer depends on the word alone, so it is remembered per analyser (bounded).
 */
export function surnameKeys(s: SentenceScanner, i: number): readonly string[] {
  const t = s.tok(i);
  if (!t) return [];
  const morph = s.res.morph;
  let memo = surnameKeyMemo.get(morph);
  if (!memo) {
    memo = new Map();
    surnameKeyMemo.set(morph, memo);
  }
  let keys = memo.get(t.text);
  if (!keys) {
    if (memo.size >= SURNAME_KEY_MEMO_LIMIT) memo.clear();
    keys = [
      foldWord(t.text),
      foldWord(surnameNominative(morph, t.text)),
      ...surnameCandidates(morph, t.text).map(foldWord),
      ...morph.lemmas(t.text).map(foldWord),
    ];
    memo.set(t.text, keys);
  }
  return keys;
}

const surnameKeyMemo = new WeakMap<Morphology, Map<string, readonly string[]>>();
const SURNAME_KEY_MEMO_LIMIT = 50_000;

/** The head of a region in the countries whose regions have their own title. */
const REGION_HEAD_COUNTRY: Readonly<Record<string, string>> = {
  аким: 'country:kazakhstan',
  хоким: 'country:uzbekistan',
  хяким: 'country:turkmenistan',
};
/** Countries whose regions have no governor: an oblast executive committee's chairman, an akim, a hokim. */
export const NO_GOVERNOR: ReadonlySet<string> = new Set(['country:belarus', ...Object.values(REGION_HEAD_COUNTRY)]);

/** A region the reference data places in Russia. */
function russianRegion(s: SentenceScanner, e: EntityDraft): boolean {
  return e.type === 'Region' && gazetteerCountryOf(s.res.gazetteer, e.ref?.id) === 'country:russia';
}

/**
 * The region a bare regional title heads ("губернатор Виталий Хоценко и аким области Асаин
 * Байханов"): the latest region of a country that uses that title, so a governor is not put
 * at the head of a Kazakh oblast, nor an akim at the head of a Russian one.
 */
function regionOfTitle(s: SentenceScanner, title: string): EntityDraft | undefined {
  const system = REGION_HEAD_COUNTRY[title];
  if (title !== 'губернатор' && !system) return undefined;
  // A bare «губернатор» in Russian news is a Russian governor, before a foreign province's.
  const russian = system ? undefined : s.recent((e) => russianRegion(s, e));
  return (
    russian ??
    s.recent((e) => {
      if (e.type !== 'Region') return false;
      const country = gazetteerCountryOf(s.res.gazetteer, e.ref?.id) ?? '';
      return system ? country === system : !NO_GOVERNOR.has(country);
    })
  );
}

/**
 * The role as a heading writes it: the title noun at `title` and the words before it from
 * `first` in the nominative ("с председателем облисполкома" → "председатель облисполкома",
 * "генеральным директором завода" → "генеральный директор завода"); its dependents after it
 * stay as written. A word the dictionary cannot put in the nominative stays as written too.
 */
function nominativeRole(s: SentenceScanner, first: number, title: number, end: number): string {
  // One person's title is singular: "директора" is a genitive here, not the nominative plural.
  const titleCase = (
    s.parse(title).find((p) => p.pos === 'NOUN' && p.number === 'sing') ?? s.parse(title).find((p) => p.pos === 'NOUN')
  )?.case;
  if (titleCase === undefined || titleCase === 'nomn') return s.text(first, end);
  const words: string[] = [];
  for (let j = first; j <= title; j++) {
    const text = s.tok(j)?.text ?? '';
    // The title noun's own reading; any reading in its case for the words before it.
    const p = s.parse(j).find((x) => x.case === titleCase && (j < title || x.pos === 'NOUN'));
    const form = p?.inflect({ CAse: 'nomn', NMbr: 'sing' });
    words.push(form ? matchCase(text, form) : text);
  }
  return title + 1 < end ? `${words.join(' ')} ${s.text(title + 1, end)}` : words.join(' ');
}

/** A title right before a person ("губернатор Калужской области Владислав Шапша"): role, and what it heads. */
/** Titles that head one function when a remit follows ("директор по продажам"); a minister's remit is the ministry. */
const FUNCTION_TITLES = new Set(['директор', 'руководитель', 'начальник']);

/** The "(" of a bracket closing at `close` that holds nothing but mentions ("(Якутия)", "(Россия)"). */
function glossOpening(s: SentenceScanner, mentions: readonly MentionRef[], close: number): number | undefined {
  for (let j = close - 1; j >= close - 6 && j > 0; j--) {
    if (s.tok(j)?.text === '(') return j < close - 1 ? j : undefined;
    if (!mentions.some((m) => m.first <= j && j < m.end)) return undefined;
  }
  return undefined;
}

function readTitle(s: SentenceScanner, personFirst: number, person: EntityDraft): void {
  const before = s.mentions.filter((m) => m.end <= personFirst && m.end >= personFirst - 11);
  for (let k = personFirst - 1; k >= Math.max(0, personFirst - 12); k--) {
    const t = s.tok(k);
    if (!t) break;
    // "министр продовольствия, сельского хозяйства и лёгкой промышленности": a comma between genitives lists fields.
    const listed = t.text === ',' && [k - 1, k + 1].every((j) => s.parse(j).some((p) => p.case === 'gent'));
    // "автономного округа – Югры": a dash between two parts of one name goes on.
    const inName = before.some((m) => m.end === k && before.some((n) => n.first === k + 1 && n.entity === m.entity));
    // "Глава Республики Саха (Якутия) Айсен Николаев": a name glossed in brackets is passed over whole.
    const gloss = t.text === ')' ? glossOpening(s, before, k) : undefined;
    if (gloss !== undefined) {
      k = gloss;
      continue;
    }
    if (
      t.kind === 'punct' &&
      t.text !== '-' &&
      t.text !== '«' &&
      t.text !== '»' &&
      t.text !== '"' &&
      !listed &&
      !inName
    )
      break;
    // A title is in apposition only within its clause: "Губернатор … встретился с Петровым" is not Петров's title.
    if (t.kind === 'word' && !isCapital(t) && ['VERB', 'INFN', 'GRND'].includes(s.firstPos(k))) break;
    if (!s.hasLemma(k, HEAD_TITLES) && !s.hasLemma(k, NON_HEAD_TITLES)) continue;
    // "Мэр Гродно Андрей Петров и градоначальник Пскова Иван Сидоров": a title that another person's
    // name follows belongs to that person, unless this name is coordinated right after it.
    const nameBetween = before.some((m) => m.entity.type === 'Person' && m.entity !== person && m.first > k);
    if (nameBetween && !['и', ','].includes(s.tok(personFirst - 1)?.text ?? '')) break;
    // "председателя Кабинета министров", "Совета министров": a plural after a body's head noun is part
    // of its name, no person's title (a plural title of several people agrees with them).
    if (s.parse(k).every((p) => p.number === 'plur') && s.hasLemma(k - 1, ORGANIZATION_HEADS)) continue;
    const nonHead =
      s.hasLemma(k, NON_HEAD_TITLES) ||
      (k > 0 && s.hasLemma(k - 1, NON_HEAD_TITLES)) ||
      (k > 1 && s.hasLemma(k - 2, NON_HEAD_TITLES) && s.isPos(k - 1, 'ADJF')) ||
      /^(зам|вице)/u.test(t.text.toLowerCase()) ||
      // "директор по продажам завода": a remit right after the title is one function, not the whole.
      (s.tok(k + 1)?.text.toLowerCase() === 'по' && s.hasLemma(k, FUNCTION_TITLES));
    // "глава белорусского правительства" heads Беларусь; "глава Псковского района" heads no entity here.
    const modifiers = before.filter(
      (m) => m.first > k && (m.kind !== 'adjective' || TITLE_PLACE_NOUNS.has(m.governs ?? '')),
    );
    const adjBefore = before.find((m) => m.kind === 'adjective' && m.end === k);
    // "аким" reads first as an adjective's form: the title is the reading that is a title.
    const titleLemma =
      s.parse(k).find((p) => HEAD_TITLES.has(p.lemma) || NON_HEAD_TITLES.has(p.lemma))?.lemma ?? s.lemma(k);
    let headed = modifiers.find((m) => m.kind !== 'adjective' || m.first > k)?.entity ?? adjBefore?.entity;
    // "аким области": a bare place noun after a regional title is a region of the title's country.
    // "губернатор провинции": a kind of region Russia has not is the one the noun refers to.
    const foreignKind = modifiers.some(
      (m) => REGION_NOUNS.has(s.lemma(m.first)) && s.lemma(m.first) !== 'округ' && !russianRegion(s, m.entity),
    );
    if (modifiers.length > 0 && modifiers.every((m) => m.kind === 'generic') && !foreignKind)
      headed = regionOfTitle(s, titleLemma) ?? headed;
    // "главы Ферганской и Гомельской областей Базаров и Крупко": the n-th person heads the n-th place.
    const places = modifiers.filter((m) => m.entity.type !== 'Person');
    const earlier = new Set(
      modifiers.filter((m) => m.entity.type === 'Person' && m.entity !== person).map((m) => m.entity),
    );
    const coordinated = ['и', ','].includes(s.tok(personFirst - 1)?.text ?? '');
    if (coordinated && earlier.size > 0 && places.length > earlier.size) {
      headed = places[earlier.size]?.entity ?? headed;
    }
    for (const m of modifiers) m.titleOf = person;
    if (adjBefore) adjBefore.titleOf = person;
    // "заместитель губернатора": the deputy's own title, and the role from it, not the head's.
    const deputyAt = [k, k - 1, k - 2].find((j) => j >= 0 && s.hasLemma(j, NON_HEAD_TITLES));
    // "генеральный директор": lower-case adjectives right before the title are part of it.
    let titleStart = deputyAt ?? k;
    const titleAdjective = (j: number) =>
      isWord(s.tok(j)) && (j === 0 || !isCapital(s.tok(j))) && s.isPos(j, 'ADJF') && !before.some((m) => m.first === j);
    while (titleStart > 0 && titleAdjective(titleStart - 1)) titleStart--;
    const roleFrom = adjBefore ? adjBefore.first : titleStart;
    person.title ??= deputyAt !== undefined ? s.lemma(deputyAt) : titleLemma;
    // "Новым губернатором Тульской области назначен X": a predicate before the name ends the role.
    let roleEnd = k + 1;
    const predicate = (j: number) =>
      !isCapital(s.tok(j)) &&
      !before.some((m) => m.first <= j && j < m.end) &&
      ['PRTS', 'VERB'].includes(s.firstPos(j));
    while (roleEnd < personFirst && !predicate(roleEnd)) roleEnd++;
    person.role ??= nominativeRole(s, Math.min(roleFrom, k), deputyAt ?? k, roleEnd);
    if (nonHead) {
      if (headed && headed.type !== 'Person' && headed.type !== 'Project') person.represents ??= headed;
      return;
    }
    // "министр сельского хозяйства Башкирии Ильшат Фазрахманов" heads the ministry, not the region.
    if (titleLemma === 'министр' && personFirst > k + 1) {
      const ministry = s.draft('Organization', `Министерство ${s.text(k + 1, personFirst)}`);
      s.add(ministry, k + 1, personFirst, 'name', { consume: false }).titleOf = person;
      headed = ministry;
    }
    // "наш президент Путин": the text names the office, the reference says which state it heads.
    if (!headed) headed = officeOf(s, person, titleLemma);
    if (!headed) headed = regionOfTitle(s, titleLemma);
    // "Наш президент": the speaker's country, which the text does not name here.
    const ours = k > 0 && /^наш/u.test(s.tok(k - 1)?.text.toLowerCase() ?? '');
    // Only a bare title: "президент «Алтын Далы» Ерлан Сейткали" heads what follows it, named or not.
    const complement = Array.from({ length: personFirst - k - 1 }, (_, d) => k + 1 + d).some(
      (j) => !s.isPos(j, 'ADJF'),
    );
    if (!headed && !ours && !complement && (titleLemma === 'президент' || titleLemma === 'премьер-министр')) {
      headed = s.recent((e) => e.type === 'Country');
    }
    if (!headed) return;
    if (headed.type === 'Person' || headed.type === 'Project') return;
    // An executive committee and the oblast it governs are one post, already stated.
    if (person.headOf && (person.headOf.place === headed || headed.place === person.headOf)) return;
    person.headOf ??= headed;
    s.relation('HEADS', person, headed, 0.85, { role: person.role ?? titleLemma });
    return;
  }
}

/** The person a full-name match refers to: the reading the article registered, else its best reading. */
function personFor(s: SentenceScanner, m: PersonMatch): EntityDraft {
  for (const r of m.readings) {
    const d = s.persons.get(fullKey(r.name));
    if (d) return d;
  }
  const ref = s.res.gazetteer.personByName(m.name);
  return s.persons.get(m.surnameKey) ?? (ref ? s.refDraft(ref) : s.draft('Person', m.name));
}

/**
 * A well-known person named by the surname alone ("Лукашенко заявил", "встреча с Мирзиёевым"):
 * the press names heads of state so without introducing them, so the reference gives the full name.
 */
function knownSurname(s: SentenceScanner, i: number): EntityDraft | undefined {
  for (const key of surnameKeys(s, i)) {
    const ref = s.res.gazetteer.personBySurname(key);
    // The word must be a case form of that surname, not another surname on the same stem ("Турчинов").
    if (!ref || !nameWordFits(s.tok(i)?.text ?? '', ref.surname ?? ref.name.split(' ').at(-1) ?? '')) continue;
    const d = s.refDraft(ref);
    d.surnameKey ??= foldWord(ref.surname ?? ref.name.split(' ').at(-1) ?? ref.name);
    s.persons.set(d.surnameKey, d);
    return d;
  }
  return undefined;
}

/** The state a known person's office heads, when the text gives them that title ("наш президент Путин"). */
function officeOf(s: SentenceScanner, person: EntityDraft, titleLemma: string): EntityDraft | undefined {
  const office = person.ref?.offices?.find((o) => officeTitle(o.title) === officeTitle(titleLemma));
  const entry = office ? s.res.gazetteer.byId(office.of) : undefined;
  return entry ? s.refDraft(entry) : undefined;
}

/** Titles a bare office is read from: a state's president or prime minister, named by the state. */
const STATE_OFFICES = new Set(['президент', 'премьер-министр', 'премьер', 'председатель']);

/**
 * A bare office with its state and no name ("президент Беларуси отметил", "белорусский президент",
 * "премьер-министра Казахстана"): the holder the reference knows, as a title mention, and HEADS,
 * since the text names the office. Not when a name follows (the title is then that person's).
 */
function scanOffice(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || !s.hasLemma(i, STATE_OFFICES) || s.hasLemma(i, NON_HEAD_TITLES)) return undefined;
  if (i > 0 && (s.hasLemma(i - 1, NON_HEAD_TITLES) || /^(зам|вице|экс)/u.test(t.text.toLowerCase()))) return undefined;
  // "бывший президент", "будущий премьер": not the present holder.
  if (i > 0 && /^(бывш|будущ|прежн|экс|предыдущ|нов)/u.test(s.tok(i - 1)?.text.toLowerCase() ?? '')) return undefined;
  const title = STATE_OFFICES.has(foldWord(t.text)) ? foldWord(t.text) : s.lemma(i);
  const adj = s.mentions.find((m) => m.kind === 'adjective' && m.end === i && m.entity.type === 'Country');
  // The states the office is of: an adjective before it, or genitives after it; a plural title
  // takes coordinated states ("президенты России и Беларуси": each state's holder).
  const states: { draft: EntityDraft; start: number; end: number }[] = [];
  if (adj) states.push({ draft: adj.entity, start: adj.first, end: adj.end });
  else {
    const plural = s.parse(i).every((p) => p.number === 'plur');
    let k = i + 1;
    for (;;) {
      const g = s.gazetteer(k);
      if (g?.kind !== 'name' || g.entry.type !== 'Country') break;
      states.push({ draft: s.refDraft(g.entry), start: g.start, end: g.end });
      if (!plural || !['и', ','].includes(s.tok(g.end)?.text ?? '')) break;
      k = g.end + 1;
    }
  }
  const last = states.at(-1);
  if (!last) return undefined;
  const end = adj ? i + 1 : last.end;
  // A name after the office is its holder in apposition: scanPerson reads it with its title.
  for (let k = end; k < end + 3 && k < s.sentence.tokens.length; k++) {
    if (matchFullName(s, k)) return undefined;
    if (
      isCapital(s.tok(k)) &&
      surnameKeys(s, k).some((key) => s.persons.has(key) || s.res.gazetteer.personBySurname(key))
    )
      return undefined;
  }
  const holders = states.map((st) => (st.draft.ref ? s.res.gazetteer.officeHolder(title, st.draft.ref.id) : undefined));
  if (holders.some((h) => h === undefined)) return undefined;
  states.forEach((st, n) => {
    const ref = holders[n];
    if (!ref) return;
    const holder = s.refDraft(ref);
    holder.surnameKey ??= foldWord(ref.surname ?? ref.name.split(' ').at(-1) ?? ref.name);
    if (!s.persons.has(holder.surnameKey)) s.persons.set(holder.surnameKey, holder);
    // One person holds one post: a plural title ("Президенты") gives each the singular.
    const written = states.length > 1 ? title : t.text;
    const role = adj ? s.text(adj.first, i + 1) : `${written} ${s.text(st.start, st.end)}`;
    s.add(holder, i, i + 1, 'title', { consume: false });
    if (adj) adj.titleOf = holder;
    else s.add(st.draft, st.start, st.end, 'name').titleOf = holder;
    holder.title ??= officeTitle(title);
    holder.role ??= role;
    holder.headOf ??= st.draft;
    s.relation('HEADS', holder, st.draft, 0.8, { role });
  });
  s.markUsed(i, i + 1);
  return end;
}

/** A known person named again by both words in another case ("Ли Сяомином" after "Ли Сяомин"). */
function knownPair(s: SentenceScanner, i: number): EntityDraft | undefined {
  const a = s.tok(i);
  const b = s.tok(i + 1);
  if (!isCapital(a) || !isCapital(b) || s.isUsed(i + 1)) return undefined;
  const firsts = surnameCandidates(s.res.morph, a.text);
  for (const last of surnameCandidates(s.res.morph, b.text)) {
    for (const first of firsts) {
      const d = s.persons.get(fullKey(`${first} ${last}`));
      if (d) return d;
    }
  }
  return undefined;
}

/**
 * A title after the name, set off by a comma ("Иван Петров, губернатор
 * Калужской области"): the postposed apposition names what the person heads
 * when a known place or body follows the title.
 */
function readTitleAfter(s: SentenceScanner, end: number, person: EntityDraft): void {
  if (person.headOf || s.tok(end)?.text !== ',') return;
  const k = end + 1;
  const t = s.tok(k);
  if (!isWord(t) || !s.hasLemma(k, HEAD_TITLES) || s.hasLemma(k, NON_HEAD_TITLES)) return;
  if (/^(зам|вице)/u.test(t.text.toLowerCase())) return;
  const adjectiveTitle = s.isPos(k, 'ADJF') && s.hasLemma(k + 1, HEAD_TITLES) ? 1 : 0;
  for (let j = k + 1 + adjectiveTitle; j <= k + 4 + adjectiveTitle; j++) {
    const w = s.tok(j);
    if (!isWord(w) || CLAUSE_POS.has(s.firstPos(j))) return;
    const g = s.res.gazetteer.match(s.sentence.tokens, j);
    if (g?.kind !== 'name') continue;
    const headed = s.refDraft(g.entry);
    if (headed.type === 'Person' || headed.type === 'Project') return;
    person.title ??= s.lemma(k + adjectiveTitle);
    person.role ??= s.text(k, g.end);
    person.headOf = headed;
    s.relation('HEADS', person, headed, 0.8, { role: person.role });
    return;
  }
}

/** "университет имени Баумана", "им. Гагарина": a name a body or street bears is no mention of the person. */
function commemorated(s: SentenceScanner, i: number): boolean {
  const before = s.tok(i - 1)?.text.toLowerCase();
  return before === 'имени' || (before === '.' && s.tok(i - 2)?.text.toLowerCase() === 'им');
}

export function scanPerson(s: SentenceScanner, i: number): number | undefined {
  if (isCapital(s.tok(i)) && commemorated(s, i)) {
    const end = matchFullName(s, i)?.end ?? i + 1;
    s.markUsed(i, end);
    return end;
  }
  const full = matchFullName(s, i);
  if (full) {
    const d = personFor(s, full);
    s.add(d, i, full.end, 'name');
    readTitle(s, i, d);
    readTitleAfter(s, full.end, d);
    return full.end;
  }
  const office = scanOffice(s, i);
  if (office !== undefined) return office;
  const t = s.tok(i);
  if (!isCapital(t) || isAbbreviation(t) || s.isUsed(i)) return undefined;
  const pair = knownPair(s, i);
  if (pair) {
    s.add(pair, i, i + 2, 'name');
    readTitle(s, i, pair);
    return i + 2;
  }
  for (const key of surnameKeys(s, i)) {
    const d = s.persons.get(key);
    if (d) {
      s.add(d, i, i + 1, 'surname');
      readTitle(s, i, d);
      return i + 1;
    }
  }
  const known = knownSurname(s, i);
  if (known) {
    s.add(known, i, i + 1, 'surname');
    readTitle(s, i, known);
    return i + 1;
  }
  const first = s.parse(i)[0];
  // "Новополоцкий завод": a word read as a surname or an adjective, agreeing with the common noun
  // after it, is that noun's adjective.
  const next = s.tok(i + 1);
  const modifies =
    isWord(next) &&
    !isCapital(next) &&
    s.parse(i).some((a) => s.parse(i + 1).some((n) => n.pos === 'NOUN' && agreesWith(a, n)));
  // A town's adjective standing alone ("выступил Новополоцкий") modifies nothing: the surname.
  const place = s.res.gazetteer.match(s.sentence.tokens, i);
  // A word in quotes is the name of a company, product or event («Нижнекамскшины»), not a surname
  // guessed from its ending.
  if (opensQuote(s, i - 1)) return undefined;
  if (
    first?.tags.has('Surn') &&
    first.score >= 0.3 &&
    !modifies &&
    (!place || (place.kind === 'adjective' && !isWord(next)))
  ) {
    const name = surnameNominative(s.res.morph, t.text);
    const key = foldWord(name);
    const d = s.persons.get(key) ?? s.draft('Person', name);
    d.surnameKey = key;
    s.persons.set(key, d);
    s.add(d, i, i + 1, 'surname');
    readTitle(s, i, d);
    return i + 1;
  }
  return undefined;
}
