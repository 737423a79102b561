/**
 * Finds entity mentions in sentences: reference names and adjectives, quoted
 * company names, organisations (ministries, governments, executive
 * committees), people, projects, abbreviations, unknown towns, and the
 * generic phrases and titles that refer back to them (coreference).
 * Input: sentences + resources; output: an `ArticleAnalysis` without relations.
 */
import type { ReferenceEntry } from '../schema/reference.ts';
import type { EntityType, RelationType } from '../schema/types.ts';
import { foldWord, type GazetteerMatch } from './gazetteer.ts';
import {
  DOCUMENT_TAILS,
  ENTERPRISE_HEADS,
  ENTERPRISE_NOUNS,
  HEAD_TITLES,
  LEGAL_FORMS,
  NON_ENTERPRISE_ABBREVIATIONS,
  NON_HEAD_TITLES,
  ORGANIZATION_NOUNS,
  PERSON_TITLES,
  PROJECT_HEADS,
  PROJECT_QUALIFIERS,
  QUALIFIED_PROJECT_HEADS,
} from './lexicon.ts';
import type { WordParse } from './morphology.ts';
import { entityIdFor, matchCase, nominativePhrase, personName, surnameNominative } from './names.ts';
import { type Sentence, type Token, tokenize } from './tokens.ts';
import type {
  ArticleAnalysis,
  EntityDraft,
  ExtractionResources,
  FoundRelation,
  MentionKind,
  MentionRef,
} from './types.ts';

const OPEN_QUOTES = new Set(['«', '"', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '"', '”', '“']);
const PREPOSITIONS = new Set([
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
/** Short ministry names and their full form, so "Минсельхоз Башкирии" and "министр сельского хозяйства Башкирии" meet. */
const MINISTRY_ABBREVIATIONS: Record<string, string> = {
  Минсельхоз: 'Министерство сельского хозяйства',
  Минсельхозпрод: 'Министерство сельского хозяйства и продовольствия',
  Минпромторг: 'Министерство промышленности и торговли',
  Минпром: 'Министерство промышленности',
  Минэкономразвития: 'Министерство экономического развития',
  Минэкономики: 'Министерство экономики',
  Минтранс: 'Министерство транспорта',
  Минздрав: 'Министерство здравоохранения',
  Минприроды: 'Министерство природных ресурсов',
  Минобрнауки: 'Министерство науки и высшего образования',
  Минобразования: 'Министерство образования',
  Минстрой: 'Министерство строительства',
  Минфин: 'Министерство финансов',
  Минэнерго: 'Министерство энергетики',
  Минкультуры: 'Министерство культуры',
  Минспорт: 'Министерство спорта',
  Минтруда: 'Министерство труда',
  МИД: 'Министерство иностранных дел',
};
const EXECUTIVE_COMMITTEES: Record<string, string> = {
  областной: 'облисполком',
  городской: 'горисполком',
  районный: 'райисполком',
};
/** Noun lemmas that mark a following proper name as a city or a first-level region. */
const TITLE_PLACE_NOUNS = new Set([
  'область',
  'край',
  'регион',
  'республика',
  'правительство',
  'страна',
  'государство',
]);
const OFFICE_NOUNS = new Set(['пресс-служба', 'портал', 'сайт', 'аппарат', 'председатель']);
const CITY_NOUNS = new Set(['город', 'г', 'посёлок', 'поселок', 'село', 'деревня']);
const REGION_NOUNS = new Set(['провинция', 'штат', 'префектура', 'земля', 'кантон', 'воеводство']);
const DATELINE_RE =
  /^[\p{Lu}][\p{Lu}\p{Ll}\- ]{1,40},\s+\d{1,2}\s+[\p{L}.]+\s*(\d{4}\s*)?[-–—]\s*[^.\n]{1,40}\.|^\d{1,2}\s+[\p{L}]+,\s+[\p{L}\- ]+\s+\/[^/\n]+\/\.?|^[\p{Lu}][\p{L}\- .]{1,40}\.\s+\d{1,2}\s+[\p{L}]+\.\s+[\p{Lu}\- ]{3,40}\s+[-–—]/u;

/** The span of a dateline ("МИНСК, 4 апр - Sputnik."), which names the agency, not an entity. */
export function datelineEnd(sentenceText: string): number {
  const m = DATELINE_RE.exec(sentenceText);
  return m ? m[0].length : 0;
}

interface Scan {
  readonly res: ExtractionResources;
  readonly entities: Map<string, EntityDraft>;
  readonly persons: Map<string, EntityDraft>;
  readonly order: MentionRef[];
  readonly found: FoundRelation[];
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}
function isCapital(t: Token | undefined): t is Token {
  return isWord(t) && /^\p{Lu}/u.test(t.text);
}
function isAllCaps(t: Token | undefined): boolean {
  return isWord(t) && t.text.length >= 2 && /^[\p{Lu}\d-]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);
}

function draftFor(scan: Scan, type: EntityType, name: string, ref?: ReferenceEntry): EntityDraft {
  const id = ref?.id ?? entityIdFor(type, name);
  let draft = scan.entities.get(id);
  if (!draft) {
    draft = { id, type, name: ref?.name ?? name, ref, aliases: new Set(), mentions: [], named: false };
    scan.entities.set(id, draft);
  }
  return draft;
}

export class SentenceScanner {
  readonly mentions: MentionRef[] = [];
  private readonly used: boolean[];
  private readonly parses = new Map<number, readonly WordParse[]>();

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
  lemma(i: number): string {
    const t = this.tok(i);
    if (!t) return '';
    if (t.kind !== 'word') return t.text;
    return foldWord(this.parse(i)[0]?.lemma ?? t.text);
  }
  hasLemma(i: number, set: ReadonlySet<string>): boolean {
    const t = this.tok(i);
    if (!isWord(t)) return false;
    if (set.has(foldWord(t.text))) return true;
    return this.parse(i).some((p) => set.has(foldWord(p.lemma)));
  }
  isPos(i: number, ...pos: string[]): boolean {
    return this.parse(i).some((p) => pos.includes(p.pos));
  }
  firstPos(i: number): string {
    return this.parse(i)[0]?.pos ?? (this.tok(i)?.kind === 'number' ? 'NUMB' : 'PNCT');
  }
  prepBefore(i: number): string | undefined {
    // Skip adjectives between the preposition and the noun ("в этот российский регион").
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const t = this.tok(k);
      if (!isWord(t)) return undefined;
      const w = t.text.toLowerCase();
      if (PREPOSITIONS.has(w)) return w === 'во' ? 'в' : w === 'со' ? 'с' : w;
      const first = this.firstPos(k);
      // "для заводов БелАЗ": a company noun before the name does not hide the preposition.
      // "в городе Щучин" too: the place noun does not hide it either.
      const companyNoun = k === i - 1 && (this.hasLemma(k, ENTERPRISE_NOUNS) || this.hasLemma(k, CITY_NOUNS));
      if (!['ADJF', 'PRTF', 'NUMR'].includes(first) && !companyNoun && !['и', 'а'].includes(w)) return undefined;
    }
    return undefined;
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
    extra: { governs?: string; consume?: boolean } = {},
  ): MentionRef {
    const a = this.tok(first);
    const b = this.tok(end - 1);
    if (a && b) entity.mentions.push({ text: this.text(first, end), start: a.start, end: b.end });
    if (kind === 'name' || kind === 'surname') entity.named = true;
    const ref: MentionRef = {
      entity,
      sentence: this.sentence.index,
      first,
      end,
      kind,
      prep: this.prepBefore(first),
      ...(extra.governs ? { governs: extra.governs } : {}),
    };
    this.mentions.push(ref);
    this.scan.order.push(ref);
    if (extra.consume !== false) this.markUsed(first, end);
    return ref;
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
    return m;
  }

  refDraft(entry: ReferenceEntry): EntityDraft {
    return draftFor(this.scan, entry.type, entry.name, entry);
  }
  draft(type: EntityType, name: string): EntityDraft {
    return draftFor(this.scan, type, name);
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

// ---------------------------------------------------------------- people

interface PersonMatch {
  readonly end: number;
  readonly name: string;
  readonly surnameKey: string;
}

function looksLikeSurname(s: SentenceScanner, i: number): boolean {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t)) return false;
  if (s.hasLemma(i, PERSON_TITLES)) return false;
  const g = s.res.gazetteer.match(s.sentence.tokens, i);
  if (g && g.kind === 'name') return false;
  return true;
}

