/**
 * Finds entity mentions in sentences: reference names and adjectives, quoted
 * company names, organisations (ministries, governments, executive
 * committees), companies without quotes, abbreviations and unknown places,
 * then runs the people, project and coreference recognisers in turn.
 * Input: sentences + resources; output: an `ArticleAnalysis` without relations.
 */
import type { ReferenceEntry } from '../schema/reference.ts';
import type { EntityType } from '../schema/types.ts';
import { exemplifiedClass, reportSources } from './clauses.ts';
import { compoundPlaces } from './compound-adjectives.ts';
import { scanGeneric, scanPronoun, scanTitle } from './coreference.ts';
import { entityIdFor } from './entity-id.ts';
import { foldWord, gazetteerCountryOf, PLACE_TYPES } from './gazetteer.ts';
import {
  DETERMINERS,
  ENTERPRISE_HEADS,
  ENTERPRISE_NOUNS,
  EVENT_NOUNS,
  EXECUTIVE_HEADS,
  FACILITY_ABBREVIATIONS,
  GENERIC_PLACE_NOUNS,
  HEAD_TITLES,
  INSTITUTION_HEADS,
  LEGAL_FORMS,
  LOCAL_EXECUTIVES,
  NON_ENTERPRISE_ABBREVIATIONS,
  NON_HEAD_TITLES,
  NONPROFIT_FORMS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  PROJECT_HEADS,
  STATE_BODY_HEADS,
} from './lexicon.ts';
import { compoundHead, NAME_TAGS, type WordParse } from './morphology.ts';
import { agreesWith, matchCase, nominativePhrase, surnameCandidates } from './names.ts';
import { collectPersons, matchFullName, scanPerson } from './people.ts';
import { mergeProject, scanProject } from './projects.ts';
import {
  adjectivesBefore,
  CITY_NOUNS,
  CLOSE_QUOTES,
  closingQuote,
  genitivePhrase,
  isAllCaps,
  isCapital,
  isRegionNoun,
  isWord,
  localRegionNoun,
  OPEN_QUOTES,
  range,
  type Scan,
  SentenceScanner,
} from './scanner.ts';
import { type Sentence, tokenize } from './tokens.ts';
import { BROAD_AREAS, townNamesOf } from './toponyms.ts';
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
  МЧС: 'Министерство по чрезвычайным ситуациям',
  МВД: 'Министерство внутренних дел',
};
const EXECUTIVE_COMMITTEES: Record<string, string> = {
  областной: 'облисполком',
  городской: 'горисполком',
  районный: 'райисполком',
};
/** Titles of deputies and aides: the body in "заместитель министерства …" is not a party. */
const DEPUTY_TITLES = new Set([
  'заместитель',
  'зам',
  'замминистра',
  'зампред',
  'замглавы',
  'первый',
  'помощник',
  'советник',
]);
const OFFICE_NOUNS = new Set(['пресс-служба', 'портал', 'сайт', 'аппарат']);
const DATELINE_RE =
  /^[\p{Lu}][\p{Lu}\p{Ll}\- ]{1,40},\s+\d{1,2}\s+[\p{L}.]+\s*(\d{4}\s*)?[-–—]\s*[^.\n]{1,40}\.|^\d{1,2}\s+[\p{L}]+,\s+[\p{L}\- ]+\s+\/[^/\n]+\/\.?|^[\p{Lu}][\p{L}\- .]{1,40}\.\s+\d{1,2}\s+[\p{L}]+\.\s+[\p{Lu}\- ]{3,40}\s+[-–—]|^\p{Lu}{3,}(?:[ -]\p{Lu}+)*,\s+\d{1,2}\s+\p{Ll}+\.?(?:\s+\d{4})?(?:\s*\([^)\n]{1,30}\))?\s*[-–—]|^\p{Lu}[\p{Ll}\p{Lu}-]+(?: \p{Lu}[\p{Ll}-]+)?,\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4})?(?:\s+года)?\./u;

/**
 * The span of a dateline ("МИНСК, 4 апр - Sputnik.", "ГРОДНО, 5 декабря (БЕЛТА) –", "Могилев, 12
 * марта."), which names the agency and where it wrote, not an entity.
 */
export function datelineEnd(sentenceText: string): number {
  const m = DATELINE_RE.exec(sentenceText);
  return m ? m[0].length : 0;
}

// ---------------------------------------------------------------- names in quotes

function cleanCompanyName(name: string): string {
  return name.replace(LEGAL_FORMS, '').replace(/\s+/g, ' ').trim();
}

/** What the words before a quoted name make it: a legal form or a company, body or project noun. */
function quotedNameType(s: SentenceScanner, i: number, conjunctEnd?: number): EntityType | undefined {
  const noun = i - 1;
  const prev = s.tok(noun);
  if (conjunctEnd !== undefined) {
    // The conjunct before it, with or without its closing quote in the mention ("«МАЗ», «Гранит»").
    const earlier = s.mentions.findLast((m) => m.end === conjunctEnd + 1 || m.end === conjunctEnd);
    return earlier?.entity.type === 'Enterprise' ? 'Enterprise' : undefined;
  }
  // "ЖК «Солнечный»", "ОЭЗ «Гродноинвест»": a facility's kind before its name makes a project.
  if (FACILITY_ABBREVIATIONS.has(prev?.text ?? '')) return 'Project';
  // "Гродненский «Азот» направит …": a place adjective with no noun of its own qualifies the
  // quoted name itself, which names a company of that place.
  if (s.gazetteer(noun)?.kind === 'adjective' && s.isPos(noun, 'ADJF') && isCapital(s.tok(i + 1))) return 'Enterprise';
  if (
    isAllCaps(prev) &&
    (!NON_ENTERPRISE_ABBREVIATIONS.has(prev?.text ?? '') ||
      /^(ИП|ЧП)$/u.test(prev?.text ?? '') ||
      LEGAL_FORMS.test(`${prev?.text} `)) &&
    !s.res.gazetteer.match(s.sentence.tokens, noun)
  ) {
    // An abbreviation right before a quoted name is its legal form (ТОО «…», ЧУП «…», АНО «…»):
    // an open class, typed by the few non-commercial forms.
    return NONPROFIT_FORMS.has(prev?.text ?? '') ? 'Organization' : 'Enterprise';
  }
  if (s.lemma(noun) === 'ответственность' || elidedCompanyNoun(s, noun, i)) return 'Enterprise';
  // "по заказу «Иркута»": the quoted name after «по заказу» is the customer.
  if (orderedBy(s, i)) return 'Enterprise';
  // "торговый дом «Альфа»" is a trading company (ТД); "торговый дом Гомеля" without a name is a facility.
  if (s.lemma(noun) === 'дом' && s.lemma(noun - 1) === 'торговый') return 'Enterprise';
  if (s.hasLemma(noun, PROJECT_HEADS) && !s.hasLemma(noun, new Set(['предприятие', 'завод', 'центр'])))
    return 'Project';
  if (s.isCompanyNoun(noun)) return 'Enterprise';
  if (s.hasLemma(noun, ORGANIZATION_NOUNS)) return 'Organization';
  // "концерн строительных материалов «Кедр»": the noun past the lower-case genitive words that describe it.
  const described = describedHead(s, noun);
  if (described !== undefined) return s.isCompanyNoun(described) ? 'Enterprise' : 'Organization';
  // "такие компании, как «Кедр»": «, как» after a class noun introduces its examples too (only here:
  // elsewhere «как» is mostly "as" or "how").
  if (
    prev?.text.toLowerCase() === 'как' &&
    s.tok(noun - 1)?.text === ',' &&
    [noun - 2, noun - 3].some((k) => s.isCompanyNoun(k))
  )
    return 'Enterprise';
  // "более двадцати компаний, в том числе «Арарат»": an example of the class noun before.
  const kind = exemplifiedClass(
    (k) => s.tok(k)?.text.toLowerCase(),
    i,
    (k) => s.isCompanyNoun(k) || s.hasLemma(k, ORGANIZATION_NOUNS),
  );
  if (kind >= 0 && s.isCompanyNoun(kind)) return 'Enterprise';
  if (kind >= 0) return 'Organization';
  return undefined;
}

/**
 * "«Уралхиммаш» изготовит …": a one-word name compounded of clipped stems, the last one an
 * industry's («-маш» машиностроение, «-пром», «-строй»), names a company by itself; in the
 * form of the nominative, which is then its name (a declined one is left to the owner rule).
 */
function clippedCompanyName(s: SentenceScanner, i: number, close: number): boolean {
  return (
    close === i + 2 &&
    s.compoundStem(i + 1, INDUSTRY_STUMPS) !== undefined &&
    s.parse(i + 1).some((p) => p.case === 'nomn' && p.lemma === s.tok(i + 1)?.text.toLowerCase())
  );
}

/** Verbs whose subject may be an event or goods as well as a company («форум пройдёт», «техника работает»). */
const NON_AGENT_VERBS = new Set([
  'пройти',
  'проходить',
  'стартовать',
  'собрать',
  'объединить',
  'стать',
  'являться',
  'быть',
  'работать',
  'появиться',
  'пользоваться',
]);

/**
 * "«Бобруйскмебель» открыла в Уфе магазин", "Кроме того, «Кедр» построит …": a bare quoted name
 * that opens a clause as the subject of a finite, non-reflexive verb of acting (adverbs between)
 * is a company; events and goods are subjects of other verbs («форум пройдёт», «продукция
 * пользуется спросом»).
 */
function actingSubject(s: SentenceScanner, i: number, close: number): boolean {
  const before = s.tok(i - 1)?.text.toLowerCase();
  if (before !== undefined && ![',', 'и', 'а', 'но', '—'].includes(before)) return false;
  // «Беларусь» is a place; «Лидский хлеб» only begins with a place adjective.
  const known = s.res.gazetteer.match(s.sentence.tokens, i + 1);
  if (!isCapital(s.tok(i + 1)) || (known?.kind === 'name' && known.end === close)) return false;
  let k = close + 1;
  while (k < close + 3 && s.isPos(k, 'ADVB')) k++;
  const verb = s.parse(k).find((p) => p.pos === 'VERB');
  return (
    verb !== undefined &&
    verb.number === 'sing' &&
    !/(ся|сь)$/u.test(s.tok(k)?.text ?? '') &&
    !NON_AGENT_VERBS.has(verb.lemma)
  );
}

/** Clipped industry stems that end Soviet-style compound company names ("Гомсельмаш", "Газпром", "Трансстрой"). */
const INDUSTRY_STUMPS = ['маш', 'пром', 'строй', 'торг', 'снаб', 'нефть', 'сталь'];

/** Nouns of a frame or a venue, whose quoted genitive is an event or a programme, not a maker. */
const FRAME_NOUNS = new Set([
  'рамка',
  'поле',
  'площадка',
  'стенд',
  'экспозиция',
  'территория',
  'программа',
  'проект',
  'итог',
  'время',
  'день',
  'сайт',
]);

/**
 * "сеялки «Лидагропроммаша»", "закупили у «Кедра»", "гендиректор «Ротора»": a one-word quoted name
 * after a goods noun, a head's title or «у», «от» that is declined into the genitive is inflected as
 * an owner is; a brand in apposition keeps the nominative ("тракторы «Беларус»"). Returns the
 * maker's nominative name.
 */
function inflectedMaker(s: SentenceScanner, open: number, close: number, declinedBefore = false): string | undefined {
  if (close !== open + 2 || !isCapital(s.tok(open + 1)) || s.res.gazetteer.match(s.sentence.tokens, open + 1))
    return undefined;
  const prev = s.tok(open - 1);
  // A later conjunct shares the case of a declined first one ("«Кедра» и «Ротора»").
  if (declinedBefore) return genitiveName(s, open);
  const owned =
    isWord(prev) &&
    (!isCapital(prev) || open === 1) &&
    s.parse(open - 1).some((p) => p.pos === 'NOUN' && p.animacy === 'inan') &&
    !s.hasLemma(open - 1, FRAME_NOUNS);
  // "гендиректор «Ротора»": the genitive of a head's title is what they head.
  const headed = isWord(prev) && (!isCapital(prev) || open === 1) && s.hasLemma(open - 1, HEAD_TITLES);
  if (!owned && !headed && !['у', 'от'].includes(prev?.text ?? '')) return undefined;
  return genitiveName(s, open);
}

/** The nominative of the one quoted word after `open` when it reads as a genitive singular, and not as a nominative. */
function genitiveName(s: SentenceScanner, open: number): string | undefined {
  const readings = s.parse(open + 1).filter((p) => !NAME_TAGS.some((tag) => p.tags.has(tag) && tag !== 'Orgn'));
  const genitive = readings[0];
  if (genitive?.pos !== 'NOUN' || genitive.case !== 'gent' || genitive.number === 'plur') return undefined;
  // "«Полесье»" may be read as a plural; a singular nominative reading is a brand in apposition.
  if (readings.some((p) => p.case === 'nomn' && p.number !== 'plur')) return undefined;
  return `${genitive.lemma.charAt(0).toUpperCase()}${genitive.lemma.slice(1)}`;
}

