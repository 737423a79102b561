/**
 * The sentence scanner the mention recognisers share: tokens with cached
 * parses, the mentions found so far, which tokens are taken, and the
 * article-wide state (entity drafts, people by surname, relations found).
 */
import type { ReferenceEntry } from '../schema/reference.ts';
import type { EntityType, RelationType } from '../schema/types.ts';
import { entityIdFor } from './entity-id.ts';
import { foldWord, type GazetteerMatch, PLACE_TYPES } from './gazetteer.ts';
import {
  ENTERPRISE_NOUNS,
  EXAMPLE_PHRASES,
  GENERIC_PLACE_NOUNS,
  GROUP_NOUNS,
  GUEST_VERBS,
  HEAD_TITLES,
  PERSON_TITLES,
  PREPOSITION_CASES,
  REPRESENTATIVE_NOUNS,
} from './lexicon.ts';
import type { WordParse } from './morphology.ts';
import { matchCase } from './names.ts';
import { type Sentence, type Token, tokenize } from './tokens.ts';
import { isAreaAdjective, isToponymicAdjective } from './toponyms.ts';
import type { EntityDraft, ExtractionResources, FoundRelation, MentionKind, MentionRef } from './types.ts';

/** Words that open a clause of its own: a visitors' verb before them has other objects. */
const CLAUSE_WORDS = new Set(['где', 'что', 'чтобы', 'когда', 'а', 'но']);
/** The relative pronoun, in any form, which opens a clause of its own too. */
const RELATIVE = new Set(['который']);

export const OPEN_QUOTES = new Set(['«', '"', '“', '„']);
export const CLOSE_QUOTES = new Set(['»', '"', '”', '“']);
export const PREPOSITIONS = new Set([
  'в',
  'во',
  'на',
  'из',
  'с',
  'со',
  'для',
  'между',
  'к',
  'ко',
  'от',
  'до',
  'по',
  'о',
  'об',
  'у',
  'при',
  'через',
  'за',
  'под',
  'над',
  'среди',
]);
/** Noun lemmas that mark a following proper name as a city or a first-level region. */
export const CITY_NOUNS = new Set(['город', 'г', 'посёлок', 'поселок', 'село', 'деревня']);
/**
 * Nouns of foreign first-level subdivisions that precede their proper name ("провинция Ляонин",
 * "штат Гуджарат", "аймак Сэлэнгэ", "Самаркандский вилоят"): the name is a Region.
 */
export const REGION_NOUNS = new Set([
  'провинция',
  'штат',
  'префектура',
  'земля',
  'кантон',
  'воеводство',
  'аймак',
  'уезд',
  'вилоят',
  'велаят',
  'округ',
]);

/**
 * A region noun at `k`. The dictionary lacks "вилоят" (an Uzbek region) and "велаят" (a Turkmen
 * one) and guesses odd lemmas for their forms ("вилоята" → "вилоёнок"), so their stems are checked
 * as written.
 */
export function isRegionNoun(s: SentenceScanner, k: number, nouns: ReadonlySet<string> = REGION_NOUNS): boolean {
  const t = s.tok(k);
  if (!isWord(t)) return false;
  const stem = localRegionNoun(t.text);
  return s.hasLemma(k, nouns) || (stem !== undefined && nouns.has(stem));
}

/** The nominative of a form of "вилоят" or "велаят" ("велаяте" → "велаят"), which the dictionary lacks. */
export function localRegionNoun(word: string): string | undefined {
  return /^(вилоят|велаят)(ы|а|у|ом|е|ов|ам|ами|ах)?$/u.exec(foldWord(word))?.[1];
}

/** Word lists folded as tokens are (ё→е), so "экспортёр" in a list matches "экспортер" in a text and as a lemma. */
const FOLDED_SETS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function foldedSet(set: ReadonlySet<string>): ReadonlySet<string> {
  let folded = FOLDED_SETS.get(set);
  if (!folded) {
    folded = new Set([...set].map(foldWord));
    FOLDED_SETS.set(set, folded);
  }
  return folded;
}

