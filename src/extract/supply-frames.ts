/**
 * SUPPLIES from argument frames: each supply trigger says which syntactic
 * position holds the supplier and which the recipient. "X поставляет в Y" and
 * "Y закупает у X" state the same delivery with the subject in opposite roles;
 * "поставки X в Y" carries the supplier in the genitive or a place adjective.
 */

import { clauseAt, contrastSpans, coordinated, gapDash } from './clauses.ts';
import { prepositionBefore } from './company-nouns.ts';
import { gazetteerPlaceChain, PLACE_TYPES } from './gazetteer.ts';
import { goodsAfter } from './goods.ts';
import {
  COPULAS,
  DEAL_NOUNS,
  ENTERPRISE_NOUNS,
  EVENT_NOUNS,
  EXECUTIVE_HEADS,
  FACILITY_NOUNS,
  GENERIC_PLACE_NOUNS,
  LEGAL_FORMS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  PROJECT_HEADS,
  STATE_BODY_HEADS,
} from './lexicon.ts';
import type { WordParse } from './morphology.ts';
import { CLOSE_QUOTES, exampleListStart, isCompoundCompanyForm, OPEN_QUOTES } from './scanner.ts';
import {
  AGENT_NOUNS,
  agentAdjective,
  beforeAdjectives,
  CONFIDENCE,
  companyOrigin,
  inName,
  inRelativeClause,
  insideMentionOf,
  isInside,
  mayBeLocative,
  mentionCases,
  modifiesNoun,
  nameCases,
  nameWord,
  ownerOfNoun,
  PARTY_TYPES,
  PREPOSITION_WORDS,
  participleBefore,
  participleOf,
  pastAdjectives,
  phrasePreposition,
  qualifiesPlace,
  type SentenceView,
  unique,
  withinOther,
  wordBeforeName,
  wordsBetween,
} from './sentence-view.ts';
import { tokenize } from './tokens.ts';
import type { EntityDraft, ExtractionResources, MentionRef } from './types.ts';

/** Who the subject (a party before the trigger without a preposition) is. */
type SubjectRole = 'supplier' | 'recipient' | 'none';

/**
 * A trigger's frame: the subject's role, the prepositions that introduce the
 * supplier and the recipient, and whether the trigger is a noun whose genitive
 * or place adjective names the supplier ("поставки белорусской техники").
 */
interface SupplyFrame {
  readonly subject: SubjectRole;
  readonly sourcePreps: readonly string[];
  readonly targetPreps: readonly string[];
  readonly nominal?: boolean;
  /** The grammatical subject is the goods: any party or place adjective before the trigger is their origin. */
  readonly passive?: boolean;
  /** A trigger only with its beneficiary («для»): the recipient is never guessed from other positions. */
  readonly beneficiary?: boolean;
  /** «в/на» name where the goods are (prepositional case), not where they go (accusative). */
  readonly located?: boolean;
  /** The direct object (accusative, no preposition) after the verb receives; the goods are in the instrumental. */
  readonly objectReceives?: boolean;
}

const SELL: SupplyFrame = { subject: 'supplier', sourcePreps: ['из'], targetPreps: ['в', 'во', 'на', 'для'] };
const BUY: SupplyFrame = { subject: 'recipient', sourcePreps: ['у', 'из', 'от'], targetPreps: ['для'] };
const SELL_NOUN: SupplyFrame = { ...SELL, nominal: true };
/**
 * "РЖД перевозит из Китая в Беларусь грузы": a carrier moves goods it does not supply; the source
 * after «из» or the goods' origin ("перевезла белорусские грузы") supplies.
 */
const CARRY: SupplyFrame = { ...SELL, subject: 'none', sourcePreps: ['из', 'от'], targetPreps: ['в', 'во', 'на'] };
/** "продаёт тракторы в Казахстане", "продажи в Краснодарском крае": where goods are sold is where they went. */
const SELL_THERE: SupplyFrame = { ...SELL, located: true };
const BUY_NOUN: SupplyFrame = { ...BUY, subject: 'recipient', targetPreps: ['для', 'в'], nominal: true };
/**
 * "ввезла из Беларуси мясо", "Из Беларуси в Омскую область ввезено …": verbs of bringing goods in
 * buy as other verbs of buying do, and «в» names where the goods come in, not where they are bought.
 */
const IMPORT: SupplyFrame = { ...BUY, targetPreps: ['в', 'во', 'на', 'для'] };
/**
 * "техника поступила из X в Y": the subject is the goods, so a party before the
 * trigger is their owner or origin ("продукция завода X поставляется в Y").
 */
const ARRIVE: SupplyFrame = {
  subject: 'supplier',
  sourcePreps: ['из', 'от'],
  targetPreps: ['в', 'во', 'на', 'для'],
  passive: true,
};
/** Goods that are somewhere ("эксплуатируются", "появятся в Туле") came there: the place may be a locative. */
const ARRIVE_THERE: SupplyFrame = { ...ARRIVE, located: true };
/** "Техника предназначена для хозяйств X": goods meant for someone go to them, sent by whoever sent them before. */
const INTENDED: SupplyFrame = { ...ARRIVE, targetPreps: ['для'] };

/**
 * "Техника «Амкодора» работает на предприятиях Якутии", "автобусы МАЗ используются в Казани":
 * goods of a maker in use somewhere were supplied there. Only with the maker's name qualifying
 * an inanimate subject noun (see `goodsInUse`): "завод работает в Гродно" places the plant.
 */
const IN_USE: SupplyFrame = { ...ARRIVE, sourcePreps: [], targetPreps: ['в', 'во', 'на'], located: true };
/**
 * Verbs of goods at work, and of goods put in place ("лифты «X» установлены в Бухаре"): either way
 * the goods of a maker are somewhere they were supplied to.
 */
const USE_VERBS = new Set([
  'работать',
  'трудиться',
  'использоваться',
  'применяться',
  'курсировать',
  'установить',
  'устанавливаться',
  'смонтировать',
  'монтироваться',
]);
/** "Продукция «X» пользуется спросом у аграриев Y / в Y": goods in demand somewhere are bought there. */
const IN_DEMAND: SupplyFrame = { ...IN_USE, targetPreps: ['у', 'в', 'во', 'на'] };

/**
 * "Завод X собирает комбайны для казахстанских фермеров", "на заводе X выпускают детали для МАЗ":
 * goods made for someone are supplied to them by the maker, the subject or the plant after «на».
 */
const MAKE_FOR: SupplyFrame = { subject: 'supplier', sourcePreps: ['на'], targetPreps: ['для'], beneficiary: true };
/** "начал сборку комбайнов для алтайских аграриев": a noun of making takes the same beneficiary. */
const MAKE_FOR_NOUN: SupplyFrame = { ...MAKE_FOR, nominal: true };

/** "Завод получил заказ от Казахстана": who receives an order supplies whoever placed it. */
const ORDER_TAKEN: SupplyFrame = { subject: 'supplier', sourcePreps: [], targetPreps: ['от', 'из'], beneficiary: true };
/** "получил заказ на поставку … в Беларусь": the supply's destination receives, as the order's giver would. */
const ORDER_FOR_SUPPLY: SupplyFrame = { ...ORDER_TAKEN, targetPreps: ['от', 'из', 'в', 'во', 'для'] };
const SUPPLY_NOUN_LEMMAS = new Set(['поставка', 'отгрузка', 'изготовление', 'производство', 'выпуск']);
/** Objects with which "получить" takes an order rather than goods. */
const ORDER_OBJECTS = /^(заказ|контракт|заявк)/u;

/** "экспортный контракт с X": the subject exports, the partner after "с" receives. */
const EXPORT_DEAL: SupplyFrame = { ...SELL, targetPreps: ['в', 'во', 'на', 'для', 'с', 'со'] };

/** "Завод X обеспечивает комплектующими МАЗ", "снабжает Гродно газом": the object is supplied with goods. */
const PROVIDE: SupplyFrame = { subject: 'supplier', sourcePreps: [], targetPreps: [], objectReceives: true };

/** Instrumentals of a verb of providing that are no goods: "обеспечить работой / площадкой / доступом". */
const NOT_GOODS = new Set([
  'работа',
  'место',
  'площадка',
  'поддержка',
  'помощь',
  'доступ',
  'информация',
  'возможность',
]);

/**
 * The goods of a verb of providing, the first inanimate noun in the bare instrumental after it
 * outside the parties ("обеспечивает комплектующими", "снабжает газом"), as its lemma;
 * undefined when there is none or it names no goods.
 */
function providedGoods(
  v: SentenceView,
  ms: readonly MentionRef[],
  index: number,
  to: number,
  res: ExtractionResources,
): string | undefined {
  for (let k = index + 1; k < to; k++) {
    if (ms.some((m) => m.first <= k && k < m.end)) continue;
    // Not an abbreviation read into a conjunction ("и" as "и. о.").
    const noun = res.morph
      .parse(v.tokens[k]?.text ?? '')
      .find((p) => p.pos === 'NOUN' && p.case === 'ablt' && p.animacy !== 'anim' && !p.tags.has('Abbr'));
    // "обеспечить знакомство с представителями": an instrumental after a preposition is no goods.
    if (noun && prepositionBefore(v.tokens, k, res)) continue;
    if (noun) return NOT_GOODS.has(noun.lemma) ? undefined : noun.lemma;
  }
  return undefined;
}

/** Supply trigger lemmas and their frames; one table, read by `supplies`. */
export const SUPPLY_FRAMES: ReadonlyMap<string, SupplyFrame> = new Map([
  ['поставлять', SELL],
  ['поставить', SELL],
  ['экспортировать', SELL],
  // "готова предложить ленинградским партнёрам автобусы": offering goods to someone is a plan to supply them.
  ['предложить', SELL],
  ['предлагать', SELL],
  // "передаст авиакомпании три вертолёта": handing goods over to someone supplies them.
  ['передать', SELL],
  ['передавать', SELL],
  ['продавать', SELL_THERE],
  ['продать', SELL_THERE],
  // "реализовали в Смоленской области продукции на 30 млн долларов": sold, with goods as the object.
  ['реализовать', SELL_THERE],
  ['реализовывать', SELL_THERE],
  ['отгружать', SELL],
  ['отгрузить', SELL],
  ['отправить', SELL],
  ['отправлять', SELL],
  ['направить', SELL],
  ['направлять', SELL],
  ['доставить', SELL],
  ['доставлять', SELL],
  // "выйти на рынок Казахстана со своей продукцией": entering a market sells there (see `enteringMarket`).
  ['выйти', SELL],
  ['выходить', SELL],
  // "продвигать продукцию на белорусский рынок": bringing goods to a market.
  ['продвигать', SELL],
  ['продвинуть', SELL],
  ['везти', SELL],
  ['вывозить', SELL],
  ['вывезти', SELL],
  ['перевозить', CARRY],
  ['перевезти', CARRY],
  ['транспортировать', CARRY],
  ['экспортёр', SELL],
  ['экспортер', SELL],
  ['поставщик', SELL],
  ['обеспечивать', PROVIDE],
  ['обеспечить', PROVIDE],
  ['снабжать', PROVIDE],
  ['снабдить', PROVIDE],
  ['поставка', SELL_NOUN],
  ['экспортный', EXPORT_DEAL],
  ['экспорт', SELL_NOUN],
  ['отгрузка', SELL_NOUN],
  ['продажа', { ...SELL_THERE, nominal: true }],
  ['закупать', BUY],
  ['закупить', BUY],
  ['приобрести', BUY],
  ['приобретать', BUY],
  ['импортировать', IMPORT],
  ['покупать', BUY],
  ['купить', BUY],
  ['заказать', BUY],
  ['заказывать', BUY],
  ['получить', BUY],
  ['получать', BUY],
  ['ввозить', IMPORT],
  ['ввезти', IMPORT],
  // "В Якутии эксплуатируются самосвалы БелАЗ": goods in use somewhere were supplied there.
  ['эксплуатироваться', ARRIVE_THERE],
  ['импорт', BUY_NOUN],
  ['закупка', BUY_NOUN],
  ['покупка', BUY_NOUN],
  ['приобретение', BUY_NOUN],
  ['поставляться', ARRIVE],
  ['поступить', ARRIVE],
  ['поступать', ARRIVE],
  ['доставляться', ARRIVE],
  ['экспортироваться', ARRIVE],
  ['отгружаться', ARRIVE],
  ['прибыть', ARRIVE],
  // "В Туле появятся белорусские трамваи": goods that appear somewhere came there.
  ['появиться', ARRIVE_THERE],
  ['появляться', ARRIVE_THERE],
  ['прибывать', ARRIVE],
  ['предназначить', INTENDED],
  ['комплектующие', SELL_NOUN],
  ['комплектующий', SELL_NOUN],
  ['деталь', SELL_NOUN],
  ['производить', MAKE_FOR],
  ['произвести', MAKE_FOR],
  ['выпускать', MAKE_FOR],
  ['выпустить', MAKE_FOR],
  ['собирать', MAKE_FOR],
  ['собрать', MAKE_FOR],
  ['изготавливать', MAKE_FOR],
  ['изготовить', MAKE_FOR],
  ['изготовлять', MAKE_FOR],
  // "построит для Туркменистана два танкера": built goods (see BUILDING).
  ['построить', MAKE_FOR],
  ['строить', MAKE_FOR],
  ['сборка', MAKE_FOR_NOUN],
  ['изготовление', MAKE_FOR_NOUN],
  ['производство', MAKE_FOR_NOUN],
  ['выпуск', MAKE_FOR_NOUN],
]);

/** Nouns of places of making: "продукция заводов в X", "производства на территории X". */
const MAKING_PLACE_NOUNS = new Set(['завод', 'предприятие', 'производство', 'фабрика', 'комбинат', 'мощность']);
/** Participles of making ("произведённая", "выпущенные", "изготовленной"), by their verbs' stems. */
const MADE_PARTICIPLE = /^(произв|выпуст|выпуск|изготов|собра|собир)/u;

/**
 * A place where the goods are made: after a participle of making ("произведённая в X") or
 * next to a noun of a making place ("заводов в X", "на территории X … производств").
 */
function madeThere(v: SentenceView, m: MentionRef, res: ExtractionResources): boolean {
  for (let k = Math.max(0, m.first - 4); k < Math.min(v.tokens.length, m.end + 3); k++) {
    if (k >= m.first && k < m.end) continue;
    const parses = res.morph.parse(v.tokens[k]?.text ?? '');
    if (parses.some((p) => p.pos === 'PRTF' && MADE_PARTICIPLE.test(p.lemma))) return true;
    if (parses.some((p) => p.pos === 'NOUN' && MAKING_PLACE_NOUNS.has(p.lemma))) return true;
  }
  return false;
}

/** A passive participle of making at `k` ("выпускаемые", "произведённых"). */
function makingParticipleAt(v: SentenceView, k: number, res: ExtractionResources): boolean {
  return res.morph
    .parse(v.tokens[k]?.text ?? '')
    .some((p) => p.pos === 'PRTF' && p.voice === 'pssv' && MADE_PARTICIPLE.test(p.lemma));
}

/** A company in the instrumental inside a comma-bounded passive participle of making ("выпускаемые заводом X"). */
function madeByAgent(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const participle = participleOf(m, v, res);
  if (participle === undefined || m.kind !== 'name' || m.prep || !instrumentalName(m, v, res)) return false;
  return makingParticipleAt(v, participle, res);
}

/**
 * "автобусов, произведённых на Павловском автобусном заводе" / "выпущенных заводом «X»": a company
 * where or by whom goods were made, inside a comma-bounded passive participle of making.
 */
function madeInParticiple(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.entity.type !== 'Enterprise') return false;
  if (madeByAgent(m, v, res)) return true;
  const participle = participleOf(m, v, res);
  if (participle === undefined || m.kind !== 'name' || m.prep !== 'на') return false;
  return makingParticipleAt(v, participle, res);
}

/** A government, ministry, administration or executive committee: it buys goods for its place, it makes none. */
function publicBody(e: EntityDraft, res: ExtractionResources): boolean {
  return (
    e.type === 'Organization' &&
    e.name.split(/\s+/u).some((w) => res.morph.lemmas(w).some((l) => STATE_BODY_HEADS.has(l) || EXECUTIVE_HEADS.has(l)))
  );
}