/** "по заказу «Иркута»": right after «по заказу», a quoted name is a customer's, in the genitive. */
function orderedBy(s: SentenceScanner, open: number): boolean {
  return s.lemma(open - 1) === 'заказ' && s.tok(open - 2)?.text.toLowerCase() === 'по' && isCapital(s.tok(open + 1));
}

/**
 * The customer's nominative name after «по заказу»: the one quoted word read as a genitive singular
 * noun, a name after a river or a town too ("«Иркута»" → Иркут).
 */
function customerName(s: SentenceScanner, open: number, close: number): string | undefined {
  if (close !== open + 2 || !orderedBy(s, open)) return undefined;
  const genitive = s.parse(open + 1).find((p) => p.pos === 'NOUN' && p.case === 'gent' && p.number !== 'plur');
  if (!genitive || s.parse(open + 1).some((p) => p.case === 'nomn' && p.number !== 'plur')) return undefined;
  return `${genitive.lemma.charAt(0).toUpperCase()}${genitive.lemma.slice(1)}`;
}

/** Nouns of making, which a quoted brand of the goods after them does not name. */
const MAKING_HEADS = new Set(['производство', 'выпуск', 'сборка', 'изготовление']);

/** How many lower-case genitive words may describe a company noun before its quoted name. */
const DESCRIPTION_REACH = 3;

/**
 * A company or body noun whose genitive dependents end at `last` ("концерн [пищевой
 * промышленности]", "ассоциация [производителей мебели]"); undefined when there is none.
 */
function describedHead(s: SentenceScanner, last: number): number | undefined {
  let k = last;
  while (k > last - DESCRIPTION_REACH && isWord(s.tok(k)) && !isCapital(s.tok(k))) {
    if (!s.parse(k).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || p.pos === 'ADJF'))) return undefined;
    k--;
    // "производство сеялок «Кедр»": a noun of making before goods names their brand, not itself.
    if (s.hasLemma(k, MAKING_HEADS)) return undefined;
    if (s.isCompanyNoun(k) || s.hasLemma(k, ORGANIZATION_NOUNS)) return k;
  }
  return undefined;
}

/** The quoted name opening at `i`: its closing quote and words, when it starts with a capital or a digit. */
function quotedName(s: SentenceScanner, i: number): { close: number; inner: string } | undefined {
  const open = s.tok(i);
  if (!open || !OPEN_QUOTES.has(open.text)) return undefined;
  const close = closingQuote(s, i);
  if (close === undefined || close === i + 1) return undefined;
  const inner = s.text(i + 1, close).trim();
  return /^[\p{Lu}\d]/u.test(inner) ? { close, inner } : undefined;
}

/**
 * "ОАО «Минский завод «Термопласт»»", "«Гомельский завод „Коммунальник“»": the innermost quoted
 * name is what the company is called (the description around it becomes an alias); otherwise the
 * whole quoted text.
 */
function companyNameIn(
  s: SentenceScanner,
  open: number,
  close: number,
  inner: string,
): { name: string; nameFrom: number; nameEnd: number; nested: boolean } {
  // Inner marks are guillemets again or the „…“ of Russian typesetting.
  const innerOpen = range(open + 1, close).findLast((k) => ['«', '„'].includes(s.tok(k)?.text ?? ''));
  const innerClose = innerOpen === undefined ? undefined : closingQuote(s, innerOpen);
  if (innerOpen === undefined || innerClose === undefined)
    return { name: cleanCompanyName(inner), nameFrom: open + 1, nameEnd: close, nested: false };
  const name = cleanCompanyName(s.text(innerOpen + 1, innerClose).trim());
  return { name, nameFrom: innerOpen + 1, nameEnd: innerClose, nested: true };
}

/**
 * Keys a quoted name is known by: its words, and for a one-word name every lemma, since a
 * one-word name declines («Белшины», «Гомсельмашем») where a longer one mostly does not.
 */
function quotedKeys(s: SentenceScanner, inner: string): string[] {
  const name = cleanCompanyName(inner);
  if (name.includes(' ')) {
    // "у «Алтын Далы»": the last word of a many-word name declines ("Алтын Дала"), by the name paradigms.
    const words = name.split(' ');
    const head = words.slice(0, -1).join(' ');
    const last = words.at(-1) ?? '';
    return [...new Set([name, ...surnameCandidates(s.res.morph, last).map((w) => `${head} ${w}`)].map(foldWord))];
  }
  return [foldWord(name), ...s.res.morph.lemmas(name).map(foldWord)];
}

/**
 * Quoted names the article introduces with a company or body noun or a legal form anywhere
 * («компания «Альфа»»), so that the bare name elsewhere, before or after («у «Альфы»»), is the
 * same company: a name is introduced once and then used alone.
 */
export function collectQuotedNames(
  scan: Scan,
  sentences: readonly Sentence[],
  blocked: readonly [number, number],
): void {
  for (const sentence of sentences) {
    if (![...OPEN_QUOTES].some((q) => sentence.text.includes(q))) continue;
    const s = new SentenceScanner(scan, sentence, blocked);
    for (let i = 1; i < sentence.tokens.length; i++) {
      const quoted = quotedName(s, i);
      if (!quoted) continue;
      const type = quotedNameType(s, i);
      if (type !== 'Enterprise' && type !== 'Organization') continue;
      const { name } = companyNameIn(s, i, quoted.close, quoted.inner);
      for (const key of quotedKeys(s, name)) if (!scan.quoted.has(key)) scan.quoted.set(key, { type, name });
    }
  }
}

/** The company a bare quoted name at `i` is known as: a reference company or one the article introduces. */
function knownQuotedType(s: SentenceScanner, i: number, close: number, inner: string): EntityType | undefined {
  const known = s.res.gazetteer.match(s.sentence.tokens, i + 1);
  if (known?.kind === 'name' && known.end === close && known.entry.type === 'Enterprise') return 'Enterprise';
  return quotedKeys(s, inner)
    .map((key) => s.introducedName(key)?.type)
    .find((t) => t === 'Enterprise');
}

/**
 * "«Альфа» и «Амкодор» будут выпускать …": conjuncts share their category, so a bare quoted
 * name listed before a known company (by «и» or a comma, any number of names apart) is a company.
 */
function laterConjunctType(s: SentenceScanner, close: number): EntityType | undefined {
  let k = close + 1;
  while (s.tok(k)?.text === ',' || s.tok(k)?.text === 'и') {
    const next = quotedName(s, k + 1);
    if (!next) {
      const known = s.res.gazetteer.match(s.sentence.tokens, k + 1);
      return known?.kind === 'name' && known.entry.type === 'Enterprise' ? 'Enterprise' : undefined;
    }
    const type = knownQuotedType(s, k + 1, next.close, next.inner);
    if (type) return type;
    k = next.close + 1;
  }
  return undefined;
}

