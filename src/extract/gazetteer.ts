/**
 * Lookups of known places and organisations (reference data) in tokenised
 * text. Names and aliases match in any grammatical case through their lemmas
 * ("Калужской области" → Калужская область); abbreviations match as written;
 * adjectives ("калужский", "белорусских") are reported separately so callers
 * decide whether a bare adjective counts. Pure: takes `ReferenceEntry[]`.
 */
import type { ReferenceEntry } from '../schema/reference.ts';
import type { Morphology } from './morphology.ts';
import type { Token } from './tokens.ts';

export type GazetteerMatchKind = 'name' | 'adjective' | 'demonym';

/** Entity types that are places. */
export const PLACE_TYPES: ReadonlySet<string> = new Set(['Country', 'Region', 'City']);

export interface GazetteerMatch {
  readonly entry: ReferenceEntry;
  /** Token range [start, end) in the token list given to `match`. */
  readonly start: number;
  readonly end: number;
  readonly kind: GazetteerMatchKind;
}

interface PatternToken {
  readonly word: string;
  /** Abbreviations and brands ("РФ", "БелАЗ") match only as written. */
  readonly exact?: string;
  readonly capital: boolean;
  /** A word of a place's own name (not an adjective), read only as a place. */
  readonly place: boolean;
  /** Lemmas of the word, computed on first use so building the tables stays cheap. */
  lemmas?: ReadonlySet<string>;
  /** A place word's grammatical number as a place ("Ташкент" singular, "Чебоксары" plural), on first use. */
  number?: string | null;
}

interface Pattern {
  readonly entry: ReferenceEntry;
  readonly kind: GazetteerMatchKind;
  readonly tokens: readonly PatternToken[];
}

export interface Gazetteer {
  /** The longest entry starting at token `i`, names preferred over adjectives. */
  match(tokens: readonly Token[], i: number): GazetteerMatch | undefined;
  byId(id: string): ReferenceEntry | undefined;
  /** A known person by a folded single-word surname ("лукашенко"), when only one person has it. */
  personBySurname(key: string): ReferenceEntry | undefined;
  /** A known person by a folded full name or alias ("александр лукашенко"). */
  personByName(name: string): ReferenceEntry | undefined;
  /** The one known holder of an office ("президент", country:belarus), if the reference has exactly one. */
  officeHolder(title: string, of: string): ReferenceEntry | undefined;
  /** The known persons, for names matched word by word (people.ts). */
  readonly people: readonly ReferenceEntry[];
  readonly entries: readonly ReferenceEntry[];
}

/** A place and the places it lies in, by reference id ("city:grodno" → its region → its country). */
export function gazetteerPlaceChain(gazetteer: Gazetteer, id: string | undefined): string[] {
  const out: string[] = [];
  for (let depth = 0; id && depth < 3 && !out.includes(id); depth++) {
    out.push(id);
    id = gazetteer.byId(id)?.locatedIn;
  }
  return out;
}

/** The country in a place's chain (the place itself when it is one), by reference id. */
export function gazetteerCountryOf(gazetteer: Gazetteer, id: string | undefined): string | undefined {
  return gazetteerPlaceChain(gazetteer, id).find((x) => gazetteer.byId(x)?.type === 'Country');
}

/** Titles the press uses interchangeably for one office: "премьер" is the prime minister. */
const TITLE_SYNONYMS: Readonly<Record<string, string>> = { премьер: 'премьер-министр' };

/** The office key of a title lemma, synonyms folded together. */
export function officeTitle(title: string): string {
  const folded = foldWord(title);
  return TITLE_SYNONYMS[folded] ?? folded;
}

/** Generic heads that may be written in lower case inside a proper name ("республики Беларусь"). */
const LOWER_OK = new Set([
  'республика',
  'область',
  'край',
  'округ',
  'город',
  'район',
  'провинция',
  'штат',
  'автономный',
]);

/** Distinct text words whose lemmas are kept; a news vocabulary stays well below it, memory stays bounded. */
const LEMMA_CACHE_LIMIT = 50_000;

const WORD_RE = /[\p{L}\d]+(?:[-‑][\p{L}\d]+)*/gu;

function isAbbreviation(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\d]+$/u.test(word) && /\p{Lu}/u.test(word);
}

function isMixedCaseBrand(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word);
}

/** Normalises ё and dashes so lookups ignore spelling variants. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have neither; skipping the replaces matters, as this runs for every token many times.
  return lower.includes('ё') || lower.includes('‑') ? lower.replace(/ё/g, 'е').replace(/‑/g, '-') : lower;
}

/** One of the names has `word` as a whole word, folded ("Тульский завод прицепов" has «завод»). */
export function namesHaveWord(names: readonly string[], word: string): boolean {
  return names.some((n) => foldWord(n).split(/\s+/u).includes(word));
}

