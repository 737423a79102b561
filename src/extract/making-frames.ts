/**
 * Frames of making: who makes goods together with whom. The comitative partner of
 * a verb of making ("X вместе с Y выпускает"), goods of one maker or one place made
 * at another company's site or in another place, and the maker a sentence names
 * for goods the sentence before left without a supplier. Pure.
 */

import { clauseAt, coordinated } from './clauses.ts';
import { gazetteerPlaceChain, PLACE_TYPES } from './gazetteer.ts';
import { ENTERPRISE_NOUNS, EVENT_NOUNS } from './lexicon.ts';
import { directionOnly } from './morphology.ts';
import {
  AGENT_NOUNS,
  agentAdjective,
  isInside,
  mayBeLocative,
  mentionCases,
  modifiesNoun,
  ownerOfNoun,
  PARTY_TYPES,
  PREPOSITION_WORDS,
  pairs,
  partyMentions,
  placesSomethingHere,
  type SentenceView,
  unique,
} from './sentence-view.ts';
import type { EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

/** Verbs of making something: with "вместе с X" they make it jointly with X. */
const MAKE_VERBS = new Set([
  'производить',
  'произвести',
  'выпускать',
  'выпустить',
  'собирать',
  'собрать',
  'изготавливать',
  'изготовить',
  'изготовлять',
  'наладить',
  'налаживать',
  'освоить',
]);

/** Adverbs that with «с» make a comitative partner of joint action ("вместе с", "совместно с"). */
const TOGETHER = new Set(['вместе', 'совместно']);

/**
 * "X вместе с Y выпускает …", "X совместно с Y будет собирать …", "на заводе X начали выпускать
 * … вместе с Y": the comitative partner of a verb of making co-produces with its subject, or
 * with the plant it is made at.
 */
export function producedTogether(v: SentenceView, making: Making | undefined): [EntityDraft, EntityDraft][] {
  const at = v.tokens.findIndex(
    (t, k) => TOGETHER.has(t.text.toLowerCase()) && ['с', 'со'].includes(v.tokens[k + 1]?.text.toLowerCase() ?? ''),
  );
  if (at < 0) return [];
  // A verb of making, or the verb that starts a noun of making ("открыть производство … совместно с Y").
  const verb = making?.finite ?? -1;
  if (verb < 0) return [];
  const ms = partyMentions(v).filter((m) => m.entity.type !== 'City' && m.kind !== 'adjective');
  const partner = ms.find((m) => m.first > at + 1 && m.prep === 'с');
  const first = Math.min(at, verb);
  const maker =
    ms.find((m) => m.end <= first && !m.prep) ??
    ms.find((m) => m.end <= first && m.prep === 'на' && m.entity.type === 'Enterprise');
  return partner && maker && partner.entity !== maker.entity ? [[maker.entity, partner.entity]] : [];
}

/** Words that name who makes or supplies goods the sentence before left without a supplier. */
const MAKER_WORDS = new Set([...MAKE_VERBS, 'поставщик', 'изготовитель', 'производитель', 'поставлять', 'поставить']);

/**
 * The maker a sentence names as the subject of a verb of making or as the supplier ("Их изготовит
 * X", "Поставщиком выступит X"): a company or place by name, not in a prepositional phrase.
 */
export function makerNamed(v: SentenceView, res: ExtractionResources): EntityDraft | undefined {
  const word = v.tokens.findIndex((t) => res.morph.lemmas(t.text).some((l) => MAKER_WORDS.has(l)));
  if (word < 0 || word > 4) return undefined;
  const named = v.mentions.filter(
    (m) =>
      m.kind === 'name' &&
      !m.prep &&
      (m.entity.type === 'Enterprise' || m.entity.type === 'Country' || m.entity.type === 'Region') &&
      !modifiesNoun(m, v, res),
  );
  return named.length === 1 ? named[0]?.entity : undefined;
}

/** Nouns of making, as the verbs above ("сборка белорусских тракторов на заводе X"). */
export const MAKE_NOUNS: ReadonlySet<string> = new Set(['сборка', 'производство', 'выпуск', 'изготовление']);

/** The first verb of making in the sentence (or noun of making, with `nouns`); -1 if none. */
function makingWordAt(v: SentenceView, res: ExtractionResources, nouns: boolean): number {
  // "будет собираться на заводе": the reflexive passive of a verb of making, unless an infinitive
  // follows ("собирается открыть" intends).
  const passive = (lemma: string, k: number) =>
    /ся$/u.test(lemma) &&
    MAKE_VERBS.has(lemma.slice(0, -2)) &&
    res.morph.parse(v.tokens[k + 1]?.text ?? '')[0]?.pos !== 'INFN';
  return v.tokens.findIndex(
    (t, k) =>
      res.morph
        .parse(t.text)
        .some(
          (p) =>
            ((p.pos === 'VERB' || p.pos === 'INFN') && (MAKE_VERBS.has(p.lemma) || passive(p.lemma, k))) ||
            (nouns && p.pos === 'NOUN' && MAKE_NOUNS.has(p.lemma)),
        ) && !provenance(v, k),
  );
}

/**
 * "машины производства Беларуси", "техника белорусского производства": «производство» with its
 * maker after it or a place adjective before it says where goods come from, not that they are made.
 */
function provenance(v: SentenceView, k: number): boolean {
  if (!/^производств/u.test(v.tokens[k]?.text.toLowerCase() ?? '')) return false;
  return v.mentions.some((m) => (m.kind === 'name' && m.first === k + 1) || (m.kind === 'adjective' && m.end === k));
}

/** A name after «на» whose first word cannot be prepositional: a direction, not a site. */
function nameDirectionOnly(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  // "на заводе «Кедр»": a quoted name shows its case on the company noun before it.
  return directionOnly(mentionCases(m, v, res));
}

/**
 * "Тракторы МТЗ будет выпускать компания «Агротехмаш»", "завод «Ротор» организует сборку комбайнов
 * «Гомсельмаш»": a brand's goods made by another company, named as the subject of a verb of making
 * (or of one that starts a noun of making), are made by both. Not goods made for the brand
 * ("детали для тракторов МТЗ"), which are a supply.
 */
export function madeForBrand(
  v: SentenceView,
  res: ExtractionResources,
  making: Making | undefined,
): [EntityDraft, EntityDraft][] {
  const verb = making?.at ?? -1;
  if (verb < 0) return [];
  const [start, end] = clauseAt(v.clauses, verb);
  const companies = v.mentions.filter(
    (m) => m.entity.type === 'Enterprise' && m.kind === 'name' && m.first >= start && m.end <= end,
  );
  // The brand qualifies the object itself, not a noun in a prepositional phrase ("с двигателями X").
  const brand = companies.find(
    (m) =>
      !m.prep && modifiesNoun(m, v, res) && !PREPOSITION_WORDS.has(v.tokens[m.first - 2]?.text.toLowerCase() ?? ''),
  );
  const maker = companies.find((m) => m !== brand && m.entity !== brand?.entity && !m.prep && !modifiesNoun(m, v, res));
  return brand && maker ? [[brand.entity, maker.entity]] : [];
}

/**
 * "Компания «Кедр» по лицензии МАЗа выпускает автобусы": goods made under another company's licence
 * are made by both, the licensor named in the genitive after «по лицензии», the maker the subject.
 */
export function madeUnderLicence(
  v: SentenceView,
  res: ExtractionResources,
  making: Making | undefined,
): [EntityDraft, EntityDraft][] {
  if (!making) return [];
  const at = v.tokens.findIndex(
    (t, k) => t.text.toLowerCase() === 'по' && res.morph.lemmas(v.tokens[k + 1]?.text ?? '').includes('лицензия'),
  );
  if (at < 0) return [];
  const licensor = v.mentions.find(
    (m) => m.first >= at + 2 && m.first <= at + 4 && m.kind === 'name' && m.entity.type === 'Enterprise',
  );
  const [start, end] = clauseAt(v.clauses, making.finite);
  const maker = v.mentions.find(
    (m) =>
      m.first >= start &&
      m.end <= end &&
      m !== licensor &&
      m.entity !== licensor?.entity &&
      !m.prep &&
      m.kind === 'name' &&
      PARTY_TYPES.has(m.entity.type) &&
      !PLACE_TYPES.has(m.entity.type) &&
      !modifiesNoun(m, v, res),
  );
  return licensor && maker ? [[licensor.entity, maker.entity]] : [];
}

/**
 * "Предприятия Самарской области участвуют в производстве троллейбусов «Белкоммунмаша»": taking part
 * in making a maker's goods is making them with that maker. The subject is the party before the
 * verb (or «принимать участие») with no preposition; the maker qualifies the goods after the noun.
 */
export function partakesInMaking(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const lemmas = (k: number) => res.morph.lemmas(v.tokens[k]?.text ?? '');
  const verb = v.tokens.findIndex((_, k) => lemmas(k).includes('участвовать') || lemmas(k).includes('участие'));
  if (verb < 0) return [];
  const into = [verb + 1, verb + 2].find((k) => ['в', 'во'].includes(v.tokens[k]?.text.toLowerCase() ?? ''));
  const noun = into === undefined ? -1 : into + 1;
  if (noun < 0 || !lemmas(noun).some((l) => MAKE_NOUNS.has(l))) return [];
  const maker = v.mentions.find(
    (m) =>
      m.entity.type === 'Enterprise' &&
      m.kind === 'name' &&
      m.first > noun &&
      m.first <= noun + 5 &&
      // "в производстве МАЗа": the preposition of the noun may reach the genitive right after it.
      ((!m.prep && modifiesNoun(m, v, res)) || m.first === noun + 1),
  );
  const subject = v.mentions.find(
    (m) => m.first < verb && !m.prep && PARTY_TYPES.has(m.entity.type) && m.entity !== maker?.entity,
  );
  return maker && subject ? [[subject.entity, maker.entity]] : [];
}

/** Nouns of a production site: "на площадке / мощностях / базе компании X". */
const SITE_NOUNS = new Set(['площадка', 'мощность', 'база', 'завод', 'предприятие', 'производство', 'линия']);

/**
 * The one company that supplied, in the sentence before, goods named by a noun within four words
 * of the word of making at `verb` ("Часть лифтов соберут …" after "X поставит 400 лифтов").
 */
function supplierOfGoodsBefore(
  v: SentenceView,
  res: ExtractionResources,
  found: readonly FoundRelation[],
  verb: number,
): EntityDraft | undefined {
  const before = found.filter(
    (r) => r.type === 'SUPPLIES' && r.sentence === v.index - 1 && r.source.type === 'Enterprise',
  );
  if (before.length === 0) return undefined;
  const nouns = new Set(
    v.tokens.slice(Math.max(0, verb - 4), verb + 5).flatMap((t) =>
      res.morph
        .parse(t.text)
        .filter((p) => p.pos === 'NOUN')
        .map((p) => p.lemma),
    ),
  );
  const productOf = (r: FoundRelation) =>
    String(r.attributes?.product ?? '')
      .split(' ')
      .at(-1) ?? '';
  const suppliers = new Set(
    before.filter((r) => res.morph.lemmas(productOf(r)).some((l) => nouns.has(l))).map((r) => r.source),
  );
  return suppliers.size === 1 ? [...suppliers][0] : undefined;
}

/**
 * "Тракторы МТЗ будут собирать на площадке компании «Агромаш»": one company's products made at
 * another's plant are made by both.
 */
export function madeAtHost(
  v: SentenceView,
  res: ExtractionResources,
  found: readonly FoundRelation[],
): [EntityDraft, EntityDraft][] {
  const verb = makingWordAt(v, res, true);
  if (verb < 0) return [];
  const companies = v.mentions.filter((m) => m.entity.type === 'Enterprise' && m.kind === 'name');
  const host = companies.find((m) => {
    // "на заводе X" is where it is made; "на Ульяновский автозавод" (accusative) is where it goes.
    if (m.prep === 'на') return !nameDirectionOnly(m, v, res);
    // "на мощностях новосибирского завода «X»": a place adjective and the company noun may stand between.
    const before = v.tokens.slice(Math.max(0, m.first - 5), m.first);
    const na = before.findIndex((t) => t.text.toLowerCase() === 'на');
    return na >= 0 && before.slice(na + 1).some((t) => res.morph.lemmas(t.text).some((l) => SITE_NOUNS.has(l)));
  });
  // The maker's name qualifies the goods ("тракторы МТЗ"), not goods made for it ("для тракторов МТЗ").
  const qualifies = (m: MentionRef) => {
    const noun = v.tokens[m.first - 1];
    const sentenceStart = m.first === 1 && res.morph.parse(noun?.text.toLowerCase() ?? '')[0]?.pos === 'NOUN';
    return (modifiesNoun(m, v, res) || sentenceStart) && v.tokens[m.first - 2]?.text.toLowerCase() !== 'для';
  };
  const brand = companies.find((m) => m !== host && m.entity !== host?.entity && qualifies(m));
  if (host && brand) return [[brand.entity, host.entity]];
  // "Холдинг X организует сборку прицепов на мощностях завода Y": the subject makes at the host's
  // site, also when a noun refers back to it ("предприятие рассматривает возможность сборки …").
  const guest = host ? companySubjectBefore(v, res, verb, { referredBack: true, other: host.entity }) : undefined;
  if (host && guest) return [[guest.entity, host.entity]];
  // "… поставит 400 лифтов. Часть лифтов соберут на площадке «X»": goods the sentence before
  // supplied are made at the host with their supplier.
  const supplier = host ? supplierOfGoodsBefore(v, res, found, verb) : undefined;
  if (host && supplier && supplier !== host.entity) return [[supplier, host.entity]];
  // "сборку белорусских тракторов на предприятии «X»": goods of a place made at a plant elsewhere.
  const origin = v.mentions.find(
    (m) =>
      m.kind === 'adjective' &&
      !m.compound &&
      PLACE_TYPES.has(m.entity.type) &&
      // The goods after the word of making, or before it as the object put first ("белорусские автобусы будут собирать").
      Math.abs(m.first - verb) <= 4 &&
      m.governs !== undefined &&
      !agentAdjective(m) &&
      !ENTERPRISE_NOUNS.has(m.governs) &&
      // "для казахстанских фермеров": whom the goods are for, not where they come from.
      m.prep !== 'для',
  );
  if (!origin) return [];
  if (host) return isInside(host.entity, origin.entity, res) ? [] : [[origin.entity, host.entity]];
  // "Казанский завод «Агромаш» собирает белорусские тракторы": a company known to be elsewhere
  // that makes another place's goods makes them with that place.
  const maker = companySubjectBefore(v, res, verb);
  if (maker) {
    const homes = knownPlaceIds(maker.entity, found, res);
    return homes.size > 0 && !homes.has(origin.entity.ref?.id ?? '') ? [[origin.entity, maker.entity]] : [];
  }
  // "белорусские автобусы будут собирать в Узбекистане": made in another place, not shown at an event there.
  if (v.tokens.some((t) => EVENT_NOUNS.test(t.text.toLowerCase()))) return [];
  const place = v.mentions.find(
    (m) =>
      m.kind === 'name' &&
      PLACE_TYPES.has(m.entity.type) &&
      m.prep === 'в' &&
      m.entity !== origin.entity &&
      !isInside(m.entity, origin.entity, res) &&
      !isInside(origin.entity, m.entity, res),
  );
  if (!place) return [];
  // "в Ярославле и Рыбинске будут собирать …": every place of the list.
  return coordinated(place, v.mentions, v.tokens, res.morph)
    .filter((m) => PLACE_TYPES.has(m.entity.type) && m.kind === 'name' && m.entity !== origin.entity)
    .map((m): [EntityDraft, EntityDraft] => [origin.entity, m.entity]);
}

/**
 * The company named last before `at` as a subject would be: by name (or, with `referredBack`, by a
 * noun that refers back to it), with no preposition, qualifying no noun, and not `other`.
 */
function companySubjectBefore(
  v: SentenceView,
  res: ExtractionResources,
  at: number,
  { referredBack = false, other }: { referredBack?: boolean; other?: EntityDraft } = {},
): MentionRef | undefined {
  return v.mentions.findLast(
    (m) =>
      m.end <= at &&
      m.entity.type === 'Enterprise' &&
      m.entity !== other &&
      (m.kind === 'name' || (referredBack && m.kind === 'generic')) &&
      !m.prep &&
      !modifiesNoun(m, v, res),
  );
}

/** The ids of the places a company is in and of the places around them, by the reference or by the text. */
function knownPlaceIds(company: EntityDraft, found: readonly FoundRelation[], res: ExtractionResources): Set<string> {
  const chain = (id: string | undefined) => gazetteerPlaceChain(res.gazetteer, id);
  const stated = found.filter((r) => r.type === 'LOCATED_IN' && r.source === company).map((r) => r.target.ref?.id);
  return new Set([...chain(company.ref?.locatedIn), ...stated.flatMap(chain)]);
}

/** Verbs that start making something named by a noun ("начало выпуск", "открыть производство"). */
const START_VERBS = new Set([
  'начать',
  'наладить',
  'запустить',
  'организовать',
  'освоить',
  'развернуть',
  'открыть',
  'создать',
  'локализовать',
]);

/** Words that move making to another place: "локализовать / локализация производства X в Y". */
const LOCALISING = new Set(['локализовать', 'локализация']);

/** How far before its noun of making a starting word may stand ("открыть в Казахстане сборочное производство"). */
const START_REACH = 4;

/**
 * Where a sentence makes something: the word of making, the word that starts it (whose tense
 * tells a fact from a plan; the verb itself when there is no such word), and whether that word
 * moves the making elsewhere (localisation).
 */
export interface Making {
  readonly at: number;
  readonly finite: number;
  readonly localises: boolean;
}

/**
 * A verb of making, or a noun of making after a word that starts it in the same stretch of
 * words; undefined if none. Computed once per sentence and passed to the frames that use it.
 */
export function makingAt(v: SentenceView, res: ExtractionResources): Making | undefined {
  const verb = makingWordAt(v, res, false);
  if (verb >= 0) return { at: verb, finite: verb, localises: false };
  const noun = makingWordAt(v, res, true);
  for (let k = noun - 1; k >= 0 && k >= noun - START_REACH; k--) {
    if (/^[,.;:()«»"—–-]$/u.test(v.tokens[k]?.text ?? '')) return undefined;
    const lemmas = res.morph.lemmas(v.tokens[k]?.text ?? '');
    const localises = lemmas.some((l) => LOCALISING.has(l));
    const starts = res.morph.parse(v.tokens[k]?.text ?? '').some((p) => p.pos !== 'NOUN' && START_VERBS.has(p.lemma));
    if (localises || starts) return governsNoun(v, res, k, noun) ? { at: noun, finite: k, localises } : undefined;
  }
  return undefined;
}

/**
 * The noun of making is the starting word's own object: only adjectives and prepositional
 * phrases stand between them ("открыть в Казахстане сборочное производство"), not another
 * noun whose modifier it is ("открыли цех по сборке сеялок": the object is the workshop).
 */
function governsNoun(v: SentenceView, res: ExtractionResources, word: number, noun: number): boolean {
  let afterPreposition = false;
  for (let k = word + 1; k < noun; k++) {
    const pos = res.morph.parse(v.tokens[k]?.text ?? '')[0]?.pos;
    if (pos === 'PREP') afterPreposition = true;
    else if (pos === 'ADJF' || pos === 'PRTF') continue;
    else if (afterPreposition) afterPreposition = false;
    else return false;
  }
  return true;
}

/** Types that can be a side of joint making by name. */
const MAKER_TYPES: ReadonlySet<string> = new Set(['Enterprise', 'Country', 'Region']);

/**
 * "Белорусские и российские машиностроители наладили выпуск комбайнов", "«Альфа» и «Бета»
 * запустили сборку автобусов": coordinated subjects of a verb that starts making (one event
 * of both) make the goods together. A verb of making alone ("МАЗ и МТЗ выпускают технику")
 * reads distributively, each making its own, and gives nothing here.
 */
export function startedTogether(
  v: SentenceView,
  res: ExtractionResources,
  making: Making | undefined,
  found: readonly FoundRelation[],
): [EntityDraft, EntityDraft][] {
  if (!making) return [];
  const finite = res.morph.parse(v.tokens[making.finite]?.text ?? '');
  const starts = finite.some((p) => START_VERBS.has(p.lemma));
  // "X и Y будут вместе выпускать вагоны": an adverb of jointness (no «с» partner after it) in the
  // verb group makes even a plain verb of making one event of both.
  const jointly = [making.finite - 1, making.finite - 2, making.finite + 1].some(
    (k) =>
      TOGETHER.has(v.tokens[k]?.text.toLowerCase() ?? '') &&
      !['с', 'со'].includes(v.tokens[k + 1]?.text.toLowerCase() ?? ''),
  );
  // A finite verb agrees with its coordinated subject in the plural; an infinitive leaves that to its own verb.
  const plural = finite.some((p) => p.pos === 'INFN' || (p.pos === 'VERB' && p.number === 'plur'));
  if (!(starts || jointly) || !plural) return [];
  const [start] = clauseAt(v.clauses, making.finite);
  const subject = (m: MentionRef) =>
    m.first >= start &&
    m.end <= making.finite &&
    !m.prep &&
    MAKER_TYPES.has(m.entity.type) &&
    (m.kind === 'name'
      ? !modifiesNoun(m, v, res)
      : // "вологодская компания «Агротех»": an adjective that places a named company is no side.
        m.kind === 'adjective' && agentAdjective(m) && !placesSomethingHere(m.entity, v, found));
  const first = v.mentions.find(subject);
  if (!first) return [];
  const sides = coordinated(first, v.mentions, v.tokens, res.morph).filter(subject);
  const last = sides.at(-1);
  // The list ends right before the verb, past at most the head noun of its adjectives, an
  // auxiliary or modal ("будут", "намерены") and the adverb of jointness.
  if (!last) return [];
  const verbGroup = (k: number) =>
    TOGETHER.has(v.tokens[k]?.text.toLowerCase() ?? '') ||
    ['VERB', 'ADJS'].includes(res.morph.parse(v.tokens[k]?.text ?? '')[0]?.pos ?? '');
  let gap = last.kind === 'adjective' ? last.end + 1 : last.end;
  while (gap < making.finite && verbGroup(gap)) gap++;
  if (gap !== making.finite) return [];
  return pairs(unique(sides.map((m) => m.entity)), res);
}

/**
 * "Компания «X» выпускает трубы в Екатеринбурге": a company making goods in a place has its
 * plant there (LOCATED_IN, for what it makes now, not a plan). Where the text or the
 * reference already places the company elsewhere ("«X» из Барановичей будет собирать
 * холодильники в Калужской области"), making them in the other place is localisation:
 * CO_PRODUCES between the company and that place.
 */
export function madeInPlace(
  v: SentenceView,
  res: ExtractionResources,
  found: readonly FoundRelation[],
  making: Making | undefined,
): { located?: [EntityDraft, EntityDraft]; localised?: [EntityDraft, EntityDraft] } {
  if (!making || v.tokens.some((t) => EVENT_NOUNS.test(t.text.toLowerCase()))) return {};
  const verb = making.at;
  const subject = companySubjectBefore(v, res, making.finite);
  // "В Брянской области собирают тракторы «Беларус»": with no subject, the maker is the brand of the goods.
  const brand = subject
    ? undefined
    : v.mentions.find(
        (m) =>
          m.first > verb &&
          m.first <= verb + 5 &&
          m.entity.type === 'Enterprise' &&
          m.kind === 'name' &&
          // "автобусы МАЗ", "лифтов компании «Кедр»": the maker's name or its company noun after the goods.
          (modifiesNoun(m, v, res) || ownerOfNoun(m, v, res)),
      );
  const maker = subject ?? brand;
  // "выпускает трубы в Екатеринбурге", not "… начнёт поставки в Витебск" (where the goods go).
  const locative = (m: MentionRef) =>
    PLACE_TYPES.has(m.entity.type) && (m.prep === 'в' || m.prep === 'во') && mayBeLocative(m, v, res);
  const [, clauseEnd] = clauseAt(v.clauses, verb);
  const place =
    v.mentions.find((m) => m.first > making.finite && locative(m) && (subject !== undefined || m.end <= clauseEnd)) ??
    (brand
      ? (v.mentions.findLast((m) => m.end <= verb && locative(m) && placeFramesVerb(v, m.end, verb)) ?? undefined)
      : undefined);
  if (!maker || !place) return {};
  // "«Гомсельмаш» и узбекская компания «X» наладят в Чирчике сборку": what two companies make
  // together in a place is their joint making there, no plant nor localisation of either.
  const jointly =
    subject !== undefined &&
    v.mentions.some(
      (m) =>
        m !== subject &&
        m.entity.type === 'Enterprise' &&
        m.kind === 'name' &&
        m.first < subject.first &&
        coordinated(m, v.mentions, v.tokens, res.morph).includes(subject),
    );
  if (jointly) return {};
  // "собирает машины на заводе «X» в Семее": the place of another company's plant is the host's, and
  // the making is with the host (see `madeAtHost`).
  const host = v.mentions.find(
    (m) => m.entity.type === 'Enterprise' && m.entity !== maker.entity && m.end === place.first - 1,
  );
  if (host) return {};
  const company = maker.entity;
  const where = place.entity;
  const knownDrafts = found.filter((r) => r.type === 'LOCATED_IN' && r.source === company).map((r) => r.target);
  const chain = (id: string | undefined) => gazetteerPlaceChain(res.gazetteer, id);
  const knownIds = knownPlaceIds(company, found, res);
  // The place is one the company is known to be in, or one of theirs, or inside one of them.
  const fits =
    knownDrafts.includes(where) ||
    (where.ref !== undefined && [where.ref.id, ...chain(where.ref.locatedIn)].some((id) => knownIds.has(id)));
  // Localising making names another place by itself, known or not.
  const elsewhere = (making.localises || knownDrafts.length > 0 || knownIds.size > 0) && !fits;
  if (elsewhere) return { localised: [company, where] };
  const now = res.morph
    .parse(v.tokens[making.finite]?.text ?? '')
    .some((p) => p.pos === 'VERB' && (p.tense === 'pres' || p.tense === 'past'));
  // "налаживает сборку грузовиков в Узбекистане": the place closes a project's noun phrase, so it
  // is where the project is, not where the company is.
  const ofProject = v.mentions.some((m) => m.entity.type === 'Project' && m.first < place.first && place.end <= m.end);
  return now && !ofProject ? { located: [company, where] } : {};
}

/**
 * A place before the verb frames it: it opens the clause ("В Брянской области собирают …") or a
 * relative «где» clause refers to it ("… в Брянской области, где собирают …").
 */
function placeFramesVerb(v: SentenceView, placeEnd: number, verb: number): boolean {
  const gap = v.tokens.slice(placeEnd, verb).map((t) => t.text.toLowerCase());
  if (gap[0] === ',' && gap[1] === 'где') return gap.slice(2).every((w) => !/^[,.;:]$/u.test(w));
  return gap.every((w) => !/^[,.;:]$/u.test(w)) && gap.length <= 4;
}

/**
 * "X выпустит 100 комбайнов с двигателями Алтайского моторного завода": goods made with another
 * company's parts ("с" + an inanimate noun + the company in the genitive) were supplied with
 * those parts by that company (SUPPLIES part maker → maker of the goods).
 */
export function madeWithParts(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const verb = makingWordAt(v, res, false);
  if (verb < 0) return [];
  const maker = v.mentions.findLast(
    (m) =>
      m.end <= verb &&
      (m.entity.type === 'Enterprise' || m.entity.type === 'Region' || m.entity.type === 'Country') &&
      !m.prep &&
      (m.kind === 'name' || agentAdjective(m)) &&
      !modifiesNoun(m, v, res),
  );
  if (!maker) return [];
  const out: [EntityDraft, EntityDraft][] = [];
  for (const m of v.mentions) {
    if (m.first <= verb + 1 || m.entity.type !== 'Enterprise' || m.kind !== 'name' || m.entity === maker.entity)
      continue;
    // "с двигателями [Алтайского моторного завода]": the part noun right before the name, after «с».
    const part = m.first - 1;
    const parse = res.morph.parse(v.tokens[part]?.text ?? '')[0];
    const withPart =
      ['с', 'со'].includes(v.tokens[part - 1]?.text.toLowerCase() ?? '') &&
      parse?.pos === 'NOUN' &&
      parse.animacy === 'inan' &&
      parse.case === 'ablt' &&
      // "с компанией «Бета»" is a partner, not a part.
      !AGENT_NOUNS.has(parse.lemma) &&
      !ENTERPRISE_NOUNS.has(parse.lemma);
    if (withPart) out.push([m.entity, maker.entity]);
  }
  // "выпускает технику на базе китайских комплектующих", "собирает из белорусских узлов": the place
  // adjective of a part noun after the verb of making is where the parts come from.
  for (const m of v.mentions) {
    if (m.first <= verb || m.kind !== 'adjective' || !PART_NOUNS.has(m.governs ?? '')) continue;
    // "казахстанский завод … из казахстанских комплектующих": parts from the maker's own place are no exchange.
    const home = v.mentions.some((o) => o.entity === m.entity && o.end <= verb);
    if (m.entity !== maker.entity && !home && !isInside(maker.entity, m.entity, res))
      out.push([m.entity, maker.entity]);
  }
  return out;
}

/** Nouns of parts that go into made goods. */
const PART_NOUNS = new Set(['комплектующий', 'комплектующее', 'деталь', 'компонент', 'узел', 'агрегат', 'двигатель']);
