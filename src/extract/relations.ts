/**
 * Relations from trigger words and argument roles, sentence by sentence:
 * meetings and signings (NEGOTIATES), turnover figures (TRADES_WITH), supplies
 * with supplier and recipient from prepositions and word order, joint
 * production, cooperation, project participation and location. Input: the
 * mentions of `findMentions`; output: relations between entity drafts.
 */
import { headsByApposition } from './apposition.ts';
import {
  classBefore,
  clauseAt,
  clauseSpans,
  contrastSpans,
  coordinated,
  gapDash,
  inParentheses,
  reportSources,
} from './clauses.ts';
import { delegationHeads, delegationMeeting, delegationVisit } from './delegations.ts';
import { frontedMeeting } from './fronted-meetings.ts';
import { foldWord, gazetteerPlaceChain, PLACE_TYPES } from './gazetteer.ts';
import { sectorOf } from './goods.ts';
import { jointVenture, jointVentureFounders } from './joint-ventures.ts';
import { headsByCopula, headsByVerb } from './leading-verbs.ts';
import {
  DOCUMENT_NOUNS,
  ENTERPRISE_NOUNS,
  EXAMPLE_PHRASES,
  FACILITY_NOUNS,
  GUEST_VERBS,
  HEAD_TITLES,
  LOCATIVE_PREPS,
  PERSON_TITLES,
  PROJECT_HEADS,
  REPRESENTATIVE_NOUNS,
} from './lexicon.ts';
import { locatedLocally } from './local-places.ts';
import {
  madeAtHost,
  madeForBrand,
  madeInPlace,
  madeUnderLicence,
  madeWithParts,
  makerNamed,
  makingAt,
  partakesInMaking,
  producedTogether,
  startedTogether,
} from './making-frames.ts';
import { projectRelations } from './project-relations.ts';
import { exampleListStart, OPEN_QUOTES } from './scanner.ts';
import {
  type AddRelation,
  afterTitle,
  beforeAdjectives,
  betweenSides,
  CONFIDENCE,
  envoyPost,
  eventNameMentions,
  has,
  inApposition,
  inName,
  inParticipialPhrase,
  inRelativeClause,
  isInside,
  lemmaAt,
  mayBeLocative,
  mentionCases,
  modifiesNoun,
  nameCases,
  ownerOfNoun,
  PARTY_TYPES,
  PREPOSITION_WORDS,
  pairs,
  participialApart,
  parties,
  partyMentions,
  pastAdjectives,
  persons,
  phrasePreposition,
  placesSomethingHere,
  qualifiesPlace,
  relativeAntecedent,
  type SentenceView,
  unique,
  unnamedTitleAt,
  wordBeforeName,
  wordsBetween,
} from './sentence-view.ts';
import { sittingSides } from './sittings.ts';
import {
  AGENT_TRIGGERS,
  brandList,
  buyerNamed,
  buyerOfGoods,
  dealPartnerAfter,
  dealSignerAfter,
  madeBy,
  type OpenSupply,
  SUPPLY_FRAMES,
  suppliersNamed,
  supplies,
} from './supply-frames.ts';
import { tradePartnerAt, tradePartners } from './trade-partners.ts';
import { tradeParts } from './trade-parts.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

const NEGOTIATION = new Set([
  'встреча',
  'встретиться',
  'встречаться',
  'переговоры',
  'обсудить',
  'обсуждать',
  'договориться',
  'подписать',
  'подписание',
  'утвердить',
  'заключить',
  'беседа',
  'провести',
  'принять',
  'подпись',
  'совещание',
  'договорённость',
  'договоренность',
  'обговорить',
  'согласовать',
  'согласовывать',
  // Talks at a distance: "телефонный разговор", "провели видеоконференцию".
  'разговор',
  'видеоконференция',
]);
/**
 * Light-verb constructions: the noun carries the meaning the verb would ("достичь соглашения"
 * is "договориться"), so the sentence counts as using that verb.
 */
const AGREEMENT = new Map([
  ['соглашение', 'договориться'],
  ['понимание', 'договориться'],
]);
/** Renewing a contract ("продлили контракт на поставку") is signing it anew. */
const RENEWED = new Map(['контракт', 'договор', 'соглашение', 'меморандум'].map((noun) => [noun, 'подписать']));
const LIGHT_VERBS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['достичь', AGREEMENT],
  ['достигнуть', AGREEMENT],
  ['прийти', AGREEMENT],
  ['продлить', RENEWED],
  ['пролонгировать', RENEWED],
  ['перезаключить', RENEWED],
]);
/** Words of talks between the sides themselves: bodies that meet or discuss are its parties. */
const TALKS = new Set([
  'переговоры',
  'встреча',
  'встретиться',
  'встречаться',
  'обсудить',
  'обсуждать',
  'совещание',
  // "X и Y провели совместное заседание": a sitting the sides hold together.
  'заседание',
  'разговор',
  'видеоконференция',
]);
/** Verbs whose object is what the talks are about. */
const DISCUSSION = new Set(['обсудить', 'обсуждать']);
/** Encounters that make named people each other's counterparts, though no body is a party by them. */
const ENCOUNTER = new Set([
  'визит',
  'посетить',
  'приветствовать',
  'представить',
  'пообщаться',
  'общаться',
  // "Гостей встретил губернатор": greeting a visitor, whom the object names.
  'встретить',
  'встречать',
]);
const SIGNING = new Set([
  'подпись',
  'подписать',
  // "X и Y утвердили план мероприятий": adopting a joint document, as signing it.
  'утвердить',
  'заключить',
  'подписание',
  'договориться',
  'договорённость',
  'договоренность',
  'согласовать',
  'согласовывать',
  'переговоры',
  'соглашение',
  'меморандум',
  'протокол',
]);
const TRADE = new Set(['товарооборот', 'товарообмен', 'торговля', 'торговать', 'внешнеторговый']);
const COPRODUCTION = new Set(['кооперация', 'локализация', 'цепочка', 'сборка', 'совместный', 'совместно']);
/** Verbs of joining forces ("объединить усилия"). */
const UNITING = new Set(['объединить', 'объединять']);
/** Words that mean joint production without a production verb beside them. */
const SELF_COPRODUCTION = new Set(['кооперация', 'локализация', 'локализовать']);
const PRODUCTION = new Set([
  'производство',
  'производить',
  'выпуск',
  'выпускать',
  'собирать',
  'изготавливать',
  // The action nouns of the verbs of making, which a joint activity names as often as the verbs.
  'изготовление',
  'выращивать',
  'выращивание',
  // Processing makes a product too ("совместная переработка зерна").
  'переработка',
  'перерабатывать',
  'сборка',
  'предприятие',
  'цепочка',
  'локализация',
]);
const COOPERATION = new Set([
  'сотрудничество',
  'сотрудничать',
  'взаимодействие',
  'взаимодействовать',
  'партнёр',
  'партнер',
  'партнёрство',
  'партнерство',
  'отношение',
  'связь',
  'интеграция',
  // Twin towns and regions ("города-побратимы", "договор о побратимстве").
  'побратим',
  'побратимство',
  'побратимский',
  // "поделятся опытом с коллегами из X", "перенимают опыт X-ских коллег" (see `SHARING`).
  'опыт',
  // "обмен опытом", "обменялись специалистами" (see `EXCHANGED`).
  'обмен',
  'обменяться',
  'обмениваться',
  // "вложили в экономику области", "инвестиции в регион" (see `INVESTMENT`).
  'инвестиция',
  'инвестировать',
  'вложить',
  'вкладывать',
  'вложение',
]);
/** The noun «партнёр», whose complements say whose partner it names. */
const PARTNER: ReadonlySet<string> = new Set(['партнёр', 'партнер']);
/** Words of investing: cooperation when they say where the money goes («в» + the receiving side). */
const INVESTMENT = new Set(['инвестиция', 'инвестировать', 'вложить', 'вкладывать', 'вложение']);
/** Verbs by which one side passes its experience to another or takes it over. */
const SHARING = new Set([
  'поделиться',
  'делиться',
  'перенять',
  'перенимать',
  'передать',
  'передавать',
  'изучить',
  'изучать',
]);
/** What an exchange shares when it is cooperation; "обменялись мнениями" is talk, not cooperation. */
const EXCHANGED = new Set([
  'опыт',
  'знание',
  'технология',
  'специалист',
  'студент',
  'школьник',
  'учащийся',
  'преподаватель',
  'практика',
  'делегация',
  'кадр',
]);
// "поставили задачу довести товарооборот до …", "с целью", "цели": a task or goal in any case; "довести
// (доведение) до" a figure is a target.
const PLAN =
  /планир|будет|будут|готов|предусматрива|рассчитыва|предлож|может|могут|могл|возможн|рассматрива|должн|задач[аиуе]|(?<!\p{L})цел(ь|и|ью|ей|ям)(?!\p{L})|(?<!\p{L})дове(сти|дение|дения|дению)(?!\p{L})|(?<!\p{L})бы(?!\p{L})/u;
const INTENTION = /намер|хотел|хотят|хочет|заинтересован|стремит|стремят|(?<!\p{L})(ищет|ищут|искать)(?!\p{L})/u;

/**
 * Modality from mood, tense and modal words: "намерены" is an intention, a modal
 * word or a finite verb in the future ("поставит", "будут выпускать") a plan.
 */
function sentenceModality(text: string, v: SentenceView, res: ExtractionResources): 'fact' | 'plan' | 'intention' {
  const lower = text.toLowerCase();
  if (INTENTION.test(lower)) return 'intention';
  if (PLAN.test(lower)) return 'plan';
  // A biaspectual verb ("экспортируют", "импортирует") reads as a perfective future too; its
  // present reading makes it no plan.
  // "Напомним, что …", "Отметим, …": the speaker's own future before a comma frames the sentence.
  const future = v.tokens.some((t, k) => {
    const parses = res.morph.parse(t.text);
    const formula = parses[0]?.person === '1per' && parses[0]?.number === 'plur' && v.tokens[k + 1]?.text === ',';
    return parses[0]?.tense === 'futr' && !formula && !parses.some((p) => p.pos === 'VERB' && p.tense === 'pres');
  });
  return future ? 'plan' : 'fact';
}

/**
 * Modality, value and year of a turnover from the clause of its trigger when that clause states a
 * figure: "превысил 300 млн долларов, а к 2028 году стороны планируют довести его до …" is a fact
 * of 300 million; the target in the next clause is no part of it.
 */
function tradeAttributes(
  sentenceText: string,
  v: SentenceView,
  res: ExtractionResources,
  modality: string,
): Record<string, string | number> {
  const [from, to] = clauseAt(v.clauses, Math.max(0, triggerIndex(v, TRADE_CONTEXT, res)));
  const clause = v.tokens.slice(from, Math.min(to, v.tokens.length));
  const clauseText = clause.map((t) => t.text).join(' ');
  const own = moneyAttributes(clauseText);
  if (own.value === undefined || clause.length === v.tokens.length)
    return { modality, ...moneyAttributes(sentenceText) };
  return { modality: sentenceModality(clauseText, { ...v, tokens: clause }, res), ...own };
}

const MONEY_RE =
  /(\$\s*)?(\d+(?:[.,]\d+)?)\s*(млрд|миллиард\p{L}*|млн|миллион\p{L}*|тыс\.?|тысяч\p{L}*)?\s*(долл\p{L}*|\$|руб\p{L}*|евро)?/u;

/** Value, currency and year of a turnover figure in the sentence ("600 миллионов долларов", "$1 млрд"). */
export function moneyAttributes(text: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const m of text.matchAll(new RegExp(MONEY_RE, 'gu'))) {
    const currency = m[1]
      ? 'USD'
      : m[4]
        ? /^руб/u.test(m[4])
          ? 'RUB'
          : /^евро/u.test(m[4])
            ? 'EUR'
            : 'USD'
        : undefined;
    if (!currency || !m[2]) continue;
    const scale = m[3] ? (/^млрд|^миллиард/u.test(m[3]) ? 1e9 : /^млн|^миллион/u.test(m[3]) ? 1e6 : 1e3) : 1;
    out.value = Number(m[2].replace(',', '.')) * scale;
    out.currency = currency;
    break;
  }
  const year = /\b(19|20)(\d{2})\s*(год|г\.)/u.exec(text);
  if (year) out.year = Number(`${year[1]}${year[2]}`);
  return out;
}

/** A plural generic ("стороны", "страны") stands for a group: several mentions on one span. */
function isGroup(m: MentionRef, list: readonly MentionRef[]): boolean {
  return m.kind === 'generic' && list.some((o) => o !== m && o.first === m.first && o.end === m.end);
}

/** "в X", "в г. X", "в городе X": the place at `at` follows the preposition "в". */
function afterIn(v: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = v.tokens[k]?.text.toLowerCase() ?? '';
    if (w === 'в' || w === 'во') return true;
    if (w !== 'г' && w !== '.' && !/^город/u.test(w)) return false;
  }
  return false;
}

const LOCATABLE = new Set(['Enterprise', 'Organization', 'City', 'Project']);

/**
 * LOCATED_IN from the noun phrase itself: a place adjective in apposition to a
 * company ("белорусский Минский моторный завод", "казахстанский производитель
 * кузовов «Альфа»"), a genitive place after a town or company ("Усолье-Сибирское
 * Иркутской области"), and "в + place" inside an organisation's name
 * ("Генеральное консульство Киргизии в Новосибирске").
 */
