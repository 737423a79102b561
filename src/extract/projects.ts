/**
 * Projects: noun phrases that name concrete undertakings (a plant being built,
 * a school a company builds, a route, a service centre, a joint venture), put
 * into the nominative and merged when their words overlap.
 *
 * A facility noun ("завод", "школа", "терминал") is an open class: it names a
 * project when the sentence says someone builds, opens or launches it (a verb
 * or an activity nominal governs it), when a qualifier makes it one
 * ("совместное предприятие"), when it is listed with such a facility, or when
 * it has a concrete place or owner ("торговый дом Ферганы в Гомеле").
 */
import { PLACE_TYPES } from './gazetteer.ts';
import {
  COPULAS,
  DETERMINERS,
  DOCUMENT_TAILS,
  FACILITY_ABBREVIATIONS,
  FACILITY_NOUNS,
  GENERIC_PLACE_NOUNS,
  LOCATIVE_PREPS,
  PROJECT_HEADS,
  PROJECT_QUALIFIERS,
  QUALIFIED_PROJECT_HEADS,
  ROUTE_HEADS,
} from './lexicon.ts';
import { directionOnly, type Morphology } from './morphology.ts';
import { nominativePhrase } from './names.ts';
import { withoutLegalForms } from './normalize-name.ts';
import { matchFullName } from './people.ts';
import {
  adjectivesBefore,
  CITY_NOUNS,
  CLOSE_QUOTES,
  closingQuote,
  isAllCaps,
  isCapital,
  isWord,
  OPEN_QUOTES,
  PREPOSITIONS,
  range,
  type SentenceScanner,
} from './scanner.ts';
import type { EntityDraft } from './types.ts';

/** Facility nouns that need a particular adjective to name a facility ("детский сад", "торговый дом"). */
const FACILITY_ADJECTIVES: Record<string, RegExp> = {
  сад: /^детск/u,
  // "ледовый дворец", "дворец спорта" is built; "Дворец Независимости" is a venue.
  дворец: /^(ледов|спортивн)/u,
  // "фирменный магазин" is an outlet a company opens; a bare «магазин» is any shop.
  магазин: /^(фирменн)/u,
  дом: /^торгов/u,
  сооружение: /^очистн/u,
  мастерская: /^(ремонтн|сервисн)/u,
  // "грузовое / железнодорожное сообщение" is a route; a bare «сообщение» is a message.
  сообщение: /^(грузов|пассажирск|железнодорожн|автобусн|паромн|морск|воздушн|авиа|контейнерн|речн)/u,
  // "пассажирский поезд Омск — Павлодар" is a route; a train of goods is a shipment.
  поезд: /^(пассажирск|пригородн|скор|туристическ|регулярн|прям|международн)/u,
};
/** Heads whose project reading needs a verb, a nominal or a qualifier: on their own they name an activity or a company. */
const NEEDS_TRIGGER = new Set([
  'производство',
  'сборка',
  'предприятие',
  'завод',
  'линия',
  'фабрика',
  'комбинат',
  'холдинг',
]);
/** Heads of routes and documents: named by their own words, never by a building verb. */
const NON_FACILITY_HEADS = new Set(['проект', 'инвестпроект', 'программа', 'строительство', ...ROUTE_HEADS]);
/** Last stems of compound facility nouns ("мясокомбинат", "птицефабрика", "техцентр", "мегаферма"). */
const COMPOUND_FACILITY_STEMS = [
  'завод',
  'комбинат',
  'фабрика',
  'комплекс',
  'ферма',
  'центр',
  'терминал',
  'хаб',
  // "овощехранилище", "зернохранилище"
  'хранилище',
];
/** Verbs of building with one's hands: whatever they take is a facility ("построят квартал"). */
const CONSTRUCTION_VERBS = new Set(['строить', 'построить', 'возводить', 'возвести']);
/** Their nominals, which take it in the genitive ("строительство квартала"). */
const CONSTRUCTION_NOMINALS = new Set(['строительство', 'возведение']);
/** What is built only figuratively ("построить отношения", "строительство Союзного государства"). */
const BUILT_FIGURATIVELY = new Set([
  'отношение',
  'диалог',
  'сотрудничество',
  'партнёрство',
  'партнерство',
  'взаимодействие',
  'бизнес',
  'карьера',
  'модель',
  'система',
  'работа',
  'цепочка',
  'сеть',
  'экономика',
  'государство',
  'будущее',
  'план',
  'стратегия',
  'логистика',
  'жильё',
  'жилье',
]);
/** Plural facility phrases that name one facility ("очистные сооружения"). */
const PLURALIA = new Set(['сооружение']);

/** Nominals of building and opening: "строительство школы" names the project by its object. */
export const ACTIVITY_NOUNS = new Set([
  'строительство',
  'возведение',
  'открытие',
  'создание',
  'организация',
  'запуск',
  'проектирование',
  'реконструкция',
  'размещение',
  'ввод',
  'реализация',
  'расширение',
  'локализация',
]);
/** Nominals of construction kept in the name ("строительство школы"); an opening is an event, not the project. */
const NAMING_NOMINALS = new Set([
  'строительство',
  'возведение',
  'создание',
  'реконструкция',
  'расширение',
  'проектирование',
]);
/** Nominals that name the building of a facility: "проект по строительству комплекса" is the complex. */
const BUILDING_NOMINALS = new Set([
  'строительство',
  'возведение',
  'создание',
  'открытие',
  'организация',
  'запуск',
  'проектирование',
  'размещение',
]);
/** Verbs of building, opening and launching whose object (or passive subject) is a project. */
export const BUILD_VERBS = new Set([
  'строить',
  'построить',
  'строиться',
  'построиться',
  'возводить',
  'возвести',
  'возводиться',
  'открыть',
  'открывать',
  'открыться',
  'открываться',
  'запустить',
  'запускать',
  'создать',
  'создавать',
  'создаваться',
  'реализовать',
  'реализовывать',
  'ввести',
  'вводить',
  'наладить',
  'налаживать',
  'организовать',
  'разместить',
  'размещать',
  'появиться',
  'появляться',
  'заработать',
  'достроить',
  // "учредила в Дмитрове завод": founding a business is creating it.
  'учредить',
  'учреждать',
  // "реконструируют аэропорт", as the nominal "реконструкция" names the undertaking.
  'реконструировать',
  'модернизировать',
  'спроектировать',
  'строящийся',
  'построенный',
  'возводимый',
]);
/** Adjectives that make "линия" a loan, not a production line. */
const NON_FACILITY_ADJECTIVES = /^(кредитн|горяч|телефонн|прям)/u;
/** Domain phrases after a plural ("проекты в сфере энергетики") name a field, not an undertaking. */
const DOMAIN_NOUNS = new Set(['сфера', 'область', 'отрасль', 'направление']);