function scanQuoted(s: SentenceScanner, i: number): number | undefined {
  if (s.isUsed(i)) return undefined;
  const quoted = quotedName(s, i);
  if (!quoted) return undefined;
  const { close, inner } = quoted;
  const noun = i - 1;
  // "ООО «Праймилк»", "открытого акционерного общества «Могилёвлифтмаш»", "компания «Меркатор»"
  const prev = s.tok(noun);
  // The conjunct before may carry a gloss: "«Альфа» (Гродно) и «Бета»".
  let conjunctEnd = noun - 1;
  if (s.tok(conjunctEnd)?.text === ')') {
    const open = [2, 3, 4, 5].map((d) => noun - d).find((k) => s.tok(k)?.text === '(');
    if (open !== undefined) conjunctEnd = open - 1;
  }
  const listed =
    prev !== undefined && (prev.text === ',' || prev.text === 'и') && CLOSE_QUOTES.has(s.tok(conjunctEnd)?.text ?? '');
  // "троллейбусы производства «Вектора»": the maker's one-word name is declined as an owner's is.
  const madeBy =
    s.lemma(noun) === 'производство' &&
    s.parse(noun).some((p) => p.case === 'gent') &&
    s.parse(noun - 1).some((p) => p.pos === 'NOUN' && p.animacy === 'inan')
      ? inflectedMaker(s, i, close)
      : undefined;
  let type = quotedNameType(s, i, listed ? conjunctEnd : undefined);
  // The bare name of a company the article introduces elsewhere with its noun.
  const introduced = type
    ? undefined
    : quotedKeys(s, inner)
        .map((key) => s.introducedName(key))
        .find(Boolean);
  if (introduced && !s.res.gazetteer.match(s.sentence.tokens, i + 1)) {
    s.add(s.draft(introduced.type, introduced.name), i, close + 1, 'name');
    return close + 1;
  }
  // A noun before the name says what it is ("газета «Звезда» и «Амкодор»"): no company by its conjunct.
  type ??= introduced?.type ?? (s.isPos(noun, 'NOUN') ? undefined : laterConjunctType(s, close));
  // A conjunct after a one-word name that was declined ("«Кедра» и «Ротора»") is declined too.
  const earlier = listed ? s.mentions.findLast((m) => m.end === conjunctEnd + 1 || m.end === conjunctEnd) : undefined;
  const earlierWord = earlier
    ? s
        .text(earlier.first, earlier.end)
        .replace(/[«»"“„]/gu, '')
        .trim()
    : '';
  const declinedBefore =
    earlier?.entity.type === 'Enterprise' && !earlierWord.includes(' ') && earlierWord !== earlier.entity.name;
  const listedMaker = declinedBefore && type === 'Enterprise' ? inflectedMaker(s, i, close, true) : undefined;
  const maker =
    madeBy ??
    listedMaker ??
    customerName(s, i, close) ??
    (type || introduced ? undefined : inflectedMaker(s, i, close));
  if (maker) {
    s.add(sameCompany(s, maker) ?? s.draft('Enterprise', maker), i, close + 1, 'name');
    return close + 1;
  }
  // "выставка «Иннопром»": a name in apposition to an event names the event, not a company.
  if (!type && clippedCompanyName(s, i, close) && !EVENT_NOUNS.test(prev?.text.toLowerCase() ?? ''))
    type = 'Enterprise';
  if (!type && actingSubject(s, i, close)) type = 'Enterprise';
  if (!type) {
    placesInName(s, i + 1, close);
    return undefined;
  }
  if (type === 'Project') {
    const first = adjectivesBefore(s, noun);
    const phrase = `${nominativePhrase(s.res.morph, s.words(first, noun + 1))} ${inner}`;
    // A project the reference data knows («Великий камень») keeps its reference entry.
    const known = s.res.gazetteer.match(s.sentence.tokens, i + 1);
    const reference = known?.kind === 'name' && known.end === close && known.entry.type === 'Project';
    const d = reference ? s.refDraft(known.entry) : mergeProject(s, phrase, s.lemma(noun));
    // A quoted name is the project's proper name.
    if (reference) d.aliases.add(phrase);
    else if (d.name !== phrase) {
      d.aliases.add(d.name);
      d.name = phrase;
    }
    s.add(d, first, close + 1, 'name', { consume: false });
    s.markUsed(first, noun + 1);
    s.markUsed(i, i + 1);
    s.markUsed(close, close + 1);
    // "в особой экономической зоне «Липецк»": a place that is the whole name names the project, not
    // the place (a route's ends, «Минск — Калуга», stay places).
    if (known?.kind === 'name' && known.end === close && (known.entry.type === 'City' || known.entry.type === 'Region'))
      s.markUsed(i + 1, close);
    return undefined;
  }
  const { name, nameFrom, nameEnd, nested } = companyNameIn(s, i, close, inner);
  const known = s.res.gazetteer.match(s.sentence.tokens, nameFrom);
  // "агрохолдинг «Кубань»": a company named after a place is the company, not the place.
  const d =
    known && known.end === nameEnd && known.kind === 'name' && !PLACE_TYPES.has(known.entry.type)
      ? s.refDraft(known.entry)
      : ((type === 'Enterprise' ? sameCompany(s, name) : undefined) ?? s.draft(type, name));
  if (nested) d.aliases.add(cleanCompanyName(inner.replace(/[«»]/gu, '')));
  const nounFirst = listed ? i : noun;
  s.add(d, i, close + 1, 'name');
  if (!listed) s.markUsed(nounFirst, i);
  if (!listed && s.isCompanyNoun(noun)) d.kinds = new Set([...(d.kinds ?? []), s.lemma(noun)]);
  // "СП «X»", "совместное предприятие «X»": a joint venture, which a bare «СП» later refers to.
  const joint = s.tok(noun)?.text === 'СП' || (s.lemma(noun) === 'предприятие' && s.lemma(noun - 1) === 'совместный');
  if (!listed && joint) d.kinds = new Set([...(d.kinds ?? []), 'СП']);
  // "калужская компания «Меркатор»", "белорусскому холдингу «Амкодор»": the place adjective locates it.
  // Only adjectives may stand between it and the noun ("белорусскому машиностроительному холдингу").
  const adj = listed
    ? undefined
    : s.mentions.find(
        (m) =>
          m.kind === 'adjective' &&
          !m.compound &&
          m.end >= noun - 2 &&
          m.end <= i &&
          Array.from({ length: Math.max(0, noun - m.end) }, (_, k) => m.end + k).every((k) => s.isPos(k, 'ADJF')),
      );
  if (adj && ['Country', 'Region', 'City'].includes(adj.entity.type)) s.relation('LOCATED_IN', d, adj.entity, 0.8);
  return close + 1;
}

/**
 * «Штадлер Минск», «Газпром трансгаз Ухта»: a town or region after the first word of a short
 * quoted name is part of the name (a branch or a plant), not a mention of the place. Countries
 * stay mentions, as everywhere.
 */
function placesInName(s: SentenceScanner, first: number, close: number): void {
  const words = close - first;
  if (words < 2 || words > 4 || !isCapital(s.tok(first)) || s.res.gazetteer.match(s.sentence.tokens, first)) return;
  for (let k = first + 1; k < close; k++) {
    if (!isWord(s.tok(k))) return;
    const place = s.res.gazetteer.match(s.sentence.tokens, k);
    if (
      place?.kind === 'name' &&
      place.end <= close &&
      (place.entry.type === 'City' || place.entry.type === 'Region')
    ) {
      s.markUsed(k, place.end);
      k = place.end - 1;
    }
  }
}

/**
 * "белорусский «ФишФуд»", "российской «BM Group»": a place adjective right before a quoted
 * name agrees with an elided company noun, so the name is a company.
 */
function elidedCompanyNoun(s: SentenceScanner, adjective: number, open: number): boolean {
  if (!s.isPos(adjective, 'ADJF') || isCapital(s.tok(adjective))) return false;
  return s.mentions.some((m) => m.kind === 'adjective' && m.end === open && m.entity.type !== 'Organization');
}

// ---------------------------------------------------------------- organisations

/**
 * Parts of speech that end a body's genitive tail when a word's likeliest reading is one: a short
 * adjective is a predicate ("Акимат области готов …", whose rare reading "готов" is a genitive noun).
 */
const NOT_DEPENDENT = new Set(['VERB', 'INFN', 'PRTS', 'ADJS', 'GRND', 'ADVB', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'COMP']);

/**
 * "имени Баумана", "им. В. И. Ленина", "имени Николая Бурденко": the name a body bears ends
 * it, so the whole dedication belongs to the body's name; returns the end, if one starts at `k`.
 */
function honouredNameEnd(s: SentenceScanner, k: number): number | undefined {
  const word = s.tok(k)?.text.toLowerCase();
  let j = word === 'имени' ? k + 1 : word === 'им' && s.tok(k + 1)?.text === '.' ? k + 2 : undefined;
  if (j === undefined || !isCapital(s.tok(j))) return undefined;
  const full = matchFullName(s, j);
  if (full) return full.end;
  // Initials and a surname, or one surname: capitalised words, each initial with its dot.
  while (isCapital(s.tok(j)) && j - k <= 6) {
    j += s.tok(j + 1)?.text === '.' && (s.tok(j)?.text.length ?? 0) === 1 ? 2 : 1;
    if ((s.tok(j - 1)?.text.length ?? 0) > 1 && s.tok(j - 1)?.text !== '.') break;
  }
  return j;
}

/**
 * Genitive dependents after token `from`: "дорожного хозяйства и транспорта Ставропольского
 * края", "полномочного представителя Президента КР". A word whose likeliest reading is a verb
 * ("были") or a preposition ("в") ends them, and so does an indeclinable word unless it is an
 * all-caps abbreviation ("РФ", "КР").
 */
function genitiveTail(s: SentenceScanner, from: number, max = 8): number {
  let k = from;
  let last = from;
  while (k < s.sentence.tokens.length && k - from < max) {
    const t = s.tok(k);
    // "Министерство инвестиций, промышленности и торговли …": a comma inside a list of genitives
    // that «и» closes.
    if (t?.text === ',' && k > from && listedGenitive(s, k + 1)) {
      k++;
      continue;
    }
    if (!isWord(t)) break;
    if (t.text === 'и' && k > from) {
      if (isCapital(s.tok(k + 1))) break;
      k++;
      continue;
    }
    const honoured = honouredNameEnd(s, k);
    if (honoured) return honoured;
    if (matchFullName(s, k)) break;
    const known = s.res.gazetteer.match(s.sentence.tokens, k);
    if (known && known.kind === 'name') {
      k = known.end;
      last = k;
      continue;
    }
    if (NOT_DEPENDENT.has(s.firstPos(k))) break;
    const genitive = s
      .parse(k)
      .some((p) => p.case === 'gent' && ['NOUN', 'ADJF', 'PRTF'].includes(p.pos) && !p.tags.has('Fixd'));
    if (!genitive && !(isAllCaps(t) && s.parse(k).some((p) => p.tags.has('Fixd') || p.tags.has('Abbr')))) break;
    k++;
    last = k;
  }
  return last;
}

/**
 * A lower-case genitive noun at `k` that is no body's head, followed (past more such nouns and
 * commas) by «и» and one more: a member of a list of a body's genitives.
 */
function listedGenitive(s: SentenceScanner, k: number): boolean {
  const genitive = (j: number) =>
    isWord(s.tok(j)) &&
    !isCapital(s.tok(j)) &&
    s.parse(j).some((p) => p.pos === 'NOUN' && p.case === 'gent') &&
    !s.hasLemma(j, STATE_BODY_HEADS) &&
    !s.hasLemma(j, ORGANIZATION_HEADS);
  for (let j = k; j < k + 8 && genitive(j); j += 2) {
    const next = s.tok(j + 1)?.text;
    if (next === 'и') return genitive(j + 2);
    if (next !== ',') return false;
  }
  return false;
}

/**
 * Bodies whose names state a remit with «по» ("Агентство по развитию …", "Комитет по науке …");
 * joint commissions, groups and councils are events of two sides, not named bodies.
 */
const TOPICAL_HEADS = new Set([
  'комитет',
  'агентство',
  'фонд',
  'департамент',
  'управление',
  'служба',
  'палата',
  // "Министерство по чрезвычайным ситуациям Беларуси", "Министерство по налогам и сборам".
  'министерство',
]);

/** The end of a remit «по» + dative nouns and adjectives, joined by «и» ("по науке и технологиям"). */
function remitEnd(s: SentenceScanner, from: number): number {
  if (s.tok(from)?.text.toLowerCase() !== 'по') return from;
  let k = from + 1;
  while (k < s.sentence.tokens.length && k - from <= 6) {
    const t = s.tok(k);
    if (!isWord(t) || isCapital(s.tok(k))) break;
    if (t.text === 'и' && k > from + 1) {
      k++;
      continue;
    }
    if (!s.parse(k).some((p) => p.case === 'datv' && ['NOUN', 'ADJF'].includes(p.pos))) break;
    k++;
  }
  return s.tok(k - 1)?.text === 'и' ? k - 1 : k;
}

/** Bodies named by where they sit ("Посольство Беларуси в Казахстане", "полпред … в Чуйской области"). */
const SEATED = new Set([
  'посольство',
  'консульство',
  'генконсульство',
  'торгпредство',
  'представительство',
  'представитель',
  'полпред',
  'миссия',
]);

const SEAT_NOUNS = new Set(['область', 'край', 'район', 'провинция', 'округ', 'республика', 'штат']);

/** "в Новосибирске", "в г. Новосибирске", "в Чуйской области": a seat after a body's name, as [start, end, place start]. */
function seatAfter(s: SentenceScanner, at: number): { end: number; place: number } | undefined {
  if (s.tok(at)?.text.toLowerCase() !== 'в') return undefined;
  let k = at + 1;
  if (s.tok(k)?.text === 'г' && s.tok(k + 1)?.text === '.') k += 2;
  const known = s.res.gazetteer.match(s.sentence.tokens, k);
  if (known && known.kind === 'name' && known.entry.type !== 'Organization' && known.entry.type !== 'Enterprise')
    return { end: known.end, place: k };
  const t = s.tok(k);
  if (isCapital(t) && !isAllCaps(t) && s.parse(k).some((p) => p.case === 'loct' && p.tags.has('Geox')))
    return { end: k + 1, place: k };
  // "в Чуйской области": a place the reference data does not know, by its noun.
  if (isCapital(t) && s.isPos(k, 'ADJF') && s.hasLemma(k + 1, SEAT_NOUNS)) return { end: k + 2, place: k };
  return undefined;
}

/**
 * Public bodies named by a head noun and genitive dependents: "Министерство сельского хозяйства
 * Ростовской области", "Законодательное собрание …", "Ассоциация семеноводов …", "Генеральное
 * консульство … в Новосибирске". Heads other than ministries, governments and missions must be
 * capitalised and need a proper name among the dependents, since "совет директоров" or
 * "ассоциация производителей" alone name no particular body.
 */
function scanStateBody(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i)) return undefined;
  // A word the dictionary lacks ("хокимиятом") gets guessed readings, the likeliest not always a
  // noun: its noun reading with a body's head decides.
  const guessed = s.parse(i)[0]?.known === false;
  const lemma =
    (guessed ? s.parse(i).find((p) => p.pos === 'NOUN' && STATE_BODY_HEADS.has(p.lemma))?.lemma : undefined) ??
    s.lemma(i);
  // "глава администрации Смоленска", "пресс-служба губернатора и администрации …": an executive in
  // the genitive of a title or an office is part of that phrase; only a subject or object is the body.
  const executive = LOCAL_EXECUTIVES.has(lemma) && !isCapital(t) ? !s.parse(i).some((p) => p.case === 'gent') : true;
  const stateBody = STATE_BODY_HEADS.has(lemma) && executive;
  if (!stateBody && !s.hasLemma(i, ORGANIZATION_HEADS)) return undefined;
  // Capitalised adjectives before the head belong to the name ("Генеральное консульство", "Законодательное собрание").
  let first = i;
  // Only adjectives that agree with the head. One also used as a noun ("Ученые Академии наук …")
  // must agree with the head's likeliest reading, as it may be the subject the body depends on.
  const agrees = (k: number) => {
    const heads = s.parse(k).some((p) => p.pos === 'NOUN') ? s.parse(i).slice(0, 1) : s.parse(i);
    return s.parse(k).some((m) => heads.some((h) => agreesWith(m, h)));
  };
  while (first - 1 >= 0 && i - (first - 1) <= 2 && s.isPos(first - 1, 'ADJF') && !s.isUsed(first - 1)) {
    if (!agrees(first - 1)) break;
    if (isCapital(s.tok(first - 1))) {
      first--;
      break;
    }
    // "Минский районный Совет депутатов": lower-case adjectives after a capitalised one that opens the name.
    const opened = isCapital(s.tok(first - 2)) && s.isPos(first - 2, 'ADJF') && agrees(first - 2);
    if (opened) {
      first -= 2;
      break;
    }
    if (!stateBody || !['генеральный', 'торговый'].includes(s.lemma(first - 1))) break;
    first--;
  }
  if (first < i && !isCapital(s.tok(first)) && !stateBody) first = i;
  if (!stateBody && !isCapital(s.tok(first))) return undefined;
  if (lemma === 'консульство' && first === i) return undefined;
  // "заместитель председателя правительства …", "пресс-служба правительства …" name a person or an office, not a party.
  let back = first - 1;
  while (back >= 0 && s.isPos(back, 'ADJF') && !isCapital(s.tok(back))) back--;
  // "представители Ассоциации …" still name the body; a deputy's title does not make it a party.
  if (s.hasLemma(back, DEPUTY_TITLES) || s.hasLemma(back, OFFICE_NOUNS)) return undefined;
  if (s.hasLemma(back, HEAD_TITLES) && s.hasLemma(back - 1, NON_HEAD_TITLES)) return undefined;
  // "Совет регионов …", "совет директоров": only councils of deputies or ministers are standing bodies.
  if (lemma === 'совет' && !['депутат', 'министр'].includes(s.lemma(i + 1))) return undefined;
  // "Кабинет министров" is a government; "кабинет директора" is a room.
  if (lemma === 'кабинет' && s.lemma(i + 1) !== 'министр') return undefined;
  let end = genitiveTail(s, i + 1);
  // "Комитет по науке и технологиям Беларуси": the body's remit, «по» + dative, before its genitives.
  if (end === i + 1 && TOPICAL_HEADS.has(lemma)) {
    const topic = remitEnd(s, i + 1);
    if (topic > i + 2) end = genitiveTail(s, topic);
  }
  // "комиссия Тульской и Гродненской областей": a tail that ends in an adjective is cut inside an
  // elliptic list whose noun comes after the last conjunct; the body is of both places, no name.
  const cutPlace = s.gazetteer(end - 1)?.kind === 'adjective' && s.isPos(end - 1, 'ADJF');
  if (end > i + 1 && cutPlace && ['и', ','].includes(s.tok(end)?.text ?? '')) return undefined;
  // "представительство астраханской компании / ОАО «X»": an office of the company named next,
  // no body of its own.
  const ofCompany = s.hasLemma(end - 1, ENTERPRISE_NOUNS) || isAllCaps(s.tok(end - 1));
  if (end > i + 1 && ofCompany && OPEN_QUOTES.has(s.tok(end)?.text ?? '')) return undefined;
  const seated = [i, ...range(i + 1, end)].some((k) => s.hasLemma(k, SEATED));
  // A seat alone names no body ("откроет представительство в Минске": whose is not said).
  const seat = seated && end > i + 1 ? seatAfter(s, end) : undefined;
  const tailEnd = end;
  if (seat) end = seat.end;
  const headWords = nominativePhrase(s.res.morph, s.words(first, i + 1));
  const head = `${headWords.charAt(0).toUpperCase()}${headWords.slice(1)}`;
  // "Ташкентский хокимият", "Павлодарский областной акимат": a regional executive named by the
  // adjective of its place is that place's executive, as "Минский облисполком" is.
  // "Областное правительство закупило …": a body named by the adjective of a kind of region is the
  // body of the region the article is about, as "правительство области" is.
  const regionNoun = first === i - 1 && end === i + 1 ? REGIONAL_ADJECTIVES[s.lemma(first)] : undefined;
  if (regionNoun && (lemma === 'правительство' || lemma === 'администрация')) {
    const region = s.genericPlace(regionNoun);
    if (!region) return undefined;
    const name = `${lemma.charAt(0).toUpperCase()}${lemma.slice(1)} ${genitivePhrase(s, region.name)}`;
    return addSeatedBody(s, name, region, first, i + 1);
  }
  const seatOfAdjective =
    end === i + 1 && first < i && REGIONAL_EXECUTIVES.has(lemma) ? adjectivePlace(s, first) : undefined;
  if (seatOfAdjective) return addSeatedBody(s, head, seatOfAdjective, first, i + 1);
  if (end === i + 1) {
    // A bare head ("при содействии Генерального консульства") refers back to the body named before.
    const earlier = s.recent((e) => e.type === 'Organization' && e.name.startsWith(`${head} `));
    if (!earlier || first === i) return undefined;
    s.add(earlier, first, i + 1, 'generic');
    return i + 1;
  }
  // A capital inside the sentence marks a proper name ("с Фондом развития промышленности") even
  // when no dependent is a name itself.
  // A place adjective opening it does, even at the start of a sentence ("Минский районный Совет депутатов").
  // At the start of a sentence, where every word is capitalised, a head with a chain of two or more
  // genitives or a remit names a body too ("Фонд развития промышленности выделил …"): a common noun
  // there is seldom so specified.
  const opening = first === 0 && first === i && !stateBody && tailEnd - i >= 3;
  const properName =
    (first > 0 && isCapital(s.tok(first)) && !OPEN_QUOTES.has(s.tok(first - 1)?.text ?? '')) ||
    (first < i && s.mentions.some((m) => m.first === first && m.kind === 'adjective')) ||
    opening;
  const anchored =
    properName || range(i + 1, end).some((k) => isCapital(s.tok(k)) || s.res.gazetteer.match(s.sentence.tokens, k));
  const generic = genericPlaceTail(s, tailEnd);
  if (!anchored && !generic) return undefined;
  if (lemma === 'правительство' && !s.res.gazetteer.match(s.sentence.tokens, i + 1) && !generic) return undefined;
  // "мэрия киргизской столицы": a country's capital named by description is that city, by its name.
  const capital = describedCapital(s, tailEnd);
  let dependents = capital
    ? `${s.text(i + 1, tailEnd - 2)} ${genitivePhrase(s, capital.name)}`.trim()
    : s.text(i + 1, tailEnd);
  if (seat) dependents += ` в ${s.text(seat.place, seat.end)}`;
  const name = s.organizationName(`${head} ${dependents}`);
  const d = s.draft('Organization', name);
  if (capital) d.place ??= capital;
  // A body acts for the place it belongs to.
  const seatPlace =
    s.res.gazetteer.match(s.sentence.tokens, i + 1) ?? s.res.gazetteer.match(s.sentence.tokens, tailEnd - 1);
  if (seatPlace && seatPlace.kind === 'name' && seatPlace.entry.type !== 'Organization')
    d.place ??= s.refDraft(seatPlace.entry);
  s.add(d, first, end, 'name', { consume: false });
  s.markUsed(first, i + 1);
  if (seat) s.markUsed(seat.place - (s.tok(seat.place - 1)?.text === '.' ? 3 : 1), seat.place);
  // "Президента КР": a country's initials inside a body's name are that country.
  for (let k = i + 1; k < tailEnd; k++) {
    const country = isAllCaps(s.tok(k)) && !s.gazetteer(k) ? s.byInitials(s.tok(k)?.text ?? '') : undefined;
    if (country) {
      d.place ??= country;
      s.add(country, k, k + 1, 'name');
    }
  }
  return i + 1;
}