function locatedByApposition(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  const ms = v.mentions;
  for (const [k, m] of ms.entries()) {
    // A compound adjective ("белорусско-российское предприятие") names partners, not where it is.
    if (m.kind === 'adjective' && PLACE_TYPES.has(m.entity.type) && !m.titleOf && !m.compound) {
      const target = ms.slice(k + 1).find((o) => o.kind === 'name' && o.first >= m.end);
      // "в казахстанском Павлодаре", "во вьетнамской провинции Тханьхоа": a country's adjective
      // right before a town or region, or before the noun of its kind, places it.
      if (
        target &&
        qualifiesPlace(m, target) &&
        (target.entity.type === 'City' || target.entity.type === 'Region') &&
        m.entity.type !== target.entity.type &&
        (m.entity.type === 'Country' || target.entity.type === 'City') &&
        !isInside(m.entity, target.entity, res)
      ) {
        add('LOCATED_IN', target.entity, m.entity, v, CONFIDENCE.apposition);
        continue;
      }
      if (target?.entity.type !== 'Enterprise') continue;
      const gap = v.tokens.slice(m.end, target.first);
      const plain = gap.every((t, g) => {
        if (OPEN_QUOTES.has(t.text)) return true;
        // A legal form before the quoted name ("производитель кузовов ТОО «Альфа»").
        if (/^\p{Lu}{2,5}$/u.test(t.text) && (g === gap.length - 1 || OPEN_QUOTES.has(gap[g + 1]?.text ?? '')))
          return true;
        const pos = res.morph.parse(t.text)[0]?.pos;
        return /^\p{Ll}/u.test(t.text) && (pos === 'NOUN' || pos === 'ADJF' || pos === 'PREP' || pos === 'PRTF');
      });
      const between = ms.some((o) => o.first >= m.end && o.end <= target.first && o !== target);
      // The adjective must qualify the company noun, not goods before it ("сборку белорусских тракторов на предприятии «X»").
      const ownNoun = m.governs === undefined || ENTERPRISE_NOUNS.has(m.governs) || gap.length === 0;
      // "Для калужских предприятий МАЗ поставит …": a name out of the adjective's prepositional
      // phrase, right before a verb, is the verb's subject, which the adjective does not describe.
      const apart =
        m.prep !== undefined &&
        target.prep === undefined &&
        res.morph.parse(v.tokens[target.end]?.text ?? '')[0]?.pos === 'VERB';
      if (gap.length <= 6 && plain && !between && ownNoun && !apart) {
        add('LOCATED_IN', target.entity, m.entity, v, CONFIDENCE.apposition);
        // "Белорусские предприятия МТЗ, МАЗ и «Амкодор»": a plural adjective describes each company of the list.
        const plural = res.morph
          .parse(v.tokens[m.first]?.text ?? '')
          .filter((p) => p.pos === 'ADJF')
          .every((p) => p.number === 'plur');
        for (const o of plural ? coordinated(target, ms, v.tokens, res.morph) : [])
          if (o !== target && o.kind === 'name' && o.entity.type === 'Enterprise')
            add('LOCATED_IN', o.entity, m.entity, v, CONFIDENCE.apposition);
      }
    }
    const next = ms[k + 1];
    if (
      m.kind === 'name' &&
      LOCATABLE.has(m.entity.type) &&
      next &&
      next.first === m.end &&
      next.kind === 'name' &&
      !next.prep &&
      (next.entity.type === 'Region' || next.entity.type === 'Country') &&
      m.entity.type !== next.entity.type &&
      res.morph.parse(v.tokens[next.first]?.text ?? '').some((p) => p.case === 'gent')
    )
      add('LOCATED_IN', m.entity, next.entity, v, CONFIDENCE.apposition);
    const described = m.kind === 'name' && m.entity.type === 'Enterprise' ? describedPlace(v, m, res) : undefined;
    if (described) add('LOCATED_IN', m.entity, described, v, CONFIDENCE.apposition);
    const wider = m.kind === 'name' && LOCATIVE_PREPS.has(m.prep ?? '') ? stackedWider(v, m, res) : undefined;
    if (wider) add('LOCATED_IN', m.entity, wider, v, CONFIDENCE.apposition);
    if (m.kind === 'name' && m.entity.type === 'Organization') {
      const inner = ms.find(
        (o) => o !== m && o.first > m.first && o.end <= m.end && PLACE_TYPES.has(o.entity.type) && afterIn(v, o.first),
      );
      if (inner) add('LOCATED_IN', m.entity, inner.entity, v, CONFIDENCE.apposition);
    }
  }
}

/**
 * "продукция 30 предприятий региона, в том числе «Гомсельмаш» и «Спартак»", "гомельских
 * компаний, включая X": examples of companies of a place are in that place.
 */
function locatedExamples(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  const wordAt = (k: number) => v.tokens[k]?.text.toLowerCase();
  const companyNoun = (k: number) => lemmaAt(v, k, ENTERPRISE_NOUNS, res);
  for (const first of v.mentions) {
    if (first.entity.type !== 'Enterprise' || first.kind !== 'name') continue;
    // The phrase ends at the name or at its opening quote.
    // "на псковские предприятия, в том числе на завод «X»": the list may repeat the class's preposition.
    const listStart = exampleListStart(v.tokens, first.first);
    const noun = listStart === undefined ? -1 : classBefore(wordAt, listStart, companyNoun);
    if (noun < 0) continue;
    const place = v.mentions.find(
      (m) =>
        PLACE_TYPES.has(m.entity.type) &&
        ((m.first === noun + 1 && !m.prep && m.kind !== 'adjective') || (m.kind === 'adjective' && m.end === noun)),
    );
    if (!place) continue;
    for (const m of coordinated(first, v.mentions, v.tokens, res.morph))
      if (m.entity.type === 'Enterprise') add('LOCATED_IN', m.entity, place.entity, v, CONFIDENCE.apposition);
  }
}

/**
 * "Гродненские предприятия сотрудничают с псковскими: мясокомбинат «X» поставляет …": a company
 * that opens the part after a colon is an instance of the plural class of a place that opens the
 * sentence, so it is in that place.
 */
function locatedAfterColon(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  const colon = v.tokens.findIndex((t) => t.text === ':');
  if (colon < 0) return;
  // The class: a place adjective and its plural company noun, the subject at the sentence's start.
  const place = v.mentions.find(
    (m) => m.kind === 'adjective' && m.first <= 1 && m.end < colon && PLACE_TYPES.has(m.entity.type),
  );
  const plural = place && res.morph.parse(v.tokens[place.end]?.text ?? '').some((p) => p.number === 'plur');
  if (!place || !plural || !lemmaAt(v, place.end, ENTERPRISE_NOUNS, res)) return;
  // The instance: a company named right after the colon, or after its kind there ("мясокомбинат «X»").
  const kindNoun = res.morph.parse(v.tokens[colon + 1]?.text ?? '')[0]?.pos === 'NOUN';
  const first = v.mentions.find(
    (m) =>
      m.entity.type === 'Enterprise' &&
      m.kind === 'name' &&
      (m.first === colon + 1 || (kindNoun && m.first === colon + 2)),
  );
  if (!first) return;
  for (const m of coordinated(first, v.mentions, v.tokens, res.morph))
    if (m.entity.type === 'Enterprise') add('LOCATED_IN', m.entity, place.entity, v, CONFIDENCE.apposition);
}

/** Countable nouns of a meeting: in the plural, several meetings ("провёл встречи с X и Y"). */
const SEPARATE_MEETINGS: ReadonlySet<string> = new Set(['встреча', 'беседа']);

/** Nouns of moving the making of goods to a new place. */
const LOCALISING_NOUNS: ReadonlySet<string> = new Set(['локализация']);

/** Words of taking part ("принял участие", "участвовал", "присутствовал"). */
const JOINING = ['участие', 'участвовать', 'присутствовать'];
/** Nouns of a meeting that a sentence opening "Во встрече …" refers back to. */
const MEETING_NOUNS = new Set(['встреча', 'переговоры', 'беседа', 'совещание']);

/** Which place types a wider locative may frame: a region its towns, a country its regions and towns. */
const NARROWER: Readonly<Record<string, readonly string[]>> = { Region: ['City'], Country: ['Region', 'City'] };

/**
 * "в Иркутской области … в Усолье-Сибирском": two locatives of one clause, the wider place
 * first, put the narrower one inside it, unless the reference data places it elsewhere.
 */
function stackedWider(v: SentenceView, m: MentionRef, res: ExtractionResources): EntityDraft | undefined {
  const [start] = clauseAt(v.clauses, m.first);
  const before = v.mentions.filter(
    (o) =>
      o.kind === 'name' &&
      LOCATIVE_PREPS.has(o.prep ?? '') &&
      o.end <= m.first &&
      o.first >= Math.max(start, m.first - 12) &&
      (NARROWER[o.entity.type] ?? []).includes(m.entity.type) &&
      // "посол Беларуси в России … в Омской области": the envoy's post is no place of the clause.
      !envoyPost(o, v),
  );
  const wider = before.at(-1);
  if (!wider || before.length > 1) return undefined;
  const known = gazetteerPlaceChain(res.gazetteer, m.entity.ref?.id).slice(1);
  const widerId = wider.entity.ref?.id;
  if (known.length > 0 && (!widerId || !known.includes(widerId))) return undefined;
  return wider.entity;
}

/**
 * A company's description in apposition after a comma: "«Гродно Азот», крупнейшее химическое
 * предприятие Беларуси", "«Альфа», белорусский производитель шин". The description is adjectives
 * and nouns with a company noun, and the place is its adjective or the genitive right after the
 * company noun.
 */
function describedPlace(v: SentenceView, m: MentionRef, res: ExtractionResources): EntityDraft | undefined {
  if (v.tokens[m.end]?.text !== ',') return undefined;
  let companyNoun = -1;
  for (let k = m.end + 1; k < Math.min(v.tokens.length, m.end + 7); k++) {
    const place = v.mentions.find((o) => o.first === k && PLACE_TYPES.has(o.entity.type));
    if (place) {
      const adjective =
        place.kind === 'adjective' && place.governs !== undefined && ENTERPRISE_NOUNS.has(place.governs);
      const genitive =
        place.kind === 'name' &&
        companyNoun === k - 1 &&
        !place.prep &&
        res.morph.parse(v.tokens[k]?.text ?? '').some((p) => p.case === 'gent');
      return adjective || genitive ? place.entity : undefined;
    }
    const word = v.tokens[k]?.text ?? '';
    const parse = res.morph.parse(word)[0];
    if (word !== word.toLowerCase() || (parse?.pos !== 'ADJF' && parse?.pos !== 'NOUN')) return undefined;
    if (res.morph.lemmas(word).some((l) => ENTERPRISE_NOUNS.has(l))) companyNoun = k;
  }
  return undefined;
}

/**
 * "работает дилерский центр Минского тракторного завода": a company named in the genitive right
 * after a facility noun owns the facility, which is what stands there.
 */
function ownsFacility(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.kind !== 'name' || OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '')) return false;
  const before = res.morph.parse(v.tokens[m.first - 1]?.text ?? '');
  const facility = before.some((p) => p.pos === 'NOUN' && (PROJECT_HEADS.has(p.lemma) || FACILITY_NOUNS.has(p.lemma)));
  const cases = nameCases(m, v, res);
  return facility && cases.includes('gent') && !cases.includes('nomn');
}

/** The two parties after each "между" ("между X и Y, а также между Z и W"), with the index of «между». */
function betweenPairs(v: SentenceView): [EntityDraft, EntityDraft, number][] {
  return betweenSides(v).map(({ sides: [p, q], at }) => [p.entity, q.entity, at]);
}

/**
 * The place a body acts for: its known seat, else a region named inside its name ("Аппарат … в
 * Ошской области"); the body itself when the article never names that place ("Могилёвский
 * облисполком" alone), since a relation needs both ends in the article.
 */
function placeOf(e: EntityDraft, v: SentenceView): EntityDraft {
  const seat = e.place && e.place.mentions.length > 0 ? e.place : undefined;
  if (e.type !== 'Organization') return seat ?? e;
  const own = v.mentions.find((m) => m.entity === e && m.kind === 'name');
  const inner = own
    ? v.mentions.filter(
        (m) =>
          m !== own &&
          m.first > own.first &&
          m.end <= own.end &&
          (m.entity.type === 'Region' || m.entity.type === 'City'),
      )
    : [];
  // The most specific place: a region in the name before the country the body belongs to.
  return inner.at(-1)?.entity ?? seat ?? e;
}

/**
 * Whether a name sits in a prepositional phrase: its own preposition, or one before
 * the nouns that introduce it ("с участием компании «Альфа»", "для завода X").
 */
function inPrepPhrase(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.prep) return true;
  // Back over quotes and the common nouns that introduce the name, to a preposition or anything else.
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const w = v.tokens[k]?.text ?? '';
    if (PREPOSITION_WORDS.has(w.toLowerCase()) || w.toLowerCase() === 'при') return true;
    if (OPEN_QUOTES.has(w)) continue;
    if (w !== w.toLowerCase() || res.morph.parse(w)[0]?.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * "на стенде Тульской области", "в павильоне Беларуси": a name in the genitive of a noun inside a
 * locative phrase only says where something happened; it is no side of what happened there.
 */
function locativeDependent(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.prep) return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const w = v.tokens[k]?.text ?? '';
    if (['в', 'во', 'на'].includes(w)) return k < m.first - 1;
    const pos = res.morph.parse(w)[0]?.pos;
    if (w !== w.toLowerCase() || (pos !== 'NOUN' && pos !== 'ADJF')) return false;
  }
  return false;
}

/**
 * "на заводе в Ташкентской области": a place after «в» that follows a site noun, itself governed by
 * «на» or «в», says where the site is; it is no party of what is done there.
 */
function siteLocation(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if ((m.prep !== 'в' && m.prep !== 'во') || !PLACE_TYPES.has(m.entity.type)) return false;
  const site = m.first - 2;
  if (!res.morph.parse(v.tokens[site]?.text ?? '').some((p) => p.pos === 'NOUN' && p.case === 'loct')) return false;
  const prep = beforeAdjectives(v, site - 1, res);
  return ['на', 'в', 'во'].includes(v.tokens[prep]?.text.toLowerCase() ?? '');
}

/** Verbs whose object comes into being: what is opened or set up is no side of the talks. */
const CREATE_VERBS = new Set(['открыть', 'открывать', 'создать', 'создавать', 'учредить', 'учреждать', 'построить']);

/**
 * "договорились открыть в Ташкенте торговое представительство области": a body that is the
 * object of a verb of creating, past adjectives and a locative phrase, is what the sides set up.
 */
function createdObject(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.prep || m.entity.type !== 'Organization') return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 6); k--) {
    const w = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(w);
    if (parses.some((p) => (p.pos === 'INFN' || p.pos === 'VERB') && CREATE_VERBS.has(p.lemma))) return true;
    const inMention = v.mentions.some((o) => o.first <= k && k < o.end);
    if (!inMention && !['в', 'во', 'на'].includes(w.toLowerCase()) && parses[0]?.pos !== 'ADJF') return false;
  }
  return false;
}