/** Company nouns that also head compounds ("автоконцерн", "агрохолдинг"). */
const COMPOUND_COMPANY_STEMS = [
  'концерн',
  'холдинг',
  'компания',
  'завод',
  'комбинат',
  'корпорация',
  'предприятие',
  'гигант',
];

/** "авиакомпания", "агрохолдинг", "льнокомбинат", "автопредприятие": a compound whose last stem is a company noun. */
export function isCompoundCompanyForm(form: string): boolean {
  return compoundStemOf(form, COMPOUND_COMPANY_STEMS) !== undefined;
}

/** The stem of `stems` a compound form ends in, past a prefix stem of three letters or more. */
function compoundStemOf(form: string, stems: readonly string[]): string | undefined {
  return stems.find((h) => form.length > h.length + 2 && form.endsWith(h));
}

/** Points where goods are delivered to their owner ("на конвейер «Автотора»", "на склады сети"). */
const DELIVERY_POINTS = new Set(['конвейер', 'склад']);

/** The indices from `from` up to, not including, `to`. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** A quoted company or body name as the article introduces it («компания «Альфа»»). */
export interface IntroducedName {
  readonly type: 'Enterprise' | 'Organization';
  readonly name: string;
}

export interface Scan {
  readonly res: ExtractionResources;
  readonly entities: Map<string, EntityDraft>;
  readonly persons: Map<string, EntityDraft>;
  /** Quoted names introduced with a company or body noun, by folded name (see `collectQuotedNames`). */
  readonly quoted: Map<string, IntroducedName>;
  readonly order: MentionRef[];
  readonly found: FoundRelation[];
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}
export function isCapital(t: Token | undefined): t is Token {
  return isWord(t) && /^\p{Lu}/u.test(t.text);
}
export function isAllCaps(t: Token | undefined): boolean {
  return isWord(t) && t.text.length >= 2 && /^[\p{Lu}\d-]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);
}

/**
 * All capitals, or capitals that end a word after a small letter ("СибГУ", "УрФУ"): an abbreviation,
 * never a person's name.
 */
export function isAbbreviation(t: Token | undefined): boolean {
  return isAllCaps(t) || (isWord(t) && /\p{Ll}\p{Lu}+$/u.test(t.text));
}

export function draftFor(scan: Scan, type: EntityType, name: string, ref?: ReferenceEntry): EntityDraft {
  const id = ref?.id ?? entityIdFor(type, name);
  let draft = scan.entities.get(id);
  if (!draft) {
    draft = { id, type, name: ref?.name ?? name, ref, aliases: new Set(), mentions: [], named: false };
    scan.entities.set(id, draft);
  }
  return draft;
}

/** A place's area: «на территории X» is a locative of X. */
const TERRITORY = new Set(['территория']);
/** The second genitive, locative and accusative ("в лесу", "чаю") count as the cases they vary. */
const SECOND_CASES: Readonly<Record<string, string>> = { gen2: 'gent', loc2: 'loct', acc2: 'accs' };
/** "для нужд X": what is for a place's needs is for the place. */
const NEEDS = new Set(['нужда']);
export class SentenceScanner {
  readonly mentions: MentionRef[] = [];
  private readonly used: boolean[];
  private readonly parses = new Map<number, readonly WordParse[]>();
  private readonly foldedForms = new Map<number, readonly string[]>();

  constructor(
    private readonly scan: Scan,
    readonly sentence: Sentence,
    blocked: readonly [number, number],
  ) {
    this.used = sentence.tokens.map((t) => t.start >= blocked[0] && t.end <= blocked[1]);
  }