/** "Имя [Отчество] Фамилия" starting at token i. */
export function matchFullName(s: SentenceScanner, i: number): PersonMatch | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i)) return undefined;
  if (t.text.length < 2) return undefined;
  const name = s.parse(i).find((p) => p.tags.has('Name'));
  if (!name) return undefined;
  // "провинций Мазандаран и Гилян": names of places after a place noun, not people.
  const placeNoun = (k: number) => CITY_NOUNS.has(s.lemma(k)) || REGION_NOUNS.has(s.lemma(k));
  if (placeNoun(i - 1) || (s.tok(i - 1)?.text === 'и' && isCapital(s.tok(i - 2)) && placeNoun(i - 3))) return undefined;
  let k = i + 1;
  const middle: string[] = [];
  if (isCapital(s.tok(k)) && s.parse(k).some((p) => p.tags.has('Patr'))) k++;
  else if (isCapital(s.tok(k)) && s.parse(k).some((p) => p.tags.has('Name')) && looksLikeSurname(s, k + 1)) {
    middle.push(s.tok(k)?.text ?? '');
    k++;
  }
  if (!looksLikeSurname(s, k) || s.isUsed(k)) return undefined;
  const surname = s.tok(k)?.text ?? '';
  let titleCase: string | undefined;
  for (let b = i - 1; b >= 0 && b >= i - 4; b--) {
    if (s.hasLemma(b, PERSON_TITLES)) {
      titleCase = s.parse(b).find((p) => p.pos === 'NOUN')?.case;
      break;
    }
  }
  const full = personName(s.res.morph, t.text, surname, titleCase);
  const [firstForm, surForm] = [full.slice(0, full.indexOf(' ')), full.slice(full.indexOf(' ') + 1)];
  const middleForms = middle.map((m) => {
    const p = s.res.morph.parse(m).find((x) => x.tags.has('Name'));
    const f = p?.inflect({ CAse: 'nomn', NMbr: 'sing' });
    return f ? matchCase(m, f) : m;
  });
  return {
    end: k + 1,
    name: [firstForm, ...middleForms, surForm].join(' '),
    surnameKey: foldWord(surForm),
  };
}

/** Registers every full name in the article, so surname-only mentions anywhere can find them. */
function collectPersons(scan: Scan, sentences: readonly Sentence[], blocked: readonly [number, number]): void {
  for (const sentence of sentences) {
    const s = new SentenceScanner(scan, sentence, blocked);
    for (let i = 0; i < sentence.tokens.length; i++) {
      const m = matchFullName(s, i);
      if (!m) continue;
      if (!scan.persons.has(m.surnameKey)) {
        const d = draftFor(scan, 'Person', m.name);
        d.surnameKey = m.surnameKey;
        scan.persons.set(m.surnameKey, d);
      }
      i = m.end - 1;
    }
  }
}