/** A word's lemmas, and for a compound each part's too ("городами-побратимами" → побратим). */
function wordLemmas(text: string, res: ExtractionResources): readonly string[] {
  const own = res.morph.lemmas(text);
  if (!text.includes('-')) return own;
  return [...own, ...text.split('-').flatMap((part) => (part ? res.morph.lemmas(part) : []))];
}

/** A lemma of the word (or of a part of a hyphenated word) is in `set`. */
function wordIn(text: string, set: ReadonlySet<string>, res: ExtractionResources): boolean {
  return wordLemmas(text, res).some((l) => set.has(foldWord(l)));
}

/** The first token of the sentence whose lemma is in `set`, or -1. */
function triggerIndex(v: SentenceView, set: ReadonlySet<string>, res: ExtractionResources): number {
  // "министерство промышленности и торговли": a word of a name is no trigger.
  return v.tokens.findIndex((t, k) => wordIn(t.text, set, res) && !inName(v, k));
}

/**
 * Of the trigger words at `indices`, the first whose clause holds two sides: "Собеседники
 * обсудили сотрудничество: X и Y подписали меморандум о сотрудничестве" states it in the
 * clause after the colon, not in the first one, whose subject names no one. Else the first.
 */
function sidedTrigger(v: SentenceView, indices: readonly number[], sides: readonly MentionRef[]): number {
  const sided = indices.find((k) => {
    const [start, end] = clauseAt(v.clauses, k);
    return unique(sides.filter((m) => m.first >= start && m.end <= end).map((m) => m.entity)).length >= 2;
  });
  return sided ?? indices[0] ?? -1;
}

/** Every token of the sentence whose lemma is in `set`, words of names left out. */
function triggerIndices(v: SentenceView, set: ReadonlySet<string>, res: ExtractionResources): number[] {
  return v.tokens.flatMap((t, k) => (wordIn(t.text, set, res) && !inName(v, k) ? [k] : []));
}

/**
 * Sides that meet or discuss hold talks ("Омская и Гродненская области обсудили …", "… провели
 * встречу"), unless the meeting is only the frame of the sentence ("в ходе встречи X рассказал
 * о заводах A и B", "на совещании …"): a noun of talks after a preposition or another noun is
 * an adverbial, and what follows is its topic.
 */
function talksHeld(v: SentenceView, res: ExtractionResources): boolean {
  return v.tokens.some((t, k) => {
    if (!wordIn(t.text, TALKS, res)) return false;
    const pos = res.morph.parse(t.text)[0]?.pos;
    if (pos === 'VERB' || pos === 'INFN' || pos === 'PRTF') return true;
    const before = v.tokens[k - 1]?.text ?? '';
    const beforePos = res.morph.parse(before)[0]?.pos;
    return !PREPOSITION_WORDS.has(before.toLowerCase()) && beforePos !== 'NOUN' && beforePos !== 'PREP';
  });
}

/**
 * Words before a document noun that cite a document already in force ("в рамках соглашения",
 * "согласно меморандуму", "в соответствии с протоколом"): it frames what follows, nobody signs it here.
 */
const CITED_DOCUMENT = new Set(['рамках', 'согласно', 'соответствии', 'основании']);

/**
 * The sentence reports a signing or an agreement: it has a lemma of `SIGNING` (a word's or a light
 * verb's, "продлили контракт") that is not only a document cited as the frame of something else.
 */
function signingReported(v: SentenceView, res: ExtractionResources): boolean {
  if (!has(v, SIGNING)) return false;
  const cited = new Set<string>();
  v.tokens.forEach((t, k) => {
    const before = v.tokens[k - 1]?.text.toLowerCase() ?? '';
    const frame =
      CITED_DOCUMENT.has(before) || (before === 'с' && v.tokens[k - 2]?.text.toLowerCase() === 'соответствии');
    if (frame) for (const l of res.morph.lemmas(t.text)) if (SIGNING.has(l)) cited.add(l);
  });
  return [...SIGNING].some((l) => v.lemmas.has(l) && !cited.has(l));
}

/**
 * "работает с китайскими дистрибьюторами в провинции X": a place phrase right after the noun of a
 * «с» partner (instrumental, past its adjectives) says where the partners are, not the subject.
 * `prep` is the index of the place's preposition.
 */
function ofWithPartner(v: SentenceView, prep: number, res: ExtractionResources): boolean {
  const noun = prep - 1;
  if (!res.morph.parse(v.tokens[noun]?.text ?? '').some((p) => p.pos === 'NOUN' && p.case === 'ablt')) return false;
  return ['с', 'со'].includes(v.tokens[beforeAdjectives(v, noun - 1, res)]?.text.toLowerCase() ?? '');
}

/** Nouns of a kind of place written before its name ("в провинции Хынгйен", "в городе Лида"). */
const PLACE_KIND_NOUNS = new Set([
  'провинция',
  'область',
  'край',
  'штат',
  'город',
  'республика',
  'уезд',
  'аймак',
  'район',
  'округ',
]);

/**
 * "Соглашение подписали X и Y. Документ предусматривает сотрудничество …": a bare document noun
 * opening the sentence is the document signed in the sentence before, whose signers (the bodies or
 * places that held the talks there) are the sides of what it covers.
 */
function signersBefore(
  v: SentenceView,
  found: readonly FoundRelation[],
  res: ExtractionResources,
): [EntityDraft, EntityDraft][] {
  const opener = v.tokens[0]?.text ?? '';
  if (!wordIn(opener, DOCUMENT_NOUNS, res) && !wordIn(opener, DOCUMENT_WORDS, res)) return [];
  // "Документ предусматривает", "Соглашение также закрепляет": no dependent of its own after it.
  const next = res.morph.parse(v.tokens[1]?.text ?? '')[0];
  if (!next || !['VERB', 'ADVB', 'PRTS'].includes(next.pos)) return [];
  const signed = found.filter((r) => r.type === 'NEGOTIATES' && r.sentence === v.index - 1);
  const bodies = signed.filter((r) => r.source.type !== 'Person' && r.target.type !== 'Person');
  return bodies.map((r): [EntityDraft, EntityDraft] => [r.source, r.target]);
}

/** General words for a document ("документ"), besides the kinds of document. */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['документ']);

/** What a person signs for: what they head, a committee's oblast or town where the text names it. */
function signedFor(p: EntityDraft): EntityDraft | undefined {
  return p.headOf?.place?.mentions.length ? p.headOf.place : p.headOf;
}

/**
 * "подписали соглашение о торгово-экономическом … сотрудничестве": the word of cooperation at `at`
 * is the topic of a document the sentence signs (a document noun, «о»/«об», then adjectives).
 */
function signedDocumentOf(v: SentenceView, at: number, res: ExtractionResources): boolean {
  if (!v.lemmas.has('подписать') && !v.lemmas.has('подписание')) return false;
  for (let k = at - 1; k >= 0 && k >= at - 10; k--) {
    const w = v.tokens[k]?.text.toLowerCase() ?? '';
    if (w === 'о' || w === 'об') return wordIn(v.tokens[k - 1]?.text ?? '', DOCUMENT_NOUNS, res);
    if (w !== ',' && w !== 'и' && !res.morph.parse(w).some((p) => p.pos === 'ADJF')) return false;
  }
  return false;
}

/** Words and abbreviations for a kind of town written before its name ("г. Гомель", "пос. Ждановичи"). */
const TOWN_KIND_WORDS = new Set(['г', 'гор', 'город', 'пос', 'посёлок', 'поселок', 'пгт', 'д', 'дер', 'деревня', 'аг']);

/** Verbs and participles that say where something is ("находится", "расположенный", "базирующийся"). */
const LOCATION_WORDS = new Set([
  'находиться',
  'находящийся',
  'располагаться',
  'расположенный',
  // az gives the passive participles the lemma of the active one.
  'расположивший',
  'разместивший',
  'располагающийся',
  'базироваться',
  'базирующийся',
  'размещаться',
  'размещённый',
  'размещенный',
  'действующий',
  'зарегистрированный',
  'зарегистрировавший',
]);
/**
 * Verbs whose short passive participle says where something is ("расположен в", "размещено в"),
 * also where it was founded ("СП «X» создано в Гродно", "основан в", "открыт в").
 */
const LOCATING_VERBS = new Set(['расположить', 'разместить', 'зарегистрировать', 'создать', 'основать', 'открыть']);

function locationWord(word: string, res: ExtractionResources): boolean {
  return res.morph
    .parse(word)
    .some((p) => LOCATION_WORDS.has(p.lemma) || (p.pos === 'PRTS' && LOCATING_VERBS.has(p.lemma)));
}
/** Nouns of a company's head office: where it is, the company is. */
const HEAD_OFFICE_NOUNS = new Set(['штаб-квартира', 'офис', 'headquarters']);

/** "штаб-квартира компании «X»", "головной офис холдинга «X»": the company's head office. */
function headOffice(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return v.tokens
    .slice(Math.max(0, m.first - 4), m.first)
    .some((t) => wordLemmas(t.text, res).some((l) => HEAD_OFFICE_NOUNS.has(l)));
}

/** «с» right before the word at `k`, or before the collective noun that stands for it ("с руководством X"). */
function governedByWith(v: SentenceView, k: number, res: ExtractionResources): boolean {
  const isWith = (j: number) => ['с', 'со'].includes(v.tokens[j]?.text.toLowerCase() ?? '');
  if (isWith(k - 1)) return true;
  const collective = res.morph.lemmas(v.tokens[k - 1]?.text ?? '').some((l) => REPRESENTATIVE_NOUNS.has(l));
  return collective && isWith(k - 2);
}

/**
 * "встретился с послом X", "с министром промышленности X": the title of an official whom the
 * sentence does not name, after «с», stands for the place of the post (see `unnamedTitleAt`).
 */
function unnamedOfficialWith(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  let title = unnamedTitleAt(m, v, res);
  if (title === undefined) return false;
  // "с заместителем председателя правительства X": titles in a chain of genitives are one post.
  while (title > 0 && res.morph.lemmas(v.tokens[title - 1]?.text ?? '').some((l) => PERSON_TITLES.has(l))) title--;
  const parses = res.morph.parse(v.tokens[title]?.text ?? '');
  if (parses.some((p) => p.case === 'ablt') && ['с', 'со'].includes(v.tokens[title - 1]?.text.toLowerCase() ?? ''))
    return true;
  // "принял посла Кубы": the accusative object of a verb of receiving, as "встретился с послом Кубы".
  return parses.some((p) => p.case === 'accs') && receivingAt(v, title - 1, res);
}

/**
 * "Посол Казахстана встретился с Ириной Козловой", "С Ириной Козловой встретился посол Беларуси": an
 * envoy the sentence does not name, as the subject (the title in the nominative), meets the one person
 * named after «с»: the person meets the place the envoy stands for, as with "встретился с послом X".
 * Not an unnamed head ("министр X", "губернатор X") as the subject: there the genitive of the title
 * is what they head. (After «с» an unnamed head does stand for it: see the counterparts of talks.)
 */
function officialMeetingPerson(
  v: SentenceView,
  res: ExtractionResources,
  people: readonly EntityDraft[],
): [EntityDraft, EntityDraft] | undefined {
  const [only] = people;
  if (people.length !== 1 || !only) return undefined;
  // After «с», past the person's own title ("с губернатором X Вадимом Шумковым"): in the instrumental.
  const withAt = v.tokens.findIndex((t) => ['с', 'со'].includes(t.text.toLowerCase()));
  const met = v.mentions.find(
    (m) =>
      m.entity === only &&
      m.kind === 'name' &&
      withAt >= 0 &&
      m.first > withAt &&
      res.morph.parse(v.tokens[m.first]?.text ?? '').some((p) => p.case === 'ablt'),
  );
  if (!met) return undefined;
  const official = v.mentions.find((m) => {
    if (!PLACE_TYPES.has(m.entity.type) || m.kind !== 'name' || m.prep || m.titleOf) return false;
    const title = unnamedTitleAt(m, v, res);
    return (
      title !== undefined &&
      res.morph.parse(v.tokens[title]?.text ?? '')[0]?.case === 'nomn' &&
      !res.morph.lemmas(v.tokens[title]?.text ?? '').some((l) => HEAD_TITLES.has(l))
    );
  });
  return official ? [met.entity, official.entity] : undefined;
}

/** A short passive participle of signing with a document ("подписан план", "было подписано соглашение"). */
function agentlessSigning(v: SentenceView, res: ExtractionResources): boolean {
  const signed = v.tokens.some((t) =>
    res.morph
      .parse(t.text)
      .some((p) => p.pos === 'PRTS' && ['подписать', 'заключить'].includes(p.infinitive ?? p.lemma)),
  );
  return signed && v.tokens.some((t) => res.morph.lemmas(t.text).some((l) => DOCUMENT_NOUNS.has(l)));
}

/** Verbs of receiving a visitor. */
const RECEIVING = new Set(['принять', 'принимать']);

/**
 * A verb of receiving a visitor at `k`: its object, past any adjectives, is someone ("принял
 * посла", "принимает делегацию"), not something ("принял участие / решение").
 */
function receivingAt(v: SentenceView, k: number, res: ExtractionResources): boolean {
  if (!res.morph.parse(v.tokens[k]?.text ?? '').some((p) => p.pos === 'VERB' && RECEIVING.has(p.lemma))) return false;
  return res.morph
    .parse(v.tokens[pastAdjectives(v, k + 1, res, k + 4)]?.text ?? '')
    .some((p) => p.pos === 'NOUN' && p.case === 'accs' && (p.animacy === 'anim' || p.lemma === 'делегация'));
}

/**
 * A place after «из» or «в/на» in the noun phrase of a supply noun ("поставки продукции из Гродно",
 * "контракт на поставку тракторов в Казахстан"): where goods come from or go, not who talks.
 */
function goodsSource(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (!['из', 'в', 'во', 'на'].includes(m.prep ?? '') || !PLACE_TYPES.has(m.entity.type)) return false;
  // Back over the goods ("на поставку 200 тысяч тонн угля в Казахстан") to the supply noun.
  for (let k = m.first - 2; k >= 0 && k >= m.first - 8; k--) {
    const t = v.tokens[k];
    if (t && /^\d/u.test(t.text)) continue;
    if (!t || !/^[\p{L}-]+$/u.test(t.text)) return false;
    const parses = res.morph.parse(t.text);
    // "с поставщиком из Турции": where an agent is from, not where goods go.
    if (parses.some((p) => p.pos === 'NOUN' && SUPPLY_FRAMES.has(p.lemma) && !AGENT_TRIGGERS.has(p.lemma))) return true;
    if (!parses.some((p) => p.pos === 'NOUN' || p.pos === 'ADJF')) return false;
  }
  return false;
}