  tok(i: number): Token | undefined {
    return this.sentence.tokens[i];
  }
  parse(i: number): readonly WordParse[] {
    let p = this.parses.get(i);
    if (!p) {
      const t = this.tok(i);
      p = t && t.kind === 'word' ? this.scan.res.morph.parse(t.text) : [];
      this.parses.set(i, p);
    }
    return p;
  }
  /** The word and its lemmas, folded (ё→е, lower case): rules ask about the same token many times. */
  private folded(i: number): readonly string[] {
    let f = this.foldedForms.get(i);
    if (!f) {
      const t = this.tok(i);
      f = isWord(t) ? [foldWord(t.text), ...this.parse(i).map((p) => foldWord(p.lemma))] : [];
      this.foldedForms.set(i, f);
    }
    return f;
  }
  lemma(i: number): string {
    const t = this.tok(i);
    if (!t) return '';
    if (t.kind !== 'word') return t.text;
    const f = this.folded(i);
    return f[1] ?? f[0] ?? '';
  }
  hasLemma(i: number, set: ReadonlySet<string>): boolean {
    const words = foldedSet(set);
    return this.folded(i).some((form) => words.has(form));
  }
  /**
   * A company noun, also compounded with a prefix stem ("автоконцерн", "энергохолдинг",
   * "нефтекомпания"): the last stem carries the meaning.
   */
  isCompanyNoun(i: number): boolean {
    if (!isWord(this.tok(i)) || isAllCaps(this.tok(i))) return false;
    return (
      this.hasLemma(i, ENTERPRISE_NOUNS) ||
      this.isCompoundCompanyNoun(i) ||
      this.hyphenHead(i, ENTERPRISE_NOUNS) !== undefined
    );
  }
  /**
   * "завод-изготовитель", "склад-холодильник": a hyphenated pair of nouns is headed by the first;
   * its lemma when in `set`.
   */
  hyphenHead(i: number, set: ReadonlySet<string>): string | undefined {
    const t = this.tok(i);
    if (!isWord(t) || isAllCaps(t)) return undefined;
    const [part, rest] = t.text.split('-');
    if (!part || !rest) return undefined;
    const words = foldedSet(set);
    return this.res.morph.lemmas(part).find((l) => words.has(foldWord(l)));
  }
  /** "льнокомбинат", "нефтекомпания", "автозавод": a compound whose last stem is a company noun. */
  isCompoundCompanyNoun(i: number): boolean {
    return this.compoundStem(i, COMPOUND_COMPANY_STEMS) !== undefined;
  }
  /** The stem a compound at `i` ends in, past a prefix stem of three letters or more ("мясокомбинат" → "комбинат"). */
  compoundStem(i: number, stems: readonly string[]): string | undefined {
    if (!isWord(this.tok(i)) || isAllCaps(this.tok(i))) return undefined;
    for (const form of this.folded(i)) {
      const stem = compoundStemOf(form, stems);
      if (stem) return stem;
    }
    return undefined;
  }
  isPos(i: number, ...pos: string[]): boolean {
    return this.parse(i).some((p) => pos.includes(p.pos));
  }
  firstPos(i: number): string {
    return this.parse(i)[0]?.pos ?? (this.tok(i)?.kind === 'number' ? 'NUMB' : 'PNCT');
  }
  /** The word at `i` (past an opening quote) has a reading in a case `prep` governs, or no case to tell. */
  mayFollow(prep: string, i: number): boolean {
    const cases = PREPOSITION_CASES[prep];
    const at = OPEN_QUOTES.has(this.tok(i)?.text ?? '') ? i + 1 : i;
    const read = this.parse(at).filter((p) => p.case !== undefined);
    return !cases || read.length === 0 || read.some((p) => cases.includes(SECOND_CASES[p.case ?? ''] ?? p.case ?? ''));
  }
  prepBefore(i: number): string | undefined {
    // "в Казань и Уфу": a conjunct shares the preposition of the conjunct before it.
    const joiner = this.tok(i - 1)?.text;
    // Not a conjunct in a case the preposition cannot govern: "из Новоалтайска и Гомельский завод"
    // joins the nominative to something before the phrase.
    if (joiner === 'и' || joiner === ',') {
      const before = this.mentions.find((m) => m.end === i - 1 && m.kind === 'name');
      if (before?.prep && this.mayFollow(before.prep, i)) return before.prep;
    }
    // Skip adjectives between the preposition and the noun ("в этот российский регион").
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const t = this.tok(k);
      // "для «Ростсельмаша»": the opening quote of the name does not hide the preposition.
      if (k === i - 1 && OPEN_QUOTES.has(t?.text ?? '')) continue;
      // "с местным дилером — компанией «Саха-Техника»": an apposition after a dash shares the
      // preposition of the noun it renames, when that noun is in the same case.
      if (t?.text === '—' || t?.text === '–') return k < i - 1 ? this.appositionPrep(k, i - 1) : undefined;
      if (!isWord(t)) return undefined;
      const w = t.text.toLowerCase();
      if (PREPOSITIONS.has(w)) return w === 'во' ? 'в' : w === 'со' ? 'с' : w;
      // "на территории Псковской области" says what "в Псковской области" says.
      if (k === i - 1 && this.hasLemma(k, TERRITORY) && this.tok(k - 1)?.text.toLowerCase() === 'на') return 'в';
      const first = this.firstPos(k);
      // "для заводов БелАЗ": a company noun before the name does not hide the preposition.
      // "в городе Щучин" too: the place noun does not hide it either.
      // "в провинции Хэнань", "в штате Гуджарат": nor does the noun of a foreign region.
      // A lower-case adjective after the noun opens a phrase of its own ("с белорусскими предприятиями
      // калужские заводы …").
      // "на заводы группы ГАЗ", "на конвейер «Автотора»": a chain of company nouns, or a point of
      // delivery, whose owner the name is.
      const ownerNouns = (from: number) =>
        range(from, i).every(
          (n) =>
            (n === i - 1 && OPEN_QUOTES.has(this.tok(n)?.text ?? '')) ||
            this.hasLemma(n, ENTERPRISE_NOUNS) ||
            this.hasLemma(n, DELIVERY_POINTS),
        );
      const companyNoun =
        !(isWord(this.tok(i)) && !isCapital(this.tok(i)) && this.isPos(i, 'ADJF')) &&
        ((k === i - 1 &&
          (this.hasLemma(k, ENTERPRISE_NOUNS) || this.hasLemma(k, CITY_NOUNS) || this.hasLemma(k, REGION_NOUNS))) ||
          ownerNouns(k));
      // "с руководством Татарстана", "для представителей Гродно", "у аграриев Брянской области":
      // those who act for a place, or a group from it, stand for it, so the preposition governs the place;
      // "для нужд Омской области" is for the place itself. A group already placed by its adjective
      // ("для омских аграриев МАЗ …") has no place after it: the name starts a new phrase.
      // "для лесозаготовителей Приморья": a plural agent noun in «-тель» names people who do something, a group.
      const doers = this.parse(k).some((p) => p.pos === 'NOUN' && p.number === 'plur' && /тель$/u.test(p.lemma));
      const forThem =
        k === i - 1 &&
        (this.hasLemma(k, REPRESENTATIVE_NOUNS) || this.hasLemma(k, GROUP_NOUNS) || this.hasLemma(k, NEEDS) || doers) &&
        !this.mentions.some((m) => m.kind === 'adjective' && m.end === k);
      if (!['ADJF', 'PRTF', 'NUMR'].includes(first) && !companyNoun && !forThem && !['и', 'а'].includes(w))
        return undefined;
    }
    return undefined;
  }
  /**
   * "Для калужских предприятий МАЗ поставит …": a name after a plural company noun and right before
   * a finite verb is that verb's subject, not the noun's genitive ("для заводов БелАЗ").
   */
  subjectOfVerb(first: number, end: number): boolean {
    const noun = OPEN_QUOTES.has(this.tok(first - 1)?.text ?? '') ? first - 2 : first - 1;
    const plural = this.parse(noun).every((p) => p.pos !== 'NOUN' || p.number === 'plur');
    // "На предприятиях Омской области работают …": a name that cannot be nominative is the noun's genitive.
    const word = OPEN_QUOTES.has(this.tok(first)?.text ?? '') ? first + 1 : first;
    const nominative = this.parse(word).some((p) => p.case === undefined || p.case === 'nomn');
    return this.hasLemma(noun, ENTERPRISE_NOUNS) && plural && nominative && this.firstPos(end) === 'VERB';
  }
  /**
   * The preposition of the noun right before the dash at `dash`, when that noun shares a case with
   * the company noun at `noun` that follows the dash: the two name one thing.
   */
  appositionPrep(dash: number, noun: number): string | undefined {
    if (![ENTERPRISE_NOUNS, CITY_NOUNS, REGION_NOUNS].some((l) => this.hasLemma(noun, l))) return undefined;
    const cases = new Set(this.parse(noun).map((p) => p.case));
    const renamed = dash - 1;
    if (!isWord(this.tok(renamed)) || !this.parse(renamed).some((p) => p.pos === 'NOUN' && cases.has(p.case)))
      return undefined;
    return this.prepBefore(renamed);
  }
  /**
   * "сиденья для тракторов МТЗ", "для комбайнов «Гомсельмаш»": a company named right after
   * the genitive noun of «для» names the maker of those goods, which the goods are for;
   * the preposition governs the company too, and the next conjunct's.
   */
  madeFor(entity: EntityDraft, i: number): string | undefined {
    if (entity.type !== 'Enterprise') return undefined;
    const at = OPEN_QUOTES.has(this.tok(i - 1)?.text ?? '') ? i - 2 : i - 1;
    const noun = this.tok(at);
    const before = this.tok(at - 1)?.text.toLowerCase();
    // "для тракторов МТЗ и комбайнов «Гомсельмаш»": the next conjunct shares «для».
    const conjunct =
      (before === 'и' || before === ',') && this.mentions.some((m) => m.end === at - 1 && m.prep === 'для');
    if (!isWord(noun) || noun.text !== noun.text.toLowerCase() || (before !== 'для' && !conjunct)) return undefined;
    const goods = this.parse(at).some(
      (p) => p.pos === 'NOUN' && p.case === 'gent' && !PERSON_TITLES.has(p.lemma) && !GROUP_NOUNS.has(p.lemma),
    );
    return goods ? 'для' : undefined;
  }
  text(first: number, end: number): string {
    const a = this.tok(first);
    const b = this.tok(end - 1);
    if (!a || !b) return '';
    return this.sentence.text.slice(a.start - this.sentence.start, b.end - this.sentence.start);
  }
  words(first: number, end: number): string[] {
    return this.sentence.tokens.slice(first, end).map((t) => t.text);
  }
  isUsed(i: number): boolean {
    return this.used[i] === true;
  }
  markUsed(first: number, end: number): void {
    for (let k = first; k < end; k++) this.used[k] = true;
  }

  add(
    entity: EntityDraft,
    first: number,
    end: number,
    kind: MentionKind,
    extra: { governs?: string; group?: true; consume?: boolean; compound?: true; prep?: string } = {},
  ): MentionRef {
    const a = this.tok(first);
    const b = this.tok(end - 1);
    if (a && b) entity.mentions.push({ text: this.text(first, end), start: a.start, end: b.end });
    if (kind === 'name' || kind === 'surname') entity.named = true;
    // "Минского моторного завода": a known company named by an alias with a company noun is
    // introduced with that noun here, as "завод «X»" would introduce it.
    if (kind === 'name' && entity.ref && entity.type === 'Enterprise')
      for (let k = first; k < end; k++)
        if (this.hasLemma(k, ENTERPRISE_NOUNS)) entity.kinds = new Set([...(entity.kinds ?? []), this.lemma(k)]);
    const ref: MentionRef = {
      entity,
      sentence: this.sentence.index,
      first,
      end,
      kind,
      prep:
        extra.prep ??
        (kind === 'name' && this.subjectOfVerb(first, end) ? undefined : this.prepBefore(first)) ??
        this.madeFor(entity, first),
      ...(extra.governs ? { governs: extra.governs } : {}),
      ...(extra.group ? { group: true as const } : {}),
      ...(extra.compound ? { compound: true as const } : {}),
      ...(inExampleList(this.sentence.tokens, first) ? { example: true as const } : {}),
      ...(kind === 'name' && this.visitedObject(entity, first) ? { visited: true as const } : {}),
    };
    this.mentions.push(ref);
    this.scan.order.push(ref);
    if (extra.consume !== false) this.markUsed(first, end);
    return ref;
  }

  /**
   * "посетили ПАО «X» и агрохолдинг «Y»": a company or body with no preposition after a visitors'
   * verb of its clause (past a list of other objects) is the place visited.
   */
  private visitedObject(entity: EntityDraft, first: number): boolean {
    if ((entity.type !== 'Enterprise' && entity.type !== 'Organization') || this.prepBefore(first)) return false;
    for (let k = first - 1; k >= 0 && k >= first - 16; k--) {
      const w = this.tok(k)?.text.toLowerCase() ?? '';
      if (/^[.;:!?()—–]$/u.test(w) || CLAUSE_WORDS.has(w) || PREPOSITIONS.has(w) || this.hasLemma(k, RELATIVE))
        return false;
      if (this.hasLemma(k, GUEST_VERBS)) return true;
    }
    return false;
  }

  relation(
    type: RelationType,
    source: EntityDraft,
    target: EntityDraft,
    confidence: number,
    attributes?: Record<string, string | number>,
  ): void {
    if (source === target) return;
    this.scan.found.push({
      type,
      source,
      target,
      sentence: this.sentence.index,
      confidence,
      ...(attributes ? { attributes } : {}),
    });
  }

  /** The most recent earlier mention (this sentence first, then the article) that passes `accept`. */
  recent(accept: (e: EntityDraft) => boolean): EntityDraft | undefined {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m && accept(m.entity)) return m.entity;
    }
    for (let k = this.scan.order.length - 1; k >= 0; k--) {
      const m = this.scan.order[k];
      if (m && m.sentence < this.sentence.index && accept(m.entity)) return m.entity;
    }
    return undefined;
  }

  gazetteer(i: number): GazetteerMatch | undefined {
    if (this.isUsed(i)) return undefined;
    const m = this.scan.res.gazetteer.match(this.sentence.tokens, i);
    if (!m) return undefined;
    for (let k = m.start; k < m.end; k++) if (this.isUsed(k)) return undefined;
    // "Кировский завод «Маяк»": a known company named by a place adjective and a company noun,
    // right before a quoted name, describes the quoted company (a plant in Киров), not itself.
    const described =
      m.kind === 'name' &&
      m.entry.type === 'Enterprise' &&
      m.end - m.start === 2 &&
      this.isPos(m.start, 'ADJF') &&
      this.hasLemma(m.start + 1, ENTERPRISE_NOUNS) &&
      OPEN_QUOTES.has(this.tok(m.end)?.text ?? '');
    return described ? undefined : m;
  }

  /** Whether the word at `i` is a broad area's adjective ("Уральский"; see `isAreaAdjective`). */
  isAreaAdjective(i: number): boolean {
    return isAreaAdjective(this.tok(i)?.text ?? '', this.scan.res.morph);
  }
  /** The town the reference lists under this one-word name ("Усть-Каменогорск"), if any. */
  referenceTown(name: string): ReferenceEntry | undefined {
    const m = this.scan.res.gazetteer.match(tokenize(name), 0);
    return m?.kind === 'name' && m.entry.type === 'City' && m.end === 1 ? m.entry : undefined;
  }
  /** Whether the -ский adjective at `i` is formed from a town the dictionary or the reference knows. */
  isTownAdjective(i: number): boolean {
    return isToponymicAdjective(this.tok(i)?.text ?? '', this.scan.res.morph, (name) => !!this.referenceTown(name));
  }

  /** A quoted name the article introduces with its noun somewhere (see `collectQuotedNames`). */
  introducedName(key: string): IntroducedName | undefined {
    return this.scan.quoted.get(key);
  }
  refDraft(entry: ReferenceEntry): EntityDraft {
    return draftFor(this.scan, entry.type, entry.name, entry);
  }
  /** The draft the article already has under this id, if any. */
  scanEntity(id: string): EntityDraft | undefined {
    return this.scan.entities.get(id);
  }
  draft(type: EntityType, name: string): EntityDraft {
    return draftFor(this.scan, type, type === 'Organization' ? this.organizationName(name) : name);
  }

  /**
   * A body's name with a generic genitive at its end ("Министерство сельского хозяйства региона")
   * made specific: the generic noun refers back to the place named before, whose name goes in
   * its place in the genitive ("… Ростовской области").
   */
  organizationName(name: string): string {
    const words = name.split(' ');
    const last = words.at(-1) ?? '';
    const before = words.at(-2) ?? '';
    if (words.length < 2 || /^\p{Lu}/u.test(last)) return name;
    const generic = this.scan.res.morph
      .parse(last)
      .find((p) => p.case === 'gent' && p.pos === 'NOUN' && GENERIC_PLACE_NOUNS.has(p.lemma));
    if (!generic || this.scan.res.morph.parse(before).some((p) => p.pos === 'ADJF' && p.case === 'gent')) return name;
    const place = this.genericPlace(generic.lemma);
    if (!place) return name;
    return [...words.slice(0, -1), genitivePhrase(this, place.name)].join(' ');
  }

  /** The place named before that a generic place noun ("область", "республика", "страна") refers to. */
  genericPlace(lemma: string): EntityDraft | undefined {
    const types = lemma === 'страна' ? ['Country'] : lemma === 'республика' ? ['Region', 'Country'] : ['Region'];
    return this.recent((e) => types.includes(e.type) && e.named);
  }

  /** The place already mentioned whose name has these initials ("КР" → Кыргызская Республика). */
  byInitials(abbr: string): EntityDraft | undefined {
    for (let k = this.scan.order.length - 1; k >= 0; k--) {
      const e = this.scan.order[k]?.entity;
      if (!e || (e.type !== 'Country' && e.type !== 'Region')) continue;
      const names = [e.name, ...(e.ref?.aliases ?? [])];
      if (names.some((n) => n.includes(' ') && initials(n) === abbr)) return e;
    }
    return undefined;
  }
  /** Every mention so far, in text order. */
  scanOrder(): readonly MentionRef[] {
    return this.scan.order;
  }
  get persons(): Map<string, EntityDraft> {
    return this.scan.persons;
  }
  get res(): ExtractionResources {
    return this.scan.res;
  }
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** A place name in the genitive: words up to the first noun are inflected ("Ростовская область" → "Ростовской области"). */
export function genitivePhrase(s: SentenceScanner, name: string): string {
  const out: string[] = [];
  let done = false;
  for (const word of name.split(' ')) {
    if (done) {
      out.push(word);
      continue;
    }
    const parses = s.res.morph.parse(word);
    const p = parses.find((x) => x.case === 'nomn' && (x.pos === 'NOUN' || x.pos === 'ADJF')) ?? parses[0];
    const form =
      p?.pos === 'ADJF'
        ? p.inflect({ CAse: 'gent', NMbr: p.number ?? 'sing', GNdr: p.gender ?? 'masc' })
        : p?.inflect({ CAse: 'gent' });
    out.push(form ? matchCase(word, form) : word);
    if (!p || p.pos === 'NOUN') done = true;
  }
  return out.join(' ');
}