/** Supply triggers that name an agent ("поставщик", "экспортёр"). */
export const AGENT_TRIGGERS: ReadonlySet<string> = new Set(['поставщик', 'экспортёр', 'экспортер']);

/** Nouns of a market or consumer: "на белорусский рынок" makes Беларусь the recipient. */
const MARKET_NOUNS = new Set(['рынок', 'потребитель', 'покупатель', 'заказчик', 'аграрий', 'предприятие']);
/** Verbs whose object is received goods: with them "получить" is no purchase ("получить поддержку" is). */
const NON_GOODS_OBJECTS =
  /^(поддержк|грант|статус|прав|разрешени|опыт|знани|образовани|награ|преми|информаци|возможност)/u;

/** Verbs of arrival, which people do as well as goods. */
const ARRIVING = new Set(['прибыть', 'прибывать']);
/** Verbs of appearing, said of goods but also of plants, offices and ideas ("появится завод"). */
const APPEARING = new Set(['появиться', 'появляться']);
/** Nouns that appear somewhere without being delivered there. */
const NOT_DELIVERED = new Set([
  ...PROJECT_HEADS,
  ...ENTERPRISE_NOUNS,
  ...ORGANIZATION_NOUNS,
  ...ORGANIZATION_HEADS,
  'представительство',
  'филиал',
  'офис',
  'отделение',
  'магазин',
  'возможность',
  'идея',
  'интерес',
  'потребность',
  'предложение',
  'перспектива',
  'шанс',
  'место',
]);
/** Verbs of building: what is built for someone and moves (a ship, a locomotive) is supplied to them. */
const BUILDING = new Set(['построить', 'строить']);
/** What is built where it stays ("построит для города школу"): a project, no supply. */
const BUILT_IN_PLACE = new Set([
  ...NOT_DELIVERED,
  'дом',
  'здание',
  'жильё',
  'школа',
  'больница',
  'поликлиника',
  'детский',
  'сад',
  'мост',
  'дорога',
  'трасса',
  'объект',
  'сооружение',
  'корпус',
  'цех',
  'склад',
  'элеватор',
  'ферма',
  'стадион',
  'станция',
  'электростанция',
  'подстанция',
  'трубопровод',
  'газопровод',
  'сеть',
  'порт',
  'аэропорт',
  'вокзал',
  'гостиница',
  'квартал',
  'микрорайон',
]);

/** Inanimate nouns of groups of people ("делегация прибыла"). */
const PEOPLE_GROUPS = new Set(['делегация', 'группа', 'команда', 'миссия', 'экспедиция', 'бригада', 'делегат']);

/**
 * The subject of a verb of arrival is goods: the first nominative noun of the span outside a
 * prepositional phrase is inanimate and no group of people ("прибыла партия автобусов").
 */
function goodsArrive(
  v: SentenceView,
  res: ExtractionResources,
  from: number,
  to: number,
  besides: ReadonlySet<string> = new Set(),
): boolean {
  let inPhrase = false;
  for (let k = from; k < to; k++) {
    const text = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(text);
    // A prepositional phrase runs to its noun ("в Хабаровский край").
    if (PREPOSITION_WORDS.has(text.toLowerCase())) inPhrase = true;
    else if (inPhrase) inPhrase = !parses.some((p) => p.pos === 'NOUN');
    else {
      // "Машины …": a common noun's reading before a surname's ("Машин").
      const nominative = parses.filter((p) => p.pos === 'NOUN' && p.case === 'nomn');
      const noun = nominative.find((p) => !p.tags.has('Surn') && !p.tags.has('Name')) ?? nominative[0];
      if (noun)
        return (
          noun.animacy === 'inan' &&
          !PEOPLE_GROUPS.has(noun.lemma) &&
          !besides.has(noun.lemma) &&
          !v.mentions.some((m) => m.first <= k && k < m.end && m.entity.type === 'Project')
        );
    }
  }
  return false;
}

/** What is meant for someone without being goods sent to them: facilities, bodies, money. */
const NOT_INTENDED_GOODS = new Set([
  ...NOT_DELIVERED,
  'средство',
  'деньги',
  'кредит',
  'грант',
  'субсидия',
  'инвестиция',
  'финансирование',
]);

/** «реализовать» sells only goods named as such; otherwise it carries something out. */
const REALISING = new Set(['реализовать', 'реализовывать']);
/** Nouns that name goods as such ("продукция", "товары"), whatever they are. */
const WARES = new Set(['продукция', 'товар', 'продукт']);

/** Up to `n` tokens after `i`, before `to`. */
function wordsAhead(v: SentenceView, i: number, to: number, n: number): readonly { text: string }[] {
  return v.tokens.slice(i + 1, Math.min(to, i + 1 + n));
}

/** Verbs of offering or handing over, whose object must be goods for them to state a supply. */
const HANDING_OVER = new Set([
  'предложить',
  'предлагать',
  'передать',
  'передавать',
  // "направит аграриям удобрения" sends goods; "направил делегацию / письмо / средства" does not.
  'направить',
  'направлять',
]);

/** What is offered without being delivered: ideas, terms, places, help, a part in something. */
const NOT_OFFERED_GOODS = new Set([
  'сотрудничество',
  'проект',
  'площадка',
  'условие',
  'помощь',
  'идея',
  'вариант',
  'формат',
  'решение',
  'программа',
  'участие',
  'механизм',
  'подход',
  'возможность',
  'инициатива',
  'маршрут',
  'тема',
  'вопрос',
  'план',
  'мера',
  'кандидатура',
  // What is handed over without being goods ("передать опыт / полномочия / привет").
  'опыт',
  'полномочие',
  'привет',
  'эстафета',
  'информация',
  'знание',
  'технология',
  'документ',
  'функция',
  'управление',
  // What is sent without being goods ("направить письмо / предложение / средства").
  'письмо',
  'обращение',
  'предложение',
  'запрос',
  'приглашение',
  'средство',
]);

/**
 * "предложить партнёрам продукцию / автобусы МАЗ": the verb's object is goods, an inanimate noun
 * not among the things offered without delivery, and no infinitive says what is proposed instead
 * ("предложил провести форум").
 */
function offeredGoods(
  v: SentenceView,
  res: ExtractionResources,
  verb: number,
  to: number,
  besides: ReadonlySet<string> = NOT_OFFERED_GOODS,
): boolean {
  let inPhrase = false;
  // Five words past the verb, a name or a prepositional phrase counting as one ("передала
  // Гродненскому городскому исполнительному комитету 12 автобусов", "построит для казахстанской
  // компании «X» два буксира").
  let words = 0;
  for (let k = verb + 1; k < to && words < 5; k++) {
    const inside = v.mentions.find((m) => m.first < k && k < m.end);
    if (!inside && !inPhrase) words++;
    const text = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(text);
    if (parses[0]?.pos === 'INFN') return false;
    // "построила для казахстанского заказчика буксир": a prepositional phrase runs to its noun or name.
    if (PREPOSITION_WORDS.has(text.toLowerCase())) inPhrase = true;
    else if (inPhrase && (parses[0]?.pos === 'NOUN' || v.mentions.some((m) => m.kind === 'name' && m.end === k + 1))) {
      inPhrase = false;
      continue;
    }
    if (inPhrase || v.mentions.some((m) => m.first <= k && k < m.end) || parses[0]?.pos !== 'NOUN') continue;
    // "передаст авиакомпании три (новых) вертолёта": after a numeral the counted object is in the genitive.
    const before = v.tokens[beforeAdjectives(v, k - 1, res)]?.text ?? '';
    const counted = /^\d/u.test(before) || res.morph.parse(before).some((p) => p.pos === 'NUMR');
    const object = parses.find((p) => p.pos === 'NOUN' && (p.case === 'accs' || (counted && p.case === 'gent')));
    if (!object) continue;
    return object.animacy === 'inan' && !besides.has(object.lemma);
  }
  return false;
}

/** Objects with which "поставить" means "to set", not "to supply". */
const SET_OBJECTS = new Set(['подпись', 'задача', 'цель', 'точка', 'рекорд', 'вопрос', 'условие', 'диагноз']);

/**
 * "поставить задачу / подпись", "задачу поставил губернатор": such an object in the accusative
 * next to the verb (a few words after it, or right before it) makes it "to set".
 */
function setsSomething(v: SentenceView, res: ExtractionResources, verb: number): boolean {
  for (let k = Math.max(0, verb - 2); k < Math.min(v.tokens.length, verb + 6); k++) {
    if (k === verb) continue;
    const object = res.morph
      .parse(v.tokens[k]?.text ?? '')
      .some((p) => p.pos === 'NOUN' && p.case === 'accs' && SET_OBJECTS.has(p.lemma));
    if (object) return true;
  }
  return false;
}

interface Trigger {
  readonly index: number;
  readonly frame: SupplyFrame;
}

/**
 * "Автобусы, поставленные МАЗом в Казань": a passive participle of a verb of selling. Its agent,
 * in the instrumental, supplies; the clause's subject does not ("Завод модернизировал
 * поставленные в Казань автобусы" says nothing of who supplied them).
 */
const SUPPLIED: SupplyFrame = { ...SELL, subject: 'none', passive: true };

/** Whether `word` is a full passive participle of a verb of selling ("поставленные", "отгруженных"). */
function supplyParticiple(word: string, res: ExtractionResources): boolean {
  return res.morph
    .parse(word)
    .some((p) => p.pos === 'PRTF' && p.voice === 'pssv' && SUPPLY_FRAMES.get(p.infinitive ?? '') === SELL);
}

/** Nouns of goods that are triggers by themselves ("комплектующие для МАЗ"). */
const GOODS_TRIGGERS = new Set(['комплектующие', 'комплектующий', 'деталь']);

/** A finite verb with a supply frame of its own after `i` and before `to`. */
function verbOfSupplyAfter(v: SentenceView, res: ExtractionResources, i: number, to: number): boolean {
  return v.tokens
    .slice(i + 1, to)
    .some((t) =>
      res.morph
        .parse(t.text)
        .some((p) => p.pos === 'VERB' && SUPPLY_FRAMES.get(p.lemma)?.nominal !== true && SUPPLY_FRAMES.has(p.lemma)),
    );
}

/**
 * The object of the verb at `verb`: the word after it, or past a phrase of «от»/«из» and its
 * adjectives and name ("получила от казахстанских партнёров заказ").
 */
function objectAfter(v: SentenceView, res: ExtractionResources, verb: number): number {
  const prep = v.tokens[verb + 1]?.text.toLowerCase() ?? '';
  if (prep !== 'от' && prep !== 'из') return verb + 1;
  // A name ("от Минска", "от компании «Ясень»") or a noun after adjectives ("от казахстанских партнёров").
  const noun = pastAdjectives(v, verb + 2, res, verb + 6);
  const name = v.mentions.find((m) => m.kind === 'name' && (m.first === noun || m.first === noun + 1));
  if (name) return name.end;
  return res.morph.parse(v.tokens[noun]?.text ?? '').some((p) => p.pos === 'NOUN') ? noun + 1 : verb + 1;
}