function surnameKeys(s: SentenceScanner, i: number): string[] {
  const t = s.tok(i);
  if (!t) return [];
  return [
    foldWord(t.text),
    foldWord(surnameNominative(s.res.morph, t.text)),
    ...s.res.morph.lemmas(t.text).map(foldWord),
  ];
}

/** A title right before a person ("губернатор Калужской области Владислав Шапша"): role, and what it heads. */
function readTitle(s: SentenceScanner, personFirst: number, person: EntityDraft): void {
  const before = s.mentions.filter((m) => m.end <= personFirst && m.end >= personFirst - 8);
  for (let k = personFirst - 1; k >= Math.max(0, personFirst - 9); k--) {
    const t = s.tok(k);
    if (!t) break;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '«' && t.text !== '»' && t.text !== '"') break;
    if (!s.hasLemma(k, HEAD_TITLES) && !s.hasLemma(k, NON_HEAD_TITLES)) continue;
    const nonHead =
      s.hasLemma(k, NON_HEAD_TITLES) ||
      (k > 0 && s.hasLemma(k - 1, NON_HEAD_TITLES)) ||
      (k > 1 && s.hasLemma(k - 2, NON_HEAD_TITLES) && s.isPos(k - 1, 'ADJF')) ||
      /^(зам|вице)/u.test(t.text.toLowerCase());
    // "глава белорусского правительства" heads Беларусь; "глава Псковского района" heads no entity here.
    const modifiers = before.filter(
      (m) => m.first > k && (m.kind !== 'adjective' || TITLE_PLACE_NOUNS.has(m.governs ?? '')),
    );
    const adjBefore = before.find((m) => m.kind === 'adjective' && m.end === k);
    const titleLemma = s.lemma(k);
    let headed = modifiers.find((m) => m.kind !== 'adjective' || m.first > k)?.entity ?? adjBefore?.entity;
    for (const m of modifiers) m.titleOf = person;
    if (adjBefore) adjBefore.titleOf = person;
    person.title ??= titleLemma;
    person.role ??= s.text(adjBefore ? adjBefore.first : k, personFirst);
    if (nonHead) return;
    // "министр сельского хозяйства Башкирии Ильшат Фазрахманов" heads the ministry, not the region.
    if (titleLemma === 'министр' && personFirst > k + 1) {
      const ministry = s.draft('Organization', `Министерство ${s.text(k + 1, personFirst)}`);
      s.add(ministry, k + 1, personFirst, 'name', { consume: false }).titleOf = person;
      headed = ministry;
    }
    if (!headed && titleLemma === 'губернатор') headed = s.recent((e) => e.type === 'Region');
    if (!headed && (titleLemma === 'президент' || titleLemma === 'премьер-министр')) {
      headed = s.recent((e) => e.type === 'Country');
    }
    if (!headed) return;
    if (headed.type === 'Person' || headed.type === 'Project') return;
    person.headOf ??= headed;
    s.relation('HEADS', person, headed, 0.85, { role: person.role ?? titleLemma });
    return;
  }
}