/** «Совместный»/«совместно» are the sentence's only word of jointness (no «кооперация», «сборка» …). */
function onlyJointness(v: SentenceView): boolean {
  return [...COPRODUCTION].every((l) => l === 'совместный' || l === 'совместно' || !v.lemmas.has(l));
}

/**
 * «Совместный» makes production joint only when it qualifies the word of making itself
 * ("совместное производство", "совместный выпуск"), and «совместно» when it goes with the verb
 * ("будут совместно выпускать"): "совместные проекты … нефтеперерабатывающее предприятие" is
 * no joint production.
 */
function jointlyMade(v: SentenceView, res: ExtractionResources): boolean {
  const isLemma = (k: number, set: ReadonlySet<string>) => wordIn(v.tokens[k]?.text ?? '', set, res);
  for (let k = 0; k < v.tokens.length; k++) {
    if (!isLemma(k, JOINT) && !jointAdverb(v, k)) continue;
    for (let j = Math.max(0, k - 2); j <= k + 2; j++) if (j !== k && isLemma(j, PRODUCTION)) return true;
  }
  return false;
}
const JOINT = new Set(['совместный', 'совместно']);

/** Forms of «связь» and «отношение» that can only be plural: "ties", "relations". */
const PLURAL_ONLY = /^(связей|связям|связями|связях|отношения|отношений|отношениям|отношениями|отношениях)$/u;

/**
 * «Связь» and «отношение» name a relation between sides only in the plural ("экономические
 * связи", "развитие отношений"). In the singular they are "communication" ("системы связи")
 * or "regard", and «в связи с», «в отношении», «по отношению к» are compound prepositions
 * ("because of", "regarding"). The ambiguous «связи» counts after an adjective or a verb,
 * or before «с»/«между», not as the genitive complement of a noun ("систем связи").
 */
function relationalSense(v: SentenceView, k: number, res: ExtractionResources): boolean {
  const word = v.tokens[k]?.text.toLowerCase() ?? '';
  const lemmas = wordLemmas(word, res);
  // "Комитет по внешним связям": a word of a body's name states nothing.
  if (inName(v, k)) return false;
  if (lemmas.some((l) => PARTNER.has(l))) {
    // "крупнейших торговых партнёров региона", "партнёр по торговле": a trade partner trades
    // (TRADES_WITH, `tradePartners`), no more.
    return !tradePartnerAt(v, k, res) && !referringPartner(v, k, res);
  }
  // Experience is cooperation when a verb of sharing or adopting it stands by ("поделиться опытом").
  if (lemmas.includes('опыт'))
    return v.tokens.slice(Math.max(0, k - 4), k + 5).some((t) => wordIn(t.text, SHARING, res));
  if (lemmas.some((l) => INVESTMENT.has(l)))
    return v.tokens.slice(k + 1, k + 5).some((t) => ['в', 'во'].includes(t.text.toLowerCase()));
  if (lemmas.some((l) => l.startsWith('обмен')))
    return wordIn(v.tokens[pastAdjectives(v, k + 1, res)]?.text ?? '', EXCHANGED, res);
  if (!lemmas.includes('связь') && !lemmas.includes('отношение')) return true;
  const before = v.tokens[k - 1]?.text.toLowerCase() ?? '';
  if (before === 'в' || before === 'во' || before === 'по') return false;
  if (PLURAL_ONLY.test(word)) return true;
  if (word !== 'связи') return false;
  const after = v.tokens[k + 1]?.text.toLowerCase() ?? '';
  if (after === 'с' || after === 'со' || after === 'между') return true;
  const pos = res.morph.parse(v.tokens[k - 1]?.text ?? '')[0]?.pos;
  return pos === 'ADJF' || pos === 'PRTF' || pos === 'VERB' || pos === 'INFN';
}

/** Activities that, done jointly ("совместная разработка", "совместные проекты"), are cooperation. */
const JOINT_ACTIVITIES = new Set([
  'работа',
  'проведение',
  'организация',
  'реализация',
  'разработка',
  'деятельность',
  'исследование',
  'проект',
  'инициатива',
  'мероприятие',
  'усилие',
  'программа',
  'подготовка',
  'обучение',
  'изучение',
  // "совместное продвижение маршрутов", "продвигать вместе": promoting something together.
  'продвижение',
]);

/** Verbs of the same activities: "будут совместно разрабатывать", "совместно провели". */
const JOINT_VERBS = new Set([
  'работать',
  'разрабатывать',
  'разработать',
  'проводить',
  'провести',
  'организовать',
  'организовывать',
  'реализовать',
  'реализовывать',
  'исследовать',
  'изучать',
  'развивать',
  'готовить',
  'подготовить',
  'обучать',
  'продвигать',
]);

/**
 * A verb of joint activity with «совместно» at `k`: right before it, or the first verb after it,
 * past a partner («совместно с псковскими партнёрами разработала»).
 */
function jointVerb(v: SentenceView, k: number, res: ExtractionResources): boolean {
  const verb = (j: number) =>
    res.morph.parse(v.tokens[j]?.text ?? '').find((p) => p.pos === 'VERB' || p.pos === 'INFN');
  if (JOINT_VERBS.has(verb(k - 1)?.lemma ?? '')) return true;
  for (let j = k + 1; j <= k + 6 && j < v.tokens.length; j++) {
    const p = verb(j);
    if (p) return JOINT_VERBS.has(p.lemma);
  }
  return false;
}

/**
 * "провёл переговоры с белорусскими партнёрами", "для партнёров из Гродно": «партнёры» after a
 * preposition only name the other side of another relation; "стали партнёрами" states one.
 */
function referringPartner(v: SentenceView, k: number, res: ExtractionResources): boolean {
  let j = beforeAdjectives(v, k - 1, res);
  // "является одним из ключевых партнёров X": a partitive «один из» as a predicate states the
  // partnership; "с одним из партнёров" still refers.
  const word = v.tokens[j]?.text.toLowerCase() ?? '';
  if (word === 'из' && res.morph.lemmas(v.tokens[j - 1]?.text ?? '').includes('один')) j -= 2;
  return PREPOSITION_WORDS.has(v.tokens[j]?.text.toLowerCase() ?? '');
}

/**
 * "партнёрами Омской области являются A и B", "среди партнёров региона — A, B и C": «партнёр»
 * with a genitive complement names whose partners the others are. The possessor is one side
 * and every other party the other; the partners listed are not thereby partners of each other.
 */
function partnerOf(
  v: SentenceView,
  trigger: number,
  candidates: readonly MentionRef[],
  res: ExtractionResources,
): MentionRef | undefined {
  if (!wordIn(v.tokens[trigger]?.text ?? '', PARTNER, res)) return undefined;
  // "Наши партнёры — X и Y": the speaker's side, by its possessive pronoun before the noun.
  const ours = candidates.find((m) => m.end === trigger && m.kind === 'pronoun');
  if (ours) return ours;
  // "партнёром завода «Кедр»": a quoted name after its company noun, whose case it is.
  const noun = v.tokens[trigger + 1]?.text ?? '';
  const ofCompany = wordIn(noun, ENTERPRISE_NOUNS, res) && OPEN_QUOTES.has(v.tokens[trigger + 2]?.text ?? '');
  const possessor = candidates.find((m) => m.first === trigger + (ofCompany ? 2 : 1) && !m.prep);
  if (!possessor) return undefined;
  const cased = ofCompany ? noun : (v.tokens[possessor.first]?.text ?? '');
  const genitive = res.morph.parse(cased).some((p) => p.case === 'gent');
  return genitive ? possessor : undefined;
}

/**
 * "расширить сотрудничество Амурского университета и Хэйхэского университета": a noun of
 * cooperation whose genitive complement is a list names the partners itself. They cooperate
 * with each other; whoever agrees on it (the subject, "стороны") is no partner of theirs.
 * Empty unless the complement coordinates at least two names.
 */
function cooperatingComplement(
  v: SentenceView,
  trigger: number,
  candidates: readonly MentionRef[],
  res: ExtractionResources,
): MentionRef[] {
  if (trigger < 0) return [];
  // The adjectives past the noun may begin the first name ("сотрудничество Псковского университета").
  const reach = pastAdjectives(v, trigger + 1, res, trigger + 3);
  // "отношения между Барнаулом и Борисовом": «между» names both sides, whoever else the sentence names.
  const between = [trigger + 1, trigger + 2].find((k) => v.tokens[k]?.text.toLowerCase() === 'между');
  if (between !== undefined) {
    const head = candidates.find((m) => m.first === between + 1);
    const sides = head ? coordinated(head, candidates, v.tokens, res.morph) : [];
    return unique(sides.map((m) => m.entity)).length >= 2 ? sides : [];
  }
  const first = candidates.find((m) => m.first > trigger && m.first <= reach && !m.prep);
  if (!first || !mentionCases(first, v, res).has('gent')) return [];
  const list = coordinated(first, candidates, v.tokens, res.morph).filter((m) => mentionCases(m, v, res).has('gent'));
  return unique(list.map((m) => m.entity)).length >= 2 ? list : [];
}

/**
 * "партнёры из Казахстана и Киргизии": the places after «из» say where the partners come from.
 * They are one side, whoever the partners are partners of, and no partners of each other.
 */
function partnersFrom(
  v: SentenceView,
  trigger: number,
  candidates: readonly MentionRef[],
  res: ExtractionResources,
): Set<EntityDraft> {
  if (!wordIn(v.tokens[trigger]?.text ?? '', PARTNER, res)) return new Set();
  // In the partner noun's own phrase: past its possessor ("партнёры компании «X» из …"), before any verb or comma.
  const from = candidates.find(
    (m) =>
      m.first > trigger &&
      m.prep === 'из' &&
      v.tokens
        .slice(trigger + 1, m.first)
        .every((t) => t.text !== ',' && !res.morph.parse(t.text).some((p) => p.pos === 'VERB' || p.pos === 'INFN')),
  );
  if (!from) return new Set();
  return new Set(coordinated(from, candidates, v.tokens, res.morph).map((m) => m.entity));
}

/**
 * A company name after a noun of goods ("тракторов МТЗ"), not after a word of cooperation whose
 * side it is ("сотрудничество «Гомсельмаша» с …").
 */
function brandOfGoods(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return modifiesNoun(m, v, res) && !wordIn(v.tokens[wordBeforeName(m, v)]?.text ?? '', COOPERATION, res);
}

/** A company named unquoted after a noun of goods ("автобусов ЛиАЗ"). */
function unquotedBrand(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return (
    m.kind === 'name' &&
    m.entity.type === 'Enterprise' &&
    !OPEN_QUOTES.has(v.tokens[m.first - 1]?.text ?? '') &&
    !OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '') &&
    brandOfGoods(m, v, res)
  );
}

/** A name after a noun of people ("представители концерна «X»", "специалисты завода «Y»"), not of goods. */
function ofPeople(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const noun = v.tokens[wordBeforeName(m, v)]?.text ?? '';
  return res.morph.parse(noun).some((p) => p.pos === 'NOUN' && p.animacy === 'anim');
}

/**
 * "Речь идёт о 40 машинах МАЗ", "речь шла о тракторах «Беларус»": a sentence that says what the
 * talk before was about; the companies named as brands of its goods, else none.
 */
function specifiedBrands(v: SentenceView, res: ExtractionResources): EntityDraft[] {
  const speech = v.tokens.findIndex(
    (t, k) =>
      t.text.toLowerCase() === 'речь' &&
      wordLemmas(v.tokens[k + 1]?.text ?? '', res).includes('идти') &&
      ['о', 'об'].includes(v.tokens[k + 2]?.text.toLowerCase() ?? ''),
  );
  // "Основная часть закупок придётся на тракторы «Беларус» и комбайны «Гомсельмаш»": a noun of
  // trade whose sentence names no party but the brands of its goods.
  const brand = (m: MentionRef) =>
    m.kind === 'name' && m.entity.type === 'Enterprise' && (brandOfGoods(m, v, res) || ownerOfNoun(m, v, res));
  const trade = v.tokens.findIndex((t) => wordLemmas(t.text, res).some((l) => TRADE_PARTS.has(l)));
  const onlyBrands = trade >= 0 && v.mentions.length > 0 && v.mentions.every(brand);
  const from = speech >= 0 ? speech : onlyBrands ? trade : -1;
  if (from < 0) return [];
  // "о машинах МАЗ", "о пшенице компании «Кедр»".
  return unique(v.mentions.filter((m) => m.first > from && brand(m)).map((m) => m.entity));
}
/** Nouns of making something, the subject of an agreement to produce ("договорились о выпуске"). */
const MAKING_NOUNS = new Set(['выпуск', 'производство', 'сборка']);

/** Nouns of a delivery or a purchase, whose goods a sentence may go on to specify. */
const TRADE_PARTS = new Set(['закупка', 'поставка', 'покупка', 'приобретение', 'отгрузка']);

/**
 * "контракт на поставку лифтов подписан между X и Y": the document nearest before «между» at
 * `between` has a delivery for its subject ("договор о закупке").
 */
function supplyDocument(v: SentenceView, between: number, res: ExtractionResources): boolean {
  const k = v.tokens.findLastIndex((t, j) => j < between && wordIn(t.text, DOCUMENT_NOUNS, res));
  return (
    k >= 0 &&
    ['на', 'о', 'об'].includes(v.tokens[k + 1]?.text.toLowerCase() ?? '') &&
    wordIn(v.tokens[k + 2]?.text ?? '', TRADE_PARTS, res)
  );
}