function findTrigger(v: SentenceView, res: ExtractionResources, from = 0, to = v.tokens.length): Trigger | undefined {
  for (let i = from; i < to; i++) {
    const t = v.tokens[i];
    // "национальный проект «Международная кооперация и экспорт»": a word of a name is no trigger.
    if (!t || inName(v, i)) continue;
    for (const l of res.morph.lemmas(t.text)) {
      const frame = SUPPLY_FRAMES.get(l);
      if (!frame) continue;
      // "получила от казахстанских партнёров заказ": the object may follow a phrase of its source.
      const object = v.tokens[objectAfter(v, res, i)]?.text.toLowerCase() ?? '';
      if (HANDING_OVER.has(l) && !offeredGoods(v, res, i, to)) continue;
      // "реализовать проект" carries something out; only "реализовать продукцию" sells.
      if (REALISING.has(l) && !wordsAhead(v, i, to, 6).some((t) => res.morph.lemmas(t.text).some((x) => WARES.has(x))))
        continue;
      // "Часть комплектующих заводу поставляет «Кедр»": the goods' noun is the object of the verb
      // of supply after it, which is the predicate.
      // "Завод X, выпускающий комплектующие для …, и Y договорились о поставках": in a phrase that
      // describes a noun, the goods are the participle's object, not a supply.
      if (GOODS_TRIGGERS.has(l) && (verbOfSupplyAfter(v, res, i, to) || participleBefore(v, i, res) !== undefined))
        continue;
      if (BUILDING.has(l) && !offeredGoods(v, res, i, to, BUILT_IN_PLACE)) continue;
      if (l === 'получить' || l === 'получать') {
        if (NON_GOODS_OBJECTS.test(object)) continue;
        if (ORDER_OBJECTS.test(object)) {
          // "получил заказ на поставку автобусов в Беларусь": the order's destination receives.
          const at = objectAfter(v, res, i);
          const forSupply =
            v.tokens[at + 1]?.text.toLowerCase() === 'на' &&
            res.morph.lemmas(v.tokens[at + 2]?.text ?? '').some((x) => SUPPLY_NOUN_LEMMAS.has(x));
          return { index: i, frame: forSupply ? ORDER_FOR_SUPPLY : ORDER_TAKEN };
        }
      }
      // "контракт с поставщиком из Турции на поставку …": an agent noun after a preposition is a
      // party's role, not the predicate; the supply noun after it is.
      if (AGENT_TRIGGERS.has(l) && PREPOSITION_WORDS.has(v.tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
      // "российский поставщик «Агроснаб» отгрузил …": with a company's name in apposition the noun
      // describes that company; the verb after it is the predicate.
      if (AGENT_TRIGGERS.has(l) && v.mentions.some((m) => m.first === i + 1 && m.entity.type === 'Enterprise'))
        continue;
      // "экспортный контракт с X" is a deal to deliver; "экспортный потенциал", "экспортные поставки"
      // are not the predicate (a later noun of supply may be).
      if (
        frame === EXPORT_DEAL &&
        !res.morph.lemmas(v.tokens[pastAdjectives(v, i + 1, res, i + 3)]?.text ?? '').some((x) => DEAL_NOUNS.has(x))
      )
        continue;
      // "выйти на рынок X": only a market entered is a trigger ("вышел на связь", "выйти из кризиса" are not).
      if ((l === 'выйти' || l === 'выходить') && !enteringMarket(v, res, i)) continue;
      // "Делегация прибыла в Смоленск": people arrive too; only goods that arrive were supplied.
      if (ARRIVING.has(l) && !goodsArrive(v, res, from, to)) continue;
      // "Завод предназначен для …" says what a plant is for; only goods are meant for a recipient.
      if (frame === INTENDED && !goodsArrive(v, res, from, to, NOT_INTENDED_GOODS)) continue;
      if (APPEARING.has(l) && !goodsArrive(v, res, from, to, NOT_DELIVERED)) continue;
      // "поставить подпись / задачу / цель" sets something, it delivers nothing.
      // Only as its object: "по условиям договора завод поставит …" still delivers.
      if (l === 'поставить' && setsSomething(v, res, i)) continue;
      // A verb of making states a supply only with a party after «для» ("для казахстанских
      // фермеров", not "для двигателей"), also put first ("Для омских аграриев МАЗ изготовит …");
      // else a later trigger may.
      if (
        frame.beneficiary &&
        !v.mentions.some(
          (m) =>
            m.first >= from &&
            m.end <= to &&
            (m.prep === 'для' || orderedBy(m, v, res)) &&
            PARTY_TYPES.has(m.entity.type),
        )
      )
        continue;
      return { index: i, frame };
    }
    if (supplyParticiple(t.text, res)) return { index: i, frame: SUPPLIED };
    // "самосвалы БелАЗ, работающие на разрезах Кузбасса": the participle of a verb of goods at work too.
    // "Продукция «X» представлена в торговых сетях Y": goods on offer somewhere, said only by the
    // passive ("X представила продукцию в Y" shows it there), and not at an event ("на выставке").
    const onOffer =
      res.morph.parse(t.text).some((p) => p.pos === 'PRTS' && p.lemma === 'представить') &&
      !v.tokens.some((w) => EVENT_NOUNS.test(w.text.toLowerCase()));
    const lemmas = res.morph.lemmas(t.text);
    // "начали работу 30 автобусов МАЗ": beginning work is working.
    const beganWork =
      lemmas.includes('работа') &&
      res.morph.lemmas(v.tokens[i - 1]?.text ?? '').some((l) => l === 'начать' || l === 'начинать');
    const useWord =
      lemmas.some((l) => USE_VERBS.has(l)) ||
      res.morph.parse(t.text).some((p) => p.pos === 'PRTF' && USE_VERBS.has(p.infinitive ?? '')) ||
      onOffer ||
      beganWork;
    if (useWord && goodsInUse(v, res, from, i)) return { index: i, frame: IN_USE };
    if (lemmas.some((l) => OPERATE_VERBS.has(l)) && brandedObject(v, res, i, to)) return { index: i, frame: OPERATE };
    const demand =
      res.morph.lemmas(t.text).includes('пользоваться') &&
      // "пользуется (большим) спросом", "(большим) спросом пользуются"
      [i - 2, i - 1, i + 1, i + 2].some((k) => res.morph.lemmas(v.tokens[k]?.text ?? '').includes('спрос'));
    // The goods are a company's ("техника «Амкодора»") or a nominative inanimate noun ("белорусские лифты").
    if (demand && (goodsInUse(v, res, from, i) || goodsArrive(v, res, from, to))) return { index: i, frame: IN_DEMAND };
  }
  return undefined;
}

/** Putting goods to use: the user received them, as a buyer does. */
const OPERATE: SupplyFrame = { ...BUY };

/**
 * Verbs of putting goods to use, whose subject has them: "хозяйства используют технику «Гомсельмаша»",
 * "горняки эксплуатируют самосвалы БелАЗ" (where they use them is no seller: "эксплуатирует склад в Орше").
 */
const OPERATE_VERBS = new Set(['использовать', 'применять', 'эксплуатировать']);

/**
 * A maker's name qualifies a common noun soon after the verb at `verb` ("используют технику
 * «Гомсельмаша»"): the object is goods, so the verb states who has them ("используют опыт" does not).
 */
function brandedObject(v: SentenceView, res: ExtractionResources, verb: number, to: number): boolean {
  return v.mentions.some(
    (m) =>
      m.first > verb &&
      m.first <= verb + 6 &&
      m.end <= to &&
      m.kind === 'name' &&
      m.entity.type === 'Enterprise' &&
      (modifiesNoun(m, v, res) || ownerOfNoun(m, v, res)) &&
      !KNOW_HOW.test(v.tokens[qualifiedNoun(m, v, res)]?.text.toLowerCase() ?? ''),
  );
}

/** What is used without being delivered: "используют опыт / технологии / разработки компании". */
const KNOW_HOW = /^(опыт|знани|технолог|методик|практик|разработк|наработк|подход|решени|модел|стандарт)/u;

/**
 * The noun a company's name qualifies, past quotes and the company's own noun with its adjectives:
 * "автобусы «Дельты»", "техника (минской) компании «Дельта»".
 */
function qualifiedNoun(m: MentionRef, v: SentenceView, res: ExtractionResources): number {
  const k = wordBeforeName(m, v);
  if (!res.morph.lemmas(v.tokens[k]?.text ?? '').some((l) => ENTERPRISE_NOUNS.has(l))) return k;
  return beforeAdjectives(v, k - 1, res);
}

/**
 * A company's name qualifies an inanimate noun before the verb at `verb`, or right after it with
 * the place put first ("В Пензе работают 100 автобусов МАЗ"): the subject is its goods.
 */
function goodsInUse(v: SentenceView, res: ExtractionResources, from: number, verb: number): boolean {
  return v.mentions.some((m) => {
    if (m.first < from) return false;
    // "белорусские лифты работают в Ставрополе": a place's adjective on the nominative goods before the
    // verb, or after it with the place put first ("в хозяйствах области работают 900 белорусских тракторов").
    const ofPlace = m.kind === 'adjective' && PLACE_TYPES.has(m.entity.type) && !m.prep;
    if (m.kind !== 'name' && !ofPlace) return false;
    const maker = m.entity.type === 'Enterprise' || (PARTY_TYPES.has(m.entity.type) && madeBy(m, v, res));
    if (!maker && !ofPlace) return false;
    if (m.end > verb && (m.first > verb + 8 || !placedFirst(v, verb, res))) return false;
    const after = ofPlace ? pastAdjectives(v, m.end, res, m.end < verb ? verb : undefined) : qualifiedNoun(m, v, res);
    // "автобусы белорусского производства": the adjective of the making places the goods before it.
    const madeThere =
      ofPlace &&
      res.morph.lemmas(v.tokens[after]?.text ?? '').includes('производство') &&
      res.morph.parse(v.tokens[m.first - 1]?.text ?? '')[0]?.pos === 'NOUN';
    const k = madeThere ? m.first - 1 : after;
    const word = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(word);
    // A common noun (capitalised only as the sentence's first word) naming no agent: goods. A noun
    // of machines and people alike ("погрузчики") is the machines when a company makes them.
    const common = word === word.toLowerCase() || k === 0;
    // "работает сервисный центр компании «X»": a facility or office of the company is no goods of it;
    // "белорусские компании работают …", "белорусский опыт используется …" are no goods either.
    const site = (lemma: string) =>
      PROJECT_HEADS.has(lemma) ||
      FACILITY_NOUNS.has(lemma) ||
      OFFICE_NOUNS.has(lemma) ||
      (ofPlace && (ENTERPRISE_NOUNS.has(lemma) || ORGANIZATION_NOUNS.has(lemma) || NOT_OFFERED_GOODS.has(lemma)));
    return (
      common &&
      parses[0]?.pos === 'NOUN' &&
      // The goods are the subject: nominative, or the genitive a number governs ("900 тракторов").
      (!ofPlace || parses.some((p) => p.case === 'nomn') || counted(m, v, res)) &&
      parses.some((p) => p.pos === 'NOUN' && p.animacy === 'inan' && !AGENT_NOUNS.has(p.lemma) && !site(p.lemma))
    );
  });
}

/** A company's offices elsewhere, which work there without being its goods. */
const OFFICE_NOUNS = new Set(['представительство', 'офис', 'филиал', 'отделение', 'дилерство']);

/** "машин производства Беларуси": a maker named as the genitive of «производство» after goods. */
export function madeBy(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return res.morph
    .parse(v.tokens[m.first - 1]?.text ?? '')
    .some((p) => p.lemma === 'производство' && p.case === 'gent');
}

/**
 * A place in the locative opens the clause of the verb at `verb` ("В Пензе работают …", "Сейчас на
 * дорогах Пензы …", "на предприятиях области …").
 */
function placedFirst(v: SentenceView, verb: number, res: ExtractionResources): boolean {
  // The verb's own clause: "Губернатор напомнил, что в Татарстане работают …".
  const [start] = clauseAt(v.clauses, verb);
  // "На предприятиях АК «X» работают …": a company's sites are a place too.
  // The case shows on the name, its company noun or the noun the preposition governs («на предприятиях АК «X»»).
  const site = (m: MentionRef) => {
    if (m.entity.type !== 'Enterprise' || !['в', 'на'].includes(m.prep ?? '')) return false;
    const governed = governedNoun(m, v, res, 5);
    const cases = governed >= 0 ? res.morph.parse(v.tokens[governed]?.text ?? '').map((p) => p.case) : [];
    return mentionCases(m, v, res).has('loct') || cases.includes('loct');
  };
  return v.mentions.some(
    (m) =>
      (PLACE_TYPES.has(m.entity.type) || site(m)) &&
      m.end <= verb &&
      m.first >= start &&
      // Further in when the place is the genitive of the opening prepositional phrase ("на угольных
      // разрезах и алмазных рудниках Якутии").
      (m.first <= start + 4 || (m.first <= start + 9 && phrasePreposition(m, v, res) !== undefined)) &&
      (m.kind === 'name' || m.kind === 'generic'),
  );
}

/** Bodies whose names hold a place that is no party of its own. */
const BODY_TYPES: ReadonlySet<string> = new Set(['Organization']);

const JOINERS = new Set([',', 'и', 'а', 'также']);

/** The subject and the parties coordinated with it before the trigger, not recipients or sources. */
function subjectList(
  subject: MentionRef,
  ms: readonly MentionRef[],
  v: SentenceView,
  res: ExtractionResources,
  trigger: number,
): EntityDraft[] {
  // On the subject's side of the trigger: a subject after a copula has its conjuncts after it too
  // ("Основными поставщиками являются МАЗ и БелАЗ").
  const before = subject.first < trigger;
  const list = coordinated(subject, ms, v.tokens, res.morph).filter(
    (m) => m.first < trigger === before && !m.prep && m.kind === subject.kind,
  );
  // Conjuncts are joined by commas and «и» (a company noun may name the next one's kind): other words make an apposition
  // ("«Гродно Азот», крупнейшее предприятие Беларуси, …"), not another subject.
  const out = [subject];
  for (const m of list.slice(1)) {
    const previous = out.at(-1) ?? subject;
    const gap = wordsBetween(v, previous.end, m.first);
    const joins = (w: string) =>
      JOINERS.has(w) || OPEN_QUOTES.has(w) || res.morph.lemmas(w).some((l) => ENTERPRISE_NOUNS.has(l));
    // A mention inside the previous one ("Правительство Ставропольского края") is its part, no conjunct.
    if (m.first < previous.end) continue;
    if (!gap.every(joins)) break;
    out.push(m);
  }
  return unique(out.map((m) => m.entity));
}

/** Verbs of proposing whose addressee (dative) is the subject of the infinitive after them. */
const PROPOSING = new Set(['предложить', 'предлагать', 'рекомендовать', 'порекомендовать']);

/**
 * The addressee and the proposer of a verb of proposing right before the infinitive at `index`
 * ("Гомельская сторона предложила амурским коллегам закупать …"): the party in the dative between
 * them, and the party before the verb with no preposition.
 */
function offeredTo(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  index: number,
): { addressee: MentionRef; proposer: MentionRef | undefined } | undefined {
  if (!res.morph.parse(v.tokens[index]?.text ?? '').some((p) => p.pos === 'INFN')) return undefined;
  const verb = [1, 2, 3, 4, 5]
    .map((d) => index - d)
    .find((k) => res.morph.parse(v.tokens[k]?.text ?? '').some((p) => p.pos === 'VERB' && PROPOSING.has(p.lemma)));
  if (verb === undefined) return undefined;
  const addressee = ms.find(
    (m) =>
      m.first > verb &&
      m.end <= index &&
      !m.prep &&
      (m.kind === 'adjective' ? agentAdjective(m) && isDative(m, v, res) : isDative(m, v, res)),
  );
  if (!addressee) return undefined;
  const proposer = ms.find((m) => m.end <= verb && !m.prep && (m.kind !== 'adjective' || agentAdjective(m)));
  return { addressee, proposer };
}

/** Roles of a deal's «с» partner that receive the goods (a retail chain sells them on). */
const BUYER_ROLES = new Set([
  'дистрибьютор',
  'дилер',
  'покупатель',
  'заказчик',
  'импортёр',
  'импортер',
  'сеть',
  'ритейлер',
]);
/** Roles of a deal's «с» partner that deliver them. */
const SELLER_ROLES = new Set(['поставщик', 'производитель', 'изготовитель', 'экспортёр', 'экспортер']);

/**
 * The sides of "X заключил контракт с Y на поставку …": the partner's trade role says who
 * receives ("с дистрибьютором из Y", "с поставщиком из Y"); without one, a company facing
 * another kind of party supplies. Two companies or two places leave the direction unsaid.
 */
function dealSides(
  v: SentenceView,
  res: ExtractionResources,
  subject: MentionRef | undefined,
  ms: readonly MentionRef[],
  trigger: number,
): { supplier: EntityDraft; recipient: EntityDraft } | undefined {
  if (!['на', 'о', 'об'].includes(v.tokens[trigger - 1]?.text.toLowerCase() ?? '')) return undefined;
  // "договорились о поставке …": an agreement on a supply is a deal without a document's noun.
  const deal = v.tokens.findIndex(
    (t, k) => k < trigger && res.morph.lemmas(t.text).some((l) => DEAL_NOUNS.has(l) || l === 'договориться'),
  );
  if (deal < 0) return undefined;
  // "Между X и Y подписан контракт на поставку …": the two sides after «между».
  const between = v.tokens.findIndex((t, k) => k < deal && t.text.toLowerCase() === 'между');
  // "с дистрибьютором из Шанхая", "с казахстанским дилером": a trade role after «с» says who receives.
  const withAt = v.tokens.findIndex((t, k) => k > deal && k < trigger && ['с', 'со'].includes(t.text.toLowerCase()));
  let roleAt = withAt + 1;
  while (withAt >= 0 && roleAt < trigger && res.morph.parse(v.tokens[roleAt]?.text ?? '')[0]?.pos === 'ADJF') roleAt++;
  const role = (set: ReadonlySet<string>) =>
    withAt >= 0 && res.morph.lemmas(v.tokens[roleAt]?.text ?? '').some((l) => set.has(l));
  const buyer = role(BUYER_ROLES);
  const seller = role(SELLER_ROLES);
  const rolePartner =
    buyer || seller
      ? // The role's own name ("с сетью «Магнит»") before the place adjective that qualifies it.
        (ms.find((m) => m.kind === 'name' && m.first > roleAt && m.first <= roleAt + 2 && m.end <= trigger) ??
        ms.find((m) => m.kind === 'adjective' && m.end === roleAt))
      : undefined;
  // The «с» partner may come before the deal's noun ("подписала с облисполкомом соглашение о …");
  // with none, two coordinated subjects are the sides ("X и администрация Y договорились о …").
  const partner = (first: number) =>
    ms.find((m) => m.first > first && m.first < trigger && m.prep === 'с' && m.kind === 'name');
  const conjuncts = (subject: MentionRef) =>
    coordinated(subject, ms, v.tokens, res.morph).filter((m) => m.kind === 'name' && m.end <= deal);
  const sides =
    between >= 0
      ? ms.filter((m) => m.first > between && m.first < deal && m.kind === 'name').slice(0, 2)
      : subject && subject.first < deal
        ? (() => {
            const other = rolePartner ?? partner(subject.end - 1);
            return other ? [subject, other] : conjuncts(subject);
          })()
        : [];
  if (sides.length !== 2) return undefined;
  const [a, b] = sides.map((m) => m?.entity);
  if (!a || !b || a === b) return undefined;
  if (buyer) return { supplier: a, recipient: b };
  if (seller) return { supplier: b, recipient: a };
  if (a.type === 'Enterprise' && b.type !== 'Enterprise') return { supplier: a, recipient: b };
  if (b.type === 'Enterprise' && a.type !== 'Enterprise') return { supplier: b, recipient: a };
  // "МТЗ заключил договор с «Уралтраком» о поставке тракторов": of two companies, the one whose
  // name is derived from the goods' noun ("тракторный завод") makes them and supplies.
  const goods = goodsHead(v, res, trigger);
  const [makesA, makesB] = [a, b].map((e) => goods !== undefined && namedForGoods(e, goods, res));
  if (makesA && !makesB) return { supplier: a, recipient: b };
  if (makesB && !makesA) return { supplier: b, recipient: a };
  return undefined;
}

/** The lemma of the head noun of the goods after a supply trigger ("120 тракторов" → трактор). */
function goodsHead(v: SentenceView, res: ExtractionResources, trigger: number): string | undefined {
  const { product } = goodsAfter(v.tokens, v.mentions, trigger, res.morph);
  const noun = product?.split(/\s+/u).find((w) => res.morph.parse(w)[0]?.pos === 'NOUN');
  return noun === undefined ? undefined : res.morph.parse(noun)[0]?.lemma;
}

/**
 * A company name derived from the goods' noun: an adjective of that stem ("тракторный",
 * "автобусный", "станкостроительный") or a compound name holding the noun («Могилёвлифтмаш»).
 * Stems shorter than four letters say too little.
 */
function namedForGoods(e: EntityDraft, goods: string, res: ExtractionResources): boolean {
  // "станок" → "станк-": the fleeting vowel of -ок/-ек drops before a suffix.
  const stems = [goods.replace(/[аяоеьйыи]$/u, ''), goods.replace(/[ое]к$/u, 'к')].filter((x) => x.length >= 4);
  if (stems.length === 0) return false;
  const words = [e.name, ...e.aliases, ...(e.ref?.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[\s«»"-]+/u));
  return words.some(
    (w) =>
      (w.length > goods.length && w.includes(goods)) ||
      res.morph.parse(w).some((p) => p.pos === 'ADJF' && stems.some((stem) => p.lemma.startsWith(stem))),
  );
}

/** A list after a mention ("в Брянскую, Орловскую и Курскую области", "для МАЗ и БелАЗ") shares its role. */
function withCoordinated(first: MentionRef, ms: readonly MentionRef[], v: SentenceView): EntityDraft[] {
  // "в эти регионы": a plural generic stands for every place at its span.
  const out = unique(
    ms.filter((m) => m.kind === 'generic' && m.first === first.first && m.end === first.end).map((m) => m.entity),
  );
  if (!out.includes(first.entity)) out.unshift(first.entity);
  let end = first.end;
  for (const m of ms) {
    if (m.first < end || m === first) continue;
    // "белорусскому МАЗу и казахстанскому заводу «СемАЗ»": a place adjective on the next company's
    // noun belongs to that conjunct; the name is the conjunct.
    const qualifier =
      m.kind === 'adjective' && ms.some((o) => o.kind === 'name' && o.first > m.end && o.first <= m.end + 2);
    if (qualifier) continue;
    // Quotes around the names ("на «Ростсельмаш», «Кировец» и «КамАЗ»") are no words of the gap,
    // nor is "а также" after a comma, which joins as «и» does ("…, а также автозаводы КАМАЗ и ГАЗ").
    const words = v.tokens
      .slice(end, m.first)
      .map((t) => t.text)
      .filter((g) => !OPEN_QUOTES.has(g) && !CLOSE_QUOTES.has(g));
    const alsoAt = words.findIndex((g, k) => g === ',' && words[k + 1] === 'а' && words[k + 2] === 'также');
    const gap = alsoAt >= 0 ? words.filter((_, k) => k !== alsoAt + 1 && k !== alsoAt + 2) : words;
    // A comma or «и» joins them ("в Брянскую, Орловскую и Курскую области"); words alone do not
    // ("в Пензе работают автобусы МАЗ").
    const joined =
      gap.length <= 3 &&
      gap.some((g) => [',', 'и'].includes(g)) &&
      gap.every((g) => [',', 'и'].includes(g) || (/^\p{Ll}+$/u.test(g) && !PREPOSITION_WORDS.has(g))) &&
      m.kind !== 'adjective';
    if (!joined) break;
    out.push(m.entity);
    end = m.end;
  }
  return out;
}

/** "выйти на рынок Казахстана", "выходит на российский рынок": «на» and a market noun after the verb. */
function enteringMarket(v: SentenceView, res: ExtractionResources, verb: number): boolean {
  if (v.tokens[verb + 1]?.text.toLowerCase() !== 'на') return false;
  const noun = pastAdjectives(v, verb + 2, res, verb + 4);
  return res.morph.lemmas(v.tokens[noun]?.text ?? '').includes('рынок');
}

/**
 * "по заказу «Уралвагонзавода»", "по заказу компании «Ротор»": a name in the genitive of «по заказу»
 * (past the customer's own noun) is the customer, whom the goods are for.
 */
function orderedBy(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return m.kind === 'name' && afterCompound(m, v, res, 'по', 'заказ');
}

/**
 * "отправил партию шасси в адрес компании «Ротор» / российского заказчика": the party in the
 * genitive of «в адрес» is where the goods are sent.
 */
function addressedTo(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.kind === 'adjective') {
    const noun = m.governs ?? '';
    return (MARKET_NOUNS.has(noun) || AGENT_NOUNS.has(noun)) && afterCompound(m, v, res, 'в', 'адрес');
  }
  return m.kind === 'name' && afterCompound(m, v, res, 'в', 'адрес');
}

/** The mention follows a compound preposition ("по заказу", "в адрес"), past the party's own noun. */
function afterCompound(m: MentionRef, v: SentenceView, res: ExtractionResources, prep: string, noun: string): boolean {
  let k = m.kind === 'adjective' ? m.first - 1 : wordBeforeName(m, v);
  const at = (j: number) => res.morph.lemmas(v.tokens[j]?.text ?? '').includes(noun);
  if (m.kind !== 'adjective' && OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '') && !at(k)) k--;
  return at(k) && v.tokens[k - 1]?.text.toLowerCase() === prep;
}

/**
 * The first party introduced by one of `preps`, preferring one after the trigger. A place
 * adjective counts where it qualifies an agent noun ("у белорусских предприятий").
 */
function byPreposition(ms: readonly MentionRef[], preps: readonly string[], trigger: number): MentionRef | undefined {
  const found = ms.filter(
    (m) => m.prep !== undefined && preps.includes(m.prep) && (m.kind !== 'adjective' || agentAdjective(m)),
  );
  // "у белорусского завода «Сож»": the adjective places the company its noun names; the company is the party.
  const named = found.filter(
    (m) =>
      m.kind !== 'adjective' ||
      !found.some((n) => n.kind === 'name' && n.prep === m.prep && n.first > m.first && n.first <= m.end + 2),
  );
  return named.find((m) => m.first > trigger) ?? named[0];
}

/**
 * A place after «в/во/на» that has no accusative reading ("в Фергане", "в Курганской области"):
 * these prepositions govern the accusative of direction or the prepositional of location, so
 * without the first it is where something is.
 */
function locativeOnly(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (!['в', 'во', 'на'].includes(m.prep ?? '')) return false;
  // "в омских хозяйствах": an adjective's case is read on the noun it qualifies.
  const cases = m.kind === 'name' ? nameCases(m, v, res) : m.kind === 'adjective' ? qualifiedCases(m, v, res) : [];
  // "на фабрики Минска": a place in the genitive of the noun the preposition governs takes that noun's case.
  const head = v.tokens[wordBeforeName(m, v)]?.text ?? '';
  const headParses = res.morph.parse(head);
  const ofHead =
    m.kind === 'name' &&
    !PREPOSITION_WORDS.has(head.toLowerCase()) &&
    cases.includes('gent') &&
    headParses[0]?.pos === 'NOUN';
  // "на шахту «Южная»": a quoted name keeps the nominative; its company noun carries the case.
  const quoted =
    m.kind === 'name' &&
    OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '') &&
    !PREPOSITION_WORDS.has(head.toLowerCase()) &&
    headParses[0]?.pos === 'NOUN';
  // "на конвейер завода «Гамма»": past a chain of nouns in the genitive, the case is that of the
  // noun the preposition governs.
  const governed = governedNoun(m, v, res, 6);
  const chain = governed >= 0 && governed < wordBeforeName(m, v) ? res.morph.parse(v.tokens[governed]?.text ?? '') : [];
  const governing = chain.length > 0 ? chain : ofHead || quoted ? headParses : undefined;
  const read = governing ? governing.map((p) => p.case) : cases;
  return read.length > 0 && !read.includes('accs');
}

/** The cases of the noun a place adjective qualifies ("узбекским автопаркам", "в омских хозяйствах"). */
function qualifiedCases(m: MentionRef, v: SentenceView, res: ExtractionResources): (string | undefined)[] {
  // "узбекистанцам": the people's name is its own noun.
  const own = v.tokens[m.first];
  const noun =
    own && m.end === m.first + 1 && m.governs !== undefined && res.morph.lemmas(own.text).includes(m.governs)
      ? own
      : v.tokens.slice(m.end, m.end + 3).find((t) => res.morph.parse(t.text)[0]?.pos === 'NOUN');
  return res.morph.parse(noun?.text ?? '').map((p) => p.case);
}

/**
 * The noun that the mention's preposition, among the `within` words before it, governs (past
 * adjectives): "на конвейер завода «Гамма»" → конвейер; -1 when no such preposition stands there.
 */
function governedNoun(m: MentionRef, v: SentenceView, res: ExtractionResources, within: number): number {
  for (let k = m.first - 1; k >= Math.max(0, m.first - within); k--)
    if (v.tokens[k]?.text.toLowerCase() === m.prep) return pastAdjectives(v, k + 1, res, m.first);
  return -1;
}

/** Types that can act as the agent of a passive verb of supply. */
const AGENT_TYPES: ReadonlySet<string> = new Set(['Enterprise', 'Organization', 'Country', 'Region']);

/**
 * "Автобусы будут поставлены компанией «Неман»", "Тракторы поставляются Минским тракторным
 * заводом": a passive verb (a short participle, or a verb in «-ся» of the goods as subject) takes
 * its agent in the instrumental without a preposition, on its own or after a company noun; the
 * agent supplies. Not a verb of arrival ("поступить"), whose instrumental is a means.
 */
function passiveAgent(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  index: number,
): MentionRef | undefined {
  const parses = res.morph.parse(v.tokens[index]?.text ?? '');
  const passive = parses.some((p) => p.pos === 'PRTS' || (p.pos === 'VERB' && p.lemma.endsWith('ся')));
  const ofSupply = parses.some((p) => SUPPLY_FRAMES.has(p.lemma.replace(/ся$/u, '')));
  if (!(passive && ofSupply) && !supplyParticiple(v.tokens[index]?.text ?? '', res)) return undefined;
  const [start, end] = clauseAt(v.clauses, index);
  return ms.find(
    (m) =>
      m.first >= start &&
      m.end <= end &&
      m.kind === 'name' &&
      !m.prep &&
      AGENT_TYPES.has(m.entity.type) &&
      instrumentalName(m, v, res) &&
      !modifiesNoun(m, v, res),
  );
}

/** A name in the instrumental, or a quoted one after a company noun in it ("компанией «Сож»"). */
function instrumentalName(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return !legalFormDependent(m, v, res) && mentionCases(m, v, res).has('ablt');
}

/**
 * "продукция ОАО «X»": a quoted name after an indeclinable legal form that follows a common noun
 * is that noun's genitive dependent, whatever cases the abbreviation may take.
 */
function legalFormDependent(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const k = wordBeforeName(m, v);
  const governor = v.tokens[k - 1]?.text ?? '';
  return (
    LEGAL_FORMS.test(`${v.tokens[k]?.text ?? ''} `) &&
    governor === governor.toLowerCase() &&
    res.morph.parse(governor)[0]?.pos === 'NOUN'
  );
}

/**
 * A dative noun phrase: unambiguous, or one that qualifies no noun before it (a genitive
 * "технику Брянской области" looks the same as the dative "Брянской области").
 */
function isDative(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  // "узбекским автопаркам": an adjective stands for its place when the noun it qualifies is dative.
  if (m.kind === 'adjective') {
    const cases = qualifiedCases(m, v, res);
    return cases.length > 0 && cases.every((c) => c === 'datv');
  }
  const cases = agreedCases(m, v, res);
  if (!cases.includes('datv')) return datedHead(m, v, res);
  return cases.every((c) => c === 'datv') || !modifiesNoun(m, v, res);
}

/**
 * The cases a name's agreeing words share ("Белорусской железной дороге": the adjectives may be
 * genitive, the noun may not), up to its genitive dependents; with no preposition before it, not
 * the prepositional.
 */
function agreedCases(m: MentionRef, v: SentenceView, res: ExtractionResources): (string | undefined)[] {
  let cases = nameCases(m, v, res);
  for (let k = m.first + 1; k < m.end; k++) {
    const next = res.morph.parse(v.tokens[k]?.text ?? '').map((p) => p.case);
    const shared = cases.filter((c) => next.includes(c));
    if (shared.length === 0) break;
    cases = shared;
  }
  return m.prep ? cases : cases.filter((c) => c !== 'loct' && c !== 'loc2');
}

/**
 * A quoted name takes its case from the words that head it: "казанскому холдингу «Омега»",
 * "новосибирскому АО «…»" are dative though the name inside the quotes is nominative. Only an
 * unambiguous dative counts ("компании «Гамма»" may be a genitive of the goods before it), or one
 * that may be dative right after the verb, where no goods noun stands to govern a genitive.
 */
function datedHead(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  let k = wordBeforeName(m, v);
  let mayBeDative = true;
  for (let steps = 0; k >= 0 && steps < 3; steps++, k--) {
    const text = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(text);
    const head = parses.some(
      (p) =>
        p.pos === 'ADJF' ||
        (p.pos === 'NOUN' &&
          (ENTERPRISE_NOUNS.has(p.lemma) || isCompoundCompanyForm(p.lemma) || /^\p{Lu}{2,}$/u.test(text))),
    );
    // "передаст (узбекской) авиакомпании «X» …": right after the verb no goods noun can govern a
    // genitive, so a head that may be dative is.
    if (!head) return steps > 0 && mayBeDative && parses.some((p) => p.pos === 'VERB');
    if (parses.length > 0 && parses.every((p) => p.case === 'datv')) return true;
    mayBeDative &&= parses.some((p) => p.case === 'datv');
  }
  return false;
}

/**
 * "Министр промышленности Беларуси Иван Петров и губернатор Пензенской области обсудили …": the
 * sides that talk in the clause before the trigger, a person counting as the body they head.
 */
function talkingSides(v: SentenceView, start: number, index: number): number {
  const sides = v.mentions
    .filter(
      (m) =>
        m.first >= start &&
        m.end <= index &&
        !m.prep &&
        !m.titleOf &&
        (m.entity.type === 'Person' || PARTY_TYPES.has(m.entity.type)) &&
        !withinOther(m, v),
    )
    .map((m) => m.entity.headOf ?? m.entity);
  return unique(sides).length;
}

/** Verbs and nouns of talks between two sides. */
const TALK_WORDS = new Set(['обсудить', 'обсуждать', 'переговоры', 'встреча', 'договориться', 'обговорить']);

type EmitSupply = (s: EntityDraft, t: EntityDraft, c: number, goods: Record<string, string | number>) => void;

/** A supply whose recipients the sentence names but whose supplier it leaves for later. */
export interface OpenSupply {
  readonly recipients: readonly EntityDraft[];
  /** A statistic noun with no owner ("Импорт из России составил …") names only its supplier. */
  readonly suppliers?: readonly EntityDraft[];
  /** The trigger is a noun of trade statistics: its missing side is the partner of the trade just stated. */
  readonly statistic?: boolean;
  /** The goods are part of those supplied before ("Часть техники поставит X"): so are their recipients. */
  readonly part?: boolean;
  readonly goods: Readonly<Record<string, string | number>>;
  /** The trigger is a short passive participle ("отправлена в X"): its agent is left to the context. */
  readonly agentless?: boolean;
}

/**
 * Emits supplier → recipient pairs for each part of a sentence that has a supply trigger, and
 * returns a supply left without a supplier ("В область поставят 300 тракторов."), if any.
 */
export function supplies(v: SentenceView, res: ExtractionResources, emit: EmitSupply): OpenSupply | undefined {
  let open: OpenSupply | undefined;
  let last: Sides | undefined;
  for (const [from, to] of contrastSpans(v.tokens).flatMap((span) => coordinatedNouns(v, res, span))) {
    let trigger = findTrigger(v, res, from, to);
    if (!trigger) {
      if (last) gapped(v, res, emit, last, from, to);
      continue;
    }
    let emitted = 0;
    const counted: EmitSupply = (...args) => {
      emitted++;
      emit(...args);
    };
    let found = suppliesIn(v, res, counted, trigger, from, to, last);
    // "Крупнейшим экспортёром стало ОАО «X», которое поставляет в Китай …": a word of supply that
    // yields nothing gives way to the next one of its part.
    while (!found && emitted === 0 && trigger) {
      trigger = findTrigger(v, res, trigger.index + 1, to);
      if (trigger) found = suppliesIn(v, res, counted, trigger, from, to, last);
    }
    open = found?.open ?? open;
    last = found?.sides;
  }
  return open;
}

/** Nouns of trade statistics, which a region's figures repeat for each direction ("экспорт …, импорт …"). */
const STATISTIC_NOUNS = new Set(['экспорт', 'импорт']);

/** Nouns of the act of selling or buying (not of the goods, as "детали" are). */
const ACTS_OF_TRADE = new Set([
  'поставка',
  'экспорт',
  'отгрузка',
  'продажа',
  'импорт',
  'закупка',
  'покупка',
  'приобретение',
]);

/**
 * "нарастила поставки древесины в Беларусь и закупки белорусских удобрений", "…, а также закупки
 * …", "экспорт … составил 120 млн долларов, импорт из Беларуси — 300 млн": nouns of supply joined by
 * «и», «а также» or a comma are parts with their own arguments, the second sharing the owner of
 * the first (see `ownerOf`), as contrast parts do.
 */
function coordinatedNouns(
  v: SentenceView,
  res: ExtractionResources,
  [from, to]: readonly [number, number],
): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  const word = (k: number) => v.tokens[k]?.text.toLowerCase() ?? '';
  for (let k = from + 1; k < to - 1; k++) {
    const joiner = word(k) === 'и' || word(k) === ',' ? 1 : word(k) === 'а' && word(k + 1) === 'также' ? 2 : 0;
    if (joiner === 0) continue;
    const next = res.morph.parse(v.tokens[k + joiner]?.text ?? '');
    if (
      (next.some((p) => p.pos === 'NOUN' && ACTS_OF_TRADE.has(p.lemma)) || secondVerb(v, res, next, start, k)) &&
      k > start
    ) {
      parts.push([start, k]);
      start = k;
    }
  }
  parts.push([start, to]);
  return parts;
}

/**
 * "создание сервисного центра для грузовиков КАМАЗ": a company named past a preposition inside a
 * project's phrase says what the project serves; it belongs to the project, no side of a supply
 * around it. A place there is where the project is ("для фермы в Ростовской области"), and an
 * owner in the genitive ("завода компании «Альфа»") is not past a preposition.
 */
function servedByProject(m: MentionRef, v: SentenceView): boolean {
  if (m.kind !== 'name' || PLACE_TYPES.has(m.entity.type) || m.prep === undefined) return false;
  return v.mentions.some(
    (p) =>
      p.entity.type === 'Project' &&
      p.first < m.first &&
      m.end <= p.end &&
      v.tokens.slice(p.first + 1, m.first).some((t) => PREPOSITION_WORDS.has(t.text.toLowerCase())),
  );
}

/**
 * "поставляет в Беларусь зерно и закупает белорусскую технику", "готова поставлять …, а также
 * закупать …": a second verb of supply or buying joined to a first one that has words of its own
 * after it is a predicate with its own arguments, sharing the first one's subject (see `subjectOf`).
 * Not a verb right after the first ("поставляет и монтирует оборудование"): they share one object.
 */
function secondVerb(
  v: SentenceView,
  res: ExtractionResources,
  next: readonly WordParse[],
  start: number,
  joiner: number,
): boolean {
  if (!next.some((p) => (p.pos === 'VERB' || p.pos === 'INFN') && SUPPLY_FRAMES.has(p.lemma))) return false;
  const first = findTrigger(v, res, start, joiner);
  return first !== undefined && !first.frame.nominal && first.index < joiner - 1;
}

/**
 * "Тракторы «Беларус» закупит Курганская область", "Белорусские автобусы приобрела Пенза": with the
 * object put first, the subject follows the verb. It is the name right after the finite verb in the
 * nominative that agrees with it in number (and gender in the past), which the fronted object does not.
 */
function postverbalSubject(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  index: number,
  buying: boolean,
): MentionRef | undefined {
  const verb = finiteVerbAt(v, res, index);
  const group = ms.find((x) => x.first === index + 1) ? undefined : placeOfGroup(v, res, ms, index + 1);
  // A name may follow its company noun (with adjectives) and quote ("шины поставляет компания
  // «Белшина»", "поставит минское предприятие «X»"); the noun then agrees with the verb for it.
  const headNoun = pastAdjectives(v, index + 1, res, index + 4);
  const noun = res.morph.lemmas(v.tokens[headNoun]?.text ?? '').some((l) => ENTERPRISE_NOUNS.has(l)) ? headNoun : -1;
  const next = noun < 0 ? index + 1 : noun + 1;
  const at = (x: MentionRef) =>
    x.first === next || (x.first === next + 1 && OPEN_QUOTES.has(v.tokens[next]?.text ?? ''));
  const m = group?.place ?? ms.find((x) => at(x) && x.kind === 'name' && !x.prep);
  if (!verb || !m) return undefined;
  const agrees = (k: number) => res.morph.parse(v.tokens[k]?.text ?? '').some((p) => agreesAsSubject(p, verb));
  // The word before the verb must not agree too: then it could be the subject itself. A name
  // governed by a preposition cannot be ("Станки в Беларусь поставит завод «Кедр»"): the word
  // before its phrase is looked at instead.
  const governed = ms.find((x) => x.end === index && x.prep !== undefined && x.kind === 'name');
  const before =
    governed && PREPOSITION_WORDS.has(v.tokens[governed.first - 1]?.text.toLowerCase() ?? '')
      ? governed.first - 2
      : index - 1;
  // Places are not what is bought: after a verb of buying, a place agreeing with it is its subject
  // even where the fronted goods agree too ("Белорусские автобусы закупили Липецкая и Тамбовская области").
  const placeBuyer = buying && PLACE_TYPES.has(m.entity.type);
  const fronted =
    v.tokens[before] !== undefined &&
    (!agrees(before) || placeBuyer) &&
    !CLOSE_QUOTES.has(v.tokens[before]?.text ?? '');
  const quotedObject = CLOSE_QUOTES.has(v.tokens[before]?.text ?? '');
  // A counted group ("три автопредприятия Якутии") does not agree; a bare one does ("хозяйства Курганской области").
  const head = noun >= 0 ? noun : nameWord(m, v);
  // "закупили Липецк и Тамбов": conjoined subjects take a plural verb, each of them in the nominative.
  const conjoined =
    verb.number === 'plur' &&
    withCoordinated(m, ms, v).length > 1 &&
    res.morph.parse(v.tokens[head]?.text ?? '').some((p) => p.case === 'nomn');
  const agreeing = group ? group.counted || agrees(group.noun) : agrees(head) || conjoined;
  // "уголь поставляет компания «X»": a noun that cannot be the object is the subject wherever it stands.
  const nominativeOnly = noun >= 0 && res.morph.parse(v.tokens[noun]?.text ?? '').every((p) => p.case !== 'accs');
  return agreeing && (fronted || quotedObject || nominativeOnly) ? m : undefined;
}

/**
 * Whether a mention before a finite verb may be its subject: its head word has a nominative
 * reading of the verb's number. Unknown words (abbreviations) may.
 */
function mayBeSubjectOf(m: MentionRef, verbAt: number, v: SentenceView, res: ExtractionResources): boolean {
  const verb = finiteVerbAt(v, res, verbAt);
  const head = OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '') ? wordBeforeName(m, v) : m.end - 1;
  const parses = res.morph.parse(v.tokens[head]?.text ?? '').filter((p) => p.known);
  if (!verb || parses.length === 0) return true;
  return parses.some((p) => agreesAsSubject(p, verb));
}