function scanPerson(s: SentenceScanner, i: number): number | undefined {
  const full = matchFullName(s, i);
  if (full) {
    const d = s.persons.get(full.surnameKey) ?? s.draft('Person', full.name);
    s.add(d, i, full.end, 'name');
    readTitle(s, i, d);
    return full.end;
  }
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i)) return undefined;
  for (const key of surnameKeys(s, i)) {
    const d = s.persons.get(key);
    if (d) {
      s.add(d, i, i + 1, 'surname');
      readTitle(s, i, d);
      return i + 1;
    }
  }
  const first = s.parse(i)[0];
  if (first?.tags.has('Surn') && first.score >= 0.3 && !s.res.gazetteer.match(s.sentence.tokens, i)) {
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

// ---------------------------------------------------------------- names in quotes

function closingQuote(s: SentenceScanner, i: number): number | undefined {
  for (let k = i + 1; k < s.sentence.tokens.length && k <= i + 10; k++) {
    const t = s.tok(k);
    if (t && CLOSE_QUOTES.has(t.text)) return k;
  }
  return undefined;
}

/** Adjectives right before token `head` (walking back), as a start index. */
function adjectivesBefore(s: SentenceScanner, head: number, max = 3): number {
  let k = head;
  while (k - 1 >= 0 && head - (k - 1) <= max && isWord(s.tok(k - 1)) && s.isPos(k - 1, 'ADJF', 'PRTF')) {
    const w = s.tok(k - 1)?.text ?? '';
    if (PREPOSITIONS.has(w.toLowerCase())) break;
    k--;
  }
  return k;
}

function cleanCompanyName(name: string): string {
  return name.replace(LEGAL_FORMS, '').replace(/\s+/g, ' ').trim();
}

function scanQuoted(s: SentenceScanner, i: number): number | undefined {
  const open = s.tok(i);
  if (!open || !OPEN_QUOTES.has(open.text) || s.isUsed(i)) return undefined;
  const close = closingQuote(s, i);
  if (close === undefined || close === i + 1) return undefined;
  const inner = s.text(i + 1, close).trim();
  if (!/^[\p{Lu}\d]/u.test(inner)) return undefined;
  const noun = i - 1;
  // "ООО «Праймилк»", "открытого акционерного общества «Могилёвлифтмаш»", "компания «Меркатор»"
  const prev = s.tok(noun);
  let type: EntityType | undefined;
  const listed =
    prev &&
    (prev.text === ',' || prev.text === 'и') &&
    s.tok(noun - 1) &&
    CLOSE_QUOTES.has(s.tok(noun - 1)?.text ?? '');
  if (listed) {
    const earlier = s.mentions[s.mentions.length - 1];
    if (earlier && earlier.end === noun && earlier.entity.type === 'Enterprise') type = 'Enterprise';
  } else if (isAllCaps(prev) && LEGAL_FORMS.test(`${prev?.text ?? ''} `)) {
    type = 'Enterprise';
  } else if (s.hasLemma(noun, PROJECT_HEADS) && !s.hasLemma(noun, new Set(['предприятие', 'завод', 'центр']))) {
    type = 'Project';
  } else if (s.hasLemma(noun, ENTERPRISE_NOUNS)) {
    type = 'Enterprise';
  } else if (s.hasLemma(noun, ORGANIZATION_NOUNS)) {
    type = 'Organization';
  }
  if (!type) return undefined;
  if (type === 'Project') {
    const first = adjectivesBefore(s, noun);
    const phrase = `${nominativePhrase(s.res.morph, s.words(first, noun + 1))} ${inner}`;
    const d = mergeProject(s, phrase, s.lemma(noun));
    // A quoted name is the project's proper name.
    if (d.name !== phrase) {
      d.aliases.add(d.name);
      d.name = phrase;
    }
    s.add(d, first, close + 1, 'name', { consume: false });
    s.markUsed(first, noun + 1);
    s.markUsed(i, i + 1);
    s.markUsed(close, close + 1);
    return undefined;
  }
  const name = cleanCompanyName(inner);
  const known = s.res.gazetteer.match(s.sentence.tokens, i + 1);
  const d = known && known.end === close && known.kind === 'name' ? s.refDraft(known.entry) : s.draft(type, name);
  const nounFirst = listed ? i : noun;
  s.add(d, i, close + 1, 'name');
  if (!listed) s.markUsed(nounFirst, i);
  // "калужская компания «Меркатор»", "белорусскому холдингу «Амкодор»": the place adjective locates it.
  const adj = listed ? undefined : s.mentions.find((m) => m.kind === 'adjective' && m.end >= noun - 2 && m.end <= noun);
  if (adj && ['Country', 'Region', 'City'].includes(adj.entity.type)) s.relation('LOCATED_IN', d, adj.entity, 0.8);
  return close + 1;
}

// ---------------------------------------------------------------- organisations

/** Genitive dependents after token `from`: "дорожного хозяйства и транспорта Ставропольского края". */
function genitiveTail(s: SentenceScanner, from: number, max = 8): number {
  let k = from;
  let last = from;
  while (k < s.sentence.tokens.length && k - from < max) {
    const t = s.tok(k);
    if (!isWord(t)) break;
    if (t.text === 'и' && k > from) {
      if (isCapital(s.tok(k + 1))) break;
      k++;
      continue;
    }
    if (matchFullName(s, k)) break;
    const known = s.res.gazetteer.match(s.sentence.tokens, k);
    if (known && known.kind === 'name') {
      k = known.end;
      last = k;
      continue;
    }
    if (
      !s.parse(k).some((p) => p.case === 'gent' && ['NOUN', 'ADJF', 'PRTF'].includes(p.pos)) &&
      !s.parse(k).some((p) => p.tags.has('Fixd'))
    )
      break;
    k++;
    last = k;
  }
  return last;
}

function scanOrganization(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i)) return undefined;
  const lemma = s.lemma(i);
  if (
    lemma === 'министерство' ||
    (lemma === 'консульство' && s.lemma(i - 1) === 'генеральный') ||
    lemma === 'посольство' ||
    lemma === 'правительство'
  ) {
    const first = lemma === 'консульство' ? i - 1 : i;
    // "заместитель председателя правительства …", "пресс-служба правительства …" name a person or an office, not a party.
    let back = first - 1;
    while (back >= 0 && s.isPos(back, 'ADJF') && !isCapital(s.tok(back))) back--;
    if (s.hasLemma(back, PERSON_TITLES) || s.hasLemma(back, OFFICE_NOUNS)) return undefined;
    const end = genitiveTail(s, i + 1);
    if (end === i + 1) return undefined;
    if (lemma === 'правительство' && !s.res.gazetteer.match(s.sentence.tokens, i + 1)) return undefined;
    const headWords = nominativePhrase(s.res.morph, s.words(first, i + 1));
    const name = `${headWords.charAt(0).toUpperCase()}${headWords.slice(1)} ${s.text(i + 1, end)}`;
    const d = s.draft('Organization', name);
    // A government or ministry acts for the place it belongs to.
    const seat = s.res.gazetteer.match(s.sentence.tokens, i + 1) ?? s.res.gazetteer.match(s.sentence.tokens, end - 1);
    if (seat && seat.kind === 'name' && seat.entry.type !== 'Organization') d.place ??= s.refDraft(seat.entry);
    s.add(d, first, end, 'name', { consume: false });
    s.markUsed(first, i + 1);
    return i + 1;
  }
  const ministry = MINISTRY_ABBREVIATIONS[t.text.replace(/[аеуыом]+$/u, '')] ?? MINISTRY_ABBREVIATIONS[t.text];
  if (ministry) {
    const g = s.res.gazetteer.match(s.sentence.tokens, i + 1);
    const end = g && g.kind === 'name' ? g.end : i + 1;
    const d = s.draft('Organization', end > i + 1 ? `${ministry} ${s.text(i + 1, end)}` : ministry);
    d.aliases.add(s.text(i, end));
    s.add(d, i, end, 'name', { consume: false });
    s.markUsed(i, i + 1);
    return i + 1;
  }
  // "Минского областного исполнительного комитета", "Минском облисполкоме"
  if (s.isPos(i, 'ADJF') && isCapital(t)) {
    let k = i + 1;
    let kind: string | undefined;
    const l1 = s.lemma(k);
    if (
      EXECUTIVE_COMMITTEES[l1] &&
      (s.lemma(k + 1) === 'исполком' || (s.lemma(k + 1) === 'исполнительный' && s.lemma(k + 2) === 'комитет'))
    ) {
      kind = EXECUTIVE_COMMITTEES[l1];
      k += s.lemma(k + 1) === 'исполком' ? 2 : 3;
    } else if (['облисполком', 'горисполком', 'райисполком'].includes(l1)) {
      kind = l1;
      k += 1;
    }
    if (!kind) return undefined;
    const adj = s.parse(i).find((p) => p.pos === 'ADJF');
    const form = adj?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: 'masc' }) ?? t.text.toLowerCase();
    const d = s.draft('Organization', `${matchCase(t.text, form)} ${kind}`);
    // The committee governs the region of the same adjective ("Минский облисполком" → Минская область).
    if (kind === 'облисполком') {
      const feminine = adj?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: 'femn' });
      const region = feminine
        ? s.res.gazetteer.match(tokenize(`${matchCase(t.text, feminine)} область`), 0)
        : undefined;
      if (region && region.entry.type === 'Region') d.place ??= s.refDraft(region.entry);
    }
    s.add(d, i, k, 'name');
    return k;
  }
  return undefined;
}