/**
 * A tail that ends in a country's adjective and «столицы» ("киргизской столицы"): the capital
 * city the reference gives for that country.
 */
function describedCapital(s: SentenceScanner, end: number): EntityDraft | undefined {
  if (s.lemma(end - 1) !== 'столица') return undefined;
  const g = s.gazetteer(end - 2);
  const centre = g?.kind === 'adjective' && g.entry.type === 'Country' ? g.entry.centre : undefined;
  const city = centre ? s.res.gazetteer.byId(centre) : undefined;
  return city ? s.refDraft(city) : undefined;
}

/** The place a capitalised place adjective at `k` names, from the reference ("Ташкентский" → Ташкент). */
function adjectivePlace(s: SentenceScanner, k: number): EntityDraft | undefined {
  const t = s.tok(k);
  if (!isCapital(t) || !s.isPos(k, 'ADJF')) return undefined;
  const g = s.gazetteer(k);
  if (g) return g.kind === 'adjective' && PLACE_TYPES.has(g.entry.type) ? s.refDraft(g.entry) : undefined;
  const town = townNamesOf(t?.text ?? '', s.res.morph, (n) => !!s.referenceTown(n))
    .map((n) => s.referenceTown(n))
    .find((e) => e !== undefined);
  return town ? s.refDraft(town) : undefined;
}

/** A body named at [first, end) and seated in `place`; the end of its mention. */
function addSeatedBody(s: SentenceScanner, name: string, place: EntityDraft, first: number, end: number): number {
  const d = s.draft('Organization', name);
  d.place ??= place;
  s.add(d, first, end, 'name');
  return end;
}

/** Adjectives of a kind of region and the generic noun they stand for ("областное" → "область"). */
const REGIONAL_ADJECTIVES: Readonly<Record<string, string>> = {
  областной: 'область',
  краевой: 'край',
  республиканский: 'республика',
};

/** Executives of a region or town that a place adjective may name ("Ташкентский хокимият"). */
const REGIONAL_EXECUTIVES = new Set(['акимат', 'хокимият', 'администрация', 'мэрия']);

/** Does the tail end in a lone generic place noun ("министерство сельского хозяйства региона")? */
function genericPlaceTail(s: SentenceScanner, end: number): boolean {
  const t = s.tok(end - 1);
  return isWord(t) && !isCapital(t) && GENERIC_PLACE_NOUNS.has(s.lemma(end - 1)) && !s.isPos(end - 2, 'ADJF');
}

function scanOrganization(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i)) return undefined;
  // "председатель правительства края …": the body is read before a title reader takes the whole title;
  // the title itself is left to the title and person readers.
  if (s.hasLemma(i, HEAD_TITLES) && !s.isUsed(i + 1) && STATE_BODY_HEADS.has(s.lemma(i + 1))) {
    scanStateBody(s, i + 1);
    return undefined;
  }
  // Reached at its first adjective, so "генеральное консульство" is read before a title reader takes "генеральный".
  for (let head = i; head <= i + 2; head++) {
    if (head > i && !s.isPos(head - 1, 'ADJF')) break;
    const body = scanStateBody(s, head);
    if (body !== undefined) return body;
  }
  const ministry = MINISTRY_ABBREVIATIONS[t.text.replace(/[аеуыом]+$/u, '')] ?? MINISTRY_ABBREVIATIONS[t.text];
  if (ministry) {
    const g = s.res.gazetteer.match(s.sentence.tokens, i + 1);
    const end = g && g.kind === 'name' ? g.end : i + 1;
    // "сообщает пресс-служба Минпромторга области": the source of the news, not a party, and not
    // the federal body the bare abbreviation names either; its place is part of its name.
    if (s.hasLemma(i - 1, OFFICE_NOUNS)) {
      s.markUsed(i, end);
      return end;
    }
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
    const name = `${matchCase(t.text, form)} ${kind}`;
    // "Минский городской исполнительный комитет" is the reference's «Минский горисполком» when it has one.
    const words = tokenize(name);
    const known = s.res.gazetteer.match(words, 0);
    const d =
      known?.kind === 'name' && known.entry.type === 'Organization' && known.end === words.length
        ? s.refDraft(known.entry)
        : s.draft('Organization', name);
    // The committee governs the region of the same adjective ("Минский облисполком" → Минская область).
    if (kind === 'облисполком') {
      const feminine = adj?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: 'femn' });
      const region = feminine
        ? s.res.gazetteer.match(tokenize(`${matchCase(t.text, feminine)} область`), 0)
        : undefined;
      if (region && region.entry.type === 'Region') d.place ??= s.refDraft(region.entry);
    }
    // "Бобруйский горисполком" governs the town of that adjective.
    if (kind === 'горисполком') {
      const town = [matchCase(t.text, form), ...townNamesOf(t.text, s.res.morph)]
        .map((name) => s.res.gazetteer.match(tokenize(name), 0))
        .find((m) => m?.entry.type === 'City');
      if (town) d.place ??= s.refDraft(town.entry);
    }
    s.add(d, i, k, 'name');
    return k;
  }
  return undefined;
}

// ---------------------------------------------------------------- companies without quotes

/** "558-й", "407‑го": a number with a hyphenated case ending, as an ordinal adjective. */
function ordinalAt(s: SentenceScanner, k: number): { num: string; end: number } | undefined {
  const n = s.tok(k);
  const h = s.tok(k + 1);
  const suffix = s.tok(k + 2);
  if (n?.kind !== 'number' || !/^\d{1,4}$/.test(n.text) || !h || !suffix) return undefined;
  if (!/^[-‑–]$/.test(h.text) || h.start !== n.end || suffix.start !== h.end) return undefined;
  if (!/^(й|я|е|го|му|м|ого|ому|ий|ый|ой|ом|ым|ых|х|ые|ие|ая|ое)$/u.test(suffix.text)) return undefined;
  return { num: n.text, end: k + 3 };
}

/** Adjectives and their head put into the nominative singular ("авиаремонтными заводами" → "авиаремонтный завод"). */
function singularNominative(s: SentenceScanner, modifiers: readonly number[], head: number): string {
  const hp = s.parse(head).find((p) => p.pos === 'NOUN');
  const gender = hp?.gender ?? 'masc';
  const headText = s.tok(head)?.text ?? '';
  const parts = modifiers.map((k) => {
    const text = s.tok(k)?.text ?? '';
    const p = s.parse(k).find((x) => x.pos === 'ADJF' || x.pos === 'PRTF');
    return matchCase(text, p?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: gender }) ?? text.toLowerCase());
  });
  parts.push(matchCase(headText, hp?.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? headText.toLowerCase()));
  return parts.join(' ');
}

interface Conjunct {
  ord?: string;
  readonly adjectives: number[];
  readonly first: number;
}

/**
 * Companies named by a noun phrase without quotes: a capitalised (place) adjective, more
 * adjectives and a company head ("Тульский патронный завод", "Минском заводе гражданской
 * авиации"), or an ordinal number ("558-й авиаремонтный завод"). Coordinated modifiers with a
 * plural head distribute over it: "Минский тракторный и автомобильный заводы" are two plants.
 */
/** Abbreviations of kinds of plant that a place adjective makes a company's name ("Омский НПЗ"). */
const COMPANY_ABBREVIATIONS = new Set(['НПЗ', 'ГОК', 'ЦБК']);

/** A hyphenated town name whose last part is an adjective ("Каменск-Уральский", "Гусь-Хрустальный"). */
function adjectivalTownName(s: SentenceScanner, i: number): boolean {
  const parts = s.tok(i)?.text.split('-') ?? [];
  const last = parts.at(-1) ?? '';
  return parts.length > 1 && s.res.morph.parse(last).some((p) => p.pos === 'ADJF');
}