/** The reading of the word at `k` as a finite verb with a number, which its subject agrees with. */
function finiteVerbAt(v: SentenceView, res: ExtractionResources, k: number): WordParse | undefined {
  return res.morph.parse(v.tokens[k]?.text ?? '').find((p) => p.pos === 'VERB' && p.number !== undefined);
}

/** A reading that may be the subject of a finite verb: nominative, of its number, and of its gender in the past. */
function agreesAsSubject(p: WordParse, verb: WordParse): boolean {
  return (
    p.case === 'nomn' &&
    p.number === verb.number &&
    (verb.gender === undefined || p.gender === undefined || p.gender === verb.gender)
  );
}

/**
 * "Поставщиком оборудования для завода «Кедр» выступит компания «Термопласт»": an agent noun in
 * the instrumental is the predicate of a copula after it, whose subject is the first party after
 * the copula (a name before a place adjective that qualifies it).
 */
function copulaSubject(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  index: number,
  clauseEnd: number,
): MentionRef | undefined {
  const agent = res.morph
    .parse(v.tokens[index]?.text ?? '')
    .some((p) => p.case === 'ablt' && AGENT_TRIGGERS.has(p.lemma));
  if (!agent) return undefined;
  const copula = v.tokens.findIndex(
    (t, k) => k > index && k < clauseEnd && res.morph.lemmas(t.text).some((l) => COPULAS.has(l)),
  );
  if (copula < 0) return undefined;
  const after = ms.filter((m) => m.first > copula && m.end <= clauseEnd && !m.prep && PARTY_TYPES.has(m.entity.type));
  return after.find((m) => m.kind === 'name') ?? after.find((m) => m.kind === 'adjective' && agentAdjective(m));
}