// ---------------------------------------------------------------- companies without quotes

function scanCompanyPhrase(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i) || !s.isPos(i, 'ADJF')) return undefined;
  if (s.gazetteer(i)?.kind === 'name') return undefined;
  let k = i + 1;
  while (
    k < i + 4 &&
    isWord(s.tok(k)) &&
    !isCapital(s.tok(k)) &&
    s.isPos(k, 'ADJF') &&
    !s.hasLemma(k, ENTERPRISE_HEADS)
  )
    k++;
  if (!s.hasLemma(k, ENTERPRISE_HEADS) || s.parse(k).every((p) => p.number === 'plur')) return undefined;
  const next = s.tok(k + 1);
  if (next && OPEN_QUOTES.has(next.text)) return undefined;
  let end = k + 1;
  // "Минский завод гражданской авиации": lower-case genitive dependents belong to the name.
  while (
    end < k + 4 &&
    isWord(s.tok(end)) &&
    !isCapital(s.tok(end)) &&
    s.parse(end)[0]?.case === 'gent' &&
    s.isPos(end, 'NOUN', 'ADJF')
  )
    end++;
  if (end > k + 1 && !s.isPos(end - 1, 'NOUN')) end = k + 1;
  const name = nominativePhrase(s.res.morph, s.words(i, end));
  const d = s.draft('Enterprise', name);
  s.add(d, i, end, 'name');
  // "Минский тракторный завод (МТЗ)": the abbreviation is the same company.
  if (s.tok(end)?.text === '(' && isAllCaps(s.tok(end + 1)) && s.tok(end + 2)?.text === ')') {
    const abbr = s.tok(end + 1)?.text ?? '';
    d.aliases.add(abbr);
    const known = s.res.gazetteer.match(s.sentence.tokens, end + 1);
    if (!known) s.draft('Enterprise', abbr);
    s.markUsed(end, end + 3);
    return end + 3;
  }
  return end;
}

function scanAbbreviation(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i)) return undefined;
  const word = t.text.replace(/-\d+$/, '');
  const brand = /^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u.test(word);
  const abbr = /^[\p{Lu}]{2,5}$/u.test(word);
  if (!brand && !abbr) return undefined;
  if (NON_ENTERPRISE_ABBREVIATIONS.has(word) || /^[IVXLCM]+$/u.test(word)) return undefined;
  // An alias given in parentheses after a company name ("(МТЗ)") is that company.
  const alias = [...s.mentions].reverse().find((m) => m.entity.aliases.has(word));
  const d = alias?.entity ?? findByAlias(s, word) ?? s.draft('Enterprise', word);
  s.add(d, i, i + 1, 'name');
  return i + 1;
}

function findByAlias(s: SentenceScanner, word: string): EntityDraft | undefined {
  return s.recent((e) => e.aliases.has(word));
}

// ---------------------------------------------------------------- places

