/**
 * Finds entity mentions in sentences: reference names and adjectives, quoted
 * company names, organisations (ministries, governments, executive
 * committees), companies without quotes, abbreviations and unknown places,
 * then runs the people, project and coreference recognisers in turn.
 * Input: sentences + resources; output: an `ArticleAnalysis` without relations.
 */
import type { EntityType } from '../schema/types.ts';
import { scanGeneric, scanPronoun, scanTitle } from './coreference.ts';
import {
  ENTERPRISE_HEADS,
  ENTERPRISE_NOUNS,
  LEGAL_FORMS,
  NON_ENTERPRISE_ABBREVIATIONS,
  NON_HEAD_TITLES,
  ORGANIZATION_NOUNS,
  PERSON_TITLES,
  PROJECT_HEADS,
} from './lexicon.ts';
import { matchCase, nominativePhrase } from './names.ts';
import { collectPersons, matchFullName, scanPerson } from './people.ts';
import { mergeProject, scanProject } from './projects.ts';
import {
  adjectivesBefore,
  CITY_NOUNS,
  CLOSE_QUOTES,
  closingQuote,
  isAllCaps,
  isCapital,
  isWord,
  OPEN_QUOTES,
  REGION_NOUNS,
  type Scan,
  SentenceScanner,
} from './scanner.ts';
import { type Sentence, tokenize } from './tokens.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, MentionRef } from './types.ts';

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
const OFFICE_NOUNS = new Set(['пресс-служба', 'портал', 'сайт', 'аппарат', 'председатель']);
const DATELINE_RE =
  /^[\p{Lu}][\p{Lu}\p{Ll}\- ]{1,40},\s+\d{1,2}\s+[\p{L}.]+\s*(\d{4}\s*)?[-–—]\s*[^.\n]{1,40}\.|^\d{1,2}\s+[\p{L}]+,\s+[\p{L}\- ]+\s+\/[^/\n]+\/\.?|^[\p{Lu}][\p{L}\- .]{1,40}\.\s+\d{1,2}\s+[\p{L}]+\.\s+[\p{Lu}\- ]{3,40}\s+[-–—]/u;

/** The span of a dateline ("МИНСК, 4 апр - Sputnik."), which names the agency, not an entity. */
export function datelineEnd(sentenceText: string): number {
  const m = DATELINE_RE.exec(sentenceText);
  return m ? m[0].length : 0;
}

// ---------------------------------------------------------------- names in quotes

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