/** A noun in the nominative or accusative, outside any prepositional phrase, between `from` and the verb. */
function frontedNoun(v: SentenceView, res: ExtractionResources, from: number, verb: number): boolean {
  let governed = false;
  for (let k = from; k < verb; k++) {
    const p = res.morph.parse(v.tokens[k]?.text ?? '')[0];
    if (p?.pos === 'PREP') governed = true;
    else if (p?.pos === 'NOUN' && !governed && (p.case === 'nomn' || p.case === 'accs')) return true;
    else if (p?.pos === 'NOUN') governed = false;
  }
  return false;
}

/**
 * "хозяйства Курганской области", "три автопредприятия Якутии" at `from`: a noun of those who act,
 * after any numeral and adjectives, with a place in the genitive, which stands for them.
 */
function placeOfGroup(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  from: number,
): { noun: number; place: MentionRef; counted: boolean } | undefined {
  let k = from;
  const counted = /^\d/u.test(v.tokens[k]?.text ?? '') || res.morph.parse(v.tokens[k]?.text ?? '')[0]?.pos === 'NUMR';
  if (counted) k++;
  k = pastAdjectives(v, k, res, from + 4);
  if (!res.morph.parse(v.tokens[k]?.text ?? '').some((p) => p.pos === 'NOUN' && p.case !== 'ablt')) return undefined;
  const place = ms.find(
    (x) =>
      x.first === k + 1 &&
      x.kind === 'name' &&
      !x.prep &&
      PLACE_TYPES.has(x.entity.type) &&
      nameCases(x, v, res).includes('gent'),
  );
  return place ? { noun: k, place, counted } : undefined;
}

/** The subject of a span's frame: the suppliers of a verb of selling, the recipients of one of buying. */
function subjectOf(sides: Sides): readonly EntityDraft[] {
  if (sides.frame.nominal || sides.frame.passive) return [];
  return sides.frame.subject === 'supplier'
    ? sides.suppliers
    : sides.frame.subject === 'recipient'
      ? sides.recipients
      : [];
}

/** Whose trade a noun of trade is: the supplier of an export, the recipient of an import. */
function ownerOf(sides: Sides): readonly EntityDraft[] {
  if (sides.frame === BUY_NOUN) return sides.recipients;
  return sides.frame.subject === 'supplier' ? sides.suppliers : [];
}

/** The suppliers and frame of a span's trigger, for a gapped span after it. */
interface Sides {
  readonly suppliers: readonly EntityDraft[];
  readonly recipients: readonly EntityDraft[];
  readonly frame: SupplyFrame;
}

/**
 * "X поставит в Брестскую область 20 автобусов, а в Гродненскую – 15": a contrast span whose verb
 * (and noun) is left out, marked by a dash, repeats the span before it with a new destination.
 * An adjective without its noun ("в Гродненскую") names the place of the noun left out. A new
 * subject before the dash supplies instead ("…, а Якутия – алмазы"): to the recipients before,
 * or, where it was the recipient, back to the suppliers (an exchange).
 */
function gapped(
  v: SentenceView,
  res: ExtractionResources,
  emit: EmitSupply,
  last: Sides,
  from: number,
  to: number,
): void {
  const dash = gapDash(v.tokens, from, to);
  if (dash < 0) return;
  // "…, а «Белшина» — на КАМАЗ / КАМАЗу": after the dash a company may be the new recipient too,
  // with the frame's preposition or, where the subject supplies, in the dative.
  const companyTarget = (m: MentionRef) =>
    m.first > dash &&
    m.kind === 'name' &&
    (m.entity.type === 'Enterprise' || m.entity.type === 'Organization') &&
    (last.frame.targetPreps.includes(m.prep ?? '') ||
      (!m.prep && last.frame.subject === 'supplier' && mentionCases(m, v, res).has('datv')));
  const targets = v.mentions.filter(
    (m) =>
      m.first >= from &&
      m.end <= to &&
      ((PLACE_TYPES.has(m.entity.type) &&
        last.frame.targetPreps.includes(m.prep ?? '') &&
        (m.kind === 'name' || (m.kind === 'adjective' && m.governs === undefined))) ||
        companyTarget(m)),
  );
  const subject = v.mentions.find(
    (m) =>
      m.first >= from &&
      m.end <= dash &&
      !m.prep &&
      PARTY_TYPES.has(m.entity.type) &&
      // "…, а белорусская сторона — металлопрокат": an adjective of those who act is the place acting.
      (m.kind === 'name' || (m.kind === 'adjective' && (m.governs === undefined || agentAdjective(m)))),
  );
  // "шины поставляет «Белшина», а стекло — Гомельский стеклозавод": the object put before the dash,
  // the new supplier named right after it, to the recipients before.
  const after = subject
    ? undefined
    : v.mentions.find(
        (m) =>
          m.first > dash &&
          m.first <= dash + 2 &&
          m.end <= to &&
          !m.prep &&
          m.kind === 'name' &&
          PARTY_TYPES.has(m.entity.type) &&
          !PLACE_TYPES.has(m.entity.type),
      );
  if (after && targets.length === 0) {
    for (const t of last.recipients)
      if (t !== after.entity && !isInside(after.entity, t, res)) emit(after.entity, t, CONFIDENCE.frame, {});
    return;
  }
  const suppliers = subject ? [subject.entity] : last.suppliers;
  let recipients = targets.map((m) => m.entity);
  if (subject && recipients.length === 0)
    // "… в Брестскую область, а белорусские партнёры — мебель": a subject that holds the recipient is it too.
    recipients = last.recipients.some((r) => r === subject.entity || isInside(r, subject.entity, res))
      ? [...last.suppliers]
      : [...last.recipients];
  for (const s of suppliers)
    for (const t of recipients) if (s !== t && !isInside(s, t, res)) emit(s, t, CONFIDENCE.frame, {});
}

/**
 * "40 тракторов «Беларус»", "самосвалов БелАЗ": the maker whose name qualifies the goods after the
 * trigger (or the fronted object's, `fronted`), within eight words; quotes and commas do not count.
 * A maker's name counted itself ("20 МАЗов", "пять новых БелАЗов") names its products.
 */
function goodsBrand(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  index: number,
  recipients: readonly EntityDraft[],
  fronted: MentionRef | undefined,
): MentionRef | undefined {
  return ms.find(
    (m) =>
      (m.first > index || m === fronted) &&
      v.tokens.slice(index + 1, m.first).filter((t) => /\p{L}|\d/u.test(t.text)).length <= 8 &&
      m.kind === 'name' &&
      ((m.entity.type === 'Enterprise' && (modifiesNoun(m, v, res) || ownerOfNoun(m, v, res) || counted(m, v, res))) ||
        madeBy(m, v, res) ||
        madeInParticiple(m, v, res)) &&
      !recipients.includes(m.entity),
  );
}

/**
 * The makers of goods listed with the first ("машин МАЗ и БелАЗ", "самосвалы БелАЗ и тракторы
 * МТЗ"): company names joined by commas and «и», each maybe after its own goods noun.
 */
export function brandList(
  first: MentionRef,
  ms: readonly MentionRef[],
  v: SentenceView,
  res: ExtractionResources,
): EntityDraft[] {
  const out = [first.entity];
  let end = first.end;
  for (const m of ms) {
    if (m.first < end || m.kind !== 'name' || m.entity.type !== 'Enterprise') continue;
    const gap = v.tokens.slice(end, m.first).map((t) => t.text);
    const joined =
      gap.length > 0 && gap.every((w) => w === ',' || w === 'и' || OPEN_QUOTES.has(w) || CLOSE_QUOTES.has(w));
    // "тракторов «Беларус» и 15 самосвалов БЕЛАЗ": the quotes around a brand are no gap words.
    if (CLOSE_QUOTES.has(gap[0] ?? '')) gap.shift();
    if (OPEN_QUOTES.has(gap.at(-1) ?? '')) gap.pop();
    const ownGoods =
      gap.length >= 2 &&
      (gap[0] === 'и' || gap[0] === ',') &&
      (modifiesNoun(m, v, res) || legalFormDependent(m, v, res)) &&
      // "… и продукция ОАО «X»": a legal form before the name is part of it.
      gap.slice(1).every((w) => w === w.toLowerCase() || OPEN_QUOTES.has(w) || LEGAL_FORMS.test(`${w} `));
    if (!joined && !(ownGoods && gap.length <= 3)) break;
    out.push(m.entity);
    end = m.end;
  }
  return out;
}