export function closingQuote(s: SentenceScanner, i: number): number | undefined {
  let first: number | undefined;
  let depth = 0;
  // Guillemets nest ("ОАО «Минский завод «Термопласт»»"), also with the inner marks of Russian
  // typesetting ("«Гомельский завод „Коммунальник“»"); straight quotes cannot say.
  const nests = s.tok(i)?.text === '«';
  for (let k = i + 1; k < s.sentence.tokens.length && k <= i + 12; k++) {
    const t = s.tok(k)?.text ?? '';
    if (nests && (t === '«' || t === '„')) depth++;
    else if (CLOSE_QUOTES.has(t)) {
      first ??= k;
      if (depth === 0) return k;
      depth--;
    }
  }
  // "«Минский завод «Термопласт»": typesetters often drop the outer closing mark.
  return first;
}

/** Adjectives right before token `head` (walking back), as a start index. */
export function adjectivesBefore(s: SentenceScanner, head: number, max = 3): number {
  let k = head;
  while (k - 1 >= 0 && head - (k - 1) <= max && isWord(s.tok(k - 1)) && s.isPos(k - 1, 'ADJF', 'PRTF')) {
    const w = s.tok(k - 1)?.text ?? '';
    if (PREPOSITIONS.has(w.toLowerCase())) break;
    // "раис республики": a title noun the dictionary also guesses as an adjective heads its own phrase.
    if (s.hasLemma(k - 1, HEAD_TITLES) && s.isPos(k - 1, 'NOUN')) break;
    // "в Приамурье сборочного производства": a place's name already read is no adjective, whatever else it may parse as.
    if (
      s.mentions.some((m) => m.kind === 'name' && PLACE_TYPES.has(m.entity.type) && m.first <= k - 1 && k - 1 < m.end)
    )
      break;
    k--;
  }
  return k;
}