function tokenLemmas(morph: Morphology, word: string): Set<string> {
  const lemmas = new Set<string>([foldWord(word)]);
  for (const l of morph.lemmas(word)) lemmas.add(foldWord(l));
  // "Каменска-Уральского": both parts of a hyphenated name decline, which the dictionary's guess
  // for the whole word does not know; the parts' own lemmas, joined.
  const parts = word.split('-');
  if (parts.length === 2 && parts.every((w) => w.length > 2))
    lemmas.add(foldWord(parts.map((w) => morph.lemmas(w)[0] ?? w).join('-')));
  // "с Хунанью": the instrumental of a feminine noun in «-ь» ("Сычуань" → "Сычуанью"), which the
  // dictionary does not predict for a word it does not know.
  if (/ью$/u.test(word) && !morph.parse(word).some((p) => p.known)) lemmas.add(foldWord(`${word.slice(0, -2)}ь`));
  return lemmas;
}

/** The number of a place name's own (nominative) reading as a place, if the dictionary has one. */
function placeNumber(morph: Morphology, word: string): string | undefined {
  return morph.parse(word).find((p) => p.tags.has('Geox') && p.case === 'nomn')?.number;
}

/**
 * Lemmas of a word of a place's name: only its readings as a place where the dictionary has
 * one, so a surname that shares a stem with a town ("Ивановым", lemma "иванов") is not the
 * town ("Иваново", whose other readings include "иванов").
 */
function placeLemmas(morph: Morphology, word: string): Set<string> {
  const places = morph.parse(word).filter((p) => p.tags.has('Geox'));
  if (places.length === 0) return tokenLemmas(morph, word);
  return new Set([foldWord(word), ...places.map((p) => foldWord(p.lemma))]);
}

/**
 * Builds the lookup tables once per process.
 * @example buildGazetteer(entries, morph).match(tokenize('в Калужской области'), 1)?.entry.name // 'Калужская область'
 */