/**
 * A number before the name, past lower-case adjectives ("20 новых МАЗов", "пять БелАЗов", "две
 * тысячи белорусских тракторов"): the name is counted.
 */
function counted(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 3; k--) {
    const text = v.tokens[k]?.text ?? '';
    const parses = res.morph.parse(text);
    // A year ("в 2025 МАЗ …") counts nothing.
    if ((/^\d/u.test(text) && !/^(19|20)\d\d$/u.test(text)) || parses.some((p) => p.pos === 'NUMR')) return true;
    // Nouns that are numerals: "тысячи", "сотни", "десятки".
    if (text === text.toLowerCase() && parses.some((p) => p.pos === 'NOUN' && QUANTITY_NOUNS.has(p.lemma))) return true;
    if (text !== text.toLowerCase() || !parses.some((p) => p.pos === 'ADJF')) return false;
  }
  return false;
}

const QUANTITY_NOUNS = new Set(['тысяча', 'сотня', 'десяток', 'миллион']);

/**
 * The agent of a nominal in the instrumental, in the nominal's clause: a name in the instrumental
 * ("закупки зерна Омской областью"), or one that depends on a company or people's noun in the
 * instrumental ("предприятиями Могилевской области"). Not after a preposition («с», «между»).
 */
function nominalAgent(
  v: SentenceView,
  res: ExtractionResources,
  ms: readonly MentionRef[],
  index: number,
  end: number,
): MentionRef | undefined {
  return ms.find((m) => {
    if (m.first <= index || m.end > end || m.prep || m.kind !== 'name') return false;
    if (PARTY_TYPES.has(m.entity.type) && mentionCases(m, v, res).has('ablt') && !modifiesNoun(m, v, res)) return true;
    const head = v.tokens[m.first - 1]?.text ?? '';
    return (
      head === head.toLowerCase() &&
      res.morph
        .parse(head)
        .some(
          (p) => p.pos === 'NOUN' && p.case === 'ablt' && (ENTERPRISE_NOUNS.has(p.lemma) || AGENT_NOUNS.has(p.lemma)),
        )
    );
  });
}