const TAIL_PREPS = new Set(['по', 'в', 'во', 'на', 'для', 'из', 'между', 'имени', 'с']);
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
  'рамка',
]);

/** An oblique case shared by two words, for coordination inside a tail ("масла и комбикормов"). */
function shareCase(s: SentenceScanner, a: number, b: number): boolean {
  const ca = new Set(s.parse(a).map((p) => p.case));
  // A nominative or accusative after "и" coordinates with the head itself ("терминал … и перевозки").
  return s.parse(b).some((p) => p.case !== undefined && p.case !== 'nomn' && p.case !== 'accs' && ca.has(p.case));
}

/** Words of an amount after a number: "30 млн долларов", "5 тысяч рублей". */
const AMOUNT_WORDS = new Set(['миллион', 'миллиард', 'тысяча', 'рубль', 'доллар', 'евро', 'процент']);

/**
 * The dependents of a project head: genitives, "по …/для …/в …/на …/с …" phrases and
 * quoted names, up to 12 words. Stops at a participle or relative clause, at a verb, and
 * at "и" that does not join two dependents in the same case ("проект и Иркутская область").
 */
function projectTail(s: SentenceScanner, from: number, route = false): number {
  let k = from;
  let end = from;
  let preps = 0;
  let lastNoun = -1;
  // Right after a preposition any case is governed; elsewhere a dependent noun is a genitive.
  let governed = false;
  while (k < s.sentence.tokens.length && k - from < 12) {
    const t = s.tok(k);
    if (!t) break;
    if (t.kind === 'punct') {
      // A quoted name inside the tail ("тракторов «Беларусь»").
      if (OPEN_QUOTES.has(t.text) && k > from) {
        const close = closingQuote(s, k);
        if (close !== undefined && close - k <= 5 && isCapital(s.tok(k + 1))) {
          k = close + 1;
          end = k;
          continue;
        }
      }
      if (CLOSE_QUOTES.has(t.text) || OPEN_QUOTES.has(t.text)) break;
      if ((t.text === '—' || t.text === '–' || t.text === '-') && isCapital(s.tok(k + 1)) && end === k) {
        k++;
        continue;
      }
      break;
    }
    const w = t.text.toLowerCase();
    if (t.kind === 'number') {
      // "завода в Орше 30 млн долларов": an amount is what is spent, not part of the name.
      if (!s.isPos(k + 1, 'NOUN') || s.lemma(k + 1) === 'год' || AMOUNT_WORDS.has(s.lemma(k + 1))) break;
      k++;
      continue;
    }
    if (STOP_WORDS.has(w) || STOP_WORDS.has(s.lemma(k)) || /^данн/u.test(w)) break;
    if (TAIL_PREPS.has(w)) {
      if (w === 'с') {
        // "с" only attaches equipment ("спорткомплекс с бассейном"), not partners ("с МАЗ", "с брестским
        // ОАО «X»": a partner's place adjective may stand first).
        let partner = k + 1;
        while (partner < k + 3 && s.isPos(partner, 'ADJF') && !isCapital(s.tok(partner))) partner++;
        if (isCapital(s.tok(partner)) || OPEN_QUOTES.has(s.tok(partner)?.text ?? '')) break;
        // "с участием X" names who takes part, not what the project is.
        if (s.lemma(k + 1) === 'участие') break;
      }
      // "порт в Туркменистан": «в/на» with an accusative points where something goes, not where the
      // facility is; only a locative places it ("порт в Туркменбаши", "завод на Урале"). A route's
      // destination is part of it ("рейс в Самарканд").
      if (!route && ['в', 'во', 'на'].includes(w) && directionOnly(s.parse(k + 1).map((p) => p.case))) break;
      if (++preps > 3) break;
      governed = true;
      k++;
      continue;
    }
    if (PREPOSITIONS.has(w)) break;
    if (w === 'и') {
      // Coordination inside a dependent only: "масла и комбикормов", not "завод и входящей …"; a noun
      // of another activity opens another project ("склада в Речице и открытии …").
      const next = k + 1;
      if (
        lastNoun >= 0 &&
        s.isPos(next, 'ADJF', 'NOUN') &&
        !s.isPos(next, 'PRTF') &&
        !s.hasLemma(next, ACTIVITY_NOUNS) &&
        shareCase(s, lastNoun, next)
      ) {
        governed = true;
        k++;
        continue;
      }
      break;
    }
    if (
      !s.isPos(k, 'NOUN', 'ADJF') ||
      (s.firstPos(k) === 'PRTF' && !s.isPos(k, 'ADJF')) ||
      s.firstPos(k) === 'VERB' ||
      s.firstPos(k) === 'INFN' ||
      s.firstPos(k) === 'ADVB'
    )
      break;
    // A participle after the head opens a clause of its own ("компании, созданной …", "входящей в …").
    if (s.firstPos(k) === 'PRTF') break;
    if (matchFullName(s, k)) break;
    // "комплекса республики техникой": an instrumental outside a preposition belongs to the verb.
    const cased = s.parse(k).filter((p) => p.pos === 'NOUN' || p.pos === 'ADJF');
    // A capital may open a proper name of any case; a capitalised common noun ("проект Банк развития")
    // is a dependent only as a genitive, else it opens a phrase of its own. Not an abbreviation
    // ("МАЗ"), nor a name apposed to a noun of a kind of town ("в посёлке Пролетарий").
    const common =
      !isAllCaps(t) &&
      !s.hasLemma(k - 1, CITY_NOUNS) &&
      cased.every((p) => ![...p.tags].some((tag) => PROPER_TAGS.has(tag)));
    if (
      !governed &&
      (!isCapital(t) || common) &&
      cased.length > 0 &&
      !cased.some((p) => p.case === 'gent' || p.case === undefined)
    )
      break;
    k++;
    if (s.isPos(k - 1, 'NOUN')) {
      end = k;
      lastNoun = k - 1;
      // "на Минском заводе": a word that may be an adjective keeps the preposition's case open.
      if (!s.isPos(k - 1, 'ADJF')) governed = false;
    }
  }
  return end;
}

/** Dictionary tags of proper names: places, organisations, people. */
const PROPER_TAGS: ReadonlySet<string> = new Set(['Geox', 'Orgn', 'Name', 'Surn', 'Patr', 'Trad', 'Abbr']);

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
  'национальный',
  'федеральный',
  'государственный',
]);
/** Words that count projects ("второй проект компании"). */
const ORDINALS = new Set(['первый', 'второй', 'третий', 'четвёртый', 'четвертый', 'пятый', 'очередной', 'один']);