/** An activity noun at `k`, or after one adjective there ("совместные научные исследования"). */
function jointActivity(v: SentenceView, k: number, res: ExtractionResources): boolean {
  // Past the adjectives between ("совместные образовательные программы", "… научные исследования").
  const j = pastAdjectives(v, k, res, k + 2);
  const text = v.tokens[j]?.text ?? '';
  if (wordIn(text, JOINT_ACTIVITIES, res)) return true;
  // Any other joint undertaking the parties carry out ("откроют совместную магистратуру"), not one
  // they only discuss ("обсудили совместные праздники"), unless it is making (CO_PRODUCES), a plant
  // or site (a project) or a sitting (talks).
  const noun = res.morph.parse(text)[0];
  return (
    noun?.pos === 'NOUN' &&
    !wordIn(v.tokens[k - 2]?.text ?? '', DISCUSSION, res) &&
    noun.animacy === 'inan' &&
    !PROJECT_HEADS.has(noun.lemma) &&
    !COPRODUCTION.has(noun.lemma) &&
    !PRODUCTION.has(noun.lemma) &&
    !TALKS.has(noun.lemma) &&
    !NEGOTIATION.has(noun.lemma)
  );
}

/**
 * The first word of cooperation used in that sense (see `relationalSense`), or "совместный"
 * qualifying an activity: joint work is stated cooperation, joint making is CO_PRODUCES.
 */
function cooperationIndex(v: SentenceView, res: ExtractionResources): number {
  const indices = v.tokens.flatMap((t, k) =>
    (wordIn(t.text, COOPERATION, res) && relationalSense(v, k, res)) ||
    (wordIn(t.text, JOINT, res) && jointActivity(v, k + 1, res)) ||
    (jointAdverb(v, k) && jointVerb(v, k, res))
      ? [k]
      : [],
  );
  return sidedTrigger(v, indices, partyMentions(v, { titles: true, located: true }));
}

/**
 * An adverb of jointness at `k`: «совместно», or «вместе» used alone ("будут вместе разрабатывать"),
 * not the preposition «вместе с» nor the connective «вместе с тем».
 */
function jointAdverb(v: SentenceView, k: number): boolean {
  const word = v.tokens[k]?.text.toLowerCase();
  const next = v.tokens[k + 1]?.text.toLowerCase() ?? '';
  return word === 'совместно' || (word === 'вместе' && next !== 'с' && next !== 'со');
}

/** What a bracketed place after it locates: towns, companies and projects (bodies belong to places). */
const GLOSSED_TYPES: ReadonlySet<string> = new Set(['City', 'Enterprise', 'Project']);

/** Words of a sentence about two places' trade, whose sides a turnover after it continues. */
const TRADE_CONTEXT = new Set([...TRADE, 'торговый']);

/** Adjectives that make «оборот» a trade turnover ("торговый оборот", "взаимный оборот"). */
const TURNOVER_ADJECTIVES = new Set(['торговый', 'внешнеторговый', 'взаимный', 'товарный']);

/** «оборот» of trade: after a trade adjective, or "оборот между X и Y" (not a company's own turnover). */
function turnover(v: SentenceView, res: ExtractionResources): boolean {
  return v.tokens.some(
    (t, k) =>
      wordLemmas(t.text, res).includes('оборот') &&
      (lemmaAt(v, k - 1, TURNOVER_ADJECTIVES, res) ||
        v.tokens.slice(k + 1, k + 3).some((n) => n.text.toLowerCase() === 'между')),
  );
}

/** A sentence that opens with «Об этом» attributes the statement before it ("Об этом сообщил …"). */
function attributesPrevious(v: SentenceView): boolean {
  return v.tokens[0]?.text.toLowerCase() === 'об' && v.tokens[1]?.text.toLowerCase() === 'этом';
}

/**
 * "X и Y сотрудничают в Минской области": with two parties of its own, a clause's place in
 * the locative ("в/на" + place) is where they act, an adjunct, not a third partner.
 */
function withoutVenues(ms: readonly MentionRef[], [start, end]: readonly [number, number]): MentionRef[] {
  const venue = (m: MentionRef) =>
    PLACE_TYPES.has(m.entity.type) && m.kind === 'name' && (m.prep === 'в' || m.prep === 'на');
  const inClause = ms.filter((m) => m.first >= start && m.end <= end);
  const sides = unique(inClause.filter((m) => !venue(m)).map((m) => m.entity));
  return sides.length >= 2 ? ms.filter((m) => !(venue(m) && m.first >= start && m.end <= end)) : [...ms];
}

/**
 * Partner pairs of a symmetric relation from the trigger's clause. With a
 * "с + instrumental" side ("X сотрудничает с Y и Z") only pairs across the two
 * sides count, since conjuncts of one side are not each other's partners; a
 * clause without it is reciprocal ("X и Y сотрудничают") and pairs every party.
 */
function sidedPairs(
  v: SentenceView,
  candidates: readonly MentionRef[],
  trigger: number,
  res: ExtractionResources,
): [EntityDraft, EntityDraft][] {
  const [start, end] = clauseAt(v.clauses, trigger);
  // "Брянск и Гомель: 30 лет партнёрства": after a colon that follows only names (no verb), a part
  // that names no side is about the sides named before the colon.
  const [before] = clauseAt(v.clauses, start - 2);
  const labelled =
    v.tokens[start - 1]?.text === ':' &&
    !v.tokens.slice(before, start - 1).some((t) => res.morph.parse(t.text)[0]?.pos === 'VERB') &&
    !candidates.some((m) => m.first >= start && m.end <= end);
  const from = labelled ? before : start;
  const inClause = candidates.filter((m) => m.first >= from && m.end <= end && !v.glosses.has(m.first));
  const withAt = v.tokens.findIndex(
    (t, k) =>
      k >= start &&
      k < end &&
      (t.text.toLowerCase() === 'с' || t.text.toLowerCase() === 'со') &&
      inClause.some((m) => m.first > k && m.first <= k + 6),
  );
  const firstWith = withAt >= 0 ? inClause.find((m) => m.first > withAt && !isGroup(m, inClause)) : undefined;
  if (!firstWith) return pairs(unique(inClause.map((m) => m.entity)), res);
  // "с Беларусью, а также с Казахстаном и Арменией": every partner «с» governs is on that side, also
  // through the noun «с» governs ("с делегацией Вологодской области, а также с делегацией Китая").
  const withs = inClause.filter(
    (m) =>
      m.first > withAt &&
      (m.prep === 'с' || phrasePreposition(m, v, res) === 'с' || governedByWith(v, m.first, res)) &&
      !isGroup(m, inClause),
  );
  const side = new Set(
    [firstWith, ...withs].flatMap((w) => coordinated(w, inClause, v.tokens, res.morph)).map((m) => m.entity),
  );
  const outside = (list: readonly MentionRef[]) =>
    unique(list.filter((m) => !isGroup(m, list)).map((m) => m.entity)).filter((e) => !side.has(e));
  // "X отметил, что выстроенные с Y отношения …": the speaker's side is in the main clause.
  let others = outside(inClause);
  if (others.length === 0) others = outside(candidates.filter((m) => m.end <= start));
  const out: [EntityDraft, EntityDraft][] = [];
  for (const [p, q] of pairs([...others, ...side], res)) if (side.has(p) !== side.has(q)) out.push([p, q]);
  return [...out, ...gappedSides(v, candidates, trigger, res)];
}

/**
 * "X подписала соглашение с Y, а Z — с W": a contrast part whose verb is left out (a dash marks
 * the gap) repeats the frame of the part before with its own subject and «с» partner, so Z and
 * W are sides as X and Y are. Parts are taken in turn while each has that shape.
 */
function gappedSides(
  v: SentenceView,
  candidates: readonly MentionRef[],
  trigger: number,
  res: ExtractionResources,
): [EntityDraft, EntityDraft][] {
  const spans = contrastSpans(v.tokens);
  const out: [EntityDraft, EntityDraft][] = [];
  for (const [from, to] of spans.filter(([, to]) => to > trigger).slice(1)) {
    const dash = gapDash(v.tokens, from + 1, to);
    if (dash < 0 || !['с', 'со'].includes(v.tokens[dash + 1]?.text.toLowerCase() ?? '')) break;
    const subjects = candidates.filter((m) => m.first >= from && m.end <= dash && !m.prep && m.kind === 'name');
    const partners = candidates.filter(
      (m) => m.first > dash && m.end <= to && (m.prep === 'с' || m.prep === 'со') && m.kind === 'name',
    );
    if (subjects.length === 0 || partners.length === 0) break;
    for (const s of unique(subjects.map((m) => m.entity)))
      for (const p of unique(partners.map((m) => m.entity)))
        if (s !== p && !isInside(s, p, res) && !isInside(p, s, res)) out.push([s, p]);
  }
  return out;
}

/** Nouns of a company's sites that «иметь» («у X есть») places somewhere. */
const SITE_NOUNS = new Set(['производство', 'завод', 'филиал', 'предприятие', 'представительство', 'площадка', 'цех']);
/** Nouns of a company's offices, which are the company's wherever it opens them. */
const OFFICE_NOUNS = new Set(['филиал', 'представительство', 'офис', 'отделение']);

/**
 * "МАЗ имеет сборочные производства в Гродно и Могилёве", "У компании X есть филиал в Y": a
 * company that has sites in places is there (each place of the list).
 */
function hasSitesIn(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  if (!v.lemmas.has('иметь') && !v.lemmas.has('есть') && !v.lemmas.has('открыть') && !v.lemmas.has('открывать')) return;
  v.tokens.forEach((t, k) => {
    // "открыла представительства в Казани и Уфе": a company that opens offices of its own is there too
    // (a plant it opens is a project of its own instead).
    const opening = res.morph.lemmas(t.text).some((l) => l === 'открыть' || l === 'открывать');
    const having = opening || res.morph.lemmas(t.text).includes('иметь');
    const there = t.text.toLowerCase() === 'есть' && v.tokens[0]?.text.toLowerCase() === 'у';
    if (!having && !there) return;
    const noun = pastAdjectives(v, k + 1, res, k + 4);
    const sites = opening ? OFFICE_NOUNS : SITE_NOUNS;
    if (!res.morph.lemmas(v.tokens[noun]?.text ?? '').some((l) => sites.has(l))) return;
    const place = v.mentions.find(
      (o) => o.first === noun + 2 && o.prep === 'в' && PLACE_TYPES.has(o.entity.type) && mayBeLocative(o, v, res),
    );
    // The owner: the subject right before «иметь», or the company after «у».
    const owner = having
      ? v.mentions.find((o) => o.end === k && o.kind === 'name' && !o.prep && o.entity.type === 'Enterprise')
      : v.mentions.find((o) => o.prep === 'у' && o.end === k && o.entity.type === 'Enterprise');
    if (!place || !owner) return;
    for (const o of coordinated(place, v.mentions, v.tokens, res.morph))
      if (PLACE_TYPES.has(o.entity.type) && o.kind !== 'adjective')
        add('LOCATED_IN', owner.entity, o.entity, v, CONFIDENCE.locatedNear);
  });
}

/**
 * "… в Орше, где находится льнокомбинат «Лён»", "посетили Брестскую область, где осмотрели завод
 * «Ротор»": a relative «где» clause is about the place it follows, so a company that is there,
 * works there or that visitors see there is located in that place. Only with a verb that says so,
 * and only when the clause names no place of its own.
 */
function locatedByWhere(v: SentenceView, res: ExtractionResources, add: AddRelation): void {
  for (const place of v.mentions) {
    if (!PLACE_TYPES.has(place.entity.type) || place.kind !== 'name') continue;
    if (v.tokens[place.end]?.text !== ',' || v.tokens[place.end + 1]?.text.toLowerCase() !== 'где') continue;
    const [, end] = clauseAt(v.clauses, place.end + 2);
    const inClause = v.mentions.filter((o) => o.first > place.end + 1 && o.end <= end);
    if (inClause.some((o) => PLACE_TYPES.has(o.entity.type))) continue;
    const says = v.tokens
      .slice(place.end + 2, end)
      .some(
        (t) =>
          locationWord(t.text, res) || res.morph.lemmas(t.text).some((l) => WORKING_VERBS.has(l) || GUEST_VERBS.has(l)),
      );
    if (!says) continue;
    for (const o of inClause)
      if (o.entity.type === 'Enterprise' && o.kind === 'name' && !modifiesNoun(o, v, res))
        add('LOCATED_IN', o.entity, place.entity, v, CONFIDENCE.locatedNear);
  }
}

/** Verbs that put a company where it works ("работает в Гродно", "в Минске открылся филиал"). */
const WORKING_VERBS = new Set(['работать', 'открыться', 'действовать']);

/** How many sentences back a statistic noun with one side finds the trade it continues. */
const STATISTIC_REACH = 5;

/**
 * All relations the sentences state, plus those `findMentions` already found.
 * Duplicates are left for the caller to merge.
 */