/** The supply frame of the first trigger in tokens [from, to), with its arguments from there. */
function suppliesIn(
  v: SentenceView,
  res: ExtractionResources,
  emit: EmitSupply,
  trigger: Trigger,
  from: number,
  to: number,
  before?: Sides,
): { open?: OpenSupply; sides?: Sides } | undefined {
  const { index, frame } = trigger;
  const ms = v.mentions.filter(
    (m) =>
      m.first >= from &&
      m.end <= to &&
      PARTY_TYPES.has(m.entity.type) &&
      !m.titleOf &&
      !withinOther(m, v) &&
      // "правительство Калужской области": the region inside a body's name is no party of its own
      // (a place inside a project's phrase is: "для фермы в Ростовской области").
      !insideMentionOf(m, v, BODY_TYPES) &&
      !companyOrigin(m, v) &&
      !servedByProject(m, v) &&
      // "X (входит в АО «Y») подписал контракт на поставку …": a gloss in brackets is said of its
      // head, not an argument of the clause around it.
      !v.glosses.has(m.first) &&
      // A participial phrase has its own arguments, unless its participle is the trigger or
      // names where or by whom the goods were made (the maker, see `goodsBrand`).
      ([undefined, index].includes(participleOf(m, v, res)) || madeInParticiple(m, v, res)),
  );

  let recipients: EntityDraft[] = [];
  // The trigger's own clause.
  const [start, end] = clauseAt(v.clauses, index);
  // "о поставках …, а также о создании в Фергане …": a place in the prepositional case is where
  // something is, not where goods go, unless the frame says where goods are.
  // Not in a relative clause after the trigger ("…, который собирает машины в Семее").
  const relative = (m: MentionRef) => m.first >= end && inRelativeClause(m, v, res);
  const destinations = (frame.located ? ms : ms.filter((m) => !locativeOnly(m, v, res))).filter((m) => !relative(m));
  const target = byPreposition(destinations, frame.targetPreps, index);
  if (target) recipients = withCoordinated(target, ms, v);
  // "на рынок Татарстана", "для потребителей Казахстана": a name in the genitive of a market noun
  // that a preposition of the frame's destination governs receives; so does a place noun that
  // refers back ("на рынок края").
  const marketOf = target
    ? undefined
    : destinations.find(
        (m) =>
          m.first > index &&
          (m.kind === 'name' || (m.kind === 'generic' && PLACE_TYPES.has(m.entity.type))) &&
          frame.targetPreps.includes(phrasePreposition(m, v, res) ?? '') &&
          res.morph.lemmas(v.tokens[wordBeforeName(m, v)]?.text ?? '').some((l) => MARKET_NOUNS.has(l)),
      );
  if (marketOf) recipients = withCoordinated(marketOf, ms, v);
  // "выпустил вагоны по заказу «Уралвагонзавода»": the customer in the genitive of «по заказу» is whom
  // the goods are for, as «для» would say.
  // So does the party after «в адрес» for a verb that sends goods somewhere.
  const customer =
    recipients.length === 0
      ? destinations.find(
          (m) =>
            m.first > index &&
            ((frame.targetPreps.includes('для') && orderedBy(m, v, res)) ||
              (frame.targetPreps.includes('в') && addressedTo(m, v, res))),
        )
      : undefined;
  if (customer) recipients = withCoordinated(customer, ms, v);
  // "На полях Алтайского края работают комбайны …": goods at work where a place's fields, farms or roads are.
  const within = frame.located
    ? ms.find((m) => PLACE_TYPES.has(m.entity.type) && frame.targetPreps.includes(phrasePreposition(m, v, res) ?? ''))
    : undefined;
  if (recipients.length === 0 && within) recipients = withCoordinated(within, ms, v);
  // "продукции брестских предприятий": a market noun in the genitive of the goods is their maker
  // ("снабжает газом казахстанские предприятия", not genitive, is the object).
  const ofGoods = (m: MentionRef) =>
    !m.prep &&
    res.morph.parse(v.tokens[m.first - 1]?.text ?? '')[0]?.pos === 'NOUN' &&
    !inName(v, m.first - 1) &&
    res.morph.parse(v.tokens[m.first]?.text ?? '').some((p) => p.case === 'gent');
  // "на белорусский рынок", "для российских аграриев": the adjective's place receives.
  // Not one introduced as the source ("закупает у белорусских предприятий") or the goods' maker.
  const dative = (m: MentionRef) => res.morph.parse(v.tokens[m.first]?.text ?? '').some((p) => p.case === 'datv');
  // "обеспечит киргизских горняков электродвигателями": a group of the place as the object provided
  // (its accusative looks like a genitive, even after the goods).
  const providedGroup = (m: MentionRef) => m.group === true && frame.objectReceives === true;
  const market = ms.find(
    (m) =>
      m.kind === 'adjective' &&
      m.first > index &&
      m.governs !== undefined &&
      (MARKET_NOUNS.has(m.governs) || providedGroup(m)) &&
      !frame.sourcePreps.includes(m.prep ?? '') &&
      // "поставит минское предприятие «X»": a nominative after the verb is its subject, no market;
      // a market is reached by a preposition, a dative, or the object of a verb of providing.
      (m.prep !== undefined || frame.objectReceives === true || dative(m)) &&
      !(ofGoods(m) && !dative(m) && !providedGroup(m)),
  );
  if (recipients.length === 0 && market && !frame.beneficiary) recipients = [market.entity];
  // "поставляет для белорусских самосвалов кабины": parts for a place's goods go to where those are made.
  const forGoods = ms.find(
    (m) => m.kind === 'adjective' && m.first > index && m.prep === 'для' && frame.targetPreps.includes('для'),
  );
  if (recipients.length === 0 && forGoods) recipients = [forGoods.entity];
  // "поставят на челябинские элеваторы", "в белорусские регионы": a place adjective in the
  // accusative after a preposition of direction names where the goods go.
  const directed =
    recipients.length === 0 && !frame.beneficiary && !frame.located
      ? ms.find(
          (m) =>
            m.kind === 'adjective' &&
            m.first > index &&
            ['в', 'во', 'на'].includes(m.prep ?? '') &&
            frame.targetPreps.includes(m.prep ?? '') &&
            res.morph.parse(v.tokens[m.first]?.text ?? '').every((p) => p.case === 'accs' || p.case === 'nomn'),
        )
      : undefined;
  if (directed) recipients = [directed.entity];
  // "обеспечивает комплектующими Минский автомобильный завод": the accusative object receives.
  // Only with goods in the instrumental: "обеспечить рост товарооборота", "обеспечить работой" supply nothing.
  const provided = frame.objectReceives ? providedGoods(v, ms, index, to, res) : undefined;
  if (frame.objectReceives && !provided) return undefined;
  const supplied =
    recipients.length === 0 && provided
      ? ms.find((m) => m.first > index && !m.prep && m.kind === 'name' && mentionCases(m, v, res).has('accs'))
      : undefined;
  if (supplied) recipients = withCoordinated(supplied, ms, v);

  let suppliers: EntityDraft[] = [];
  // Before a supply noun, "из X" after another noun modifies that noun ("с дистрибьютором из
  // Шанхая на поставку шин"): where the partner is from, not where the goods come from.
  const nounDependent = (m: MentionRef) =>
    frame.nominal === true && m.first < index && res.morph.parse(v.tokens[m.first - 2]?.text ?? '')[0]?.pos === 'NOUN';
  const source = byPreposition(
    ms.filter((m) => !nounDependent(m)),
    frame.sourcePreps,
    index,
  );
  if (source) suppliers = withCoordinated(source, ms, v);
  const agent = source ? undefined : passiveAgent(v, res, ms, index);
  if (agent) suppliers = withCoordinated(agent, ms, v);
  // "закупают в Китае удобрения": a verb of buying takes the place where it buys in the locative.
  // "закупает металлопрокат на Белорусском металлургическом заводе": a company where one buys sells.
  // Not past another prepositional phrase ("сырьё для производства на заводе «X»" makes it there).
  const boughtAt = (m: MentionRef) =>
    m.entity.type === 'Enterprise' &&
    m.kind === 'name' &&
    m.prep === 'на' &&
    mentionCases(m, v, res).has('loct') &&
    v.tokens.slice(index + 1, m.first).filter((t) => PREPOSITION_WORDS.has(t.text.toLowerCase())).length === 1;
  const boughtIn =
    !source && (frame === BUY || frame === BUY_NOUN)
      ? ms.find(
          (m) =>
            m.first > index &&
            ((frame === BUY && PLACE_TYPES.has(m.entity.type) && mayBeLocative(m, v, res)) || boughtAt(m)) &&
            // "закупает бобы … и перерабатывает их на заводе в Харбине": another verb's place.
            !v.tokens.slice(index + 1, m.first).some((t) => res.morph.parse(t.text)[0]?.pos === 'VERB'),
        )
      : undefined;
  if (boughtIn) suppliers = withCoordinated(boughtIn, ms, v);

  const subjectLike = (m: MentionRef) =>
    m.first < index &&
    !m.prep &&
    phrasePreposition(m, v, res) === undefined &&
    (m.kind !== 'adjective' || frame.passive === true || agentAdjective(m)) &&
    !recipients.includes(m.entity) &&
    !suppliers.includes(m.entity);
  // A name or a noun referring to a company is the subject before the place adjective that qualifies it.
  // The trigger's own clause first ("Агентство X сообщило, что компания Y поставит …" makes Y the
  // subject); a relative clause ("компания X, которая поставляет …") has it in the clause before.
  const subjectIn = (list: readonly MentionRef[]) =>
    list.find((m) => subjectLike(m) && m.kind !== 'adjective') ?? list.find(subjectLike);
  const preverbal = subjectIn(ms.filter((m) => m.first >= start && m.end <= end)) ?? subjectIn(ms);
  const copular = frame.nominal || frame.passive ? undefined : copulaSubject(v, res, ms, index, end);
  const postverbal =
    frame.nominal || frame.passive
      ? undefined
      : (postverbalSubject(v, res, ms, index, frame.subject === 'recipient') ?? copular);
  // A maker's name qualifying the fronted object ("Тракторы «Беларус» закупит …") is no subject.
  const brandOnly = preverbal?.kind === 'name' && modifiesNoun(preverbal, v, res);
  // "X предложила амурским коллегам закупать технику": the addressee of a verb of proposing does
  // what the infinitive says, and the proposer is the other side of the deal.
  const offer = frame.nominal || frame.passive ? undefined : offeredTo(v, res, ms, index);
  if (offer && frame.subject === 'recipient' && recipients.length === 0) {
    recipients = [offer.addressee.entity];
    if (suppliers.length === 0 && offer.proposer) suppliers = [offer.proposer.entity];
  }
  // "Компании «Кедр» комплектующие поставляет завод «Ясень»": a fronted name that cannot be the
  // verb's nominative, or that depends on a noun before it ("Комплектующие компании «Кедр»
  // поставляют заводы …"), is no subject; the subject follows the verb.
  const frontedObject =
    preverbal !== undefined &&
    postverbal !== undefined &&
    (!mayBeSubjectOf(preverbal, index, v, res) || ownerOfNoun(preverbal, v, res));
  const subject = offer?.addressee ?? (brandOnly || frontedObject ? postverbal : undefined) ?? preverbal ?? postverbal;
  // "обсудили поставки белорусской техники": a noun has no subject; the goods' origin right after it supplies.
  const originOfGoods = frame.nominal
    ? ms.find(
        (m) =>
          m.kind === 'adjective' &&
          m.first > index &&
          m.first <= index + 3 &&
          !MARKET_NOUNS.has(m.governs ?? '') &&
          // "выпуск деталей для белорусской техники": what the goods are for is where they go;
          // "выпуск деталей вместе с казахстанскими партнёрами": an adjective in a phrase of another
          // preposition modifies that phrase's noun. Only the frame's source prepositions give an origin.
          (!m.prep || frame.sourcePreps.includes(m.prep)) &&
          !recipients.includes(m.entity),
      )
    : undefined;
  if (originOfGoods && suppliers.length === 0) suppliers = [originOfGoods.entity];
  // "закупки продукции предприятиями Могилевской области": the instrumental after a noun of
  // buying or supplying names its agent, who does what the noun names.
  const doer = frame.nominal ? nominalAgent(v, res, ms, index, end) : undefined;
  if (doer && frame.subject === 'recipient' && recipients.length === 0 && !suppliers.includes(doer.entity))
    recipients = [doer.entity];
  if (doer && frame.subject === 'supplier' && suppliers.length === 0 && !recipients.includes(doer.entity))
    suppliers = [doer.entity];
  // "МАЗ, БелАЗ и МТЗ поставят …": every conjunct of the subject.
  // "X экспортирует в Y …, а импортирует оттуда …": a span with no subject of its own shares the
  // subject of the span before it.
  // Not after a fronted object ("…: уголь поставляет завод", "…, а уголь поставляет завод"): the
  // verb has a subject of its own there, named or not.
  const shared =
    !subject && before && !frame.nominal && !frame.passive && !frontedNoun(v, res, from, index)
      ? subjectOf(before)
      : [];
  const subjects = subject ? subjectList(subject, ms, v, res, index) : [...shared];
  // Talks about a supply ("обсудили поставки …") say who talks, not always which way goods go.
  const talks = v.tokens.some((t) => res.morph.lemmas(t.text).some((l) => TALK_WORDS.has(l)));
  // "Стороны обсудили поставки …", "X и Y обсудили поставки …": both sides of talks about a
  // supply are no supplier; the talks do not say which way the goods go.
  // «Стороны» stands for both parties at one position.
  const sides = unique([...subjects, ...ms.filter((m) => m.first === subject?.first).map((m) => m.entity)]);
  const sidesTalk = frame.nominal === true && (sides.length >= 2 || talkingSides(v, start, index) >= 2) && talks;
  // "Российский экспортный центр поддержал поставки в Узбекистан": who supports a supply is no side of it.
  const supports =
    frame.nominal === true &&
    res.morph.lemmas(v.tokens[beforeAdjectives(v, index - 1, res)]?.text ?? '').some((l) => SUPPORTING.has(l));
  if (subjects.length > 0 && frame.subject === 'supplier' && suppliers.length === 0 && !sidesTalk && !supports) {
    suppliers = subjects;
    // "Белорусские автобусы МАЗ курсируют по улицам Тулы": goods as the subject, with the place
    // adjective of the goods before their maker's name; both supply, as "белорусских тракторов МТЗ" do.
    const origin =
      frame.passive && subject?.kind === 'name' && modifiesNoun(subject, v, res)
        ? ms.find(
            (m) =>
              m.kind === 'adjective' &&
              PLACE_TYPES.has(m.entity.type) &&
              !agentAdjective(m) &&
              m.end < subject.first &&
              m.end >= subject.first - 2,
          )
        : undefined;
    if (origin) suppliers = unique([origin.entity, ...suppliers]);
  }
  // "Правительство области заключило контракт на поставку автобусов МАЗ для Новгорода": a public
  // body that signs for a supply is its customer; the goods' maker or the «с» partner supplies.
  const signedDeal = v.tokens.some((t, k) => k < index && res.morph.lemmas(t.text).some((l) => DEAL_NOUNS.has(l)));
  if (frame.nominal && signedDeal && subject && suppliers.length === 1 && suppliers[0] === subject.entity) {
    // Its own place ("Правительство Новгородской области" → Новгородская область), where goods for it go.
    const own = [
      subject.entity.place,
      ...v.mentions
        .filter((m) => PLACE_TYPES.has(m.entity.type) && m.first >= subject.first && m.end <= subject.end)
        .map((m) => m.entity),
    ].filter((e): e is EntityDraft => e !== undefined);
    const forItself = recipients.every((r) => own.some((p) => r === p || isInside(r, p, res)));
    if (publicBody(subject.entity, res) && forItself) {
      const partner = ms.find(
        (m) =>
          m.prep === 'с' && m.first < index && (m.entity.type === 'Enterprise' || m.entity.type === 'Organization'),
      );
      suppliers = partner ? [partner.entity] : [];
      if (recipients.length === 0) recipients = [subject.entity];
    }
  }
  // "Стороны обсудили поставки мебели в Казахстан": unless the destination is one side's own
  // (that side or the state it lies in), when the other side supplies.
  if (sidesTalk && sides.length === 2 && suppliers.length === 0 && recipients.length > 0) {
    const away = sides.filter((e) => !recipients.some((r) => r === e || isInside(e, r, res)));
    if (away.length === 1) suppliers = away;
  }
  // "Глава Чувашии обсудил с руководством БМЗ поставки металлопроката в республику": talks with one
  // company about goods for another party are about that company's goods.
  if (frame.nominal && talks && suppliers.length === 0 && recipients.length > 0) {
    const partners = unique(
      ms
        .filter(
          (m) => m.prep === 'с' && m.first < index && m.entity.type === 'Enterprise' && !recipients.includes(m.entity),
        )
        .map((m) => m.entity),
    );
    if (partners.length === 1) suppliers = partners;
  }
  // "ТОО «Костанай Астык» и челябинская компания «Уральский уголь» подписали контракт на поставку угля
  // в Казахстан": of two companies that sign for a delivery, the one at home in the destination receives.
  if (frame.nominal && subject && recipients.length > 0 && suppliers.length === 1 && suppliers[0] === subject.entity) {
    const signers = ms.filter(
      (m) =>
        m.first < index && !m.prep && m.kind === 'name' && m.entity.type === 'Enterprise' && !modifiesNoun(m, v, res),
    );
    const homes = new Map(signers.map((m) => [m, homePlaces(m, v, res)]));
    const away = signers.filter((m) => !recipients.some((r) => r.ref && homes.get(m)?.includes(r.ref.id)));
    if (signers.length === 2 && away.length === 1 && away[0]) suppliers = [away[0].entity];
    // Neither at home there: the goods come from outside, so the one placed elsewhere supplies
    // ("«Пензамаш» и китайская корпорация «Чжунъюань» … на поставку в Пензенскую область").
    const placed = signers.filter((m) => (homes.get(m)?.length ?? 0) > 0);
    if (signers.length === 2 && away.length === 2 && placed.length === 1 && placed[0]) suppliers = [placed[0].entity];
  }
  // "Китайская сторона заинтересована в поставках новосибирского оборудования": the goods come from
  // elsewhere, so the subject is where they go.
  if (
    originOfGoods &&
    subject &&
    recipients.length === 0 &&
    subject.entity !== originOfGoods.entity &&
    !isInside(subject.entity, originOfGoods.entity, res) &&
    !isInside(originOfGoods.entity, subject.entity, res)
  )
    recipients = [subject.entity];
  // "Компания «Кедр» наладила поставки комплектующих из Татарстана": a noun of supplying whose source
  // «из» names, with no destination, brings the goods to its subject, as an origin adjective does.
  if (
    frame.nominal &&
    source &&
    subject &&
    recipients.length === 0 &&
    !sidesTalk &&
    suppliers.includes(source.entity) &&
    !suppliers.includes(subject.entity) &&
    !isInside(subject.entity, source.entity, res) &&
    !isInside(source.entity, subject.entity, res)
  )
    recipients = [subject.entity];
  if (subjects.length > 0 && frame.subject === 'recipient' && recipients.length === 0) recipients = subjects;
  // "В Брянской области используют технику «Амкодора»": with no subject, whoever uses the goods is
  // where the clause is set.
  // So does a verb of buying with no subject ("В Челябинской области закупили 50 автобусов"): the
  // indefinite plural's buyers are those of the place the clause is set in.
  const impersonalBuying = frame === BUY && !subject && subjects.length === 0;
  if ((frame === OPERATE || impersonalBuying) && recipients.length === 0) {
    const setting = ms.find(
      (m) =>
        m.end <= index &&
        PLACE_TYPES.has(m.entity.type) &&
        ['в', 'во', 'на'].includes(m.prep ?? phrasePreposition(m, v, res) ?? '') &&
        (m.prep === undefined || mayBeLocative(m, v, res)),
    );
    if (setting) recipients = withCoordinated(setting, ms, v);
  }

  // "поставки белорусских тракторов", "закупит калужские комплектующие": the goods' origin supplies.
  if (suppliers.length === 0) {
    // With the subject after the verb, the fronted object's place adjective is the goods' origin too.
    // So with no named subject of a verb of buying ("Белорусские товары в Калининграде закупают
    // торговые сети"): the object put first is the goods.
    const inverted = (subject !== undefined && subject === postverbal && subject !== preverbal) || impersonalBuying;
    // "доставит в Пермский край продукцию гродненских предприятий": the destination put before the
    // goods does not take them out of reach.
    const destination = ms.filter((m) => m.first > index && recipients.includes(m.entity));
    const apart = (k: number) =>
      v.tokens
        .slice(index + 1, k)
        .filter((_, d) => !destination.some((m) => m.first - 1 <= index + 1 + d && index + 1 + d < m.end)).length;
    const origin = ms.find(
      (m) =>
        ((m.first > index && apart(m.first) < 4) ||
          (inverted && m.kind === 'adjective' && m.end <= index && !m.prep)) &&
        !recipients.includes(m.entity) &&
        (m.kind === 'adjective' ? !MARKET_NOUNS.has(m.governs ?? '') || ofGoods(m) : frame.nominal === true && !m.prep),
    );
    // "Тракторы «Беларус» закупит …", "Трамваи завода «Омега» получит …": the maker named on the
    // fronted goods, by its brand or in their genitive.
    const ofFronted = brandOnly || (frontedObject && preverbal !== undefined && ownerOfNoun(preverbal, v, res));
    const brand = goodsBrand(v, res, ms, index, recipients, ofFronted && inverted ? preverbal : undefined);
    // "белорусских тракторов МТЗ": the goods' place and their maker both supply.
    const brands = brand ? brandList(brand, ms, v, res) : [];
    // "комбайны белорусского холдинга «Гомсельмаш»": an adjective of the maker's own noun places the maker.
    const ofMaker = origin?.kind === 'adjective' && brand !== undefined && ENTERPRISE_NOUNS.has(origin.governs ?? '');
    suppliers = unique(
      [ofMaker ? undefined : origin?.entity, ...brands].filter((e): e is EntityDraft => e !== undefined),
    );
  } else if (suppliers.every((e) => PLACE_TYPES.has(e.type))) {
    // "получит из Беларуси 50 автобусов МАЗ": a place as the source, and the maker of the goods too.
    const brand = goodsBrand(v, res, ms, index, recipients, undefined);
    if (brand) suppliers = unique([...suppliers, ...brandList(brand, ms, v, res)]);
  }
  // "Произведённая в Казахстане продукция поставляется в Китай": goods as the subject, made in a
  // place; also with a short passive participle ("… отправлена в Китай").
  const goodsSubject = frame.passive || res.morph.parse(v.tokens[index]?.text ?? '').some((p) => p.pos === 'PRTS');
  if (suppliers.length === 0 && goodsSubject) {
    const madeIn = ms.find(
      (m) =>
        m.end <= index &&
        PLACE_TYPES.has(m.entity.type) &&
        m.kind === 'name' &&
        (m.prep === 'в' || m.prep === 'на') &&
        !recipients.includes(m.entity) &&
        madeThere(v, m, res),
    );
    if (madeIn) suppliers = [madeIn.entity];
    // "Тракторы, выпускаемые заводом «Кедр», поставляются в X": the agent of a passive participle of
    // making that qualifies the goods made them, and supplies them.
    const maker = v.mentions.find((m) => m.end <= index && m.entity.type === 'Enterprise' && madeByAgent(m, v, res));
    if (!madeIn && maker) suppliers = [maker.entity];
  }
  // The indirect object of a supplier-subject verb: "поставляет «Ростсельмашу» комплектующие".
  if (recipients.length === 0 && frame.subject === 'supplier' && !frame.nominal && !frame.beneficiary) {
    const datives = ms.filter(
      (m) =>
        m.first > index &&
        (m.kind === 'name' || m.kind === 'adjective') &&
        !m.prep &&
        !suppliers.includes(m.entity) &&
        isDative(m, v, res),
    );
    // "Компании «Кедр» комплектующие поставляет …": the object put first, in the dative.
    const fronted = frontedObject && preverbal && mentionCases(preverbal, v, res).has('datv') ? preverbal : undefined;
    // "казанскому холдингу «Омега»": the company named, not the place adjective that qualifies it.
    const dative = fronted ?? datives.find((m) => m.kind === 'name') ?? datives[0];
    if (dative) recipients = withCoordinated(dative, ms, v);
  }
  // A supplier-subject verb with no destination named: the last place after it receives.
  // "Крупнейшим экспортёром региона остаётся X": the genitive of «экспортёр» is where it exports from.
  const exporter = res.morph.lemmas(v.tokens[index]?.text ?? '').some((l) => EXPORTER_NOUNS.has(l));
  const exporterOf = (m: MentionRef) => exporter && m.first === index + 1;
  if (recipients.length === 0 && frame.subject === 'supplier' && !frame.nominal && !frame.beneficiary) {
    const after = ms.filter(
      (m) =>
        m.first > index &&
        !exporterOf(m) &&
        // Within the trigger's clause: not in a relative clause after it ("…, который собирает машины в Семее").
        m.end <= end &&
        m.kind !== 'adjective' &&
        !suppliers.includes(m.entity) &&
        PLACE_TYPES.has(m.entity.type) &&
        m.prep !== 'из',
    );
    const last = after.at(-1);
    // "… в Минске и Бресте": every place of the list the last one ends.
    const list = last ? after.find((m) => withCoordinated(m, ms, v).includes(last.entity)) : undefined;
    if (list) recipients = withCoordinated(list, ms, v);
  }
  // "губернатор X обсудил с послом Беларуси поставки белорусской техники": talks about one side's
  // goods with no destination named bring them to the other side, the one place left.
  if (recipients.length === 0 && suppliers.length > 0 && frame.nominal && frame.subject !== 'recipient') {
    const sides = unique(
      v.mentions
        .filter((m) => PLACE_TYPES.has(m.entity.type) && m.kind !== 'adjective' && m.entity.type !== 'City')
        .map((m) => m.entity),
    ).filter((e) => !suppliers.some((s) => s === e || isInside(e, s, res) || isInside(s, e, res)));
    if (talks && sides.length === 1) recipients = sides;
  }
  // "Импорт Псковской области из Казахстана": the party in the genitive right after «импорт» imports.
  if (frame === BUY_NOUN && recipients.length === 0) {
    const importer = ms.find(
      (m) => m.first === index + 1 && m.kind === 'name' && !m.prep && nameCases(m, v, res).includes('gent'),
    );
    if (importer && !suppliers.includes(importer.entity)) recipients = [importer.entity];
  }
  // "Экспорт области в Беларусь составил 120 млн, а импорт из Беларуси — 80 млн": a noun of trade
  // in a contrast part with no owner of its own shares the owner of the noun before it.
  const owner = before?.frame.nominal ? ownerOf(before) : [];
  if (frame.nominal && owner.length > 0) {
    if (frame === BUY_NOUN && recipients.length === 0 && suppliers.length > 0)
      recipients = owner.filter((e) => !suppliers.includes(e));
    else if (frame.subject === 'supplier' && suppliers.length === 0 && recipients.length > 0)
      suppliers = owner.filter((e) => !recipients.includes(e));
  }
  // "Смоленская область заключила контракт с «Гомсельмашем» на поставку комбайнов": the deal's two
  // sides are the subject and the «с» partner; a company among them supplies, the other receives.
  const subjectOnly = suppliers.length === 0 || suppliers.every((e) => subjects.includes(e));
  if (frame.nominal && subjectOnly && recipients.length === 0) {
    const deal = dealSides(v, res, subject, ms, index);
    if (deal) [suppliers, recipients] = [[deal.supplier], [deal.recipient]];
  }
  // "Белорусская сторона экспортирует в Киргизию молоко, а импортирует фрукты": a part that shares
  // the subject in the opposite role trades with the same partner, the other way.
  if (shared.length > 0 && before && before.frame.subject !== frame.subject) {
    const partner = before.frame.subject === 'supplier' ? before.recipients : before.suppliers;
    if (frame.subject === 'recipient' && suppliers.length === 0)
      suppliers = partner.filter((e) => !recipients.includes(e));
    if (frame.subject === 'supplier' && recipients.length === 0)
      recipients = partner.filter((e) => !suppliers.includes(e));
  }
  // "Завод получает детали из Беларуси: шины поставляет «Белшина»", "…, а шины поставляет «Белшина»":
  // a part with its own supplier and no recipient leaves out the recipient of the part before.
  if (before && subject && !frame.nominal && frame.subject === 'supplier' && recipients.length === 0)
    recipients = before.recipients.filter((e) => !suppliers.includes(e));
  // "Тракторы «Беларус» закупили хозяйства …": with the subject after the verb, the goods come first.
  // "Автобусы поставлены компанией «Неман»": the goods stand on the other side of the verb from its agent.
  const objectFirst =
    (agent !== undefined && agent.first > index) ||
    (subject !== undefined && subject === postverbal && subject !== preverbal && subject !== copular) ||
    // "Белорусские товары в Калининграде закупают торговые сети": goods put first, no named subject.
    (impersonalBuying && ms.some((m) => m.kind === 'adjective' && m.end <= index && !m.prep));
  const goods = frame.passive
    ? {}
    : provided
      ? { product: provided }
      : goodsAfter(v.tokens, v.mentions, objectFirst ? from - 1 : index, res.morph);
  // "X и Y договорились поставлять друг другу", "… о взаимных поставках": each side supplies the other.
  const mutual = frame.nominal === true && res.morph.lemmas(v.tokens[index - 1]?.text ?? '').includes('взаимный');
  // "Торговля между X и Y растёт: взаимные поставки увеличились": with no subject, the two parties named.
  const named = unique(
    v.mentions.filter((m) => m.kind === 'name' && PARTY_TYPES.has(m.entity.type)).map((m) => m.entity),
  );
  const [one, other] = named;
  if (
    mutual &&
    !subject &&
    named.length === 2 &&
    one &&
    other &&
    !isInside(one, other, res) &&
    !isInside(other, one, res)
  ) {
    emit(one, other, CONFIDENCE.frame, goods);
    emit(other, one, CONFIDENCE.frame, goods);
    return undefined;
  }
  if ((mutual || /друг\s+(другу|для\s+друга)/u.test(v.tokens.map((t) => t.text).join(' '))) && subject) {
    // "гродненское ОАО «X»": a place adjective that describes a conjunct company is no side of its own.
    const describesName = (m: MentionRef) =>
      m.kind === 'adjective' && ms.some((n) => n.kind === 'name' && n.first > m.first && n.first <= m.end + 2);
    const sides = coordinated(subject, ms, v.tokens, res.morph)
      .filter((m) => !describesName(m))
      .map((m) => m.entity);
    for (const s of unique(sides)) for (const t of unique(sides)) if (s !== t) emit(s, t, CONFIDENCE.frame, goods);
    return undefined;
  }
  // "Директор компании «X» Иван Петров рассказал о поставках в Беларусь": the head of a company
  // who speaks of its supplies speaks for it.
  if (suppliers.length === 0 && recipients.length > 0 && frame.subject === 'supplier') {
    const head = v.mentions.find((m) => m.first < index && m.entity.type === 'Person' && !m.prep);
    const company = head?.entity.headOf;
    if (company?.type === 'Enterprise' && !recipients.includes(company)) suppliers = [company];
  }
  // "Экспорт Витебской области в Россию вырос … Импорт из России составил …": a noun of trade
  // statistics with no owner names one side; the other is left to the trade stated before.
  const statistic =
    frame.nominal === true &&
    !subject &&
    res.morph.lemmas(v.tokens[index]?.text ?? '').some((l) => STATISTIC_NOUNS.has(l));
  if (statistic && (suppliers.length === 0) !== (recipients.length === 0))
    return { open: { recipients, suppliers, goods, statistic } };
  // "… закупит 150 тракторов. Часть техники поставит завод «X»": a part of the goods before, whose
  // recipients are left to that sentence.
  const part = [index - 2, index - 1, index + 1].some((k) =>
    res.morph.lemmas(v.tokens[k]?.text ?? '').includes('часть'),
  );
  if (part && !frame.nominal && suppliers.length > 0 && recipients.length === 0)
    return { open: { recipients, suppliers, goods, part } };
  // "Первая партия уже поступила в торговые сети Хабаровска": goods that arrive with no one
  // sending them leave the sender to the sentence before, as a passive participle does.
  const arrived = frame === ARRIVE || frame === ARRIVE_THERE || frame === INTENDED;
  if (suppliers.length === 0 && recipients.length > 0 && (!frame.passive || arrived) && !frame.beneficiary) {
    const agentless = arrived || res.morph.parse(v.tokens[index]?.text ?? '')[0]?.pos === 'PRTS';
    return { open: { recipients, goods, ...(agentless ? { agentless } : {}) } };
  }
  recipients = [...recipients, ...exampleRecipients(v, ms, recipients, suppliers, index)];
  // "во вьетнамскую провинцию Тханьхоа": an adjective that says where the recipient is sends nothing.
  const describes = (s: EntityDraft, t: EntityDraft) =>
    ms.some((a) => a.entity === s && ms.some((o) => o.entity === t && qualifiesPlace(a, o)));
  for (const s of unique(suppliers)) {
    for (const t of unique(recipients)) {
      if (s !== t && !isInside(s, t, res) && !isInside(t, s, res) && !describes(s, t))
        emit(s, t, CONFIDENCE.frame, goods);
    }
  }
  return suppliers.length > 0 && recipients.length > 0
    ? { sides: { suppliers: unique(suppliers), recipients: unique(recipients), frame } }
    : undefined;
}