/** The token is a word of a building verb (any finite form, infinitive or short participle). */
function isBuildVerb(s: SentenceScanner, k: number): boolean {
  return s.hasLemma(k, BUILD_VERBS) && s.isPos(k, 'VERB', 'INFN', 'PRTS', 'PRTF', 'GRND');
}

const START = new Set(['начать', 'начинать']);
const WORK = new Set(['работа']);

/**
 * A facility's start of work, whose subject is the facility itself: "заработал", or "начал
 * работу" at either of its two words.
 */
function isInception(s: SentenceScanner, k: number): boolean {
  if (s.lemma(k) === 'заработать' && s.isPos(k, 'VERB')) return true;
  if (s.hasLemma(k, START) && s.isPos(k, 'VERB')) return s.hasLemma(k + 1, WORK) && !workOn(s, k + 2);
  return s.hasLemma(k, WORK) && s.hasLemma(k - 1, START) && s.isPos(k - 1, 'VERB') && !workOn(s, k + 1);
}

/** Nouns of making, which a verb of starting begins as an undertaking. */
const MAKING_NOUNS = new Set(['производство', 'сборка', 'выпуск']);
/**
 * Verbs of starting whose subject is the making itself ("начнётся сборка"); "компания начала
 * сборку" is what a company does, an activity rather than an undertaking of its own.
 */
const STARTING = new Set(['начаться', 'начинаться', 'стартовать']);

/** "начнётся сборка тракторов", "сборка стартует в мае": making that starts is an undertaking. */
function startsMaking(s: SentenceScanner, k: number, head: number | undefined): boolean {
  return head !== undefined && s.hasLemma(head, MAKING_NOUNS) && s.hasLemma(k, STARTING) && s.isPos(k, 'VERB');
}

/** "начал работу над моделью / по проекту": work on something, not a facility starting to work. */
function workOn(s: SentenceScanner, k: number): boolean {
  return ['над', 'по', 'с', 'со'].includes(s.tok(k)?.text.toLowerCase() ?? '');
}

/** Clause punctuation: a comma, a dash, a colon or a bracket ends the clause of a verb. */
function isClauseBreak(s: SentenceScanner, k: number): boolean {
  const t = s.tok(k);
  return t === undefined || (t.kind === 'punct' && !OPEN_QUOTES.has(t.text) && !CLOSE_QUOTES.has(t.text));
}

/**
 * A building verb governs the phrase [first, end): in its clause before it ("возводят
 * школу"), after it ("завод будет построен"), or in a relative clause right after it
 * ("школы, которую возводила компания").
 */
export function buildVerbGoverns(s: SentenceScanner, first: number, end: number, head?: number): number | undefined {
  // "модернизировать оборудование вологодского комбината": a phrase that can only be genitive,
  // after a common noun, depends on that noun, which the verb governs instead.
  const genitiveOnly =
    head !== undefined && s.parse(head).every((p) => p.pos !== 'NOUN' || p.case === 'gent') && s.isPos(head, 'NOUN');
  for (let k = first - 1; k >= 0 && k >= first - 8 && !isClauseBreak(s, k); k--) {
    if (isBuildVerb(s, k) || isInception(s, k) || (k === first - 1 && startsMaking(s, k, head))) return k;
    if (genitiveOnly && k === first - 1 && s.firstPos(k) === 'NOUN' && !isCapital(s.tok(k))) break;
  }
  // After the phrase only a passive or an infinitive without an object of its own governs it
  // ("завод будет построен", "строится школа", "завод планируют построить"); an active verb
  // after it has the phrase as its subject ("предприятия наладили производство").
  for (let k = end; k < end + 5 && !isClauseBreak(s, k); k++) {
    // "центр заработал", "центр начал работу": a facility that starts working is the subject.
    if (isInception(s, k) || (k === end && startsMaking(s, k, head))) return k;
    if (!isBuildVerb(s, k)) continue;
    const pos = s.firstPos(k);
    if (pos === 'PRTS' || s.lemma(k).endsWith('ся')) return k;
    if (pos === 'INFN' && !objectAfter(s, k + 1)) return k;
    // "Завод построят в Орше": a plural verb with no subject, after a singular noun it cannot agree with.
    if (head !== undefined && impersonalAfter(s, first, head, k)) return k;
  }
  if (s.tok(end)?.text === ',' && s.lemma(end + 1) === 'который') {
    for (let k = end + 2; k < end + 8 && !isClauseBreak(s, k); k++) if (isBuildVerb(s, k)) return k;
  }
  return undefined;
}

/**
 * A noun follows in the clause without a preposition: the verb has an object of its own, also past
 * a prepositional phrase ("открыть в Узбекистане сборочное производство").
 */
function objectAfter(s: SentenceScanner, from: number): boolean {
  let governed = false;
  let past = false;
  for (let k = from; k < from + 6 && !isClauseBreak(s, k); k++) {
    if (PREPOSITIONS.has(s.tok(k)?.text.toLowerCase() ?? '')) {
      governed = true;
      continue;
    }
    const pos = s.firstPos(k);
    // The noun a preposition governs ends its phrase; past it only an accusative is the verb's
    // object ("на базе Челябинского завода" goes on in the genitive).
    if (governed && (pos === 'NOUN' || isCapital(s.tok(k)))) {
      governed = false;
      past = true;
      continue;
    }
    // A name there is still the phrase's genitive ("на базе завода «Гранит»").
    const accusative = s.parse(k).some((p) => p.pos === 'NOUN' && p.case === 'accs') && !isCapital(s.tok(k));
    if (!governed && pos === 'NOUN' && (!past || accusative)) return true;
  }
  return false;
}

/**
 * "строительство жилого квартала", "возведут микрорайон": a singular inanimate common noun that a
 * word of building with one's hands takes, in its clause before it, is a facility of any kind.
 */
function builtObject(s: SentenceScanner, i: number): boolean {
  const nouns = s.parse(i).filter((p) => p.pos === 'NOUN');
  if (nouns.length === 0 || !nouns.every((p) => p.animacy === 'inan')) return false;
  const singular = (c: string) => nouns.some((p) => p.case === c && p.number === 'sing');
  if (isCapital(s.tok(i)) || s.hasLemma(i, BUILT_FIGURATIVELY) || s.parse(i)[0]?.pos !== 'NOUN') return false;
  const first = adjectivesBefore(s, i);
  if (s.hasLemma(first - 1, CONSTRUCTION_NOMINALS)) return singular('gent');
  // The verb's object, past a place or a time put between them ("построит в Смоленске микрорайон").
  for (let k = first - 1; k >= 0 && k >= first - 6 && !isClauseBreak(s, k); k--) {
    if (s.hasLemma(k, CONSTRUCTION_VERBS) && s.isPos(k, 'VERB', 'INFN')) return singular('accs');
    // A preposition governs the noun ("построят на территории …") unless a name follows it.
    if (PREPOSITIONS.has(s.tok(k)?.text.toLowerCase() ?? '') && !isCapital(s.tok(k + 1))) return false;
    if (s.firstPos(k) === 'NOUN' && !isCapital(s.tok(k))) return false;
  }
  return false;
}