function scanCompanyPhrase(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (s.isUsed(i)) return undefined;
  const startsWithOrdinal = ordinalAt(s, i) !== undefined;
  // "Каменск-Уральский металлургический завод": a town whose name ends in an adjective lends it
  // whole to a plant's name, as other towns lend their adjective.
  const townAdjective = adjectivalTownName(s, i);
  const capital = !startsWithOrdinal && isCapital(t) && !isAllCaps(t) && (s.isPos(i, 'ADJF') || townAdjective);
  if (!startsWithOrdinal && !capital) return undefined;
  // "белорусские 558-й и 407-й заводы": a name with a number starts at the number.
  // "на Уральском заводе": a form shared with a town's name (Уральск) is the adjective when it agrees with the noun after it.
  const known = s.gazetteer(i);
  const townForm = known?.end === i + 1 && PLACE_TYPES.has(known.entry.type) && qualifiesNext(s, i);
  if (capital && ((known?.kind === 'name' && !townAdjective && !townForm) || ordinalAt(s, i + 1))) return undefined;
  const lead = capital ? [i] : [];
  const conjuncts: Conjunct[] = [];
  let cur: Conjunct = { adjectives: [], first: capital ? i + 1 : i };
  let k = cur.first;
  while (k < i + 10) {
    const o = ordinalAt(s, k);
    const w = s.tok(k);
    if (o && cur.ord === undefined && cur.adjectives.length === 0) {
      cur.ord = o.num;
      k = o.end;
    } else if (isWord(w) && !isCapital(w) && s.isPos(k, 'ADJF', 'PRTF') && !s.hasLemma(k, ENTERPRISE_HEADS)) {
      cur.adjectives.push(k);
      k++;
    } else if (w?.text === 'и' && (cur.ord !== undefined || cur.adjectives.length > 0)) {
      conjuncts.push(cur);
      cur = { adjectives: [], first: k + 1 };
      k++;
    } else break;
  }
  conjuncts.push(cur);
  const head = k;
  // "с представителями Евразийской экономической комиссии": a capitalised adjective inside the
  // sentence makes a body's head a proper name, as it does a plant's.
  const inside = s.sentence.tokens.slice(0, i).some((x) => x.kind === 'word');
  const institution =
    s.hasLemma(head, INSTITUTION_HEADS) || (capital && inside && s.hasLemma(head, ORGANIZATION_HEADS));
  // "Омский НПЗ", "Лебединский ГОК": the abbreviation of a kind of plant after a capitalised adjective.
  const abbreviated = capital && COMPANY_ABBREVIATIONS.has(s.tok(head)?.text ?? '');
  // "Западно-Сибирская железная дорога", "Казахстанская железная дорога": a railway named by the
  // adjective of a place or a compound one of its parts is a company ("Новая железная дорога" is not).
  const railway =
    capital &&
    s.lemma(head) === 'дорога' &&
    conjuncts.length === 1 &&
    cur.adjectives.some((k) => s.lemma(k) === 'железный') &&
    (s.gazetteer(i)?.kind === 'adjective' || (t?.text ?? '').includes('-') || s.isTownAdjective(i));
  // "Уфимское моторостроительное производственное объединение": a production association is a company.
  const association =
    s.lemma(head) === 'объединение' && cur.adjectives.some((k) => /производственный$/u.test(s.lemma(k)));
  const companyHead =
    s.hasLemma(head, ENTERPRISE_HEADS) || s.isCompoundCompanyNoun(head) || abbreviated || railway || association;
  if ((!companyHead && !institution) || s.isUsed(head)) return undefined;
  const type = institution ? 'Organization' : 'Enterprise';
  const plural = s.parse(head).every((p) => p.number === 'plur');
  if (OPEN_QUOTES.has(s.tok(head + 1)?.text ?? '')) return undefined;
  const last = conjuncts[conjuncts.length - 1] as Conjunct;
  // "Белорусский завод выпустил": at the start of a sentence capitals prove nothing, so a name needs
  // a place adjective and more description ("Тульский патронный завод", "Брестский комбинат
  // строительных материалов", "Гомельский завод (ГЗ)").
  const sentenceStart = !s.sentence.tokens.slice(0, i).some((x) => x.kind === 'word');
  // "Арбитражный суд Омской области": an institution's jurisdiction in the genitive belongs to its name.
  const seat = institution && capital ? s.res.gazetteer.match(s.sentence.tokens, head + 1) : undefined;
  const seatEnd =
    seat?.kind === 'name' && ['Country', 'Region', 'City'].includes(seat.entry.type) ? seat.end : undefined;
  // A compound noun ("льнокомбинат", "автозавод") says what the company makes, as an adjective would.
  const described =
    last.adjectives.length > 0 ||
    s.isCompoundCompanyNoun(head) ||
    abbreviated ||
    genitiveAfter(s, head + 1) ||
    s.tok(head + 1)?.text === '(' ||
    seatEnd !== undefined;
  // A town the reference does not list still counts when the dictionary knows it ("Бобруйский" ← Бобруйск).
  const placeAdjective = s.gazetteer(i)?.kind === 'adjective' || s.isTownAdjective(i);
  // "Гродненский университет подписал …": a town's or region's adjective with an institution's head
  // names the one institution the place is known by, as it does inside the sentence; a country's
  // adjective ("Белорусский университет") does not single one out.
  const localInstitution =
    institution && s.hasLemma(head, INSTITUTION_HEADS) && placeAdjective && s.gazetteer(i)?.entry.type !== 'Country';
  // A broad area's adjective opens a name there as well ("Уральский завод транспортного машиностроения").
  const namingAdjective = placeAdjective || s.isAreaAdjective(i);
  if (
    capital &&
    sentenceStart &&
    (!namingAdjective || !described) &&
    seatEnd === undefined &&
    !localInstitution &&
    !railway
  )
    return undefined;
  if (conjuncts.length > 1) {
    if (!plural || conjuncts.some((c) => c.ord === undefined && c.adjectives.length === 0)) return undefined;
    // Ordinals share the adjectives written after the last one ("558-й и 407-й авиаремонтные").
    const shared = conjuncts.every((c) => c.ord !== undefined) ? last.adjectives : [];
    for (const c of conjuncts) {
      const mods = [...lead, ...(c === last ? [] : shared), ...c.adjectives];
      addCompany(s, c.ord, mods, head, c.first, head + 1, type);
    }
    s.markUsed(i, head + 1);
    locateByAdjective(s, i, head + 1);
    return head + 1;
  }
  if (plural) return undefined;
  if (startsWithOrdinal && last.adjectives.length === 0 && (last.ord?.length ?? 0) < 3) return undefined;
  let end = seatEnd ?? head + 1;
  // "Минский завод гражданской авиации": lower-case genitive dependents belong to the name.
  while (
    end < head + 4 &&
    isWord(s.tok(end)) &&
    !isCapital(s.tok(end)) &&
    genitiveAfter(s, end) &&
    s.isPos(end, 'NOUN', 'ADJF')
  )
    end++;
  if (end > head + 1 && !s.isPos(end - 1, 'NOUN')) end = head + 1;
  // "Гомельский завод литья и нормалей": a genitive dependent coordinated with another bare genitive noun.
  if (end > head + 1 && coordinatedGenitive(s, end)) end += 2;
  // "концерн пищевой промышленности «Белгоспищепром»": a description before a quoted name, not a name.
  if (end > head + 1 && OPEN_QUOTES.has(s.tok(end)?.text ?? '')) return undefined;
  end = honouredNameEnd(s, s.tok(end - 1)?.text.toLowerCase() === 'имени' ? end - 1 : end) ?? end;
  // "Могилёвский завод лифтового машиностроения («Могилёвлифтмаш»)": a known short name in brackets is the same company.
  const bracketed = bracketedKnownName(s, end);
  if (bracketed) {
    const known = s.refDraft(bracketed.entry);
    known.aliases.add(singularNominative(s, [...lead, ...last.adjectives], head));
    s.add(known, i, bracketed.end, 'name');
    return bracketed.end;
  }
  const d =
    end > head + 1
      ? companyDraft(s, `${singularNominative(s, [...lead, ...last.adjectives], head)} ${s.text(head + 1, end)}`, type)
      : addCompany(s, last.ord, [...lead, ...last.adjectives], head, i, end, type);
  if (end > head + 1) s.add(d, i, end, 'name');
  s.markUsed(i, end);
  locateByAdjective(s, i, end);
  // "Минский тракторный завод (МТЗ)": the abbreviation is the same company.
  if (s.tok(end)?.text === '(' && isAllCaps(s.tok(end + 1)) && s.tok(end + 2)?.text === ')') {
    const abbr = s.tok(end + 1)?.text ?? '';
    d.aliases.add(abbr);
    s.add(d, end + 1, end + 2, 'name');
    s.markUsed(end, end + 3);
    return end + 3;
  }
  return end;
}

/**
 * Whether «и» at `at` joins a second genitive dependent to a name ("завод литья и нормалей"): a
 * lower-case noun that can only be genitive (a person's noun also reads as accusative), names no body ("и облисполкома") and has no
 * name of its own after it ("и трактора «Беларус»").
 */
function coordinatedGenitive(s: SentenceScanner, at: number): boolean {
  const t = s.tok(at + 1);
  if (s.tok(at)?.text !== 'и' || !isWord(t) || isCapital(t) || !s.isPos(at + 1, 'NOUN')) return false;
  if (!s.parse(at + 1).every((p) => p.case === 'gent')) return false;
  if ([ENTERPRISE_HEADS, ORGANIZATION_HEADS, STATE_BODY_HEADS, EXECUTIVE_HEADS].some((h) => s.hasLemma(at + 1, h)))
    return false;
  const after = s.tok(at + 2);
  return !after || !(OPEN_QUOTES.has(after.text) || isCapital(after));
}

/** "(«Могилёвлифтмаш»)", "(МТЗ)" after token `at`, naming a reference company: its entry and the end of the brackets. */
function bracketedKnownName(s: SentenceScanner, at: number): { entry: ReferenceEntry; end: number } | undefined {
  if (s.tok(at)?.text !== '(') return undefined;
  const quoted = OPEN_QUOTES.has(s.tok(at + 1)?.text ?? '');
  const m = s.res.gazetteer.match(s.sentence.tokens, at + (quoted ? 2 : 1));
  if (m?.kind !== 'name' || m.entry.type !== 'Enterprise') return undefined;
  const close = m.end + (quoted && CLOSE_QUOTES.has(s.tok(m.end)?.text ?? '') ? 1 : 0);
  return s.tok(close)?.text === ')' ? { entry: m.entry, end: close + 1 } : undefined;
}

/** The reference entry a composed name is an alias of ("Минский тракторный завод" → МТЗ), else a new company. */
function companyDraft(
  s: SentenceScanner,
  name: string,
  type: 'Enterprise' | 'Organization' = 'Enterprise',
): EntityDraft {
  const tokens = tokenize(name);
  const known = s.res.gazetteer.match(tokens, 0);
  if (known && known.kind === 'name' && known.end === tokens.length) return s.refDraft(known.entry);
  if (type === 'Organization') return s.recent((e) => e.type === type && e.name === name) ?? s.draft(type, name);
  return sameCompany(s, name) ?? s.draft('Enterprise', name);
}

/** "автозавод" is short for "автомобильный завод": both spellings name one company. */
function compoundKey(name: string): string {
  return name.toLowerCase().replace(/автомобильный завод/u, 'автозавод');
}

/** A company already named with the other spelling of a compound; it takes the full spelling. */
function sameCompany(s: SentenceScanner, name: string): EntityDraft | undefined {
  const key = compoundKey(name);
  const d = s.recent((e) => e.type === 'Enterprise' && !e.ref && compoundKey(e.name) === key);
  if (!d || d.name === name) return d;
  d.aliases.add(name);
  if (name.length > d.name.length) {
    d.aliases.add(d.name);
    d.name = name;
  }
  return d;
}

function addCompany(
  s: SentenceScanner,
  ord: string | undefined,
  modifiers: readonly number[],
  head: number,
  first: number,
  end: number,
  type: 'Enterprise' | 'Organization',
): EntityDraft {
  const phrase = singularNominative(s, modifiers, head);
  const gender = s.parse(head).find((p) => p.pos === 'NOUN')?.gender;
  const ending = gender === 'femn' ? 'я' : gender === 'neut' ? 'е' : 'й';
  const d = companyDraft(s, ord === undefined ? phrase : `${ord}-${ending} ${phrase}`, type);
  s.add(d, first, end, 'name', { consume: false });
  return d;
}

/** "белорусские 558-й и 407-й … заводы": a place adjective before the names locates each company. */
function locateByAdjective(s: SentenceScanner, first: number, end: number): void {
  const adj = s.mentions.find((m) => m.kind === 'adjective' && !m.compound && m.end === first);
  if (!adj || !['Country', 'Region', 'City'].includes(adj.entity.type)) return;
  for (const m of s.mentions) {
    if (m.first >= first && m.end <= end && m.entity.type === 'Enterprise')
      s.relation('LOCATED_IN', m.entity, adj.entity, 0.8);
  }
}

/**
 * A genitive dependent opens at `k`: its likeliest reading is a genitive, or adjectives that may be
 * genitive lead to a genitive noun ("завод бытовой техники", where «бытовой» alone reads nominative).
 */
function genitiveAfter(s: SentenceScanner, k: number): boolean {
  if (s.parse(k)[0]?.case === 'gent') return true;
  let j = k;
  while (j < k + 3 && s.parse(j).some((p) => p.pos === 'ADJF' && p.case === 'gent')) j++;
  return j > k && s.parse(j).some((p) => p.pos === 'NOUN' && p.case === 'gent');
}

/** Entities an acronym of their name may stand for. */
const ACRONYM_TYPES: ReadonlySet<string> = new Set(['Enterprise', 'Organization']);

/**
 * The acronyms of a body's name: the initials of its words up to a dedication ("имени …"), with
 * a hyphenated word giving one letter or one per part ("Белгородский государственный
 * технологический университет имени В. Г. Шухова" → БГТУ; "архитектурно-строительный" → А or АС).
 */
function acronymsOf(name: string): string[] {
  let variants = [''];
  for (const w of acronymWords(name)) {
    const parts = w.split('-').filter(Boolean);
    const whole = (w[0] ?? '').toUpperCase();
    const each = parts.map((x) => (x[0] ?? '').toUpperCase()).join('');
    variants = variants.flatMap((v) => (each === whole ? [v + whole] : [v + whole, v + each]));
  }
  return variants.filter((v) => v.length >= 2);
}