/**
 * "руководители предприятий, в том числе ОАО «Альфа» и ЗАО «Бета»": the mention starting at
 * `first` is a member of a list of examples that an example phrase opens, past the list's
 * names, quotes, legal forms, commas and «и», never past other punctuation.
 */
function inExampleList(tokens: readonly Token[], first: number): boolean {
  return exampleListStart(tokens, first) !== undefined;
}

/**
 * Where the example phrase before the mention at `first` begins, if the mention is in a list of
 * examples (see `inExampleList`). A preposition right after the phrase repeats the class's own
 * ("на псковские предприятия, в том числе на завод «X»"); any other starts a phrase of its own
 * ("в том числе за счёт поставок в Беларусь").
 */
export function exampleListStart(tokens: readonly { text: string }[], first: number): number | undefined {
  const wordAt = (k: number) => tokens[k]?.text.toLowerCase();
  for (let end = first; end > 0 && end > first - 16; end--) {
    const phrase = examplePhraseBefore(wordAt, end);
    if (phrase) return end - phrase.length;
    const t = wordAt(end - 1) ?? '';
    if (/^[.;:!?()—–-]$/u.test(t)) return undefined;
    if (PREPOSITIONS.has(t) && !repeatsClassPreposition(wordAt, end - 1)) return undefined;
  }
  return undefined;
}

/** The preposition at `k` follows an example phrase and repeats one of the class phrase before its comma. */
function repeatsClassPreposition(wordAt: (k: number) => string | undefined, k: number): boolean {
  const phrase = examplePhraseBefore(wordAt, k);
  if (!phrase) return false;
  const comma = k - phrase.length - 1;
  const base = (w: string | undefined) => (w === 'во' ? 'в' : w === 'со' ? 'с' : w === 'обо' ? 'о' : w);
  if (wordAt(comma) !== ',') return false;
  for (let j = comma - 1; j >= 0 && j >= comma - 6; j--) if (base(wordAt(j)) === base(wordAt(k))) return true;
  return false;
}

/** The example phrase («в том числе», «включая» …) that ends right before token `end`, if any. */
export function examplePhraseBefore(
  wordAt: (k: number) => string | undefined,
  end: number,
): readonly string[] | undefined {
  return EXAMPLE_PHRASES.find((words) => words.every((w, j) => wordAt(end - words.length + j) === w));
}