/** The plural verb at `k` cannot have the singular noun at `head` as its subject, and opens its clause's predicate. */
function impersonalAfter(s: SentenceScanner, first: number, head: number, k: number): boolean {
  const verb = s.parse(k).find((p) => p.pos === 'VERB');
  if (verb?.number !== 'plur' || verb.person !== '3per') return false;
  if (!s.parse(head).every((p) => p.pos !== 'NOUN' || p.number === 'sing')) return false;
  // No nominative before the verb besides the phrase: the clause opens with it.
  return first === 0 || s.tok(first - 1)?.text === ',';
}

/**
 * The kind of facility the noun at `i` names: its lemma when listed as a project head or facility
 * noun, a compound's last stem ("мясокомбинат" → "комбинат"); undefined otherwise.
 */
function facilityHead(s: SentenceScanner, i: number): string | undefined {
  if (s.hasLemma(i, PROJECT_HEADS) || s.hasLemma(i, FACILITY_NOUNS)) return s.lemma(i);
  return (
    s.hyphenHead(i, PROJECT_HEADS) ?? s.hyphenHead(i, FACILITY_NOUNS) ?? s.compoundStem(i, COMPOUND_FACILITY_STEMS)
  );
}

/** The facility noun phrase at `i`, if `i` is a facility head: its first token and the end of its tail. */
function facilityAt(s: SentenceScanner, i: number): { first: number; end: number; head: string } | undefined {
  if (!isWord(s.tok(i)) || !s.isPos(i, 'NOUN')) return undefined;
  const head = facilityHead(s, i);
  if (head === undefined) return undefined;
  if (['проект', 'инвестпроект', 'программа', 'строительство'].includes(head)) return undefined;
  const first = adjectivesBefore(s, i);
  const need = FACILITY_ADJECTIVES[head];
  if (need) {
    let ok = false;
    for (let k = first; k < i; k++) if (need.test(s.lemma(k))) ok = true;
    if (!ok) return undefined;
  }
  return { first, end: projectTail(s, i + 1), head };
}

/** Verbs of visiting and seeing, whose object is a place that exists. */
const SEEING_VERBS = new Set([
  'посетить',
  'посещать',
  'осмотреть',
  'осматривать',
  'побывать',
  'ознакомиться',
  'знакомиться',
]);

/**
 * The phrase at `first` is the object of a verb of visiting or seeing right before it, past
 * a preposition, adjectives and conjuncts of a list ("посетили музей и школу", "побывали в больнице").
 */
function visitedObject(s: SentenceScanner, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (s.hasLemma(k, SEEING_VERBS)) return true;
    const text = s.tok(k)?.text ?? '';
    if (/^[.;:!?—–]$/u.test(text)) return false;
    if (s.isPos(k, 'VERB', 'INFN')) return false;
  }
  return false;
}

/** The tail has a place ("в Гомеле", "в порту Мурманск") or an owner named with a capital ("торговый дом Ферганы"). */
function concreteTail(s: SentenceScanner, head: number, end: number): { place: number; owner: boolean } {
  let place = -1;
  let owner = false;
  for (let k = head + 1; k < end; k++) {
    const w = s.tok(k)?.text.toLowerCase() ?? '';
    if (LOCATIVE_PREPS.has(w)) {
      for (let j = k + 1; j < end && j <= k + 3; j++) if (isCapital(s.tok(j))) place = place < 0 ? k : place;
    } else if (place < 0 && isCapital(s.tok(k)) && !PREPOSITIONS.has(s.tok(k - 1)?.text.toLowerCase() ?? '')) {
      owner = true;
    }
  }
  return { place, owner };
}