export function findRelations(a: ArticleAnalysis, res: ExtractionResources): FoundRelation[] {
  const out: FoundRelation[] = [...a.found];
  const views: SentenceView[] = a.sentences.map((s, index) => {
    const lemmas = new Set<string>();
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      lemmas.add(foldWord(t.text));
      for (const l of wordLemmas(t.text, res)) lemmas.add(foldWord(l));
    }
    for (const [light, objects] of LIGHT_VERBS)
      if (lemmas.has(light)) for (const [noun, verb] of objects) if (lemmas.has(noun)) lemmas.add(verb);
    // "приняли участие в форуме": to take part is no receiving of anyone.
    const receives = s.tokens.some(
      (t, k) => wordIn(t.text, RECEIVING, res) && !/^участи/u.test(s.tokens[k + 1]?.text.toLowerCase() ?? ''),
    );
    if (!receives) for (const l of RECEIVING) lemmas.delete(l);
    const glosses = inParentheses(s.tokens);
    const clauses = clauseSpans(s.tokens, res.morph, glosses);
    const mentions = a.mentions[index] ?? [];
    const eventNamed = eventNameMentions(mentions, s.tokens, res);
    const sources = reportSources(s.tokens, res.morph);
    return { index, lemmas, mentions, tokens: s.tokens, clauses, glosses, sources, eventNamed };
  });
  const add: AddRelation = (type, source, target, v, confidence, attributes) => {
    if (source === target) return;
    out.push({ type, source, target, sentence: v.index, confidence, ...(attributes ? { attributes } : {}) });
  };

  let openSupply: (OpenSupply & { readonly sentence: number; readonly modality: string }) | undefined;
  for (const v of views) {
    const text = a.sentences[v.index]?.text ?? '';
    const prev = views[v.index - 1];
    const modality = sentenceModality(text, v, res);

    locatedByApposition(v, res, add);
    locatedExamples(v, res, add);
    locatedAfterColon(v, res, add);
    locatedLocally(v, res, add, prev);
    headsByApposition(v, res, add);
    headsByVerb(v, res, add);
    headsByCopula(v, res, add);

    // "в Павлодаре (Казахстан)", "«Альфа» (Гродно)": a place glossed in brackets after a town,
    // company or project is where it is.
    for (const m of v.mentions) {
      if (!GLOSSED_TYPES.has(m.entity.type) || v.tokens[m.end]?.text !== '(') continue;
      // "(г. Гомель)", "(город Лида)": past the word for a kind of town.
      let at = m.end + 1;
      while (TOWN_KIND_WORDS.has(v.tokens[at]?.text.toLowerCase() ?? '') || v.tokens[at]?.text === '.') at++;
      const gloss = v.mentions.find((o) => o.first === at && o.kind === 'name');
      if (!gloss || !PLACE_TYPES.has(gloss.entity.type) || gloss.entity === m.entity) continue;
      // "(Лида, Гродненская область)": the narrowest place first, wider ones after commas.
      let end = gloss.end;
      for (;;) {
        const wider = v.tokens[end]?.text === ',' && v.mentions.find((o) => o.first === end + 1 && o.kind === 'name');
        if (!wider || !PLACE_TYPES.has(wider.entity.type)) break;
        end = wider.end;
      }
      if (v.tokens[end]?.text === ')') add('LOCATED_IN', m.entity, gloss.entity, v, CONFIDENCE.apposition);
    }
    // "Расположенный в Твери завод «Кедр»": a participle of location before the company's noun.
    for (const o of v.mentions) {
      if (!PLACE_TYPES.has(o.entity.type) || o.kind === 'adjective' || !['в', 'на'].includes(o.prep ?? '')) continue;
      if (!locationWord(v.tokens[o.first - 2]?.text ?? '', res)) continue;
      const company = v.mentions.find(
        (m) =>
          (m.entity.type === 'Enterprise' || m.entity.type === 'Organization') &&
          m.kind === 'name' &&
          m.first > o.end &&
          // Only the company's own noun between: "в Лиде, и фабрика «Сож»" starts another conjunct.
          v.tokens
            .slice(o.end, m.first)
            .every(
              (t) => OPEN_QUOTES.has(t.text) || (/^\p{Ll}+$/u.test(t.text) && !['и', 'а', 'или'].includes(t.text)),
            ) &&
          m.first - o.end <= 3,
      );
      if (company) add('LOCATED_IN', company.entity, o.entity, v, CONFIDENCE.locatedNear);
    }
    // "в Челябинске на заводе «X»": a place in the locative, then «на/в» and the company's own
    // noun in the locative (adjectives between), puts the company in that place.
    for (const o of v.mentions) {
      if (!PLACE_TYPES.has(o.entity.type) || o.kind !== 'name' || !mayBeLocative(o, v, res)) continue;
      if (!LOCATIVE_PREPS.has(v.tokens[o.end]?.text.toLowerCase() ?? '')) continue;
      const noun = pastAdjectives(v, o.end + 1, res, o.end + 4);
      const facility = res.morph
        .parse(v.tokens[noun]?.text ?? '')
        .some((p) => ENTERPRISE_NOUNS.has(p.lemma) && p.case === 'loct');
      const company = v.mentions.find(
        (m) => m.first === noun + 1 && m.kind === 'name' && m.entity.type === 'Enterprise',
      );
      if (facility && company) add('LOCATED_IN', company.entity, o.entity, v, CONFIDENCE.locatedNear);
    }
    // LOCATED_IN: "завод «Белтелекабель» в Воскресенске", "предприятие, расположенное в городе Щучин".
    for (let k = 0; k < v.mentions.length; k++) {
      const m = v.mentions[k];
      const next = v.mentions[k + 1];
      if (!m || !next || (m.entity.type !== 'Enterprise' && m.entity.type !== 'Organization')) continue;
      const gap = wordsBetween(v, m.end, next.first);
      // "завод «X» в Воскресенске", "компания «Y» из Китая": the place right after the name, where
      // «в» takes the prepositional ("поставленные МАЗом в Казань" is where the goods went).
      // "на предприятии «X» в провинции Хынгйен": the place's kind may stand between.
      // The kind noun then carries the case ("в провинции Лонган": the name stays in the nominative).
      // "завод «X» в Щучинском районе Гродненской области": a district, its adjective before it, and
      // the region in the genitive after it.
      const kindNoun =
        gap.length >= 2 &&
        gap.length <= 4 &&
        res.morph
          .parse(gap.at(-1) ?? '')
          .some((p) => PLACE_KIND_NOUNS.has(p.lemma) && (p.case === 'loct' || p.case === 'gent')) &&
        gap.slice(1, -1).every((w) => res.morph.parse(w).some((p) => p.pos === 'ADJF'));
      const near =
        (gap.length === 1 || kindNoun) &&
        (((gap[0] === 'в' || gap[0] === 'во') && (kindNoun || mayBeLocative(next, v, res))) || gap[0] === 'из');
      // "завод «X», расположенный / который находится в Y", "завод «X» находится в Y"; a facility of the
      // company ("филиал компании «X» находится в Y") is there, its head office ("штаб-квартира") is the company's.
      // The place itself is what «в/на» governs ("создана в рамках соглашения с Беларусью" places nothing).
      const located =
        gap.some((w) => locationWord(w, res)) &&
        gap.length <= 8 &&
        // "расположенный под Минском": on a town's outskirts is there too.
        ((gap.includes('под') && mayBeLocative(next, v, res)) ||
          ((gap.includes('в') || gap.includes('на')) &&
            // "находится в Щучинском районе Гродненской области": a place in the genitive of the noun
            // the preposition governs is where, too.
            ['в', 'во', 'на'].includes(next.prep ?? phrasePreposition(next, v, res) ?? ''))) &&
        (!ownerOfNoun(m, v, res) || headOffice(m, v, res));
      // "сборочное производство ОАО «X» в Дмитрове": inside a project's phrase the place is the project's,
      // when the company is the owner there, not the site a preposition names ("сборка на заводе «X» в Y").
      const ownedProject =
        m.prep === undefined &&
        v.mentions.some((p) => p.entity.type === 'Project' && p.first < m.first && next.end <= p.end);
      if (
        // "производство лифтов компании «X» в Казахстане": the place belongs to what the company owns.
        (located || (near && !modifiesNoun(m, v, res) && !ownerOfNoun(m, v, res) && !ownedProject)) &&
        PLACE_TYPES.has(next.entity.type) &&
        next.kind !== 'adjective'
      ) {
        // "расположены в Минске, Пинске и Лиде": every place of the list.
        const places = located ? coordinated(next, v.mentions, v.tokens, res.morph) : [next];
        for (const o of places)
          if (PLACE_TYPES.has(o.entity.type) && o.kind !== 'adjective')
            add('LOCATED_IN', m.entity, o.entity, v, CONFIDENCE.locatedNear);
      }
    }
    // "В Орше находится завод «X»", "В Гомеле расположены заводы «X» и «Y»": the place put first,
    // then a verb of being there, then its subject.
    for (const place of v.mentions) {
      if (!PLACE_TYPES.has(place.entity.type) || place.kind !== 'name' || !mayBeLocative(place, v, res)) continue;
      const verb = place.end;
      if (!res.morph.parse(v.tokens[verb]?.text ?? '').some((p) => p.pos === 'VERB' || p.pos === 'PRTS')) continue;
      if (!locationWord(v.tokens[verb]?.text ?? '', res)) continue;
      const subject = v.mentions.find(
        (o) =>
          o.first > verb &&
          o.first <= verb + 4 &&
          (o.entity.type === 'Enterprise' || o.entity.type === 'Organization') &&
          o.kind === 'name' &&
          !inPrepPhrase(o, v, res) &&
          (!ownerOfNoun(o, v, res) || headOffice(o, v, res)) &&
          !modifiesNoun(o, v, res),
      );
      if (!subject) continue;
      for (const o of coordinated(subject, v.mentions, v.tokens, res.morph))
        if (o.entity.type === 'Enterprise' || o.entity.type === 'Organization')
          add('LOCATED_IN', o.entity, place.entity, v, CONFIDENCE.locatedNear);
    }
    // "X работает в Y, а Z открыл цех в W": each part of a contrast has its own verb and place.
    const working = [...WORKING_VERBS].some((l) => v.lemmas.has(l));
    for (const [from, to] of working ? contrastSpans(v.tokens) : []) {
      if (!v.tokens.slice(from, to).some((t) => res.morph.lemmas(t.text).some((l) => WORKING_VERBS.has(l)))) continue;
      const inSpan = (o: MentionRef) => o.first >= from && o.end <= to;
      const place = v.mentions.find(
        (o) =>
          inSpan(o) &&
          PLACE_TYPES.has(o.entity.type) &&
          o.kind !== 'adjective' &&
          (o.prep === 'в' || o.prep === 'на' || (o.prep === 'под' && mayBeLocative(o, v, res))),
      );
      if (place && !ofWithPartner(v, place.first - 1, res)) {
        // "работают в Гродно, Лиде и Слониме": every place of the list.
        const places = coordinated(place, v.mentions, v.tokens, res.morph).filter(
          (o) => PLACE_TYPES.has(o.entity.type) && o.kind !== 'adjective',
        );
        for (const o of v.mentions.filter(inSpan)) {
          // The subject works there, not a company named in a prepositional phrase ("с участием X").
          if (
            (o.entity.type === 'Enterprise' || o.entity.type === 'Organization') &&
            // "Заводы компании работают в …": a bare company noun that refers back works there too.
            (o.kind === 'name' || (o.kind === 'generic' && o.entity.type === 'Enterprise')) &&
            !inPrepPhrase(o, v, res) &&
            // "работают 500 самосвалов БелАЗ": a brand of the goods, not a company working there,
            // nor the next brand of their list ("машин МАЗ и БелАЗ").
            !modifiesNoun(o, v, res) &&
            !v.mentions.some(
              (b) => b !== o && modifiesNoun(b, v, res) && brandList(b, v.mentions, v, res).includes(o.entity),
            ) &&
            // "открылся цех компании «Альфа»": what opened is the company's facility, not the company;
            // also when the company's own name holds its noun ("дилерский центр Минского тракторного завода").
            !ownerOfNoun(o, v, res) &&
            !ownsFacility(o, v, res) &&
            !v.mentions.some((p) => p.entity.type === 'Project' && p.first < o.first && p.end >= o.end) &&
            // "автобусы производства МАЗ работают в Казани": the maker of goods at work is not there.
            !madeBy(o, v, res)
          )
            for (const where of places) add('LOCATED_IN', o.entity, where.entity, v, CONFIDENCE.locatedWeak);
        }
      }
    }

    hasSitesIn(v, res, add);
    locatedByWhere(v, res, add);

    // Documents "между X и Y" name the signing parties; they replace the sentence's generic pairing.
    const documentPairs = has(v, DOCUMENT_NOUNS) ? betweenPairs(v) : [];
    // The sentence's word of cooperation, read by the talks (its topic) and by COOPERATES_WITH below.
    const cooperation = cooperationIndex(v, res);

    // NEGOTIATES: people who meet, and the bodies that sign or hold talks.
    if (has(v, NEGOTIATION) || has(v, ENCOUNTER)) {
      const people = persons(v);
      // "глава региона провёл встречи с губернаторами X и Y": meetings in the plural are one with
      // each partner after «с», who meet the subject, not one another ("встреча с X и Y" is one).
      // The plural is read off a plural adjective or the verb of holding before the noun, since
      // "встречи" is also a genitive singular ("в ходе встречи с X и Y").
      const separate = (k: number) =>
        [k - 1, k - 2].some((j) => {
          const noun = res.morph.parse(v.tokens[j]?.text ?? '');
          if (!noun.some((p) => SEPARATE_MEETINGS.has(p.lemma) && p.number === 'plur')) return false;
          const before = res.morph.parse(v.tokens[j - 1]?.text ?? '');
          const adjective = before.filter((p) => p.pos === 'ADJF');
          const pluralAdjective = adjective.length > 0 && adjective.every((p) => p.number === 'plur');
          return pluralAdjective || before.some((p) => p.lemma === 'провести' || p.lemma === 'проводить');
        });
      const withAt = v.tokens.findIndex(
        (t, k) =>
          ['с', 'со'].includes(t.text.toLowerCase()) &&
          separate(k) &&
          v.mentions.some((m) => m.entity.type === 'Person' && m.end <= k),
      );
      const partners = new Set(
        withAt < 0 ? [] : v.mentions.filter((m) => m.entity.type === 'Person' && m.first > withAt).map((m) => m.entity),
      );
      for (const [p, q] of pairs(people, res))
        if (!(partners.has(p) && partners.has(q))) add('NEGOTIATES', p, q, v, CONFIDENCE.peopleMeet, { modality });
      // "… встретился с Y. Во встрече также принял участие Z": who joins the meeting just stated
      // meets each of its people.
      const inMeeting =
        ['в', 'во'].includes(v.tokens[0]?.text.toLowerCase() ?? '') &&
        res.morph.lemmas(v.tokens[1]?.text ?? '').some((l) => MEETING_NOUNS.has(l));
      if (JOINING.some((w) => v.lemmas.has(w)) && (v.lemmas.has('также') || inMeeting)) {
        const met = unique(
          out
            .filter((r) => r.type === 'NEGOTIATES' && r.sentence === v.index - 1)
            .flatMap((r) => [r.source, r.target])
            .filter((e) => e.type === 'Person'),
        );
        for (const p of people)
          for (const q of met) if (p !== q) add('NEGOTIATES', p, q, v, CONFIDENCE.peopleMeet, { modality });
      }
      if (has(v, NEGOTIATION)) {
        // "ярославский завод «Альфа» подписал …": the adjective places the company; it is no side.
        // A town is a side as the subject, the partner «с», or where partners are from («из»), not as a venue.
        // "поставки молочной продукции из Гродно": «из» after a supply noun is where goods come from.
        const townSide = (m: MentionRef) =>
          m.entity.type !== 'City' ||
          (['с', 'со', 'из', undefined].includes(m.prep) && !v.glosses.has(m.first) && !goodsSource(m, v, res));
        // "ОАО «X» во главе с директором Y провело переговоры …": a body led by its head is still the side.
        const ledHere = (e: EntityDraft) =>
          v.mentions.some(
            (m) =>
              m.entity === e && ['во', 'главе', 'с'].every((w, d) => v.tokens[m.end + d]?.text.toLowerCase() === w),
          );
        const bodies = unique(
          partyMentions(v)
            .filter(
              (m) =>
                !(m.kind === 'adjective' && placesSomethingHere(m.entity, v, out)) &&
                !locativeDependent(m, v, res) &&
                !createdObject(m, v, res) &&
                !goodsSource(m, v, res) &&
                // "контракт на поставку лифтов для домов Нижнего Новгорода": whom goods are for signs nothing.
                (m.prep ?? phrasePreposition(m, v, res)) !== 'для' &&
                !inParticipialPhrase(m, v, res) &&
                // "ООО «X» (Курская область)": a gloss says where a side is; it is no side itself.
                !v.glosses.has(m.first) &&
                // "ООО «X», официальный дилер МАЗ": nor is a name in an apposition describing one.
                !inApposition(m, v, res) &&
                // "контракт на поставку 200 автобусов ЛиАЗ": nor the maker named unquoted as the brand
                // of the goods (a quoted name may end a description: "концерн стройматериалов «X»";
                // "специалисты МАЗа" are people, who speak for it).
                !(unquotedBrand(m, v, res) && !ofPeople(m, v, res)) &&
                townSide(m),
            )
            .map((m) => m.entity),
        ).filter((e) => !people.some((p) => p.headOf === e) || ledHere(e));
        const withIndex = v.tokens.findIndex(
          (t, k) => ['с', 'со'].includes(t.text.toLowerCase()) || receivingAt(v, k, res),
        );
        if (people.length > 0 && withIndex >= 0) {
          // "встретился с X, а затем посетил МТЗ": a part after a contrast has a predicate of its own.
          const [, withEnd] = clauseAt(contrastSpans(v.tokens), withIndex);
          const counterparts = v.mentions.filter(
            (m) =>
              m.first > withIndex &&
              m.end <= withEnd &&
              (m.entity.type === 'Organization' ||
                m.entity.type === 'Enterprise' ||
                // "провёл переговоры с руководством Татарстана": a place governed by «с» itself.
                (PLACE_TYPES.has(m.entity.type) &&
                  (m.kind === 'name' || m.kind === 'generic') &&
                  (governedByWith(v, m.first, res) || unnamedOfficialWith(m, v, res)))) &&
              !m.titleOf &&
              // "с губернатором Псковской области Иваном Петровым": the genitive of a head's title is
              // what the named head heads; with no name, the unnamed head stands for it, as an envoy does
              // (a holder the article names elsewhere has taken the title: see `resolveTitleSlots`).
              (!afterTitle(m, v, res) || unnamedOfficialWith(m, v, res)) &&
              // "… о поставках комбайнов, которые выпускает завод «X»": a relative clause's own argument.
              !inRelativeClause(m, v, res) &&
              // "обсудил с руководством завода": a company noun after «с» that refers back is the company;
              // "с руководством провинции": a bare place noun governed so is the place.
              (m.kind === 'name' ||
                (m.kind === 'generic' &&
                  m.prep === 'с' &&
                  (!PLACE_TYPES.has(m.entity.type) || governedByWith(v, m.first, res)))),
          );
          const firstPerson = v.mentions.find((m) => m.entity.type === 'Person');
          if (firstPerson && firstPerson.first < withIndex) {
            // A place is the person's counterpart only in the person's own clause: the owner of a
            // press service ("как рассказали в пресс-службе губернатора, …") holds no talks.
            // Only a person named here or referred to by a pronoun ("Он встретился с руководством
            // области"), not a bare title resolved from elsewhere, meets a place.
            const [start, end] = clauseAt(v.clauses, firstPerson.first);
            // "принял делегацию X во главе с акимом Y": a place whose head is met here is met through him.
            const metHead = (e: EntityDraft) =>
              people.some((p) => p !== firstPerson.entity && (p.headOf === e || p.headOf?.place === e));
            const own = counterparts.filter(
              (m) =>
                !PLACE_TYPES.has(m.entity.type) ||
                ((firstPerson.kind === 'name' || firstPerson.kind === 'pronoun') &&
                  m.first >= start &&
                  m.end <= end &&
                  !metHead(m.entity)),
            );
            for (const c of unique(own.map((m) => m.entity)))
              add('NEGOTIATES', firstPerson.entity, c, v, CONFIDENCE.frame, { modality });
          }
          const official = officialMeetingPerson(v, res, people);
          if (official) add('NEGOTIATES', official[0], official[1], v, CONFIDENCE.frame, { modality });
        }
        // Heads who sign a document do so for what they head ("Раис Татарстана … и председатель Минского облисполкома … подписали").
        if (v.lemmas.has('подписать') || v.lemmas.has('подписание')) {
          const headed = unique(people.map(signedFor).filter((e): e is EntityDraft => e !== undefined));
          for (const [p, q] of pairs(headed, res)) add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
        }
        if (
          (signingReported(v, res) || v.lemmas.has('переговоры') || (people.length === 0 && talksHeld(v, res))) &&
          documentPairs.length === 0
        ) {
          // Bodies named with "в" are where the talks are held: each meets the visitors, not the other venues.
          const venues = new Set<EntityDraft>();
          let venueEnd = -1;
          for (const m of v.mentions) {
            // "в Гомеле и Гродно" lists venues; a name right after the venue ("В Пскове Гродненская
            // область и …") starts the subject.
            const gap = v.tokens.slice(venueEnd, m.first);
            const listed = venueEnd >= 0 && gap.length > 0 && gap.every((t) => t.text === 'и' || t.text === ',');
            if (m.kind === 'name' && (m.prep === 'в' || m.prep === 'на' || listed)) {
              venues.add(m.entity);
              venueEnd = Math.max(venueEnd, m.end);
            } else if (m.first >= venueEnd) venueEnd = -1;
          }
          // Companies are sides when they are the only two, or when «с» splits the signers into two
          // sides ("«Сбербанк» и ВТБ подписали соглашение с правительством области"), so a list
          // of companies never pairs up among itself.
          const split = has(v, SIGNING) && withIndex >= 0;
          const talking = new Set(bodies.filter((e) => e.type !== 'Enterprise' || bodies.length === 2 || split));
          // "обсудили сотрудничество между X и Y": what is discussed is the topic, not a side.
          const discussed = triggerIndex(v, DISCUSSION, res);
          // "Стороны договорились расширить сотрудничество X и Y": the partners the topic names are
          // no sides of bodies that agree on it; people who agree alone speak for them ("мэры
          // договорились о сотрудничестве Москвы и Минска").
          const sides = partyMentions(v);
          const complement = cooperatingComplement(v, cooperation, sides, res);
          const bodiesAgree = sides.some((m) => talking.has(m.entity) && !complement.includes(m));
          const topic = new Set(bodiesAgree ? complement : []);
          // "Беларусь и Узбекистан договорились о создании в Андижанской области …": what sides that
          // are named agree on is the topic, whose places and companies are no sides (a «с» partner is).
          const agreedOn = v.tokens.findIndex(
            (t, k) =>
              wordLemmas(t.text, res).includes('договориться') && ['о', 'об'].includes(v.tokens[k + 1]?.text ?? ''),
          );
          const sidesFirst = agreedOn >= 0 && sides.some((m) => talking.has(m.entity) && m.end <= agreedOn);
          const onTopic = (m: MentionRef) => sidesFirst && m.first > agreedOn && !governedByWith(v, m.first, res);
          const candidates = sides.filter(
            (m) =>
              talking.has(m.entity) &&
              !topic.has(m) &&
              !onTopic(m) &&
              (has(v, SIGNING) || discussed < 0 || m.first < discussed || governedByWith(v, m.first, res)),
          );
          const trigger = Math.max(0, sidedTrigger(v, triggerIndices(v, NEGOTIATION, res), candidates));
          for (const [p, q] of sidedPairs(v, candidates, trigger, res)) {
            if (venues.has(p) && venues.has(q)) continue;
            add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
          }
        }
      }
    }

    // "X встретился с Y. По итогам встречи подписан план мероприятий": a document signed with no
    // signer named is signed by the sides that just met, for what their people head.
    if (prev && agentlessSigning(v, res) && partyMentions(v).length === 0) {
      const met = persons(prev);
      const sides = unique(met.map(signedFor).filter((e): e is EntityDraft => e !== undefined));
      const [p, q] = sides;
      if (met.length === 2 && sides.length === 2 && p && q && !isInside(p, q, res) && !isInside(q, p, res))
        add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
    }

    // "X и Y обменялись делегациями / визитами": visits both ways meet the two sides.
    if (v.lemmas.has('обменяться') && (v.lemmas.has('делегация') || v.lemmas.has('визит')))
      for (const [p, q] of pairs(parties(v), res)) add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });

    // Documents "между X и Y" (one pair per "между"): signing is NEGOTIATES, what they cover COOPERATES_WITH.
    for (const [p, q, between] of documentPairs) {
      if (isInside(p, q, res) || isInside(q, p, res)) continue;
      add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
      // What the document covers is cooperation between the places the signing bodies act for,
      // unless it covers a delivery ("контракт на поставку лифтов"), which is no other cooperation.
      const [pp, qp] = [placeOf(p, v), placeOf(q, v)];
      if (pp !== qp && !isInside(pp, qp, res) && !isInside(qp, pp, res) && !supplyDocument(v, between, res))
        add('COOPERATES_WITH', pp, qp, v, CONFIDENCE.bodies, { modality });
    }

    // TRADES_WITH: a turnover figure between two places.
    // "Министр промышленности и торговли Татарстана": a trade word inside a body's name states no trade.
    const tradeWord = v.tokens.some((t, k) => wordIn(t.text, TRADE, res) && !inName(v, k));
    if (tradeWord || turnover(v, res)) {
      let places = parties(v, { titles: true, places: true });
      // "товарооборот между регионами …, из них белорусский экспорт …": «между» names the two sides.
      const between = v.tokens.findIndex((t) => t.text.toLowerCase() === 'между');
      const betweenSides = unique(
        v.mentions
          .filter((m) => between >= 0 && m.first > between && m.first <= between + 8 && m.kind !== 'adjective')
          .map((m) => m.entity)
          .filter((e) => places.includes(e)),
      );
      if (betweenSides.length === 2) places = betweenSides;
      if (places.length === 1) {
        if (prev) places = unique([...places, ...parties(prev, { titles: true, places: true })]);
      }
      // "X — ключевой партнёр региона. Объём взаимной торговли составил …": a turnover with no side
      // of its own is between the two sides of the sentence before.
      if (places.length === 0) {
        // «взаимный товарооборот» itself says there are two sides, known from before.
        const aboutTrade =
          (prev?.tokens.some((t) => wordIn(t.text, TRADE_CONTEXT, res)) ?? false) || v.lemmas.has('взаимный');
        const before = prev && aboutTrade ? parties(prev, { titles: true, places: true }) : [];
        // A turnover stated before is the one spoken of again ("Товарооборот вырос на 25 %" in a quote);
        // with none, "Губернатор X встретился с председателем облисполкома Y. За год товарооборот вырос …"
        // is between the places the two sides of the meeting just stated (a sentence or two back) act for.
        const traded = out.findLast((r) => r.type === 'TRADES_WITH' && r.sentence < v.index);
        const lastMeeting = out.findLast((r) => r.type === 'NEGOTIATES' && r.sentence < v.index)?.sentence ?? -1;
        const met = unique(
          out
            .filter((r) => r.sentence === lastMeeting && r.sentence >= v.index - 2 && r.type === 'NEGOTIATES')
            .flatMap((r) => [r.source, r.target])
            .map((e) => (e.type === 'Person' ? (e.headOf?.place ?? e.headOf) : (e.place ?? e)))
            .filter((e): e is EntityDraft => e !== undefined && PLACE_TYPES.has(e.type)),
        );
        if (before.length === 2) places = before;
        else if (traded) places = [traded.source, traded.target];
        else if (met.length === 2) places = met;
      }
      // "… превысил 500 млн долларов. Об этом сообщил губернатор X после встречи с послом Y": the
      // sentence that names the source of a statement without sides names its sides.
      const next = views[v.index + 1];
      if (places.length === 0 && next && attributesPrevious(next))
        places = parties(next, { titles: true, places: true });
      const attrs = tradeAttributes(text, v, res, modality);
      // "товарооборот с Беларусью приходится на Москву, Санкт-Петербург и …": the «с» partner is one
      // side and the places listed are the other; places of one side do not trade with each other.
      const withSide = betweenSides.length !== 2 && v.mentions.some((m) => m.prep === 'с' && places.includes(m.entity));
      const sided = withSide
        ? sidedPairs(
            v,
            v.mentions.filter((m) => places.includes(m.entity)),
            Math.max(0, triggerIndex(v, TRADE_CONTEXT, res)),
            res,
          )
        : pairs(places.slice(0, 3), res);
      for (const [p, q] of sided) add('TRADES_WITH', p, q, v, CONFIDENCE.trade, attrs);
    }
    // "Беларусь является крупнейшим торговым партнёром области": a trade partner trades.
    for (const [p, q] of tradePartners(v, res)) add('TRADES_WITH', p, q, v, CONFIDENCE.trade, { modality });

    // SUPPLIES: supplier → recipient.
    const open = supplies(v, res, (s, t, c, goods) => add('SUPPLIES', s, t, v, c, { modality, ...goods }));
    // "В область поставят 300 тракторов. Их изготовит Минский тракторный завод.": the maker named next.
    const maker = openSupply?.sentence === v.index - 1 ? makerNamed(v, res) : undefined;
    // "Тюменские нефтяники закупят 40 насосов. Контракт подписан с ОАО «X»": the buyer's counterpart sells.
    const seller = openSupply?.sentence === v.index - 1 ? (maker ?? dealPartnerAfter(v, res)) : undefined;
    if (openSupply && seller)
      for (const t of openSupply.recipients)
        if (t !== seller && !isInside(seller, t, res))
          add('SUPPLIES', seller, t, v, CONFIDENCE.frame, { modality: openSupply.modality, ...openSupply.goods });
    // "Экспорт области в Россию вырос … Импорт из России составил …": the missing side of a
    // statistic is the partner the side it names had in the trade stated last (a paragraph back at most).
    const partnerBefore = (e: EntityDraft) => {
      const r = out.findLast(
        (x) =>
          (x.type === 'SUPPLIES' || x.type === 'TRADES_WITH') &&
          x.sentence < v.index &&
          x.sentence >= v.index - STATISTIC_REACH &&
          (x.source === e || x.target === e),
      );
      return r && (r.source === e ? r.target : r.source);
    };
    const statistic = open?.statistic
      ? [
          ...(open.suppliers ?? []).map((s) => [s, partnerBefore(s)] as const),
          ...open.recipients.map((t) => [partnerBefore(t), t] as const),
        ]
      : [];
    for (const [s, t] of statistic)
      if (s && t && s !== t) add('SUPPLIES', s, t, v, CONFIDENCE.frame, { modality, ...open?.goods });
    openSupply =
      open && open.recipients.length > 0 && !statistic.some(([s, t]) => s && t)
        ? { ...open, sentence: v.index, modality }
        : undefined;
    // "Амурская область поставила в КНР сою. Основным покупателем остаётся провинция Хэйлунцзян.":
    // the buyer named next receives from the supplier before.
    const buyers = buyerNamed(v, res);
    // "… закупит 200 тракторов. Об этом сообщили в пресс-службе. Основная часть закупок …": a
    // sentence that only says who reported the one before is no break, nor one that names no one
    // ("Технику закупили в лизинг. Её поставщиком стал …").
    // "… Это вдвое больше, чем годом ранее, сообщает посольство X." names only who reported: no break either.
    const reportOnly = (w: SentenceView | undefined) => w?.mentions.every((m) => w.sources.has(m.first)) === true;
    let back = 1;
    while (back < 3 && reportOnly(views[v.index - back])) back++;
    const suppliedBefore = out.filter((r) => r.type === 'SUPPLIES' && r.sentence === v.index - back);
    const sources = unique(suppliedBefore.map((r) => r.source));
    // "X отгрузил комбайны в Монголию. Первая партия отправлена в Дарханский аймак.": a passive
    // participle leaves its agent to the sentence before, which supplied the same goods.
    if (open?.agentless && sources.length === 1 && sources[0])
      for (const t of open.recipients)
        if (t !== sources[0] && !isInside(t, sources[0], res))
          add('SUPPLIES', sources[0], t, v, CONFIDENCE.frame, { ...suppliedBefore[0]?.attributes, modality });
    // "… передаст Петербургу 20 трамваев. Контракт на их поставку заключило ГУП «X»": the signer buys.
    const signer = dealSignerAfter(v, res);
    for (const buyer of signer ? [...buyers, signer] : buyers)
      if (sources.length === 1 && sources[0] && sources[0] !== buyer && !isInside(buyer, sources[0], res))
        add('SUPPLIES', sources[0], buyer, v, CONFIDENCE.frame, { ...suppliedBefore[0]?.attributes, modality });
    // "… нарастили продажи в Краснодарском крае. Крупнейшим поставщиком остаётся компания «X»": the
    // supplier named next delivers to whoever received before.
    const receivers = unique(suppliedBefore.map((r) => r.target));
    // "… закупит 150 тракторов. Часть техники поставит завод «X»": part of those goods, the same recipients.
    if (open?.part)
      for (const supplier of open.suppliers ?? [])
        for (const t of receivers)
          if (t !== supplier && !isInside(supplier, t, res) && !isInside(t, supplier, res))
            add('SUPPLIES', supplier, t, v, CONFIDENCE.frame, { ...suppliedBefore[0]?.attributes, modality });
    for (const supplier of suppliersNamed(v, res)) {
      const suppliesHere = out.some((r) => r.type === 'SUPPLIES' && r.sentence === v.index && r.source === supplier);
      if (!suppliesHere && receivers.length === 1 && receivers[0] && receivers[0] !== supplier)
        add('SUPPLIES', supplier, receivers[0], v, CONFIDENCE.frame, { ...suppliedBefore[0]?.attributes, modality });
    }
    // "…заинтересован в закупке белорусской техники. Речь идёт о 40 машинах МАЗ": the brands of the
    // goods the sentence goes on to specify supply whoever received before.
    if (!open && suppliedBefore.length > 0)
      for (const brand of specifiedBrands(v, res))
        for (const t of unique(suppliedBefore.map((r) => r.target)))
          if (t !== brand && !isInside(brand, t, res) && !isInside(t, brand, res))
            add('SUPPLIES', brand, t, v, CONFIDENCE.frame, { modality, ...suppliedBefore[0]?.attributes });
    const bought = buyerOfGoods(v, res);
    for (const recipient of bought?.recipients ?? [])
      if (bought && !isInside(recipient, bought.supplier, res) && !isInside(bought.supplier, recipient, res))
        add('SUPPLIES', bought.supplier, recipient, v, CONFIDENCE.frame, { modality, product: bought.product });

    // CO_PRODUCES: joint production, assembly, localisation.
    // … and "X и Y договорились производить …": an agreement to produce together.
    // "договорились о выпуске погрузчиков": the noun of making after «о» is what they agreed on.
    const aboutMaking = () =>
      v.tokens.some(
        (t, k) =>
          ['о', 'об'].includes(t.text.toLowerCase()) &&
          wordIn(v.tokens[pastAdjectives(v, k + 1, res, k + 3)]?.text ?? '', MAKING_NOUNS, res),
      );
    const agreedToProduce =
      (v.lemmas.has('договориться') || v.lemmas.has('соглашение')) &&
      (v.lemmas.has('производить') || v.lemmas.has('выпускать') || v.lemmas.has('собирать') || aboutMaking());
    // "X и Y объединили усилия для выпуска …": joining forces to make something is making it together.
    const unitedToProduce = has(v, UNITING) && v.lemmas.has('усилие') && has(v, PRODUCTION);
    // "промышленная кооперация", "локализация" name joint production by themselves.
    // "будут вместе выращивать": «вместе» alone is «совместно».
    const together = v.tokens.findIndex((_, k) => jointAdverb(v, k));
    const coproduction =
      has(v, SELF_COPRODUCTION) ||
      ((has(v, COPRODUCTION) || together >= 0) && has(v, PRODUCTION) && (!onlyJointness(v) || jointlyMade(v, res))) ||
      agreedToProduce ||
      unitedToProduce;
    if (coproduction) {
      const word = triggerIndex(
        v,
        agreedToProduce
          ? NEGOTIATION
          : has(v, SELF_COPRODUCTION)
            ? SELF_COPRODUCTION
            : unitedToProduce
              ? UNITING
              : COPRODUCTION,
        res,
      );
      const trigger = Math.max(0, word >= 0 ? word : together);
      // "… для алтайских аграриев": whom the goods are for is no maker; nor is the joint venture
      // itself ("совместное предприятие «X»"), which its founders or the places of its adjective make.
      const namedParties = partyMentions(v).filter(
        (m) =>
          m.entity.type !== 'City' &&
          m.prep !== 'для' &&
          !placesSomethingHere(m.entity, v, out) &&
          !jointVenture(m, v, res) &&
          !siteLocation(m, v, res) &&
          !participialApart(m, v, res, trigger),
      );
      // "локализация белорусских лифтов в Иркутской области": the origin of the goods localised
      // (the place adjective right after the noun of localising) makes them with the new place.
      const origin = wordIn(v.tokens[trigger]?.text ?? '', LOCALISING_NOUNS, res)
        ? v.mentions.find(
            (m) =>
              m.kind === 'adjective' && PLACE_TYPES.has(m.entity.type) && m.first > trigger && m.first <= trigger + 2,
          )
        : undefined;
      const named =
        origin && !namedParties.some((m) => m.entity === origin.entity) ? [...namedParties, origin] : namedParties;
      // "Стороны обсудили сборку грузовиков МАЗ на предприятии X": where two companies make the goods,
      // the sides of the talks («стороны») are not makers with them.
      const makers = unique(
        named.filter((m) => m.entity.type === 'Enterprise' && m.kind === 'name').map((m) => m.entity),
      );
      const producers = makers.length >= 2 ? named.filter((m) => m.kind !== 'generic') : named;
      for (const [p, q] of sidedPairs(v, producers, trigger, res))
        add('CO_PRODUCES', p, q, v, CONFIDENCE.frame, { modality });
    }

    // The sentence's word of making, read once for the frames of making below.
    const making = makingAt(v, res);
    for (const [p, q] of [
      ...producedTogether(v, making),
      ...startedTogether(v, res, making, out),
      ...madeAtHost(v, res, out),
      ...madeForBrand(v, res, making),
      ...madeUnderLicence(v, res, making),
      ...partakesInMaking(v, res),
      ...jointVentureFounders(v, res),
    ])
      add('CO_PRODUCES', p, q, v, CONFIDENCE.frame, { modality });
    for (const [p, q] of madeWithParts(v, res)) add('SUPPLIES', p, q, v, CONFIDENCE.frame, { modality });
    const made = madeInPlace(v, res, out, making);
    if (made.located) add('LOCATED_IN', made.located[0], made.located[1], v, CONFIDENCE.frame);
    if (made.localised) add('CO_PRODUCES', made.localised[0], made.localised[1], v, CONFIDENCE.frame, { modality });

    // COOPERATES_WITH: stated cooperation, between the sides of the trigger's clause.
    if (cooperation >= 0 && documentPairs.length === 0) {
      const examplesFrom = v.tokens.findIndex(
        (_t, k) =>
          k > cooperation &&
          EXAMPLE_PHRASES.some((words) => words.every((w, d) => v.tokens[k + d]?.text.toLowerCase() === w)),
      );
      // A body named in someone's title ("председатель Минского горисполкома") is not itself a partner.
      // "тульское предприятие «Альфа»": the adjective places the company, the company is the partner.
      // Before the clause of cooperation it is the speaker's office, the other side ("Председатель
      // Мингорисполкома отметил, что сотрудничество с Y …").
      const [cooperationStart] = clauseAt(v.clauses, cooperation);
      const titledBody = (m: MentionRef) =>
        m.entity.type === 'Organization' && v.mentions.some((o) => o.entity === m.entity && o.titleOf);
      const cooperating = withoutVenues(
        partyMentions(v, { titles: true, located: true }).filter(
          (m) =>
            (!titledBody(m) || m.end <= cooperationStart) &&
            !(m.kind === 'adjective' && placesSomethingHere(m.entity, v, out)) &&
            // "комплектующих для автомобилей МАЗ и тракторов МТЗ": a maker named as the brand of goods is no partner.
            !(m.kind === 'name' && m.entity.type === 'Enterprise' && brandOfGoods(m, v, res)) &&
            // "совместных проектов, в том числе сборку грузовиков МАЗ на предприятии X": an example
            // after the trigger says what the cooperation is; its names are not the cooperating sides.
            !(examplesFrom >= 0 && m.first > examplesFrom),
        ),
        clauseAt(v.clauses, cooperation),
      );
      const sector = sectorOf(v.tokens, v.mentions, res.morph);
      const possessor = partnerOf(v, cooperation, cooperating, res);
      const [clauseStart, clauseEnd] = clauseAt(v.clauses, cooperation);
      const complement = cooperatingComplement(v, cooperation, cooperating, res);
      let cooperatingPairs: [EntityDraft, EntityDraft][];
      if (complement.length > 0) cooperatingPairs = pairs(unique(complement.map((m) => m.entity)), res);
      else if (possessor) {
        const own = cooperating
          .filter((m) => m.first >= clauseStart && m.end <= clauseEnd && !v.glosses.has(m.first))
          .filter((m) => m.entity !== possessor.entity);
        // "компания «X», которая является партнёром завода «Y»": the relative's antecedent is the partner.
        const relative = own.length === 0 ? relativeAntecedent(v, res, clauseStart) : undefined;
        const antecedent = relative && PARTY_TYPES.has(relative.entity.type) ? relative : undefined;
        cooperatingPairs = [...own, ...(antecedent ? [antecedent] : [])].map((m): [EntityDraft, EntityDraft] => [
          possessor.entity,
          m.entity,
        ]);
      } else cooperatingPairs = sidedPairs(v, cooperating, cooperation, res);
      // "Губернатор X и председатель Y подписали соглашение о сотрудничестве": heads sign for what they
      // head, and what the document covers is cooperation between the places those act for.
      if (cooperatingPairs.length === 0 && signedDocumentOf(v, cooperation, res)) {
        const headed = unique(
          persons(v)
            .map(signedFor)
            .filter((e): e is EntityDraft => e !== undefined),
        );
        cooperatingPairs = pairs(unique(headed.map((e) => placeOf(e, v))), res);
      }
      if (cooperatingPairs.length === 0) cooperatingPairs = signersBefore(v, out, res);
      const oneSide = partnersFrom(v, cooperation, cooperating, res);
      for (const [p, q] of cooperatingPairs) {
        if (oneSide.has(p) && oneSide.has(q)) continue;
        add('COOPERATES_WITH', p, q, v, CONFIDENCE.frame, { modality, ...(sector ? { sector } : {}) });
      }
    }

    // A sitting of a joint body of X and Y: talks between them, and the body is their cooperation.
    const sitting = sittingSides(v, res);
    for (const [p, q] of sitting?.pairs ?? []) {
      if (!sitting?.proposed) add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
      add('COOPERATES_WITH', p, q, v, CONFIDENCE.bodies, { modality });
    }

    // A delegation of X visiting Y: the visit is talks between X and Y.
    for (const [p, q] of delegationVisit(v, res)) add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
    // Someone who meets or receives a delegation of X negotiates with X.
    for (const [p, q] of delegationMeeting(v, res)) add('NEGOTIATES', p, q, v, CONFIDENCE.bodies, { modality });
    // The leaders of the two delegations of a sitting negotiate.
    for (const [p, q] of delegationHeads(v, res)) add('NEGOTIATES', p, q, v, CONFIDENCE.frame, { modality });
    const fronted = frontedMeeting(v, res);
    if (fronted) add('NEGOTIATES', fronted[0], fronted[1], v, CONFIDENCE.frame, { modality });

    // "Товарооборот … превысил 1 млрд. Белорусский экспорт составил 800 млн, импорт — 250 млн".
    for (const [p, q] of tradeParts(v, res, out)) add('SUPPLIES', p, q, v, CONFIDENCE.frame, { modality });

    projectRelations(v, res, out, add, modality);
  }
  return out;
}