export function buildGazetteer(entries: readonly ReferenceEntry[], morph: Morphology): Gazetteer {
  // Indexed by the first letters of the first word: inflection changes endings, not the start,
  // and no word needs lemmatising until a text token with the same start shows up.
  const byKey = new Map<string, Pattern[]>();
  const byId = new Map<string, ReferenceEntry>();
  const add = (entry: ReferenceEntry, text: string, kind: GazetteerMatchKind) => {
    const words = text.match(WORD_RE) ?? [];
    const first = words[0];
    if (!first) return;
    const tokens = words.map((w, i): PatternToken => {
      const exact = isAbbreviation(w) || isMixedCaseBrand(w) ? w : undefined;
      const capital = /^\p{Lu}/u.test(w) && !(i === 0 && kind === 'adjective') && !LOWER_OK.has(foldWord(w));
      // A word of a longer name ("Марьиной Горке") is held by the words around it; only a one-word
      // name needs its reading as a place to tell it from a surname.
      const place = kind === 'name' && capital && PLACE_TYPES.has(entry.type) && words.length === 1;
      return { word: w, capital, place, ...(exact ? { exact } : {}) };
    });
    // A short first word ("Уфа", "Орша") inflects within its first three letters ("Уфу", "Уфой"):
    // it is found by its first two.
    const key = foldWord(first).length <= 4 ? shortKey(first) : lookupKey(first);
    const list = byKey.get(key) ?? [];
    list.push({ entry, kind, tokens });
    byKey.set(key, list);
  };
  // People are not matched as phrases here: their names decline by their own rules (people.ts),
  // which reads these tables instead.
  const bySurname = new Map<string, ReferenceEntry | null>();
  const byName = new Map<string, ReferenceEntry>();
  const holders = new Map<string, ReferenceEntry | null>();
  const once = (map: Map<string, ReferenceEntry | null>, key: string, entry: ReferenceEntry) =>
    map.set(key, map.has(key) && map.get(key) !== entry ? null : entry);
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.type === 'Person') {
      const surname = entry.surname ?? entry.name.split(' ').at(-1) ?? entry.name;
      if (!surname.includes(' ')) once(bySurname, foldWord(surname), entry);
      for (const n of [entry.name, ...entry.aliases]) byName.set(foldWord(n), entry);
      for (const office of entry.offices ?? []) once(holders, `${officeTitle(office.title)}|${office.of}`, entry);
      continue;
    }
    add(entry, entry.name, 'name');
    for (const alias of entry.aliases) add(entry, alias, 'name');
    for (const adjective of entry.adjectives) add(entry, adjective, 'adjective');
    for (const demonym of entry.demonyms) add(entry, demonym, 'demonym');
  }

  // A text word is compared with every pattern sharing its first letters; lemmatise it once.
  const lemmaCache = new Map<string, Set<string>>();
  const textLemmas = (word: string): Set<string> => {
    let lemmas = lemmaCache.get(word);
    if (!lemmas) {
      if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
      lemmas = tokenLemmas(morph, word);
      lemmaCache.set(word, lemmas);
    }
    return lemmas;
  };

  const tokenMatches = (p: PatternToken, token: Token | undefined): boolean => {
    if (token?.kind !== 'word') return false;
    if (p.exact !== undefined) {
      if (token.text === p.exact || (token.text.startsWith(`${p.exact}-`) && /\d$/.test(token.text))) return true;
      // "МАЗа", "БелАЗом", "БЕЛАЗов": an abbreviation declined with a Russian case ending.
      const declined = BRAND_CASE_FORM.exec(token.text);
      const stem = declined?.[1];
      return (
        stem !== undefined && (stem === p.exact || (stem === stem.toUpperCase() && stem === p.exact.toUpperCase()))
      );
    }
    if (p.capital && !/^\p{Lu}/u.test(token.text)) return false;
    if (isAbbreviation(token.text) && token.text.length <= 4 && !p.capital) return false;
    p.lemmas ??= p.place ? placeLemmas(morph, p.word) : tokenLemmas(morph, p.word);
    let shared = false;
    for (const l of textLemmas(token.text)) if (p.lemmas.has(l)) shared = true;
    return shared && (!p.place || sameNumber(p, token.text));
  };

  // "Джамшид Ташкентов": a singular place's name read in the plural is a surname, not the place.
  const sameNumber = (p: PatternToken, text: string): boolean => {
    p.number ??= placeNumber(morph, p.word) ?? null;
    const lemmas = p.lemmas ?? new Set<string>();
    const parses = morph.parse(text);
    const readings = parses.filter((x) => x.tags.has('Geox') && lemmas.has(foldWord(x.lemma)));
    // "с Борисовым": a form the dictionary knows, but not as the town, is the surname.
    if (readings.length === 0) return p.number === null || !parses.some((x) => x.known && x.tags.has('Surn'));
    return p.number === null || readings.some((x) => x.number === p.number);
  };

  const matchAt = (tokens: readonly Token[], i: number): GazetteerMatch | undefined => {
    const token = tokens[i];
    if (token?.kind !== 'word') return undefined;
    // A model number after a brand ("МАЗ-203") still names the brand.
    const surface = token.text.replace(/-\d+$/, '');
    let best: GazetteerMatch | undefined;
    const long = byKey.get(lookupKey(surface));
    const short = byKey.get(shortKey(surface));
    const candidates = short ? [...(long ?? []), ...short] : (long ?? []);
    for (const p of candidates) {
      if (!p.tokens.every((pt, k) => tokenMatches(pt, tokens[i + k]))) continue;
      const end = i + p.tokens.length;
      // Same span: names beat adjectives, and a federal city is the region ("Москва").
      const better =
        !best ||
        end > best.end ||
        (end === best.end && best.kind === 'adjective' && p.kind === 'name') ||
        (end === best.end && best.kind === p.kind && best.entry.type === 'City' && p.entry.type === 'Region');
      if (better) best = { entry: p.entry, start: i, end, kind: p.kind };
    }
    return best;
  };

  const matched = new WeakMap<readonly Token[], (GazetteerMatch | null)[]>();

  return {
    entries,
    people: entries.filter((e) => e.type === 'Person'),
    byId: (id) => byId.get(id),
    personBySurname: (key) => bySurname.get(foldWord(key)) ?? undefined,
    personByName: (name) => byName.get(foldWord(name)),
    officeHolder: (title, of) => holders.get(`${officeTitle(title)}|${of}`) ?? undefined,
    match(tokens, i) {
      // Every recogniser asks about the same tokens; a sentence's token list never changes once built.
      let row = matched.get(tokens);
      if (!row) {
        row = [];
        matched.set(tokens, row);
      }
      const seen = row[i];
      if (seen !== undefined) return seen ?? undefined;
      const found = matchAt(tokens, i);
      row[i] = found ?? null;
      return found;
    },
  };
}

/** An abbreviation (ending in a capital) followed by a case ending, hyphenated or not. */
const BRAND_CASE_FORM = /^(.*\p{Lu})-?(а|у|ом|е|ы|ов|ам|ами|ах)$/u;

function lookupKey(word: string): string {
  return foldWord(word).slice(0, 3);
}

/** The key of short names: two letters, marked apart from the three-letter keys. */
function shortKey(word: string): string {
  return `short:${foldWord(word).slice(0, 2)}`;
}