/**
 * "поставляет оборудование на псковские предприятия, в том числе на завод «X»": the companies
 * and bodies listed as examples of the recipients' class receive the goods too. The class is the
 * phrase that ends at the comma before the example phrase, and a recipient named in it.
 */
function exampleRecipients(
  v: SentenceView,
  ms: readonly MentionRef[],
  recipients: readonly EntityDraft[],
  suppliers: readonly EntityDraft[],
  index: number,
): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (const o of ms) {
    if (!o.example || o.kind !== 'name' || (o.entity.type !== 'Enterprise' && o.entity.type !== 'Organization'))
      continue;
    if (recipients.includes(o.entity) || suppliers.includes(o.entity)) continue;
    const start = exampleListStart(v.tokens, o.first);
    const comma = start === undefined ? -1 : start - 1;
    if (v.tokens[comma]?.text !== ',') continue;
    // The recipient ends the class phrase: at the comma, or one noun before it ("псковские предприятия").
    const ofClass = ms.some(
      (r) => r.first > index && recipients.includes(r.entity) && r.end <= comma && r.end >= comma - 1,
    );
    if (ofClass) out.push(o.entity);
  }
  return out;
}

/** Words that name who buys the goods a sentence before supplied ("Основным покупателем остаётся X"). */
const BUYER_WORDS = new Set(['покупатель', 'получатель', 'импортёр', 'импортер', 'потребитель', 'заказчик']);

/**
 * The buyers a sentence names for the supply of the sentence before ("Основным покупателем
 * остаётся провинция Хэйлунцзян"): a buyer noun among the first words of its clause and one named
 * party without a preposition, or one list of them; none when the clause names others too.
 */
export function buyerNamed(v: SentenceView, res: ExtractionResources): EntityDraft[] {
  const word = v.tokens.findIndex((t) => res.morph.lemmas(t.text).some((l) => BUYER_WORDS.has(l)));
  if (word < 0) return [];
  // "По словам директора, основными потребителями продукции являются …": among the first words of its clause.
  const [start, end] = clauseAt(v.clauses, word);
  if (word - start > 3) return [];
  const named = v.mentions.filter(
    (m) => m.first >= start && m.end <= end && m.kind === 'name' && !m.prep && PARTY_TYPES.has(m.entity.type),
  );
  // One buyer, or one list of them ("аграрии Краснодарского и Ставропольского краёв").
  const [first] = named;
  const buyers = first ? withCoordinated(first, named, v) : [];
  return named.every((m) => buyers.includes(m.entity)) ? buyers : [];
}

/**
 * "одним из (таких, основных) поставщиков": the genitive plural at `k` after «одним из» and its
 * adjectives or pronoun names one member of the class, the predicate as the instrumental would.
 */
function oneOf(v: SentenceView, res: ExtractionResources, k: number): boolean {
  let j = k - 1;
  while (j > 0 && res.morph.parse(v.tokens[j]?.text ?? '').some((p) => p.pos === 'ADJF' || p.pos === 'NPRO')) j--;
  return (
    v.tokens[j]?.text.toLowerCase() === 'из' &&
    res.morph.lemmas(v.tokens[j - 1]?.text ?? '').some((l) => l === 'один' || l === 'одна')
  );
}

/**
 * "… передаст Петербургу 20 трамваев. Контракт на их поставку заключило ГУП «Горэлектротранс»": a
 * sentence that opens with a deal for the supply (of the goods) before and names one party signing
 * it names the customer of that supply.
 */
export function dealSignerAfter(v: SentenceView, res: ExtractionResources): EntityDraft | undefined {
  const deal = openingDeal(v, res);
  if (deal < 0 || v.tokens[deal + 1]?.text.toLowerCase() !== 'на') return undefined;
  const noun = ['их', 'эту', 'эти'].includes(v.tokens[deal + 2]?.text.toLowerCase() ?? '') ? deal + 3 : deal + 2;
  if (!res.morph.lemmas(v.tokens[noun]?.text ?? '').some((l) => SUPPLY_NOUN_LEMMAS.has(l))) return undefined;
  // "Контракт на их поставку": the goods are those before, with no goods of its own after the noun.
  if (res.morph.parse(v.tokens[noun + 1]?.text ?? '').some((p) => p.pos === 'NOUN' && p.case === 'gent'))
    return undefined;
  return soleBody(v, (m) => !m.prep);
}

/** The index of a deal noun among a sentence's first three words ("Контракт …", "Этот договор …"), or -1. */
function openingDeal(v: SentenceView, res: ExtractionResources): number {
  const deal = v.tokens.findIndex((t) => res.morph.lemmas(t.text).some((l) => DEAL_NOUNS.has(l)));
  return deal > 2 ? -1 : deal;
}

/** The one company or body the sentence names where `at` holds, if there is exactly one. */
function soleBody(v: SentenceView, at: (m: MentionRef) => boolean): EntityDraft | undefined {
  const bodies = unique(
    v.mentions
      .filter((m) => m.kind === 'name' && (m.entity.type === 'Enterprise' || m.entity.type === 'Organization') && at(m))
      .map((m) => m.entity),
  );
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** Verbs of supporting what others do ("поддержал поставки", "содействует экспорту"). */
const SUPPORTING = new Set([
  'поддержать',
  'поддерживать',
  'содействовать',
  'способствовать',
  'помочь',
  'помогать',
  'стимулировать',
  'финансировать',
  'профинансировать',
  'субсидировать',
  'застраховать',
  'страховать',
]);

/** Participles of concluding a deal ("подписан", "заключён"). */
const CONCLUDED = new Set(['подписать', 'заключить']);

/**
 * "… закупят 40 насосов. Контракт подписан с ОАО «X»": a deal noun opening the sentence, a short
 * participle of concluding it, and one company or body after «с»: the buyer's counterpart, who
 * sells.
 */
export function dealPartnerAfter(v: SentenceView, res: ExtractionResources): EntityDraft | undefined {
  if (openingDeal(v, res) < 0) return undefined;
  const concluded = v.tokens.some((t) =>
    res.morph.parse(t.text).some((p) => p.pos === 'PRTS' && CONCLUDED.has(p.lemma)),
  );
  if (!concluded) return undefined;
  return soleBody(v, (m) => (m.prep ?? phrasePreposition(m, v, res)) === 'с');
}

/** Nouns of an exporter, whose genitive is its home ("экспортёр региона"), not a recipient. */
const EXPORTER_NOUNS = new Set(['экспортёр', 'экспортер']);

/** Words that name who supplies what a sentence before delivered ("Крупнейшим поставщиком остаётся X"). */
const SUPPLIER_WORDS = new Set(['поставщик', 'экспортёр', 'экспортер']);

/**
 * The suppliers a sentence names for the supply of the sentence before ("Белорусская мебель
 * хорошо продаётся в крае. Крупнейшим поставщиком остаётся компания «X»"): a supplier noun in
 * the instrumental among its first words, a copula right after it, and one named party, or
 * with the noun in the plural each of those named ("Основными поставщиками являются X и Y").
 */
export function suppliersNamed(v: SentenceView, res: ExtractionResources): EntityDraft[] {
  const readings = (t: { text: string }, k: number) =>
    res.morph
      .parse(t.text)
      .filter((p) => SUPPLIER_WORDS.has(p.lemma) && (p.case === 'ablt' || (p.case === 'gent' && oneOf(v, res, k))));
  const word = v.tokens.findIndex((t, k) => readings(t, k).length > 0);
  // "Крупнейшим экспортёром региона остаётся X": one genitive word of whose supplier may stand between.
  const whose = v.mentions.find((m) => m.first === word + 1 && m.end === word + 2);
  const ofWhom =
    whose !== undefined ||
    res.morph
      .parse(v.tokens[word + 1]?.text ?? '')
      .some((p) => p.pos === 'NOUN' && p.case === 'gent' && GENERIC_PLACE_NOUNS.has(p.lemma));
  const copula = ofWhom ? word + 2 : word + 1;
  if (word < 0 || word > 3 || !res.morph.lemmas(v.tokens[copula]?.text ?? '').some((l) => COPULAS.has(l))) return [];
  // "Одним из таких поставщиков является X": one of them, a singular.
  const plural = readings(v.tokens[word] ?? { text: '' }, word).some((p) => p.number === 'plur' && p.case === 'ablt');
  const named = unique(
    v.mentions
      .filter((m) => m.kind === 'name' && !m.prep && PARTY_TYPES.has(m.entity.type) && m !== whose)
      .map((m) => m.entity),
  );
  return plural || named.length === 1 ? named : [];
}

/**
 * "Основным потребителем калужских двигателей является БелАЗ", "X стала крупнейшим покупателем
 * продукции завода «Кедр»": a buyer noun in the instrumental (the predicate of a copula) with its
 * goods in the genitive after it. The goods' origin supplies, a place adjective that qualifies
 * them or the maker named in the genitive after them; the party named outside that phrase buys.
 */
export function buyerOfGoods(
  v: SentenceView,
  res: ExtractionResources,
): { supplier: EntityDraft; recipients: EntityDraft[]; product: string } | undefined {
  const word = v.tokens.findIndex((t) =>
    res.morph.parse(t.text).some((p) => p.pos === 'NOUN' && p.case === 'ablt' && BUYER_WORDS.has(p.lemma)),
  );
  if (word < 0) return undefined;
  // The goods: the first noun in the genitive after the buyer word, adjectives between.
  const goods = pastAdjectives(v, word + 1, res);
  const noun = res.morph
    .parse(v.tokens[goods]?.text ?? '')
    .find((p) => p.pos === 'NOUN' && p.case === 'gent' && p.animacy !== 'anim');
  if (!noun) return undefined;
  const adjective = v.mentions.find(
    (m) => m.kind === 'adjective' && PLACE_TYPES.has(m.entity.type) && m.first > word && m.end <= goods,
  );
  // "продукции завода «Кедр»", "продукции «Кедра»": the maker in the genitive right after the goods.
  // "продукции предприятия": a company noun that refers back names the maker as well.
  const maker = v.mentions.find(
    (m) =>
      (m.kind === 'name' || (m.kind === 'generic' && m.entity.type === 'Enterprise')) &&
      !m.prep &&
      PARTY_TYPES.has(m.entity.type) &&
      m.first > goods &&
      v.tokens
        .slice(goods + 1, m.first)
        .every((t) => OPEN_QUOTES.has(t.text) || ENTERPRISE_NOUNS.has(lemmaOf(t.text, res))),
  );
  const origin = adjective ?? maker;
  if (!origin) return undefined;
  const named = v.mentions.filter(
    (m) => m.kind === 'name' && !m.prep && PARTY_TYPES.has(m.entity.type) && m.entity !== origin.entity,
  );
  // "компании Московской и Ленинградской областей": one buyer, or one list of them.
  const [first] = named;
  const buyers = first ? withCoordinated(first, named, v) : [];
  if (!first || unique(named.map((m) => m.entity)).some((e) => !buyers.includes(e))) return undefined;
  return { supplier: origin.entity, recipients: buyers, product: noun.lemma };
}

function lemmaOf(text: string, res: ExtractionResources): string {
  return res.morph.parse(text)[0]?.lemma ?? text.toLowerCase();
}

/**
 * The reference ids of the places the company of mention `m` is at home in (each with the places
 * it lies in): a place adjective right before it ("челябинская компания «X»"), a place its name
 * opens or holds («Костанай Астык»), or its reference entry.
 */
function homePlaces(m: MentionRef, v: SentenceView, res: ExtractionResources): string[] {
  const ids: string[] = [...gazetteerPlaceChain(res.gazetteer, m.entity.ref?.locatedIn)];
  const adjective = v.mentions.find((o) => o.kind === 'adjective' && o.end <= m.first && o.end >= m.first - 3);
  if (adjective?.entity.ref) ids.push(...gazetteerPlaceChain(res.gazetteer, adjective.entity.ref.id));
  const words = tokenize(m.entity.name);
  for (let k = 0; k < words.length; k++) {
    const g = res.gazetteer.match(words, k);
    if (g && PLACE_TYPES.has(g.entry.type)) ids.push(...gazetteerPlaceChain(res.gazetteer, g.entry.id));
  }
  return ids;
}