function scanPlace(s: SentenceScanner, i: number): number | undefined {
  const m = s.gazetteer(i);
  if (!m) return undefined;
  const d = s.refDraft(m.entry);
  if (m.kind === 'name') {
    // "долларов США" is a currency, not the country.
    if (m.entry.type === 'Country' && /^долл/u.test(s.tok(i - 1)?.text.toLowerCase() ?? '')) {
      s.markUsed(m.start, m.end);
      return m.end;
    }
    // "первым заместителем Председателя Правительства РФ": the office in a deputy's title is no party here.
    if (m.entry.type === 'Organization' && deputyTitleBefore(s, m.start)) {
      s.markUsed(m.start, m.end);
      return m.end;
    }
    s.add(d, m.start, m.end, 'name');
    return m.end;
  }
  const governs = nextNounLemma(s, m.end);
  s.add(d, m.start, m.end, 'adjective', governs ? { governs } : {});
  // "в башкирском городе Дюртюли": the town lies in the region.
  if (governs && CITY_NOUNS.has(governs)) {
    const cityIndex = nextNounIndex(s, m.end) + 1;
    const town = s.gazetteer(cityIndex);
    const townDraft =
      town && town.kind === 'name'
        ? s.refDraft(town.entry)
        : isCapital(s.tok(cityIndex))
          ? s.draft('City', s.tok(cityIndex)?.text ?? '')
          : undefined;
    if (townDraft) {
      const end = town?.end ?? cityIndex + 1;
      s.add(townDraft, cityIndex, end, 'name');
      s.relation('LOCATED_IN', townDraft, d, 0.8);
      return end;
    }
  }
  return m.end;
}

function deputyTitleBefore(s: SentenceScanner, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (s.hasLemma(k, NON_HEAD_TITLES)) return true;
  return false;
}

/** Places the reference data does not know: "городе Щучин", "провинций Мазандаран и Гилян", "в Бабольсере". */
function scanNamedPlace(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i) || s.gazetteer(i)) return undefined;
  const prev = s.mentions.at(-1);
  const listed = s.tok(i - 1)?.text === 'и' && prev?.end === i - 1 && !prev.entity.ref;
  const prevLemma = s.lemma(i - 1);
  const afterDot = s.tok(i - 1)?.text === '.' && s.tok(i - 2)?.text === 'г';
  let type: EntityType | undefined;
  if (CITY_NOUNS.has(prevLemma) || afterDot || (listed && prev?.entity.type === 'City')) type = 'City';
  else if (REGION_NOUNS.has(prevLemma) || (listed && prev?.entity.type === 'Region')) type = 'Region';
  if (!type) {
    const geo = s.parse(i)[0];
    const prep = s.tok(i - 1)?.text.toLowerCase() ?? '';
    if (!geo?.tags.has('Geox') || geo.pos !== 'NOUN' || !['в', 'во', 'из', 'под'].includes(prep)) return undefined;
    const d = s.draft('City', matchCase(t.text, geo.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? geo.lemma));
    s.add(d, i, i + 1, 'name');
    return i + 1;
  }
  const form = s.parse(i)[0];
  const name =
    form && form.case !== 'nomn' && form.tags.has('Geox')
      ? matchCase(t.text, form.inflect({ CAse: 'nomn' }) ?? t.text)
      : t.text;
  s.add(s.draft(type, name), i, i + 1, 'name');
  return i + 1;
}

function nextNounIndex(s: SentenceScanner, from: number): number {
  for (let k = from; k < from + 3; k++) {
    if (!isWord(s.tok(k))) return -1;
    if (s.firstPos(k) === 'NOUN') return k;
  }
  return -1;
}
function nextNounLemma(s: SentenceScanner, from: number): string | undefined {
  const k = nextNounIndex(s, from);
  return k >= 0 ? s.lemma(k) : undefined;
}

// ---------------------------------------------------------------- projects

const TAIL_PREPS = new Set(['по', 'в', 'на', 'для', 'из', 'между', 'имени']);
const STOP_WORDS = new Set([
  'что',
  'который',
  'где',
  'когда',
  'а',
  'но',
  'как',
  'это',
  'год',
  'также',
  'уже',
  'ещё',
  'еще',
  'данный',
  'этот',
  'тот',
  'весь',
]);

/** The dependents of a project head: genitives and "по …/в …/на …" phrases, up to 12 words. */
function projectTail(s: SentenceScanner, from: number): number {
  let k = from;
  let end = from;
  let preps = 0;
  while (k < s.sentence.tokens.length && k - from < 12) {
    const t = s.tok(k);
    if (!t) break;
    if (t.kind === 'punct') {
      if (t.text === '«' || t.text === '»' || t.text === '"') break;
      if ((t.text === '—' || t.text === '–' || t.text === '-') && isCapital(s.tok(k + 1)) && end === k) {
        k++;
        continue;
      }
      break;
    }
    const w = t.text.toLowerCase();
    if (t.kind === 'number') {
      if (!s.isPos(k + 1, 'NOUN') || s.lemma(k + 1) === 'год') break;
      k++;
      continue;
    }
    if (STOP_WORDS.has(w) || STOP_WORDS.has(s.lemma(k)) || /^данн/u.test(w)) break;
    if (TAIL_PREPS.has(w)) {
      if (++preps > 3) break;
      k++;
      continue;
    }
    if (PREPOSITIONS.has(w)) break;
    if (w === 'и' && s.isPos(k + 1, 'ADJF', 'NOUN')) {
      k++;
      continue;
    }
    if (
      !s.isPos(k, 'NOUN', 'ADJF', 'PRTF') ||
      s.firstPos(k) === 'VERB' ||
      s.firstPos(k) === 'INFN' ||
      s.firstPos(k) === 'ADVB'
    )
      break;
    if (matchFullName(s, k)) break;
    k++;
    if (s.isPos(k - 1, 'NOUN')) end = k;
  }
  return end;
}

const GENERIC_PROJECT_ADJECTIVES = new Set([
  'один',
  'недавний',
  'последний',
  'ключевой',
  'этот',
  'данный',
  'наш',
  'такой',
  'весь',
  'другой',
  'который',
  'свой',
  'ряд',
  'реализованный',
  'экономический',
  'гуманитарный',
  'агропромышленный',
  'животноводческий',
  'военно-промышленный',
  'топливно-энергетический',
  'административный',
  'торговый',
  'культурный',
  'научный',
]);

