/**
 * Russian morphology for the extractor: a typed, caching wrapper around `az`
 * (OpenCorpora dictionaries, pymorphy2 format). Input: one word form; output:
 * its possible parses (lemma, part of speech, case, name tags). The
 * dictionaries are read by az itself when `loadMorphology` is called once.
 */
import Az, { type AzParse } from 'az';

/** Tags that mark proper names in OpenCorpora: first name, surname, patronymic, place, organisation. */
export const NAME_TAGS = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Fixd', 'Init'] as const;
export type NameTag = (typeof NAME_TAGS)[number];

export interface WordParse {
  /** Dictionary form, lower case ("калужский", "область"). */
  readonly lemma: string;
  /** OpenCorpora part of speech (NOUN, ADJF, PRTF, VERB, INFN, PREP …). */
  readonly pos: string;
  readonly case: string | undefined;
  readonly gender: string | undefined;
  readonly number: string | undefined;
  /** Verbs: past, pres or futr ("поставит" is futr: a plan, not a fact). */
  readonly tense: string | undefined;
  /** Verbs: 1per, 2per or 3per ("напомним" is the speaker's, not the event's). */
  readonly person: string | undefined;
  /** Nouns: anim or inan ("техника" is goods, "специалисты" are people). */
  readonly animacy: string | undefined;
  /** Participles: actv or pssv ("поставленные МАЗом": the agent is in the instrumental). */
  readonly voice: string | undefined;
  /** Full participles: the verb they are formed from ("поставленный" → "поставить"); their lemma stays the adjective. */
  readonly infinitive: string | undefined;
  readonly tags: ReadonlySet<NameTag>;
  readonly score: number;
  /** Found in the OpenCorpora dictionary, not predicted from the word's ending. */
  readonly known: boolean;
  /** The word form with other grammemes (e.g. `{ CAse: 'nomn' }`), lower case; undefined if the paradigm lacks it. */
  inflect(grammemes: Readonly<Record<string, string>>): string | undefined;
}

/**
 * Whether the cases a word after «в/на» may take leave it no locative: "в Туркменистан", "на
 * Урал" say whither something goes, "в Туркменбаши", "на Урале" where something is.
 */
export function directionOnly(cases: Iterable<string | undefined>): boolean {
  const known = [...cases].filter((c): c is string => c !== undefined);
  return known.length > 0 && !known.some((c) => c === 'loct' || c === 'loc2');
}

export interface Morphology {
  /** Parses of a word form, most likely first; cached, as news texts repeat their words. */
  parse(word: string): readonly WordParse[];
  /** The distinct lemmas a form may have. */
  lemmas(word: string): readonly string[];
  /**
   * The dictionary's own parses of a form, the same as `parse(word)` filtered by `known`. For a
   * string the dictionary lacks this skips az's guessers, the costly part of parsing one: the
   * surname rules try many made-up nominatives ("Иванова" → иванов, иванова, иванов-а…).
   */
  known(word: string): readonly WordParse[];
}

/**
 * The dictionary lists some forms twice, an informal variant first ("трактора" before
 * "тракторы"): of the paradigm's forms with the same case, number and gender, the first
 * that is not informal.
 */
function standardForm(p: AzParse, form: AzParse | false): AzParse | false {
  if (form === false || !form.tag.Infr) return form;
  for (let i = 0; i < (p.formCnt ?? 0); i++) {
    const f = p.inflect(i);
    if (!f || f.tag.Infr || f.tag.Abbr) continue;
    if (f.tag.CAse === form.tag.CAse && f.tag.NMbr === form.tag.NMbr && f.tag.GNdr === form.tag.GNdr) return f;
  }
  return form;
}