/** The words of a body's name that an abbreviation takes letters from: up to a dedication ("имени …"), without «и». */
function acronymWords(name: string): string[] {
  const words = name.split(/\s+/u);
  const end = words.findIndex((w) => /^(имени|им\.?)$/u.test(w));
  return (end >= 0 ? words.slice(0, end) : words).filter((w) => /^\p{L}/u.test(w) && w !== 'и');
}

/**
 * Whether an abbreviation stands for a body's name: all capitals are its initials (`acronymsOf`);
 * mixed case takes the opening letters of each word, a capital starting each ("УрФУ" ←
 * Уральский федеральный университет, "СибГУ" ← Сибирский государственный университет), a
 * hyphenated word giving one chunk per part ("ЮУрГУ" ← Южно-Уральский государственный университет).
 */
function abbreviates(abbr: string, name: string): boolean {
  if (/^\p{Lu}+$/u.test(abbr)) return acronymsOf(name).includes(abbr);
  const chunks = abbr.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const parts = acronymWords(name).flatMap((w) => w.split('-').filter(Boolean));
  return (
    chunks.length === parts.length && chunks.every((c, k) => (parts[k] ?? '').toLowerCase().startsWith(c.toLowerCase()))
  );
}

/**
 * An all-caps word is a company only with evidence: generic abbreviations (ТРЦ, АЗС, ОЭЗ) are
 * common nouns, and a legal form before a quoted name (ТОО «…», ЧУП «…») only describes the name.
 * Evidence: an alias the text or the reference gave, a company noun right before it
 * ("завод ЧТЗ"), quotes around it («ТТУ»), or mixed case, which only coined names have (БелАЗ), or
 * the initials of a body or company the article named («Ректор БГТУ»).
 */
function scanAbbreviation(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i)) return undefined;
  const word = t.text.replace(/-\d+$/, '');
  const brand = /^\p{Lu}\p{Ll}+\p{Lu}{2,}$/u.test(word);
  const abbr = /^[\p{Lu}]{2,5}$/u.test(word);
  // "ЮУрГУ", "СибГУ": a capital and at most two small letters per word, standing for a body named before.
  const syllabic = /^(?:\p{Lu}\p{Ll}{0,2}){2,}$/u.test(word) && /\p{Ll}/u.test(word);
  if (!brand && !abbr && !syllabic) return undefined;
  if (NON_ENTERPRISE_ABBREVIATIONS.has(word) || /^[IVXLCM]+$/u.test(word)) return undefined;
  if (quotedNameAt(s, i + 1)) return undefined;
  // An alias given in parentheses after a company name ("(МТЗ)") is that company.
  const alias =
    [...s.mentions].reverse().find((m) => m.entity.aliases.has(word))?.entity ??
    findByAlias(s, word) ??
    s.recent((e) => ACRONYM_TYPES.has(e.type) && abbreviates(word, e.name));
  if (alias) {
    s.add(alias, i, i + 1, 'name');
    return i + 1;
  }
  // "«Белорусская цементная компания» (БЦК)": a parenthesised abbreviation right after a name.
  const named = s.mentions.at(-1);
  if (
    s.tok(i - 1)?.text === '(' &&
    s.tok(i + 1)?.text === ')' &&
    named &&
    named.end === i - 1 &&
    (named.entity.type === 'Enterprise' || named.entity.type === 'Organization')
  ) {
    named.entity.aliases.add(word);
    s.add(named.entity, i, i + 1, 'name');
    return i + 1;
  }
  const quoted = OPEN_QUOTES.has(s.tok(i - 1)?.text ?? '') && CLOSE_QUOTES.has(s.tok(i + 1)?.text ?? '');
  const afterCompanyNoun = s.isCompanyNoun(i - 1) && !s.hasLemma(i - 1, ROLE_NOUNS);
  if (!brand && !quoted && !afterCompanyNoun) return undefined;
  s.add(s.draft('Enterprise', word), i, i + 1, 'name');
  return i + 1;
}

const LATIN_WORD = /^[A-Z][A-Za-z\d&.-]*$/;
/** English company heads: a Latin name that ends in one is a company wherever it stands ("AuViet Industry"). */
const LATIN_COMPANY_HEADS = new Set([
  'group',
  'industry',
  'industries',
  'holding',
  'holdings',
  'motor',
  'motors',
  'corporation',
  'corp',
  'company',
  'ltd',
  'llc',
  'inc',
  'gmbh',
  'ag',
  'manufacturing',
  'trading',
  'technologies',
  'international',
]);
/** Nouns that introduce a Latin brand or company name ("бренд Haval", "агентство Bloomberg"). */
const LATIN_NAME_NOUNS = new Set(['бренд', 'марка', 'агентство']);

/**
 * A capitalised Latin word sequence is one name, not cut at the first word: after a company noun
 * ("компания AuViet Industry") or a head's title ("директор Huawei"), after a place adjective
 * ("китайский Haval"), as the subject of a verb ("Bloomberg сообщает"), or ending in an English
 * company head ("Sino Group").
 */
function scanLatinName(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i) || !LATIN_WORD.test(t.text) || NON_ENTERPRISE_ABBREVIATIONS.has(t.text))
    return undefined;
  if (s.gazetteer(i)) return undefined;
  let end = i + 1;
  while (end < i + 6 && isWord(s.tok(end)) && LATIN_WORD.test(s.tok(end)?.text ?? '') && !s.isUsed(end)) end++;
  const last = s.tok(end - 1)?.text.toLowerCase() ?? '';
  const prev = i - 1;
  const evidence =
    s.isCompanyNoun(prev) ||
    s.hasLemma(prev, LATIN_NAME_NOUNS) ||
    // "генеральный директор Huawei": the genitive slot of a head's title is what they head.
    s.hasLemma(prev, HEAD_TITLES) ||
    s.mentions.some((m) => m.kind === 'adjective' && m.end === i) ||
    (end > i + 1 && LATIN_COMPANY_HEADS.has(last)) ||
    (isWord(s.tok(end)) && s.firstPos(end) === 'VERB' && !isWord(s.tok(prev)));
  if (!evidence) return undefined;
  const d = s.draft('Enterprise', s.text(i, end));
  s.add(d, i, end, 'name');
  const adj = s.mentions.find(
    (m) => m.kind === 'adjective' && !m.compound && (m.end === i || (m.end === prev && s.isCompanyNoun(prev))),
  );
  if (adj && ['Country', 'Region', 'City'].includes(adj.entity.type)) s.relation('LOCATED_IN', d, adj.entity, 0.8);
  return end;
}

/** Company nouns that name a role, not a kind of company: "резидентом ТОСЭР" is no company ТОСЭР. */
const ROLE_NOUNS = new Set(['резидент', 'производитель', 'поставщик', 'перевозчик', 'дистрибьютор', 'группа']);

/** Is token `i` an opening quote around a capitalised name ("«Степной двор»")? */
function quotedNameAt(s: SentenceScanner, i: number): boolean {
  const open = s.tok(i);
  if (!open || !OPEN_QUOTES.has(open.text)) return false;
  const close = closingQuote(s, i);
  return close !== undefined && close > i + 1 && /^[\p{Lu}\p{Lt}\d]/u.test(s.tok(i + 1)?.text ?? '');
}

function findByAlias(s: SentenceScanner, word: string): EntityDraft | undefined {
  return s.recent((e) => e.aliases.has(word));
}

// ---------------------------------------------------------------- places

/**
 * The place a capitalised adjective names when it is a conjunct of adjectives before a
 * plural place noun ("Гомельская и Брестская области"): the adjective with that noun in
 * the singular, if the reference data knows it.
 */
function sharedPlaceNoun(s: SentenceScanner, first: number, end: number): ReferenceEntry | undefined {
  if (end !== first + 1 || !isCapital(s.tok(first))) return undefined;
  let k = end;
  // Over ", Курганскую" / "и Псковскую" to the noun after the last adjective.
  while (s.tok(k)?.text === ',' || s.tok(k)?.text === 'и') {
    if (!isCapital(s.tok(k + 1)) || !s.isPos(k + 1, 'ADJF')) return undefined;
    k += 2;
  }
  if (k === end) return undefined;
  const noun = s.parse(k).find((p) => p.pos === 'NOUN' && p.number === 'plur');
  const single = noun?.inflect({ CAse: 'nomn', NMbr: 'sing' });
  if (!single || !GENERIC_PLACE_NOUNS.has(single)) return undefined;
  const gender = s.res.morph.parse(single).find((p) => p.pos === 'NOUN')?.gender;
  return placeOfAdjective(
    s,
    first,
    s.parse(first).find((p) => p.pos === 'ADJF'),
    single,
    gender,
  );
}

/**
 * The listed place the adjective at `first` (its reading `adjective`) names with the place noun
 * `noun` in the singular ("Брестской" + "область" → Брестская область).
 */
function placeOfAdjective(
  s: SentenceScanner,
  first: number,
  adjective: WordParse | undefined,
  noun: string,
  gender: string | undefined,
): ReferenceEntry | undefined {
  const form = adjective?.inflect({ CAse: 'nomn', NMbr: 'sing', ...(gender ? { GNdr: gender } : {}) });
  if (!form) return undefined;
  const found = s.res.gazetteer.match(tokenize(`${matchCase(s.tok(first)?.text ?? '', form)} ${noun}`), 0);
  return found?.kind === 'name' && found.end === 2 ? found.entry : undefined;
}

/**
 * The place a capitalised adjective names when it heads a prepositional phrase of its own
 * whose noun is elided, shared with a neighbouring phrase of the same shape ("из Витебской в
 * Смоленскую область", "в Тверскую область из Гродненской"): no noun follows the adjective,
 * and the neighbour's singular place noun agrees with it in gender.
 */
function elidedPlaceNoun(s: SentenceScanner, first: number, end: number): ReferenceEntry | undefined {
  if (end !== first + 1 || !isCapital(s.tok(first)) || !s.isPos(first - 1, 'PREP')) return undefined;
  const next = s.tok(end);
  if (isWord(next) && ['NOUN', 'ADJF', 'PRTF'].includes(s.firstPos(end))) return undefined;
  // The neighbour: "в Смоленскую область" right after, or "в Тверскую область" right before.
  for (const k of [end + 2, first - 2]) {
    if (!s.isPos(k - 2, 'PREP') || !isCapital(s.tok(k - 1)) || !s.isPos(k - 1, 'ADJF')) continue;
    const noun = s.parse(k).find((p) => p.pos === 'NOUN' && p.number === 'sing' && GENERIC_PLACE_NOUNS.has(p.lemma));
    if (!noun?.gender) continue;
    const adjective = s.parse(first).find((p) => p.pos === 'ADJF' && p.number === 'sing' && p.gender === noun.gender);
    const place = placeOfAdjective(s, first, adjective, noun.lemma, noun.gender);
    if (place) return place;
  }
  return undefined;
}

/** "российско-казахстанское предприятие": each place of a compound adjective, as adjectives of the noun. */
function scanCompoundPlace(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (t?.kind !== 'word' || !t.text.includes('-')) return undefined;
  const places = compoundPlaces(t.text.toLowerCase(), s.res.gazetteer);
  if (places.length < 2) return undefined;
  const noun = qualified(s, i + 1);
  for (const entry of places) s.add(s.refDraft(entry), i, i + 1, 'adjective', { compound: true, ...noun });
  return i + 1;
}

/** Nouns of districts, the level below a region, which take the adjective of a town or region as their name. */
const DISTRICT_NOUNS = new Set(['район', 'улус', 'сельсовет']);

/** Nouns of an area larger than a town: a town's adjective before them names the area. */
const AREA_NOUNS = new Set(['регион', 'округ', 'край', 'район', 'область', 'макрорегион']);

/** Verbs whose direct object is a place visited ("посетил Котовск"). */
const VISITED_BY = new Set(['посетить', 'посещать']);

/** The cases a preposition governs, for a town known only to the dictionary ("в Бобруйске"). */
const PREPOSITION_CASES: Record<string, readonly string[]> = {
  в: ['loct', 'loc2', 'accs'],
  во: ['loct', 'loc2', 'accs'],
  из: ['gent', 'gen2'],
  под: ['ablt', 'accs'],
};

/**
 * "харбинский холдинг": an adjective of a town the reference lists without its adjective, or of
 * a town the article has named, found through the dictionary's town name ("Харбин"); it then
 * counts like any place adjective.
 */

function scanTownAdjective(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (t?.kind !== 'word' || s.gazetteer(i) || !s.isPos(i, 'ADJF')) return undefined;
  for (const name of townNamesOf(t.text, s.res.morph, (n) => !!s.referenceTown(n))) {
    const listed = s.referenceTown(name);
    // "Лида и Серпухов … серпуховская компания": else a town the reference lacks, named in the article.
    const town = listed ? s.refDraft(listed) : s.recent((e) => e.type === 'City' && e.name === name);
    if (!town) continue;
    const noun = qualified(s, i + 1);
    // "Уральский регион", "Уральский федеральный округ" name an area, not the town Уральск.
    if (noun.governs && AREA_NOUNS.has(noun.governs)) return undefined;
    s.add(town, i, i + 1, 'adjective', noun);
    return i + 1;
  }
  return undefined;
}