function scanProject(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || (isCapital(t) && i > 0) || s.isUsed(i) || !s.hasLemma(i, PROJECT_HEADS) || !s.isPos(i, 'NOUN'))
    return undefined;
  const head = s.lemma(i);
  const after = s.tok(i + 1);
  if (after && OPEN_QUOTES.has(after.text)) return undefined;
  const first = adjectivesBefore(s, i);
  const adjLemmas = [];
  for (let k = first; k < i; k++) adjLemmas.push(s.lemma(k));
  if (adjLemmas.some((l) => GENERIC_PROJECT_ADJECTIVES.has(l))) return undefined;
  const end = projectTail(s, i + 1);
  const tailLemmas: string[] = [];
  for (let k = i + 1; k < end; k++) tailLemmas.push(s.lemma(k));
  const before = s.lemma(first - 1);
  const qualified =
    adjLemmas.some((l) => PROJECT_QUALIFIERS.has(l)) ||
    PROJECT_QUALIFIERS.has(before) ||
    (head === 'строительство' &&
      tailLemmas.some((l) => ['завод', 'предприятие', 'комплекс', 'центр', 'терминал', 'парк', 'фабрика'].includes(l)));
  if (QUALIFIED_PROJECT_HEADS.has(head) && !qualified) return undefined;
  if (head === 'программа' && (tailLemmas.some((l) => DOCUMENT_TAILS.has(l)) || adjLemmas.length === 0))
    return undefined;
  if ((head === 'проект' || head === 'инвестпроект') && end === i + 1 && !adjLemmas.includes('совместный'))
    return undefined;
  if (head === 'центр' && (end === i + 1 || (adjLemmas.length > 0 && end === i + 1))) return undefined;
  if (
    head === 'центр' &&
    !tailLemmas.some((l) => /поддержк|обслуживан|сервис|логист|производ|сборк|ремонт|дистрибуц|технич/u.test(l))
  )
    return undefined;
  if (head === 'комплекс' && adjLemmas.length === 0 && !tailLemmas.includes('по')) return undefined;
  if (head === 'парк' && !adjLemmas.some((l) => /индустриальн|технологическ|промышленн/u.test(l))) return undefined;
  if (head === 'площадка' && !adjLemmas.some((l) => /сборочн|производствен|промышленн/u.test(l))) return undefined;
  if (
    head === 'линия' &&
    !adjLemmas.some((l) => /производствен|сборочн|технологическ/u.test(l)) &&
    !tailLemmas.includes('по')
  )
    return undefined;
  if (['коридор', 'хаб', 'кластер', 'терминал'].includes(head) && adjLemmas.length === 0) return undefined;
  if (head === 'сборка' && !adjLemmas.includes('совместный')) return undefined;
  if (end - first < 2) return undefined;
  const words = s.words(first, end);
  const phrase = nominativePhrase(s.res.morph, words);
  const d = mergeProject(s, phrase, head);
  s.add(d, first, end, 'name', { consume: false });
  s.markUsed(first, i + 1);
  return i + 1;
}