function toWordParse(p: AzParse): WordParse {
  const tags = new Set<NameTag>();
  for (const t of NAME_TAGS) if (p.tag[t]) tags.add(t);
  // Verbs and gerunds go to the infinitive; participles stay adjectives ("совместный", "расположенный").
  const verbal = p.tag.POST === 'VERB' || p.tag.POST === 'GRND' || p.tag.POST === 'PRTS';
  const lemmaParse = (verbal ? p.normalize() : p.normalize(true)) || p.normalize();
  const lemma = (lemmaParse ? lemmaParse.toString() : p.toString()).toLowerCase();
  return {
    lemma,
    pos: p.tag.POST ?? 'UNKN',
    case: p.tag.CAse,
    gender: p.tag.GNdr,
    number: p.tag.NMbr,
    tense: p.tag.TEns,
    person: p.tag.PErs,
    animacy: p.tag.ANim,
    voice: p.tag.VOic,
    infinitive: p.tag.POST === 'PRTF' ? (p.normalize() || undefined)?.toString().toLowerCase() : undefined,
    tags,
    score: p.score,
    known: p.parser === 'Dictionary',
    inflect(grammemes) {
      const f = standardForm(p, p.inflect(grammemes));
      if (f) return f.toString().toLowerCase();
      // Predicted (out-of-dictionary) words cannot inflect; their lemma is the nominative singular.
      const wantsLemma = grammemes.CAse === 'nomn' && (grammemes.NMbr ?? 'sing') === 'sing';
      return wantsLemma && p.tag.POST === 'NOUN' && (p.tag.NMbr ?? 'sing') === 'sing' ? lemma : undefined;
    },
  };
}

let initialised: Promise<void> | undefined;

function initAz(dictsDir: string): Promise<void> {
  initialised ??= new Promise<void>((resolve, reject) => {
    Az.Morph.init(dictsDir, (error) => (error ? reject(error) : resolve()));
  });
  return initialised;
}

/**
 * Loads the az dictionaries (once per process, ~150 ms) and returns a caching analyser.
 * @example const morph = await loadMorphology(dictsDir); morph.lemmas('Калужской') // ['калужский']
 */
export async function loadMorphology(dictsDir: string): Promise<Morphology> {
  await initAz(dictsDir);
  const cache = new Map<string, readonly WordParse[]>();
  const lemmaCache = new Map<string, readonly string[]>();
  const parse = (word: string): readonly WordParse[] => {
    // Case matters: az tags "Роман" as a first name but "роман" only as a noun.
    let parses = cache.get(word);
    if (!parses) {
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      parses = Az.Morph(word).map(toWordParse);
      cache.set(word, parses);
    }
    return parses;
  };
  const knownCache = new Map<string, readonly WordParse[]>();
  return {
    parse,
    known(word) {
      const parsed = cache.get(word);
      if (parsed) return parsed.filter((p) => p.known);
      let parses = knownCache.get(word);
      if (!parses) {
        if (knownCache.size >= WORD_CACHE_LIMIT) knownCache.clear();
        parses = Az.Morph(word, DICTIONARY_ONLY).map(toWordParse);
        knownCache.set(word, parses);
      }
      return parses;
    },
    lemmas(word) {
      // Keyed by the form as written: lower-casing first would build a new string on every call.
      let lemmas = lemmaCache.get(word);
      if (!lemmas) {
        if (lemmaCache.size >= WORD_CACHE_LIMIT) lemmaCache.clear();
        lemmas = [...new Set(parse(word).map((p) => p.lemma))];
        if (lemmas.length === 0) lemmas = [word.toLowerCase().replace(/ё/g, 'е')];
        lemmaCache.set(word, lemmas);
      }
      return lemmas;
    },
  };
}

/**
 * The dictionary's parses of a compound it lacks, read from its head: the last stem of a Russian
 * compound carries its number, case and animacy ("лифтостроители" as "строители", "электромонтажники"
 * as "монтажники"), past a linking «о» or «е». Empty for a word the dictionary knows or no head of
 * four letters or more that it knows.
 */
export function compoundHead(morph: Morphology, word: string): readonly WordParse[] {
  const lower = word.toLowerCase();
  if (morph.known(lower).length > 0) return [];
  for (let k = 2; k < lower.length - 4; k++) {
    if (!'оеё'.includes(lower.charAt(k))) continue;
    const head = morph.known(lower.slice(k + 1));
    if (head.length > 0) return head;
  }
  return [];
}

/** az's configuration for the dictionary alone: scores are normalised among dictionary parses either way. */
const DICTIONARY_ONLY = { parsers: ['Dictionary'] } as const;

/**
 * Word forms remembered per cache. A year of news has a few hundred thousand distinct forms;
 * clearing at this size keeps a long run's memory bounded at a small cost in re-parsing.
 */
const WORD_CACHE_LIMIT = 100_000;