/** The word at `i` can be an adjective in the case of the lower-case noun or adjective after it. */
function qualifiesNext(s: SentenceScanner, i: number): boolean {
  const next = s.tok(i + 1);
  if (!isWord(next) || next.text !== next.text.toLowerCase()) return false;
  const first = s.parse(i + 1)[0]?.pos;
  if (first !== 'NOUN' && first !== 'ADJF') return false;
  const heads = s.parse(i + 1).filter((p) => p.pos === 'NOUN' || p.pos === 'ADJF');
  // Only a dictionary adjective: an unknown town ("в Актобе тракторы") also gets guessed ones. It
  // must agree in case, number and gender: "в Иваново делегации" is a town and a genitive.
  return s.parse(i).some((p) => p.pos === 'ADJF' && p.known && heads.some((q) => agreesWith(p, q)));
}

/**
 * "Мингорисполком": an executive committee the reference knows by a name with no place adjective
 * governs its seat (a town's) or the region of its seat (an oblast's).
 */
function committeePlace(s: SentenceScanner, entry: ReferenceEntry): EntityDraft | undefined {
  const level = /(гор|обл)исполком$/u.exec(foldWord(entry.name))?.[1];
  const seat = entry.locatedIn ? s.res.gazetteer.byId(entry.locatedIn) : undefined;
  if (!level || seat?.type !== 'City') return undefined;
  const place = level === 'гор' ? seat : seat.locatedIn ? s.res.gazetteer.byId(seat.locatedIn) : undefined;
  return place?.type === 'City' || place?.type === 'Region' ? s.refDraft(place) : undefined;
}

function scanPlace(s: SentenceScanner, i: number): number | undefined {
  const m = s.gazetteer(i);
  if (!m) return undefined;
  if (m.kind === 'demonym') return scanDemonym(s, m.start, m.end, m.entry);
  const d = s.refDraft(m.entry);
  const governed = m.entry.type === 'Organization' ? committeePlace(s, m.entry) : undefined;
  if (governed) d.place ??= governed;
  if (m.kind === 'name') {
    // "долларов США" is a currency, not the country.
    if (m.entry.type === 'Country' && /^долл/u.test(s.tok(i - 1)?.text.toLowerCase() ?? '')) {
      s.markUsed(m.start, m.end);
      return m.end;
    }
    // "первым заместителем Председателя Правительства РФ": the office in a deputy's title is no party here.
    // "со странами СНГ", "стран-участниц ШОС": a group of countries named by membership, not the body.
    if (m.entry.type === 'Organization' && (deputyTitleBefore(s, m.start) || membersBefore(s, m.start))) {
      s.markUsed(m.start, m.end);
      return m.end;
    }
    // "в Уральском федеральном округе": a one-word town form that is also an adjective agreeing
    // with the next word qualifies it (Уральск's instrumental is not a place here).
    if (m.entry.type === 'City' && m.end === m.start + 1 && qualifiesNext(s, m.start)) return undefined;
    s.add(d, m.start, m.end, 'name');
    return m.end;
  }
  // "Тверскую, Курганскую и Псковскую области": a list of adjectives shares the plural place noun.
  const shared = sharedPlaceNoun(s, m.start, m.end) ?? elidedPlaceNoun(s, m.start, m.end);
  if (shared) {
    s.add(s.refDraft(shared), m.start, m.end, 'name');
    return m.end;
  }
  const noun = qualified(s, m.end);
  const governs = noun.governs;
  // "Тамбовский район", "хозяйства Тамбовского и Ивановского районов": a district named like a
  // town or region is neither of them.
  if (governs && DISTRICT_NOUNS.has(governs)) {
    s.markUsed(m.start, m.end);
    return m.end;
  }
  s.add(d, m.start, m.end, 'adjective', noun);
  // "в башкирском городе Дюртюли": the town lies in the region; "в казахстанских городах Костанай
  // и Павлодар": with the noun in the plural, each town of the list does.
  if (governs && CITY_NOUNS.has(governs)) {
    const noun = nextNounIndex(s, m.end);
    // "иранские города": «города» may be a genitive singular, but the adjective agreeing with it is plural.
    const only = (k: number, pos: string) => {
      const parses = s.parse(k).filter((p) => p.pos === pos);
      return parses.length > 0 && parses.every((p) => p.number === 'plur');
    };
    const plural = only(noun, 'NOUN') || only(m.start, 'ADJF');
    let end = townAfterAdjective(s, noun + 1, d);
    if (end === undefined) return m.end;
    while (plural && [',', 'и'].includes(s.tok(end)?.text ?? '')) {
      const next = townAfterAdjective(s, end + 1, d);
      if (next === undefined) break;
      end = next;
    }
    return end;
  }
  return m.end;
}

/** The town named at `k` after a place adjective and its town noun, added and placed in that place; its end. */
function townAfterAdjective(s: SentenceScanner, k: number, place: EntityDraft): number | undefined {
  const town = s.gazetteer(k);
  const townDraft =
    town && town.kind === 'name'
      ? s.refDraft(town.entry)
      : isCapital(s.tok(k))
        ? s.draft('City', s.tok(k)?.text ?? '')
        : undefined;
  if (!townDraft) return undefined;
  const end = town?.end ?? k + 1;
  s.add(townDraft, k, end, 'name');
  s.relation('LOCATED_IN', townDraft, place, 0.8);
  return end;
}

/**
 * "Белорусы построят завод", "закупят у казахстанцев": people of a place named in the plural are a
 * group from it, a party as "белорусские строители" is; the noun is its own head. One of them
 * ("белорус по происхождению") is a person, not a side.
 */
function scanDemonym(s: SentenceScanner, start: number, end: number, entry: ReferenceEntry): number | undefined {
  // Written in small letters; a capital inside a sentence is a surname ("Поляков", "Немцов").
  if (start > 0 && isCapital(s.tok(start))) return undefined;
  if (!s.parse(start).some((p) => p.pos === 'NOUN' && p.number === 'plur')) return undefined;
  s.add(s.refDraft(entry), start, end, 'adjective', { governs: s.lemma(start), group: true });
  return end;
}

function membersBefore(s: SentenceScanner, at: number): boolean {
  return (
    /^(страна|государство)(-|$)/u.test(s.lemma(at - 1)) || /^(стран|государств)\p{L}*-/u.test(s.tok(at - 1)?.text ?? '')
  );
}

function deputyTitleBefore(s: SentenceScanner, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (!s.hasLemma(k, NON_HEAD_TITLES)) continue;
    // "с представителями ФТС": people sent by a body make it a party; one "представитель" is an office.
    const group = s.lemma(k) === 'представитель' && s.parse(k)[0]?.number === 'plur';
    if (!group) return true;
  }
  return false;
}

/** Places the reference data does not know: "городе Щучин", "провинций Мазандаран и Гилян", "в Бабольсере". */
function scanNamedPlace(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i) || s.gazetteer(i)) return undefined;
  const prev = s.mentions.at(-1);
  // "из Новоалтайска и Усть-Каменогорский арматурный завод": an adjective agreeing with the
  // lower-case word after it begins a noun phrase of its own, not a second town of the list.
  const listed = s.tok(i - 1)?.text === 'и' && prev?.end === i - 1 && !prev.entity.ref && !qualifiesNext(s, i);
  const prevLemma = s.lemma(i - 1);
  const afterDot = s.tok(i - 1)?.text === '.' && s.tok(i - 2)?.text === 'г';
  let type: EntityType | undefined;
  // "городской округ Серпухов": a Russian municipal district named after its town is that town.
  const townDistrict = prevLemma === 'округ' && ['городской', 'муниципальный'].includes(s.lemma(i - 2));
  // "в Красном Селе и Минеральных Водах": a two-word town joined to a town named before, in its case.
  if (listed && prev?.entity.type === 'City') {
    const town = twoWordTown(
      s,
      i,
      s.parse(prev.first).map((p) => p.case ?? ''),
    );
    if (town) {
      s.add(s.draft('City', town), i, i + 2, 'name');
      return i + 2;
    }
  }
  if (CITY_NOUNS.has(prevLemma) || afterDot || townDistrict || (listed && prev?.entity.type === 'City')) type = 'City';
  else if (isRegionNoun(s, i - 1) || (listed && prev?.entity.type === 'Region')) type = 'Region';
  // "мэр города Андрей Борисов": a person's full name after the place noun, not a town.
  if (type && (matchFullName(s, i)?.end ?? i) > i + 1) return undefined;
  if (!type) {
    const town = townAfterTitle(s, i);
    if (town !== undefined) {
      s.add(s.draft('City', town), i, i + 1, 'name');
      return i + 1;
    }
    const prep = s.tok(i - 1)?.text.toLowerCase() ?? '';
    // The preposition's case: "в Уральском регионе" is no town Уральск (an instrumental after «в»).
    // "посетил Котовск": the object of a verb of visiting is a place too.
    // "Бобруйск и Серпухов": a town the dictionary knows, joined to a town named before, in its case.
    const listedTown =
      ['и', ','].includes(prep) && prev?.end === i - 1 && prev.entity.type === 'City' ? prev : undefined;
    const townCases = listedTown ? s.parse(listedTown.first).map((p) => p.case ?? '') : undefined;
    const cases = PREPOSITION_CASES[prep] ?? (s.hasLemma(i - 1, VISITED_BY) ? ['accs'] : townCases);
    // A verb's object only when the dictionary knows the word (a predicted Geox reading is a guess).
    const byVerb = PREPOSITION_CASES[prep] === undefined;
    // "в Наро-Фоминском городском округе": a hyphenated adjective of the noun after it names no town.
    const next = s.tok(i + 1);
    const qualifies = isWord(next) && next.text === next.text.toLowerCase() && s.isPos(i + 1, 'ADJF', 'NOUN');
    const hyphenated = byVerb || qualifies ? undefined : hyphenatedTown(s, t.text, cases);
    if (hyphenated) {
      s.add(s.draft('City', hyphenated), i, i + 1, 'name');
      return i + 1;
    }
    const twoWord = byVerb ? undefined : twoWordTown(s, i, cases);
    if (twoWord) {
      s.add(s.draft('City', twoWord), i, i + 2, 'name');
      return i + 2;
    }
    const geo = s
      .parse(i)
      .find((p) => p.tags.has('Geox') && p.pos === 'NOUN' && cases?.includes(p.case ?? '') && (!byVerb || p.known));
    if (!geo || BROAD_AREAS.has(geo.lemma)) return undefined;
    const name = matchCase(t.text, geo.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? geo.lemma);
    // "в штате Гуджарат … в Гуджарате": a name the article gave a region is that region again.
    const region = s.scanEntity(entityIdFor('Region', name));
    const d = region ?? s.draft('City', name);
    s.add(d, i, i + 1, 'name');
    return i + 1;
  }
  const form = s.parse(i)[0];
  // "главы города Орла": a name in the case of its place noun agrees with it, so it declines
  // ("Орла" → Орёл); "в городе Лида" keeps the nominative of apposition.
  const nounCases = new Set(s.parse(i - 1).map((p) => p.case));
  const agreeing = s
    .parse(i)
    .find((p) => p.pos === 'NOUN' && p.case !== 'nomn' && p.number !== 'plur' && nounCases.has(p.case));
  const declined = form && form.case !== 'nomn' && form.tags.has('Geox') ? form : agreeing;
  const name = declined ? matchCase(t.text, declined.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? t.text) : t.text;
  s.add(s.draft(type, name), i, i + 1, 'name');
  return i + 1;
}

/**
 * "в Усолье-Сибирском", "из Гусь-Хрустального": a town named by a noun and an agreeing adjective
 * joined by a hyphen, both capitalised, in the case the preposition governs. Its nominative
 * puts each part in the nominative ("Усолье-Сибирское").
 */
function hyphenatedTown(s: SentenceScanner, word: string, cases: readonly string[] | undefined): string | undefined {
  const parts = word.split('-');
  if (!cases || parts.length !== 2 || !parts.every((x) => /^\p{Lu}\p{Ll}{2,}$/u.test(x))) return undefined;
  const [head, tail] = parts as [string, string];
  const nouns = s.res.morph
    .parse(head)
    .filter((p) => p.pos === 'NOUN' && cases.includes(p.case ?? '') && p.number !== 'plur');
  const agreeing = (n: WordParse) =>
    s.res.morph
      .parse(tail)
      .find((p) => p.pos === 'ADJF' && p.case === n.case && (p.gender === n.gender || n.gender === undefined));
  const noun = nouns.find((n) => agreeing(n) !== undefined);
  const adjective = noun ? agreeing(noun) : undefined;
  if (!noun || !adjective) return undefined;
  const [nounForm, adjectiveForm] = nominativePair(noun, adjective);
  const nominative = [nounForm ?? head, adjectiveForm ?? tail];
  return nominative.map((x, k) => matchCase(parts[k] ?? x, x)).join('-');
}

/** A town's noun and the adjective agreeing with it, put in the nominative of the noun's number and gender. */
function nominativePair(noun: WordParse, adjective: WordParse): [string | undefined, string | undefined] {
  const number = noun.number ?? 'sing';
  const gender = number === 'sing' && noun.gender ? { GNdr: noun.gender } : {};
  return [noun.inflect({ CAse: 'nomn', NMbr: number }), adjective.inflect({ CAse: 'nomn', NMbr: number, ...gender })];
}