/** The noun at `k` is plural in every reading. */
function isPlural(s: SentenceScanner, k: number): boolean {
  const nouns = s.parse(k).filter((p) => p.pos === 'NOUN');
  if (nouns.length > 0 && nouns.every((p) => p.number === 'plur')) return true;
  // "сборочные цеха": a plural adjective settles an ambiguous noun.
  const adj = s.parse(k - 1).filter((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
  return adj.length > 0 && adj.every((p) => p.number === 'plur');
}

/**
 * "Ключевым проектом станет сборка автобусов …": the subject of a copula whose predicate is
 * «проект» in the instrumental is called a project, fronted predicate and copula right before it.
 */
function calledProject(s: SentenceScanner, first: number): boolean {
  if (!s.hasLemma(first - 1, COPULAS)) return false;
  const predicate = first - 2;
  if (!s.parse(predicate).some((p) => p.lemma === 'проект' && p.case === 'ablt')) return false;
  for (let k = predicate - 1; k >= 0; k--) if (!s.isPos(k, 'ADJF')) return false;
  return true;
}

/** The project mention right before `first`, joined to it by a comma or "и" (a list of facilities). */
function listedAfter(s: SentenceScanner, first: number): EntityDraft | undefined {
  let k = first - 1;
  while (k >= 0 && (s.tok(k)?.text === ',' || s.tok(k)?.text === 'и')) k--;
  if (k === first - 1) return undefined;
  const prev = s.mentions.find((m) => m.entity.type === 'Project' && m.end === k + 1);
  return prev?.entity;
}

/** Facility phrases coordinated after [.., end): "школа и очистные сооружения в Собинке". */
function nextConjunct(s: SentenceScanner, end: number): { first: number; end: number; head: number } | undefined {
  const t = s.tok(end);
  if (!t || (t.text !== 'и' && t.text !== ',')) return undefined;
  let k = end + 1;
  if (s.tok(k)?.text === 'и') k++;
  let head = k;
  while (head < k + 4 && s.isPos(head, 'ADJF', 'PRTF') && !s.isPos(head, 'NOUN')) head++;
  const f = facilityAt(s, head);
  return f ? { first: f.first, end: f.end, head } : undefined;
}

export function scanProject(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  // A head the dictionary lacks ("хаб") is still one in its base form.
  const unparsed = s.parse(i).length === 0 && PROJECT_HEADS.has(t?.text.toLowerCase() ?? '');
  // "возведут ТЭЦ в Калининграде": an abbreviated kind of facility heads a project as its noun would.
  const abbreviation = FACILITY_ABBREVIATIONS.has(t?.text ?? '');
  if (!isWord(t) || s.isUsed(i) || !(s.isPos(i, 'NOUN') || unparsed || abbreviation)) return undefined;
  // "совместный агропромышленный холдинг", "совместную логистическую компанию": a joint company not
  // yet named is an undertaking.
  const jointCompany =
    JOINT_COMPANY_HEADS.has(s.lemma(i)) &&
    !OPEN_QUOTES.has(s.tok(i + 1)?.text ?? '') &&
    [i - 1, i - 2, i - 3].some((k) => k >= 0 && s.lemma(k) === 'совместный');
  // "построит мясокомбинат": a compound's last stem is its kind of facility.
  const kind = facilityHead(s, i);
  const compound = kind !== undefined && kind !== s.lemma(i);
  const built = kind === undefined && builtObject(s, i);
  if (kind === undefined && !built && !unparsed && !jointCompany && !abbreviation) return undefined;
  // "сборка комбайнов на площадке в Курской области": a head inside a project's tail is part of it.
  if (s.mentions.some((m) => m.entity.type === 'Project' && m.first < i && i < m.end)) return undefined;
  const head = kind ?? s.lemma(i);
  const after = s.tok(i + 1);
  if (after && OPEN_QUOTES.has(after.text)) return undefined;
  const first = adjectivesBefore(s, i);
  // "… создадут совместное предприятие. Производство разместится в Пинске": as the subject of a verb
  // of being placed, a bare plant noun is the plant named before, whichever plant noun named it.
  if (first === i && PLANT_HEADS.has(head) && placedSubject(s, i + 1)) {
    const plant = s.recent((e) => e.type === 'Project' && PLANT_HEADS.has(e.head ?? ''));
    if (plant) return referBack(s, plant, i, i + 1);
  }
  const adjLemmas: string[] = [];
  for (let k = first; k < i; k++) adjLemmas.push(s.lemma(k));
  // "о строительстве в Орше завода …": a place between the nominal and its facility (where it is built) does not
  // part them.
  // "о создании в регионе дилерского центра": a generic place noun, resolved or not, as well.
  const between =
    s.mentions.find(
      (m) =>
        m.end === first &&
        (m.kind === 'name' || m.kind === 'generic') &&
        PLACE_TYPES.has(m.entity.type) &&
        LOCATIVE_PREPS.has(s.tok(m.first - 1)?.text.toLowerCase() ?? ''),
    )?.first ??
    (s.hasLemma(first - 1, GENERIC_PLACE_NOUNS) && LOCATIVE_PREPS.has(s.tok(first - 2)?.text.toLowerCase() ?? '')
      ? first - 1
      : undefined);
  const betweenNominal = between !== undefined && ACTIVITY_NOUNS.has(s.lemma(between - 2)) ? between : undefined;
  const nominalAt = betweenNominal !== undefined ? betweenNominal - 2 : first - 1;
  const before = s.lemma(nominalAt);
  const routeOrDocument = NON_FACILITY_HEADS.has(head);
  // "проект по строительству комплекса", "проект завода": the project is the facility that follows.
  if ((head === 'проект' || head === 'инвестпроект' || head === 'строительство') && facilityFollows(s, i + 1))
    return undefined;
  const end = projectTail(s, i + 1, ROUTE_HEADS.has(head));
  const tailLemmas: string[] = [];
  for (let k = i + 1; k < end; k++) tailLemmas.push(s.lemma(k));
  // "строительство школы" (not "организаций комплекса": a plural is no activity).
  const byNominal = (ACTIVITY_NOUNS.has(before) || before === 'проект') && !isPlural(s, nominalAt);
  // "на заводе в Гродно прошла встреча": a facility governed by a locative preposition is a venue,
  // and "На заводе открылось предприятие": the verb's argument is the subject, not the venue.
  const venue = LOCATIVE_PREPS.has(s.prepBefore(first) ?? '');
  // "наладил кооперацию с соседним предприятием": a comitative names a partner, never what is built.
  const partner = s.prepBefore(first) === 'с';
  // "на площадке завода «X»", "на площадке «X»": a bare site where something is done is the premises
  // of what follows it, no undertaking ("индустриальная площадка" is one).
  if (head === 'площадка' && venue && adjLemmas.length === 0) return undefined;
  const byVerb = !(venue && end === i + 1) && !partner && buildVerbGoverns(s, first, end, i) !== undefined;
  const listed = listedAfter(s, first) !== undefined;
  const called = calledProject(s, first);
  const triggered = !routeOrDocument && (byNominal || byVerb || listed || called);
  // A capitalised head is a name ("Минский завод"), unless a nominal builds it ("возведение Центра борьбы").
  if (isCapital(t) && i > 0 && !byNominal && !abbreviation) return undefined;
  if (adjLemmas.some((l) => DETERMINERS.has(l))) return undefined;
  // "агропромышленный комплекс" is a sector unless a nominal builds it ("строительство животноводческого комплекса").
  if (!byNominal && !byVerb && adjLemmas.some((l) => GENERIC_PROJECT_ADJECTIVES.has(l)) && head !== 'дом')
    return undefined;
  const need = FACILITY_ADJECTIVES[head];
  if (need && !adjLemmas.some((l) => need.test(l))) return undefined;
  // "белорусско-вьетнамский завод": a plant of two places is a joint one.
  const jointPlaces = s.mentions.some((m) => m.compound && m.first >= first - 1 && m.end <= i);
  const qualified = adjLemmas.some((l) => PROJECT_QUALIFIERS.has(l)) || PROJECT_QUALIFIERS.has(before) || jointPlaces;
  // A compound names a kind of plant ("птицефабрика", "агрокомплекс"), an undertaking only when built or qualified.
  if (compound && !triggered && !qualified) return undefined;
  const concrete = concreteTail(s, i, end);
  // "Делегация посетила школу в Гродно": what visitors see stands there already; its place makes no undertaking.
  const seen = !triggered && visitedObject(s, first);
  const placed = !venue && !seen && (concrete.place >= 0 || concrete.owner) && !NEEDS_TRIGGER.has(head);
  // "производство" and "сборка" name an undertaking only with what they make ("производство тракторов").
  let objectAt = i + 1;
  while (objectAt < i + 4 && s.firstPos(objectAt) === 'ADJF') objectAt++;
  const object =
    s.firstPos(objectAt) === 'NOUN' &&
    s.parse(objectAt).some((p) => p.pos === 'NOUN' && p.case === 'gent') &&
    !isCapital(s.tok(objectAt));
  // "сборочное производство лифтов" is an assembly plant, as concrete as "совместное".
  const concreteMaking = adjLemmas.includes('совместный') || adjLemmas.includes('сборочный');
  if ((head === 'производство' || head === 'сборка') && !object && !concreteMaking) return undefined;
  const basedOn = s.tok(end)?.text.toLowerCase() === 'на' && s.lemma(end + 1) === 'база';
  // "наличие собственного производства" is what a company has; a project needs a verb, a partner or "совместное".
  if (head === 'производство' && !byNominal && !byVerb && !listed && !basedOn && !concreteMaking && !called)
    return undefined;

  // Generic plurals ("проекты в сфере …", "промышленные площадки в регионе") are fields, not undertakings.
  // "прямые авиарейсы между Кемерово и Ханоем": regular services between two named ends are one route.
  // "прямые рейсы Минск — Барнаул": so are two ends joined by a dash.
  const dashed = range(i + 1, end).some((k) => /^[—–-]$/u.test(s.tok(k)?.text ?? ''));
  const betweenEnds =
    ROUTE_HEADS.has(head) &&
    (tailLemmas.includes('между') || dashed) &&
    range(i + 1, end).filter((k) => {
      const g = s.gazetteer(k);
      return g?.kind === 'name' && PLACE_TYPES.has(g.entry.type);
    }).length >= 2;
  if (isPlural(s, i) && !PLURALIA.has(head) && !betweenEnds) {
    const joint = adjLemmas.includes('совместный') && (head === 'проект' || head === 'инвестпроект');
    // "совместные проекты в промышленности и сельском хозяйстве": «в» + a noun that is no place is a field.
    const inField =
      LOCATIVE_PREPS.has(s.tok(i + 1)?.text.toLowerCase() ?? '') &&
      !s.mentions.some((m) => m.first > i + 1 && m.first <= i + 3 && PLACE_TYPES.has(m.entity.type));
    const domain = tailLemmas.some((l) => DOMAIN_NOUNS.has(l)) || inField;
    // Bare "совместные проекты" delimit nothing; "совместные импортозамещающие проекты" do.
    const bare = adjLemmas.length < 2 && end === i + 1;
    if (!joint || domain || bare) return undefined;
  }

  if (!routeOrDocument) {
    if (head === 'линия' && adjLemmas.some((l) => NON_FACILITY_ADJECTIVES.test(l))) return undefined;
    // "школа и очистные сооружения в Собинке": the place of the last conjunct is every conjunct's.
    let place = '';
    if (concrete.place < 0) {
      let c = nextConjunct(s, end);
      for (let n = 0; c && n < 4; n++) {
        const cp = concreteTail(s, c.head, c.end).place;
        if (cp >= 0) {
          place = s.text(cp, c.end);
          break;
        }
        c = nextConjunct(s, c.end);
      }
    }
    const listPlaced = place !== '' && !venue && !seen && !NEEDS_TRIGGER.has(head);
    const listedHead = PROJECT_HEADS.has(head) && !QUALIFIED_PROJECT_HEADS.has(head);
    const accept = triggered || qualified || placed || listPlaced || basedOn || listedHead;
    // "… построит цех по сборке тракторов. Цех разместится в Орше": a bare head with no verb of
    // building is the project of that head named before, whatever else the sentence says of it.
    const bareSame =
      !accept && end === i + 1 && first === i && !venue && !partner
        ? s.recent((e) => e.type === 'Project' && e.head === head)
        : undefined;
    if (bareSame) return referBack(s, bareSame, first, i + 1);
    if (!accept) return undefined;
    if (!triggered && !passesHeadRules(head, adjLemmas, tailLemmas, end === i + 1)) return undefined;
    // "центр поддержки экспорта / предпринимательства": a body that supports an activity, whoever set it up.
    const supportBody = tailLemmas.some(
      (l, k) => l === 'поддержка' && SUPPORTED_ACTIVITIES.has(tailLemmas[k + 1] ?? ''),
    );
    if (head === 'центр' && supportBody) return undefined;
    // A bare head refers back to the project named before ("завод", "предприятие").
    // "Наличие собственного сборочного производства …": what a company already has is the plant named before.
    const own = adjLemmas.includes('собственный');
    if (end === i + 1 && !place && (own || adjLemmas.every((l) => !PROJECT_QUALIFIERS.has(l) || l === 'новый'))) {
      const plants = (e: EntityDraft) => own && PLANT_HEADS.has(head) && PLANT_HEADS.has(e.head ?? '');
      const earlier = s.recent(
        (e) => e.type === 'Project' && (e.head === head || hypernymOf(head, e.head) || plants(e)),
      );
      if (earlier) return referBack(s, earlier, first, i + 1);
      if (!triggered && !qualified && !listPlaced) return undefined;
      // "Завод был построен в 1970 году": a head alone opening the sentence is its theme, something
      // already known (the company named before), not a new undertaking, which comes after its verb
      // ("В Орше построят завод").
      if (first === i && !s.sentence.tokens.slice(0, first).some((t) => t.kind === 'word')) return undefined;
    }
    // "строительство завода по выпуску кабеля": the nominal that builds it stays in the name.
    const nominal =
      NAMING_NOMINALS.has(before) && byNominal && !s.isUsed(nominalAt) && betweenNominal === undefined
        ? nominalAt
        : first;
    return addProject(s, first, i, end, head, place, nominal);
  }
  // "Строительство будет вести компания «X»": a bare «строительство», subject or object, is the
  // building of the facility named before ("в сфере строительства" is a field).
  const building =
    head === 'строительство' &&
    end === i + 1 &&
    first === i &&
    s.prepBefore(first) === undefined &&
    s.parse(i).some((p) => (p.case === 'nomn' || p.case === 'accs') && p.number === 'sing');
  const facility = building
    ? s.recent((e) => e.type === 'Project' && !NON_FACILITY_HEADS.has(e.head ?? ''))
    : undefined;
  if (facility) return referBack(s, facility, i, i + 1);
  if (head === 'строительство') return undefined;
  if (head === 'программа' && (tailLemmas.some((l) => DOCUMENT_TAILS.has(l)) || adjLemmas.length === 0))
    return undefined;
  if ((head === 'проект' || head === 'инвестпроект') && end === i + 1 && !adjLemmas.includes('совместный'))
    return undefined;
  // "в рамках проекта в Минске появится …": a place after a bare «проект» says where, not which project.
  const placeOnly = LOCATIVE_PREPS.has(s.tok(i + 1)?.text.toLowerCase() ?? '');
  if ((head === 'проект' || head === 'инвестпроект') && placeOnly && adjLemmas.length === 0) return undefined;
  // "второй проект компании в России": a count of its owner's projects says nothing of what is made.
  const counted = adjLemmas.length > 0 && adjLemmas.every((l) => ORDINALS.has(l));
  if (head === 'проект' && counted && (s.isCompanyNoun(i + 1) || s.mentions.some((m) => m.first === i + 1)))
    return undefined;
  // "проект соглашения / договора": the draft of a document, which the guidelines do not count as a project.
  if (head === 'проект' && DRAFTED_DOCUMENTS.has(tailLemmas[0] ?? '')) return undefined;
  // "Совместный проект предполагает строительство комплекса": the complex is the project.
  if (head === 'проект' && end === i + 1 && buildingAhead(s, end)) return undefined;
  // "Новый маршрут связал Гомель с Брянском": a route is named by the places a verb of linking joins.
  const ends = ROUTE_HEADS.has(head) && end === i + 1 ? linkedEnds(s, end) : undefined;
  if (ends) return addProject(s, first, i, end, head, ends);
  // "Новый рейс поддержали …": a route head with no ends of its own, only adjectives of a service,
  // is the route named before; "Новый рейс в Самарканд" is another.
  const next = s.tok(i + 1);
  const endsAfter = isWord(next) && (PREPOSITIONS.has(next.text.toLowerCase()) || isCapital(next));
  const route =
    ROUTE_HEADS.has(head) && end === i + 1 && !endsAfter && adjLemmas.every((l) => SERVICE_ADJECTIVES.has(l))
      ? s.recent((e) => e.type === 'Project' && ROUTE_HEADS.has(e.head ?? ''))
      : undefined;
  if (route) return referBack(s, route, first, i + 1);
  if (end - first < 2) return undefined;
  return addProject(s, first, i, end, head, '');
}

/** Adjectives that say what kind of service a route is, not which one ("новый прямой рейс"). */
const SERVICE_ADJECTIVES = new Set(['новый', 'прямой', 'регулярный', 'беспересадочный', 'ежедневный']);

/** Verbs by which a route joins two places ("связал Гомель с Брянском", "соединит Минск и Казань"). */
const LINKING_VERBS = new Set(['связать', 'связывать', 'соединить', 'соединять']);

/**
 * The ends of a route that a verb of linking right after its head names: its object and the
 * place after «с» or «и», both places the reference knows; "Гомель — Брянск" as a route writes them.
 */
function linkedEnds(s: SentenceScanner, from: number): string | undefined {
  const verb = [from, from + 1, from + 2].find((k) => s.hasLemma(k, LINKING_VERBS));
  if (verb === undefined) return undefined;
  const place = (k: number) => {
    const m = s.res.gazetteer.match(s.sentence.tokens, k);
    return m?.kind === 'name' && PLACE_TYPES.has(m.entry.type) ? m : undefined;
  };
  const a = place(verb + 1);
  const joiner = a ? s.tok(a.end)?.text.toLowerCase() : undefined;
  const b = a && ['с', 'со', 'и'].includes(joiner ?? '') ? place(a.end + 1) : undefined;
  return a && b ? `${a.entry.name} — ${b.entry.name}` : undefined;
}

/** Company nouns that «совместный» makes a joint venture not yet named. */
const JOINT_COMPANY_HEADS = new Set(['холдинг', 'компания']);

/** Plants of every kind: "предприятие" refers back to any of them ("завод … Строительство предприятия"). */
const PLANT_HEADS = new Set(['завод', 'фабрика', 'комбинат', 'производство', 'цех', 'предприятие', 'площадка']);

/** Verbs of being placed somewhere, whose subject is a facility ("Цех разместится в Орше"). */
const PLACED_VERBS = new Set(['разместиться', 'размещаться', 'расположиться', 'располагаться', 'находиться']);

/** Verbs whose passive participle after «будет» places a facility to come ("будет расположено в …"). */
const PLACING_VERBS = new Set(['расположить', 'разместить']);

/** A verb of being placed at `at`, or after «будет» there (also a participle of placing), with «в» or «на» after it. */
function placedSubject(s: SentenceScanner, at: number): boolean {
  const future = s.lemma(at) === 'быть';
  const verb = future ? at + 1 : at;
  const placed = s.hasLemma(verb, PLACED_VERBS) || (future && s.hasLemma(verb, PLACING_VERBS) && s.isPos(verb, 'PRTS'));
  return placed && ['в', 'во', 'на'].includes(s.tok(verb + 1)?.text.toLowerCase() ?? '');
}

/** Is `general` a word that refers back to a project headed by `specific`? */
function hypernymOf(general: string, specific: string | undefined): boolean {
  return general === 'предприятие' && PLANT_HEADS.has(specific ?? '');
}

/** A bare head noun [first, end) that refers back to a project named before: a mention of it. */
function referBack(s: SentenceScanner, project: EntityDraft, first: number, end: number): number | undefined {
  // "Павел Орлов, директор компании «Кедр», сообщил, что предприятие …": a company named before the
  // noun in its own sentence is a nearer antecedent than a project of an earlier one; the noun is left
  // to the company nouns.
  const nearerCompany =
    s.isCompanyNoun(end - 1) &&
    s.mentions.some((m) => m.first < first && m.entity.type === 'Enterprise' && m.kind === 'name') &&
    !s.mentions.some((m) => m.entity === project);
  if (nearerCompany) return undefined;
  s.add(project, first, end, 'generic', { consume: false });
  s.markUsed(first, end);
  return end;
}

/** Activities a support centre serves as a body ("центр поддержки экспорта"), not as a facility. */
const SUPPORTED_ACTIVITIES = new Set(['экспорт', 'предпринимательство', 'бизнес', 'инвестиция', 'инновация']);

/** The old head rules for facilities named without a verb: a centre of service, an industrial park … */
function passesHeadRules(head: string, adjLemmas: readonly string[], tailLemmas: readonly string[], bare: boolean) {
  // A centre of service, sale or making, said by its tail or its adjective ("сервисный центр компании «X»",
  // "дилерский центр завода").
  const serviceWord = (l: string) =>
    /поддержк|обслуживан|сервис|логист|производ|сборк|ремонт|дистрибуц|технич|дилер/u.test(l);
  if (head === 'центр' && (bare || !(tailLemmas.some(serviceWord) || adjLemmas.some(serviceWord)))) return false;
  if (head === 'комплекс' && adjLemmas.length === 0 && !tailLemmas.includes('по')) return false;
  if (head === 'парк' && !adjLemmas.some((l) => /индустриальн|технологическ|промышленн/u.test(l))) return false;
  if (head === 'парк' && tailLemmas.length === 0) return false;
  if (head === 'площадка' && !adjLemmas.some((l) => /сборочн|производствен|промышленн/u.test(l))) return false;
  if (
    head === 'линия' &&
    !adjLemmas.some((l) => /производствен|сборочн|технологическ/u.test(l)) &&
    !tailLemmas.includes('по')
  )
    return false;
  if (['коридор', 'хаб', 'кластер', 'терминал'].includes(head) && adjLemmas.length === 0 && tailLemmas.length === 0)
    return false;
  if (head === 'сборка' && !adjLemmas.includes('совместный')) return false;
  return true;
}

/** Documents of which a «проект» is the draft. */
const DRAFTED_DOCUMENTS = new Set([
  'соглашение',
  'договор',
  'меморандум',
  'протокол',
  'документ',
  'закон',
  'постановление',
  'решение',
  'план',
  'программа',
  'контракт',
]);

/** A building nominal with a facility follows in the clause ("… предполагает строительство комплекса"). */
function buildingAhead(s: SentenceScanner, from: number): boolean {
  for (let k = from; k < from + 6 && !isClauseBreak(s, k); k++)
    if (s.hasLemma(k, BUILDING_NOMINALS) && facilityFollows(s, k + 1)) return true;
  return false;
}

/** A facility phrase follows, possibly after "по строительству": the project is named by it. */
function facilityFollows(s: SentenceScanner, k: number): boolean {
  let j = k;
  if (s.tok(j)?.text.toLowerCase() === 'по' && s.hasLemma(j + 1, BUILDING_NOMINALS)) j += 2;
  let head = j;
  while (head < j + 4 && s.isPos(head, 'ADJF', 'PRTF') && !s.isPos(head, 'NOUN')) head++;
  return facilityAt(s, head) !== undefined && s.parse(head).some((p) => p.case === 'gent');
}

/** Names the project "[adjectives] head tail [place of the list]" in the nominative and records the mention. */
function addProject(
  s: SentenceScanner,
  first: number,
  i: number,
  end: number,
  head: string,
  place: string,
  nominal = first,
): number {
  const tail = end > i + 1 ? ` ${s.text(i + 1, end)}` : '';
  // The nominal is written as a common noun even at the start of a sentence.
  const lead =
    nominal < first
      ? `${nominativePhrase(s.res.morph, s.words(nominal, first)).toLowerCase()} ${s.text(first, i + 1)}`
      : nominativePhrase(s.res.morph, s.words(first, i + 1));
  const phrase = withoutLegalForms(
    `${lead}${tail}${place ? ` ${place}` : ''}`
      .replace(/[«»"“”„]/gu, '')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
  // "торговый дом края": a generic place noun that closes the name is the place it refers to.
  const d = mergeProject(s, s.organizationName(phrase), head);
  s.add(d, nominal, end, 'name', { consume: false });
  s.markUsed(nominal, i + 1);
  return i + 1;
}

/** Lemma prefixes of a name's content words: "детского сада" and "детский сад" share them. */
function stems(text: string, morph?: Morphology): Set<string> {
  const out = new Set<string>();
  const words = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    // "техническая поддержка" is "техподдержка"; other "поддержка" (of exports, of business) is not servicing.
    .replace(/технич\p{L}* поддержк/gu, 'техподдержк')
    .split(/[^a-zа-я0-9]+/u)
    .filter((w) => w.length >= 3 && !['для', 'между'].includes(w))
    .map((w) => (morph?.lemmas(w)[0] ?? w).replace(/ё/g, 'е'))
    // "строительство школы" and "новая школа" are the same school.
    .filter((w) => !morph || !ACTIVITY_NOUNS.has(w));
  for (const w of words) {
    // Words of servicing name one kind of facility, however an article varies them
    // ("сервисный центр", "центр технического обслуживания", "центр техподдержки").
    if (SERVICE_WORDS.test(w)) {
      out.add('service');
      continue;
    }
    out.add(w.slice(0, 5));
    // A compound abbreviation shares its second part: "техподдержка" and "техническая поддержка".
    const part = COMPOUND_PREFIX.exec(w)?.[2];
    if (part && part.length >= 4) out.add(part.slice(0, 5));
  }
  return out;
}
const SERVICE_WORDS = /^(сервис|обслуживани|техобслуживани|техподдержк|ремонт)/u;
const COMPOUND_PREFIX = /^(тех|спорт|авто|агро|энерго|пром|сельхоз|гос|мед)(.+)$/u;

/** Word-stem overlap of two names (Dice), as the evaluation matches project names. */
export function nameOverlap(a: string, b: string, morph?: Morphology): number {
  const A = stems(a, morph);
  const B = stems(b, morph);
  if (A.size === 0 || B.size === 0) return 0;
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return (2 * n) / (A.size + B.size);
}

/** The words after "в/на" in a project name: "школа в Суздале" and "школа в Собинке" are two projects. */
function placeWords(name: string): string {
  const m = /\s(?:в|во|на)\s(.+)$/u.exec(name);
  return m?.[1] ? [...stems(m[1])].sort().join(' ') : '';
}

/** Heads of the making an undertaking does, one kind with the plant that does it. */
const MAKING_HEADS = new Set(['сборка', 'выпуск', 'изготовление', 'переработка', 'производство', 'локализация']);
/** Heads that name any undertaking. */
const GENERAL_HEADS = new Set(['проект', 'инвестпроект']);

export function mergeProject(s: SentenceScanner, phrase: string, head: string): EntityDraft {
  const place = placeWords(phrase);
  // "совместный сервисный центр" and "совместное предприятие по обслуживанию лифтов" share words but
  // not their kind: heads of different kinds name different undertakings. A plant and the making
  // done there are one kind ("сборка тракторов", "предприятие по сборке тракторов"); «проект» any.
  const kindOf = (h: string | undefined) => (h && (PLANT_HEADS.has(h) || MAKING_HEADS.has(h)) ? 'plant' : h);
  const sameKind = (e: EntityDraft) =>
    [e.head, head].some((h) => !h || GENERAL_HEADS.has(h)) || kindOf(e.head) === kindOf(head);
  const same = s.recent(
    (e) =>
      e.type === 'Project' &&
      sameKind(e) &&
      nameOverlap(e.name, phrase, s.res.morph) >= 0.5 &&
      !(place && placeWords(e.name) && placeWords(e.name) !== place),
  );
  if (same) {
    // A name that says where ("детский сад в поселке …") is better than a headline's ("новый детский сад").
    if (place && !placeWords(same.name) && phrase.length < 120) {
      same.aliases.add(same.name);
      same.name = phrase;
    } else if (phrase.length > same.name.length && phrase.length < 120) same.aliases.add(phrase);
    return same;
  }
  // "Компания построит завод в Оренбургской области. … построит в Оренбургской области завод по
  // переработке зерна": a project named only by its head and place is the one of that head the
  // sentence places there, described more fully.
  const sentencePlace = [...stems(s.sentence.text)];
  const bare = s.recent((e) => {
    if (e.type !== 'Project' || e.head !== head) return false;
    const where = /^(.+?)\s(?:в|во|на)\s(.+)$/u.exec(e.name);
    if (!where?.[1] || !where[2] || where[1].split(' ').length > 2) return false;
    return [...stems(where[2])].every((w) => sentencePlace.includes(w));
  });
  if (bare && !place && phrase.length < 120) {
    bare.aliases.add(bare.name);
    bare.name = phrase;
    return bare;
  }
  const d = s.draft('Project', phrase);
  d.head = head;
  return d;
}