function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[^a-zа-я0-9]+/u)
      .filter((w) => w.length >= 3 && !['для', 'между'].includes(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** Word-stem overlap of two names (Dice), as the evaluation matches project names. */
export function nameOverlap(a: string, b: string): number {
  const A = stems(a);
  const B = stems(b);
  if (A.size === 0 || B.size === 0) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

function mergeProject(s: SentenceScanner, phrase: string, head: string): EntityDraft {
  const same = s.recent((e) => e.type === 'Project' && nameOverlap(e.name, phrase) >= 0.5);
  if (same) {
    if (phrase.length > same.name.length && phrase.length < 120) same.aliases.add(phrase);
    return same;
  }
  const d = s.draft('Project', phrase);
  d.head = head;
  return d;
}

// ---------------------------------------------------------------- generic phrases and titles

function scanGeneric(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i) || (isCapital(t) && i > 0)) return undefined;
  const lemma = s.lemma(i);
  // "Стороны подписали": at the start of a sentence an ambiguous form is the plural subject.
  const plural =
    s.parse(i)[0]?.number === 'plur' || (i === 0 && s.parse(i).some((p) => p.number === 'plur' && p.case === 'nomn'));
  const first = adjectivesBefore(s, i, 2);
  const adj = s.mentions.find((m) => m.kind === 'adjective' && m.end === i);
  let target: EntityDraft | undefined;
  const field = lemma === 'область' && !isCapital(s.tok(i + 1)) && s.parse(i + 1)[0]?.case === 'gent';
  if (plural && (lemma === 'регион' || lemma === 'сторона' || lemma === 'страна')) {
    // "регионы являются звеньями …": every place of that kind named in the sentence before.
    // The nearest of the last three sentences that names at least two of them (a committee counts as its region).
    const kind = lemma === 'регион' ? ['Region'] : lemma === 'страна' ? ['Country'] : ['Region', 'Country'];
    let group: EntityDraft[] = [];
    for (let back = 1; back <= 3 && group.length < 2; back++) {
      const named = s.scanOrder().filter((m) => m.sentence === s.sentence.index - back && m.kind === 'name');
      group = [...new Set(named.map((m) => m.entity.place ?? m.entity).filter((e) => kind.includes(e.type)))];
    }
    if (group.length < 2) return undefined;
    for (const e of group) s.add(e, first, i + 1, 'generic', { consume: true });
    return i + 1;
  }
  if (field) return undefined;
  if (!plural && (lemma === 'регион' || lemma === 'область' || lemma === 'край' || lemma === 'субъект')) {
    target = adj && adj.entity.type === 'Region' ? adj.entity : s.recent((e) => e.type === 'Region');
  } else if (!plural && lemma === 'республика') {
    target = s.recent(
      (e) =>
        (e.type === 'Country' || e.type === 'Region') &&
        [e.name, ...(e.ref?.aliases ?? [])].some((n) => /^Республика\s/u.test(n)),
    );
  } else if (!plural && (lemma === 'страна' || lemma === 'государство')) {
    target = adj?.entity.type === 'Country' ? adj.entity : s.recent((e) => e.type === 'Country');
  } else if (lemma === 'столица' && adj?.entity.ref?.centre) {
    const centre = s.res.gazetteer.byId(adj.entity.ref.centre);
    if (centre) target = s.refDraft(centre);
  } else if (
    !plural &&
    s.hasLemma(i, new Set(['программа', 'проект', 'маршрут', 'рейс', 'авиарейс', 'центр', 'коридор', 'парк']))
  ) {
    const p = s.recent((e) => e.type === 'Project' && e.head === lemma);
    if (p && first === i) target = p;
  }
  if (!target) return undefined;
  // "белорусская столица" names the city as surely as its name does.
  s.add(target, adj ? adj.first : first, i + 1, lemma === 'столица' ? 'name' : 'generic', { consume: true });
  return i + 1;
}

/** A title used alone ("губернатор отметил", "глава белорусского правительства"): the person who holds it. */
function scanTitle(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i) || !s.hasLemma(i, HEAD_TITLES) || s.hasLemma(i, NON_HEAD_TITLES)) return undefined;
  if (i > 0 && s.hasLemma(i - 1, NON_HEAD_TITLES)) return undefined;
  // A name follows within a few words: the person recogniser handles it.
  for (let k = i + 1; k < i + 7 && k < s.sentence.tokens.length; k++) {
    if (matchFullName(s, k)) return undefined;
    const tk = s.tok(k);
    if (tk && isCapital(tk) && [...s.persons.keys()].some((key) => surnameKeys(s, k).includes(key))) return undefined;
  }
  const lemma = s.lemma(i);
  const persons = [...new Set(s.persons.values())];
  // What the title is about: an adjective or genitive right around it.
  const aboutAdj = s.mentions.find((m) => m.kind === 'adjective' && m.end === i);
  const g = s.res.gazetteer.match(s.sentence.tokens, i + 1);
  const aboutGen = g ? s.refDraft(g.entry) : undefined;
  let about = aboutAdj?.entity ?? aboutGen;
  if (!about && (s.lemma(i + 1) === 'регион' || s.lemma(i + 2) === 'регион'))
    about = s.recent((e) => e.type === 'Region');
  const holder =
    (about && persons.find((p) => p.headOf === about || (p.headOf?.ref && p.headOf.ref.id === about?.ref?.centre))) ??
    (about &&
      persons.find((p) => p.headOf?.type === 'Organization' && p.headOf.name.includes(about.name.slice(0, 5)))) ??
    persons.find((p) => p.title === lemma) ??
    (!about ? s.recent((e) => e.type === 'Person') : undefined);
  if (!holder) return undefined;
  s.add(holder, i, i + 1, 'title');
  return i + 1;
}

function scanPronoun(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || !['он', 'она'].includes(t.text.toLowerCase()) || s.mentions.some((m) => m.entity.type === 'Person'))
    return undefined;
  const p = s.recent((e) => e.type === 'Person');
  if (!p) return undefined;
  s.add(p, i, i + 1, 'pronoun');
  return i + 1;
}

const RECOGNISERS = [
  scanQuoted,
  scanOrganization,
  scanNamedPlace,
  scanPerson,
  scanPlace,
  scanCompanyPhrase,
  scanAbbreviation,
  scanProject,
  scanGeneric,
  scanTitle,
  scanPronoun,
];

/**
 * Reads every sentence and returns its mentions, the entity drafts, and the
 * relations that mention patterns state by themselves (HEADS, LOCATED_IN).
 */
export function findMentions(text: string, sentences: readonly Sentence[], res: ExtractionResources): ArticleAnalysis {
  const scan: Scan = { res, entities: new Map(), persons: new Map(), order: [], found: [] };
  // A dateline may follow the title and a date line ("1 сентября, Минск /Корр. БЕЛТА/.").
  let blocked: [number, number] = [0, 0];
  let lineStart = 0;
  for (const line of text.split('\n').slice(0, 4)) {
    const end = datelineEnd(line);
    if (end > 0) {
      blocked = [lineStart, lineStart + end];
      break;
    }
    lineStart += line.length + 1;
  }
  collectPersons(scan, sentences, blocked);
  const mentions: MentionRef[][] = [];
  for (const sentence of sentences) {
    const s = new SentenceScanner(scan, sentence, blocked);
    for (let i = 0; i < sentence.tokens.length; i++) {
      if (s.isUsed(i)) continue;
      for (const recognise of RECOGNISERS) {
        const next = recognise(s, i);
        if (next !== undefined) {
          i = Math.max(i, next - 1);
          break;
        }
      }
    }
    s.mentions.sort((a, b) => a.first - b.first);
    mentions.push(s.mentions);
  }
  return { text, sentences, mentions, entities: scan.entities, found: scan.found };
}