/**
 * "в Минеральных Водах", "из Вышнего Волочка": a capitalised adjective and the capitalised common noun
 * it agrees with, in the case the preposition governs, that the reference does not know, name a town
 * (a body or company noun so capitalised names that instead: "в Национальном Банке"). Returns the
 * nominative.
 */
function twoWordTown(s: SentenceScanner, i: number, cases: readonly string[] | undefined): string | undefined {
  const next = s.tok(i + 1);
  if (!cases || !isWord(next) || !isCapital(next) || isAllCaps(next) || s.isUsed(i + 1)) return undefined;
  // Nor a longer name, or a kind before a quoted name ("в Торговом Доме «Альфа»").
  const around = [s.tok(i - 1)?.text ?? '', s.tok(i + 2)?.text ?? ''];
  if (isCapital(s.tok(i + 2)) || s.gazetteer(i + 1) || around.some((x) => OPEN_QUOTES.has(x))) return undefined;
  const heads = [ORGANIZATION_HEADS, STATE_BODY_HEADS, ENTERPRISE_NOUNS];
  // An ordinary noun the dictionary knows ("Воды", "Луки", "Посад"): a known place noun there names
  // an area or a country ("Центральной Азии", "Новой Зеландии"), not a small town.
  if (s.parse(i + 1).some((p) => p.tags.has('Geox'))) return undefined;
  const nouns = s
    .parse(i + 1)
    .filter(
      (p) => p.pos === 'NOUN' && p.known && cases.includes(p.case ?? '') && !p.tags.has('Name') && !p.tags.has('Surn'),
    );
  for (const noun of nouns) {
    if (heads.some((h) => h.has(noun.lemma)) || BROAD_AREAS.has(noun.lemma) || EVENT_NOUNS.test(noun.lemma)) continue;
    const adjective = s.parse(i).find((p) => p.pos === 'ADJF' && agreesWith(p, noun));
    if (!adjective) continue;
    const [nounForm, adjectiveForm] = nominativePair(noun, adjective);
    const head = nounForm ?? noun.lemma;
    const adj = adjectiveForm ?? adjective.lemma;
    return `${matchCase(s.tok(i)?.text ?? adj, adj)} ${matchCase(next.text, head)}`;
  }
  return undefined;
}

/** Genitive (or indeclinable) endings of Russian town names. */
const TOWN_ENDING = /(?:ск|цк|град|город|поль|бург)а$|(?:ово|ево|ино|ыно)$/u;

/** Titles and bodies that govern a town's name in the genitive ("глава Котовска", "мэрии Белёва"). */
const TOWN_HEAD_NOUNS = new Set(['глава', 'мэр', 'градоначальник', 'администрация', 'мэрия', 'сити-менеджер']);

/**
 * A small town the reference data lacks, named as what a title heads ("глава Котовска", "мэр
 * Новочебоксарска"): a capitalised genitive noun that the dictionary tags as a place, or does not
 * know at all, is the town, so HEADS has its target. A first name or surname there is a person
 * ("глава Иванова" is no town), an ordinary word is not a place. Returns the nominative name.
 */
function townAfterTitle(s: SentenceScanner, i: number): string | undefined {
  const t = s.tok(i);
  if (!isWord(t) || !s.hasLemma(i - 1, TOWN_HEAD_NOUNS) || s.hasLemma(i - 1, NON_HEAD_TITLES)) return undefined;
  const parses = s.parse(i);
  if (parses.some((p) => p.tags.has('Name') || p.tags.has('Surn') || p.tags.has('Patr') || p.tags.has('Orgn')))
    return undefined;
  const place = parses.find((p) => p.tags.has('Geox') && p.pos === 'NOUN' && p.case === 'gent');
  if (place) return matchCase(t.text, place.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? place.lemma);
  // A word the dictionary does not know gets only low-scored guesses; the guess's nominative names it,
  // when it ends like a Russian town ("-ска", "-града", "-ино"), so an unknown agency ("Росавиации") is not one.
  if (!TOWN_ENDING.test(t.text)) return undefined;
  const guess = parses[0];
  if (guess?.pos !== 'NOUN' || guess.case !== 'gent' || parses.some((p) => p.score >= 0.4)) return undefined;
  if (isCapital(s.tok(i + 1))) return undefined;
  return matchCase(t.text, guess.inflect({ CAse: 'nomn', NMbr: 'sing' }) ?? t.text);
}

/**
 * Nouns of first-level subdivisions named by an adjective ("Чуйская область", "Центральный аймак",
 * "Наманганский вилоят"). Not "округ" (a Russian municipal or federal district is no subdivision
 * of the first level) nor "штат" (also "staff": "Новый штат сотрудников").
 */
const SUBDIVISION_NOUNS = new Set([
  'область',
  'край',
  'провинция',
  'аймак',
  'воеводство',
  'уезд',
  'вилоят',
  'велаят',
  'префектура',
]);

/** Local words for a known region ("Наманганский вилоят" is Наманганская область); not "уезд", a lower level. */
const LOCAL_REGION_NOUNS = new Set(['вилоят', 'велаят', 'провинция']);

/**
 * A subdivision the reference data does not know, named by a capitalised adjective and its noun
 * ("в Ошской области"); the guidelines count foreign first-level subdivisions as regions.
 */
function scanUnknownRegion(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isCapital(t) || isAllCaps(t) || s.isUsed(i) || !s.isPos(i, 'ADJF')) return undefined;
  // "Хоким области …", "Аким области …": a capitalised title governs the region noun, it names no region.
  if (s.hasLemma(i, HEAD_TITLES) || s.hasLemma(i, NON_HEAD_TITLES)) return undefined;
  // "«Наша область заинтересована …»": a determiner capitalised at the start points at a region.
  if (s.hasLemma(i, DETERMINERS)) return undefined;
  const listed = sharedSubdivisionNoun(s, i);
  if (listed) return listed;
  if (!isRegionNoun(s, i + 1, SUBDIVISION_NOUNS) || isCapital(s.tok(i + 1)) || s.isUsed(i + 1)) return undefined;
  if (s.parse(i + 1).every((p) => p.number === 'plur')) return undefined;
  const known = s.gazetteer(i);
  if (known) {
    // "Наманганский вилоят": a known region's adjective with a local subdivision noun names that region.
    if (known.kind !== 'adjective' || known.end !== i + 1 || known.entry.type !== 'Region') return undefined;
    if (!isRegionNoun(s, i + 1, LOCAL_REGION_NOUNS)) return undefined;
    s.add(s.refDraft(known.entry), i, i + 2, 'name');
    return i + 2;
  }
  const name = nominativePhrase(s.res.morph, s.words(i, i + 2));
  const noun = localRegionNoun(s.tok(i + 1)?.text ?? '');
  const d = s.draft('Region', noun ? `${name.split(' ')[0]} ${noun}` : name);
  s.add(d, i, i + 2, 'name');
  return i + 2;
}

/**
 * "в Селенгинский и Дарханский аймаки", "Ошской и Баткенской областей": capitalised adjectives
 * joined by «и» or commas share one plural subdivision noun, each naming a region the reference
 * does not know. Returns the end of the list, or undefined.
 */
function sharedSubdivisionNoun(s: SentenceScanner, i: number): number | undefined {
  const adjectives = [i];
  let k = i + 1;
  while (['и', ','].includes(s.tok(k)?.text ?? '') && isCapital(s.tok(k + 1)) && s.isPos(k + 1, 'ADJF')) {
    adjectives.push(k + 1);
    k += 2;
  }
  if (adjectives.length < 2 || !isRegionNoun(s, k, SUBDIVISION_NOUNS) || s.isUsed(k)) return undefined;
  const noun = s.parse(k).find((p) => p.pos === 'NOUN' && p.number === 'plur' && SUBDIVISION_NOUNS.has(p.lemma));
  if (!noun || adjectives.some((a) => s.gazetteer(a) || s.isUsed(a))) return undefined;
  for (const a of adjectives) {
    const adjectiveCase = s.parse(a).find((p) => p.pos === 'ADJF' && p.number === 'sing')?.case ?? 'nomn';
    const singular = noun.inflect({ CAse: adjectiveCase, NMbr: 'sing' }) ?? noun.lemma;
    const d = s.draft('Region', nominativePhrase(s.res.morph, [s.tok(a)?.text ?? '', singular]));
    s.add(d, a, a === adjectives.at(-1) ? k + 1 : a + 1, 'name');
  }
  return k + 1;
}

function nextNounIndex(s: SentenceScanner, from: number): number {
  for (let k = from; k < from + 3; k++) {
    if (!isWord(s.tok(k))) return -1;
    if (s.firstPos(k) === 'NOUN' || substantivised(s, k)) return k;
  }
  return -1;
}

/** An adjective used as a noun ("учёные", "рабочие"): it has a noun reading and no noun follows it. */
function substantivised(s: SentenceScanner, k: number): boolean {
  if (!s.parse(k).some((p) => p.pos === 'NOUN' && p.known)) return false;
  const next = s.tok(k + 1);
  return !isWord(next) || !['NOUN', 'ADJF', 'PRTF'].includes(s.firstPos(k + 1));
}
/**
 * What a place adjective qualifies: the noun's lemma, and whether it names people in the plural
 * ("белорусские селекционеры", "тульские инвесторы"), a group from the place that acts for it.
 */
function qualified(s: SentenceScanner, from: number): { governs?: string; group?: true } {
  const k = nextNounIndex(s, from);
  if (k < 0) return {};
  // "могилёвские лифтостроители": a compound the dictionary lacks is read by its head, "строители".
  const head = compoundHead(s.res.morph, s.tok(k)?.text ?? '');
  const parses = head.length > 0 ? head : s.parse(k);
  const p = parses.find((x) => x.pos === 'NOUN') ?? parses[0];
  const group = p?.animacy === 'anim' && p.number === 'plur' && !NAME_TAGS.some((tag) => p.tags.has(tag));
  return { governs: s.lemma(k), ...(group ? { group: true as const } : {}) };
}

/**
 * "Уралмашзавод", "Уралвагонзавода": one capitalised word that compounds a company noun and that
 * the dictionary lists as an organisation's name is that company, declined or not.
 */
function scanCompoundCompanyName(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (s.isUsed(i) || !isCapital(t) || isAllCaps(t) || s.gazetteer(i) || !s.isCompoundCompanyNoun(i)) return undefined;
  const reading = s.parse(i).find((p) => p.tags.has('Orgn'));
  if (!reading) return undefined;
  const name = matchCase(t.text, reading.lemma);
  s.add(sameCompany(s, name) ?? s.draft('Enterprise', name), i, i + 1, 'name');
  return i + 1;
}

/** Nouns of the press: a name after one, where a report is cited, is its source, no party. */
const MEDIA_NOUNS = new Set(['агентство', 'информагентство', 'издание', 'газета', 'телеканал', 'портал', 'журнал']);

/** The tokens of each sentence that name the source of a report (see `reportSources`). */
const sourcesOf = new WeakMap<object, Set<number>>();

/**
 * "По данным агентства Bloomberg, …", "Как сообщает агентство «Интерфакс», …": a medium's name
 * cited as the source of a report is no entity of the article (as the agency that published it is
 * not): the noun and the name are passed over.
 */
function scanCitedMedia(s: SentenceScanner, i: number): number | undefined {
  if (!s.hasLemma(i, MEDIA_NOUNS) || s.isUsed(i)) return undefined;
  let sources = sourcesOf.get(s.sentence);
  if (!sources) {
    sources = reportSources(s.sentence.tokens, s.res.morph);
    sourcesOf.set(s.sentence, sources);
  }
  if (!sources.has(i)) return undefined;
  const quoted = quotedName(s, i + 1);
  let end = quoted ? quoted.close + 1 : i + 1;
  if (!quoted) while (isCapital(s.tok(end)) && sources.has(end)) end++;
  if (end === i + 1) return undefined;
  s.markUsed(i, end);
  return end;
}

/**
 * "Официальный Ташкент поддержал …", "позиция официального Минска": a capital after «официальный»
 * stands for its state's government, so the mention is the country.
 */
function scanOfficialCapital(s: SentenceScanner, i: number): number | undefined {
  if (s.lemma(i) !== 'официальный' || s.isUsed(i)) return undefined;
  const g = s.gazetteer(i + 1);
  if (g?.kind !== 'name' || g.entry.type !== 'City') return undefined;
  const countryId = gazetteerCountryOf(s.res.gazetteer, g.entry.id);
  const country = countryId ? s.res.gazetteer.byId(countryId) : undefined;
  if (!country || country.centre !== g.entry.id) return undefined;
  s.add(s.refDraft(country), i, g.end, 'name');
  return g.end;
}

const RECOGNISERS = [
  scanCitedMedia,
  scanOfficialCapital,
  scanQuoted,
  scanOrganization,
  scanUnknownRegion,
  scanNamedPlace,
  scanPerson,
  scanCompanyPhrase,
  scanCompoundCompanyName,
  scanCompoundPlace,
  scanPlace,
  scanTownAdjective,
  scanLatinName,
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
  const scan: Scan = { res, entities: new Map(), persons: new Map(), quoted: new Map(), order: [], found: [] };
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
  collectQuotedNames(scan, sentences, blocked);
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
