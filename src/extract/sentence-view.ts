/**
 * What the relation rules see of one sentence, and the predicates they share:
 * which mentions stand for actors, which are parts of longer names, events or
 * titles, and how to pair them. Pure.
 */
import type { RelationType } from '../schema/types.ts';
import { clauseAt } from './clauses.ts';
import { foldWord, gazetteerPlaceChain, PLACE_TYPES } from './gazetteer.ts';
import {
  ENTERPRISE_NOUNS,
  EVENT_NOUNS,
  HEAD_TITLES,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  PERSON_TITLES,
} from './lexicon.ts';
import { CITY_NOUNS, isCompoundCompanyForm, OPEN_QUOTES, REGION_NOUNS } from './scanner.ts';
import type { EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

export const PREPOSITION_WORDS = new Set([
  'в',
  'во',
  'на',
  'из',
  'через',
  'с',
  'со',
  'от',
  'до',
  'по',
  'к',
  'у',
  'для',
]);
export const PARTICIPANT_NOUNS = new Set([
  'бизнес',
  'инвестор',
  'компания',
  'предприятие',
  'холдинг',
  'завод',
  'производитель',
]);
export const PARTY_TYPES = new Set(['Country', 'Region', 'City', 'Enterprise', 'Organization']);

/** Nouns that make a place adjective stand for its place as an actor ("белорусская сторона"). */
export const AGENT_NOUNS = new Set([
  'сторона',
  'хозяйство',
  'правительство',
  'власть',
  'компания',
  'предприятие',
  'строитель',
  'производитель',
  'делегация',
  'гость',
  'бизнес',
  'партнёр',
  'партнер',
  'холдинг',
  'завод',
  // Kinds of company, as «завод» and «холдинг» ("на ивановские фабрики", "белорусские концерны").
  'фабрика',
  'комбинат',
  'концерн',
  'корпорация',
  'фирма',
  'агрохолдинг',
  'агрофирма',
  'автозавод',
  'птицефабрика',
  'верфь',
  'регион',
  'республика',
  'инвестор',
  'экспорт',
  'импорт',
  'инвестиция',
  'коллега',
  'организация',
  // Institutions act as companies do: "тульские и гомельские вузы договорились …".
  'вуз',
  'университет',
  'институт',
  'колледж',
  'банк',
  'учреждение',
  'ведомство',
  'аграрий',
  'машиностроитель',
  'сельхозпроизводитель',
  // Trade roles: "с казахстанским дилером" deals with Казахстан.
  'дилер',
  'дистрибьютор',
  'поставщик',
  'покупатель',
  'заказчик',
  'импортёр',
  'импортер',
  'экспортёр',
  'экспортер',
]);

/**
 * A place adjective that qualifies those who act ("белорусская сторона", "тульские инвесторы",
 * "узбекские авиакомпании"): the place is a party.
 */
export function agentAdjective(m: MentionRef): boolean {
  return (
    m.governs !== undefined &&
    (AGENT_NOUNS.has(m.governs) || m.group === true || isCompoundCompanyForm(foldWord(m.governs)))
  );
}

export interface SentenceView {
  readonly index: number;
  readonly lemmas: ReadonlySet<string>;
  readonly mentions: readonly MentionRef[];
  readonly tokens: readonly { text: string }[];
  /** Clause spans of the sentence (`clauseSpans`), computed once for every rule. */
  readonly clauses: readonly [number, number][];
  /** Tokens inside parentheses: glosses and aliases, no partners. */
  readonly glosses: ReadonlySet<number>;
  /** Tokens that name the source of a report ("как сообщает пресс-служба X"), no parties (`reportSources`). */
  readonly sources: ReadonlySet<number>;
  /** Mentions inside an event's name (`eventNameMentions`): no parties. */
  readonly eventNamed: ReadonlySet<MentionRef>;
}

/**
 * The words between two mentions, lower case, without the closing quote of the first name
 * ("компания «Y» из Китая" → ["из"]).
 */
export function wordsBetween(v: Pick<SentenceView, 'tokens'>, end: number, first: number): string[] {
  return v.tokens
    .slice(end, first)
    .map((t) => t.text.toLowerCase())
    .filter((w, g) => g > 0 || !/^[»"”]$/u.test(w));
}

export function isInside(a: EntityDraft, b: EntityDraft, res: ExtractionResources): boolean {
  const id = b.ref?.id;
  return id !== undefined && gazetteerPlaceChain(res.gazetteer, a.ref?.locatedIn).includes(id);
}

/**
 * A place adjective that qualifies the place named right after it, or after the noun of that
 * place's kind: "в казахстанском Павлодаре", "во вьетнамскую провинцию Тханьхоа".
 */
export function qualifiesPlace(adjective: MentionRef, place: MentionRef): boolean {
  const kind = adjective.governs ?? '';
  return (
    adjective.kind === 'adjective' &&
    place.kind === 'name' &&
    (place.first === adjective.end ||
      (place.first === adjective.end + 1 && (REGION_NOUNS.has(kind) || CITY_NOUNS.has(kind))))
  );
}

export function unique(list: readonly EntityDraft[]): EntityDraft[] {
  return [...new Set(list)];
}

/**
 * "… с Иваном Петровым, который возглавляет завод", "компания «X», которая является …": the name
 * right before the comma of a clause that «который» in `relativeCase` opens at `start`.
 */
export function relativeAntecedent(
  v: SentenceView,
  res: ExtractionResources,
  start: number,
  relativeCase = 'nomn',
): MentionRef | undefined {
  const relative = res.morph
    .parse(v.tokens[start]?.text ?? '')
    .some((p) => p.lemma === 'который' && p.case === relativeCase);
  if (!relative || v.tokens[start - 1]?.text !== ',') return undefined;
  return v.mentions.find((m) => m.end === start - 1 && m.kind === 'name');
}

/** Options of `partyMentions`: keep title genitives, only places, drop towns named as venues. */
export interface PartyOptions {
  readonly titles?: boolean;
  readonly places?: boolean;
  readonly located?: boolean;
}

/**
 * Nouns of a relation between two sides: a compound adjective on them ("российско-белорусские
 * переговоры", "казахстанско-российский товарооборот") names both sides as parties.
 */
const BILATERAL_NOUNS = new Set([
  'переговоры',
  'встреча',
  'консультация',
  'товарооборот',
  'торговля',
  'сотрудничество',
  'кооперация',
  'отношение',
  'партнёрство',
  'партнерство',
  'взаимодействие',
  'связь',
]);

/** Mentions that stand for an actor: names, generic phrases, adjectives of agent nouns; not a person's title. */
export function partyMentions(v: SentenceView, opts: PartyOptions = {}): MentionRef[] {
  return v.mentions
    .filter((m) => PARTY_TYPES.has(m.entity.type) && (!opts.places || PLACE_TYPES.has(m.entity.type)))
    .filter((m) => opts.titles || !m.titleOf)
    .filter(
      (m) =>
        m.kind !== 'adjective' ||
        agentAdjective(m) ||
        (m.governs !== undefined && m.compound === true && BILATERAL_NOUNS.has(m.governs)),
    )
    .filter(
      (m) =>
        !insideOrganization(m, v) &&
        !inEventName(m, v) &&
        !withinOther(m, v) &&
        !envoyPost(m, v) &&
        !pressOrigin(m, v) &&
        !witness(m, v) &&
        !countryOfRegion(m, v) &&
        !companyOrigin(m, v) &&
        !v.sources.has(m.first) &&
        // "одним из партнёров Узбекистана среди российских регионов": the set compared within is no party.
        m.prep !== 'среди',
    )
    .filter((m) => !opts.located || !(m.entity.type === 'City' && (m.prep === 'в' || m.prep === 'на')));
}

/**
 * "Ярославский моторный завод, входящий в группу ГАЗ, подписал …": a mention in a participial
 * phrase set off by a comma belongs to the participle, not to the predicate of the clause.
 */
export function inParticipialPhrase(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return participleOf(m, v, res) !== undefined;
}

/**
 * "Завод «X», входящий в холдинг «Y», наладил выпуск …": the mention is in a participial phrase
 * that does not hold the trigger, so it is an argument of the participle, not of the trigger's
 * predicate. ("…, выпускающий вместе с «Y» …" holds it.)
 */
export function participialApart(m: MentionRef, v: SentenceView, res: ExtractionResources, trigger: number): boolean {
  const start = participleOf(m, v, res);
  if (start === undefined) return false;
  let end = m.end;
  while (end < v.tokens.length && v.tokens[end]?.text !== ',') end++;
  return trigger < start || trigger >= end;
}

/** The participle that opens the comma-bounded participial phrase `m` is in, if it is in one. */
export function participleOf(m: MentionRef, v: SentenceView, res: ExtractionResources): number | undefined {
  return participleBefore(v, m.first, res);
}

/** The participle that opens the comma-bounded participial phrase token `at` is in, if it is in one. */
export function participleBefore(v: SentenceView, at: number, res: ExtractionResources): number | undefined {
  let k = at - 1;
  while (k >= 0 && v.tokens[k]?.text !== ',') {
    if (/^[.;:()»—–]$/u.test(v.tokens[k]?.text ?? '')) return undefined;
    k--;
  }
  if (k < 1) return undefined;
  return res.morph.parse(v.tokens[k + 1]?.text ?? '').some((p) => p.pos === 'PRTF') ? k + 1 : undefined;
}

/**
 * The cases a name may be in, read on its first word (past an opening quote): a preposition's
 * case, the dative of an indirect object, a direction against a place.
 */
export function nameCases(m: MentionRef, v: SentenceView, res: ExtractionResources): (string | undefined)[] {
  return res.morph.parse(v.tokens[nameWord(m, v)]?.text ?? '').map((p) => p.case);
}

/** The index of a name's first word, past the quote that opens it ("«Кедр»" → Кедр). */
export function nameWord(m: MentionRef, v: Pick<SentenceView, 'tokens'>): number {
  return OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '') ? m.first + 1 : m.first;
}

/**
 * The cases a name may be in: its own word's, or for a quoted name also those of the company
 * noun before it ("компанией «Сож»", "фабрику «Лён»"), which carries the case the name does not show.
 */
export function mentionCases(m: MentionRef, v: SentenceView, res: ExtractionResources): Set<string | undefined> {
  const quoted = OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '');
  const head = quoted ? res.morph.parse(v.tokens[wordBeforeName(m, v)]?.text ?? '').map((p) => p.case) : [];
  return new Set([...nameCases(m, v, res), ...head]);
}

/**
 * A place after «в/во/на» that can be prepositional, also where the accusative looks the same
 * ("в Приамурье"): after a verb of buying, which names no destination with «в», it is where.
 * So is a place after «под» in the instrumental ("под Минском": on the town's outskirts).
 */
export function mayBeLocative(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.prep === 'под' && m.kind === 'name' && PLACE_TYPES.has(m.entity.type))
    return v.tokens[m.first - 1]?.text.toLowerCase() === 'под' && nameCases(m, v, res).includes('ablt');
  if ((m.kind !== 'name' && m.kind !== 'generic') || !['в', 'во', 'на'].includes(m.prep ?? '')) return false;
  const cases = nameCases(m, v, res);
  return cases.length === 0 || cases.some((c) => c === 'loct' || c === 'loc2');
}

/**
 * "на полях Алтайского края", "в хозяйствах Брянской области": a name in the genitive of a common
 * noun that a preposition governs belongs to that prepositional phrase; the preposition, if so.
 */
export function phrasePreposition(m: MentionRef, v: SentenceView, res: ExtractionResources): string | undefined {
  if (m.prep || m.kind === 'adjective' || !nameCases(m, v, res).includes('gent')) return undefined;
  const k = wordBeforeName(m, v);
  const head = v.tokens[k]?.text ?? '';
  if (head !== head.toLowerCase() || !res.morph.parse(head).some((p) => p.pos === 'NOUN' && p.case !== 'nomn'))
    return undefined;
  let at = beforeAdjectives(v, k - 1, res);
  // "на угольных разрезах и алмазных рудниках Якутии": back over nouns coordinated under one preposition.
  const cases = new Set(res.morph.parse(head).map((p) => p.case));
  for (let steps = 0; steps < 3 && ['и', ','].includes(v.tokens[at]?.text ?? ''); steps++) {
    const noun = v.tokens[at - 1]?.text ?? '';
    if (noun !== noun.toLowerCase() || !res.morph.parse(noun).some((p) => p.pos === 'NOUN' && cases.has(p.case))) break;
    at = beforeAdjectives(v, at - 2, res);
  }
  const word = v.tokens[at]?.text.toLowerCase() ?? '';
  return PREPOSITION_WORDS.has(word) ? word : undefined;
}

/** The mention stands in a relative clause ("…, которые выпускает завод «X»"), which has its own arguments. */
export function inRelativeClause(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return res.morph.lemmas(v.tokens[clauseAt(v.clauses, m.first)[0]]?.text ?? '').includes('который');
}

/** "компания «Бета» из Екатеринбурга": the place says where the company is from, its attribute; the company is the party. */
export function companyOrigin(m: MentionRef, v: Pick<SentenceView, 'mentions' | 'tokens'>): boolean {
  if (m.prep !== 'из') return false;
  const before = v.mentions.filter((o) => o.end <= m.first && o.kind === 'name').at(-1);
  if (!before || (before.entity.type !== 'Enterprise' && before.entity.type !== 'Organization')) return false;
  // "компания «Альфа» из города Лида": a town noun before the name is part of where it is from.
  const [from, ...rest] = wordsBetween(v, before.end, m.first).filter((w) => w !== '.');
  return from === 'из' && (rest.length === 0 || (rest.length === 1 && CITY_FORMS.test(rest[0] ?? '')));
}

/** Forms of the nouns of a town that may stand before its name ("из города Лида", "из г. Лида"). */
const CITY_FORMS = /^(города|г|посёлка|поселка|села|деревни)$/u;

/** "подписали … в присутствии посла Казахстана": whoever witnesses an act is no party to it. */
function witness(m: MentionRef, v: SentenceView): boolean {
  for (let k = m.first - 1; k >= 1 && k >= m.first - 4; k--) {
    const w = v.tokens[k]?.text.toLowerCase() ?? '';
    if (/^[,.;:()]$/u.test(w)) return false;
    if (w === 'присутствии' && v.tokens[k - 1]?.text.toLowerCase() === 'в') return true;
  }
  return false;
}

/** Words of the press, whose people report on cooperation and take no part in it. */
const PRESS_WORDS = /^(журналист|корреспондент|репортёр|репортер|блогер|сми$)/u;

/**
 * "рассказал журналистам из Москвы", "корреспонденту из Минска": where the press comes from
 * names no side of what is reported.
 */
function pressOrigin(m: MentionRef, v: SentenceView): boolean {
  if (m.prep !== 'из' || v.tokens[m.first - 1]?.text.toLowerCase() !== 'из') return false;
  return PRESS_WORDS.test(v.tokens[m.first - 2]?.text.toLowerCase() ?? '');
}

/** Words of an envoy or a mission: "посол Беларуси в Китае" is posted in China. */
const ENVOY_WORDS = /^(посол|посла|послу|послом|послы|послов|послам|послами|посольств|консул|генконсул|торгпред)/u;

/**
 * "с послом Беларуси в Китае": the place after «в» is where the envoy of the place before it
 * serves, not a side of what the envoy does.
 */
export function envoyPost(m: MentionRef, v: SentenceView): boolean {
  if (m.prep !== 'в' && m.prep !== 'во') return false;
  const sent = v.mentions.find((o) => o.end === m.first - 1 && o.kind === 'name');
  return sent !== undefined && ENVOY_WORDS.test(v.tokens[sent.first - 1]?.text.toLowerCase() ?? '');
}

/**
 * "Костанайской области Казахстана", "Центрального аймака Монголии": a country in the genitive
 * right after a region says whose region it is; it is no side of its own.
 */
function countryOfRegion(m: MentionRef, v: SentenceView): boolean {
  if (m.entity.type !== 'Country' || m.prep !== undefined || m.kind !== 'name') return false;
  return v.mentions.some((o) => o.end === m.first && o.kind === 'name' && o.entity.type === 'Region');
}

/** The entities of `partyMentions`, once each. */
export function parties(v: SentenceView, opts: PartyOptions = {}): EntityDraft[] {
  return unique(partyMentions(v, opts).map((m) => m.entity));
}

/** An adjective inside a longer mention ("российского региона") is that mention's part, not a party of its own. */
export function withinOther(m: MentionRef, v: SentenceView): boolean {
  return (
    m.kind === 'adjective' &&
    v.mentions.some((o) => o !== m && o.first <= m.first && o.end >= m.end && o.end - o.first > m.end - m.first)
  );
}

/** The genitive after a title names what a person heads ("глава российского региона"), not a participant. */
export function afterTitle(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const before = v.tokens[m.first - 1];
  return before !== undefined && res.morph.lemmas(before.text).some((l) => HEAD_TITLES.has(l));
}

/**
 * "ООО «Альфа», официальный дилер Минского автозавода": a name in the genitive of a common noun that
 * opens an apposition after a comma describes the name before the comma; it is no party of its own.
 */
export function inApposition(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.prep || m.kind === 'adjective') return false;
  const k = wordBeforeName(m, v);
  const noun = v.tokens[k]?.text ?? '';
  // A title's apposition names a person's post ("Иван Петров, губернатор области"), which sides may take.
  const parses = res.morph.parse(noun).filter((p) => p.pos === 'NOUN');
  if (noun !== noun.toLowerCase() || parses.length === 0 || parses.some((p) => PERSON_TITLES.has(p.lemma)))
    return false;
  const comma = beforeAdjectives(v, k - 1, res);
  if (v.tokens[comma]?.text !== ',') return false;
  // "Как сообщает пресс-служба области, завод «X» …": the comma closes the source, nothing it describes.
  return v.mentions.some((o) => o.kind === 'name' && o.end === comma && !v.sources.has(o.first));
}

/**
 * "посол Казахстана", "с министром промышленности Беларуси": the index of the title noun whose
 * post the place names, past up to three genitive words between, when no name follows the place
 * (then the title's holder is unnamed and the place stands for the post); undefined otherwise.
 */
export function unnamedTitleAt(m: MentionRef, v: SentenceView, res: ExtractionResources): number | undefined {
  if (/^\p{Lu}/u.test(v.tokens[m.end]?.text ?? '')) return undefined;
  const genitive = (text: string) =>
    text === text.toLowerCase() &&
    res.morph.parse(text).some((p) => p.case === 'gent' && (p.pos === 'NOUN' || p.pos === 'ADJF'));
  const titleAt = (at: number) => res.morph.lemmas(v.tokens[at]?.text ?? '').some((l) => PERSON_TITLES.has(l));
  let j = m.first - 1;
  while (j >= m.first - 3 && !titleAt(j) && genitive(v.tokens[j]?.text ?? '')) j--;
  return titleAt(j) ? j : undefined;
}

/**
 * The sides named after each «между» ("между X и Y, а также между Z и W"): the first two names of
 * different parties before the next «между» (within 20 words), a gloss in brackets or a place inside
 * a body's name skipped ("между правительством Республики Саха (Якутия) и …"); `at` is «между».
 */
export function betweenSides(v: SentenceView): { at: number; sides: [MentionRef, MentionRef] }[] {
  const starts = v.tokens.flatMap((t, k) => (t.text.toLowerCase() === 'между' ? [k] : []));
  const out: { at: number; sides: [MentionRef, MentionRef] }[] = [];
  starts.forEach((at, n) => {
    const stop = Math.min(at + 20, starts[n + 1] ?? Number.MAX_SAFE_INTEGER);
    const sides: MentionRef[] = [];
    for (const m of v.mentions) {
      if (m.first <= at || m.first >= stop || m.kind !== 'name' || !PARTY_TYPES.has(m.entity.type)) continue;
      if (insideOrganization(m, v) || v.glosses.has(m.first) || sides.some((o) => o.entity === m.entity)) continue;
      sides.push(m);
    }
    const [p, q] = sides;
    if (p && q) out.push({ at, sides: [p, q] });
  });
  return out;
}

/** Events are not parties: "форума регионов России и Белоруссии" names no partner (see `eventNameMentions`). */
export function inEventName(m: MentionRef, v: SentenceView): boolean {
  return v.eventNamed.has(m);
}

/**
 * The mentions of a sentence that belong to an event's name: a name a few words after an event
 * noun ("форума регионов России и Белоруссии") is its genitive dependent. A name with no
 * preposition that cannot be genitive is not: after the event's locative phrase it is the
 * subject ("На форуме Смоленская область подписала соглашение …").
 */
export function eventNameMentions(
  mentions: readonly MentionRef[],
  tokens: readonly { text: string }[],
  res: ExtractionResources,
): Set<MentionRef> {
  const out = new Set<MentionRef>();
  for (const m of mentions) {
    let afterEvent = false;
    for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
      const t = tokens[k];
      if (!t || /^[.,;:!?()«»"]$/u.test(t.text)) break;
      if (EVENT_NOUNS.test(t.text.toLowerCase())) {
        afterEvent = true;
        break;
      }
    }
    if (!afterEvent) continue;
    // A quoted name takes its case from the noun before the quotes ("компания «Кедр»").
    const quoted = OPEN_QUOTES.has(tokens[m.first]?.text ?? '');
    const parses = res.morph.parse(tokens[quoted ? m.first - 1 : m.first]?.text ?? '');
    const subject = m.prep === undefined && parses.length > 0 && parses.every((p) => p.case !== 'gent');
    if (!subject) out.add(m);
  }
  // "Форума межрегионального сотрудничества России и Казахстана": a genitive conjunct of a name of
  // the event's belongs to it too, however far from the event noun.
  for (const m of mentions) {
    const joiner = tokens[m.first - 1]?.text;
    const before = mentions.find((o) => o.end === m.first - 1 && out.has(o));
    const genitive = res.morph.parse(tokens[m.first]?.text ?? '').some((p) => p.case === 'gent');
    if (before && (joiner === 'и' || joiner === ',') && !m.prep && genitive) out.add(m);
  }
  return out;
}

/**
 * A place the sentence gives as where something is ("«Альфа» из Пензы") is that thing's
 * attribute, not a side of what the thing does.
 */
export function placesSomethingHere(e: EntityDraft, v: SentenceView, found: readonly FoundRelation[]): boolean {
  return found.some((r) => r.type === 'LOCATED_IN' && r.sentence === v.index && r.target === e);
}

/** An enterprise the sentence places in a region is not that region's partner. */
export function locatedHere(e: EntityDraft, v: SentenceView, found: readonly FoundRelation[]): boolean {
  return found.some((r) => r.type === 'LOCATED_IN' && r.sentence === v.index && (r.source === e || r.target === e));
}

/** The mention lies inside a longer mention of one of `types` ("Калужской области" in "правительство Калужской области"). */
export function insideMentionOf(m: MentionRef, v: Pick<SentenceView, 'mentions'>, types: ReadonlySet<string>): boolean {
  return v.mentions.some(
    (o) =>
      o !== m && types.has(o.entity.type) && o.first <= m.first && o.end >= m.end && o.end - o.first > m.end - m.first,
  );
}

const NAMING_TYPES: ReadonlySet<string> = new Set(['Organization', 'Project']);

export function insideOrganization(m: MentionRef, v: SentenceView): boolean {
  return insideMentionOf(m, v, NAMING_TYPES);
}

/** Token `k` is a word of a name ("Комитет по внешним связям", "проект «… и экспорт»"): it states nothing itself. */
export function inName(v: SentenceView, k: number): boolean {
  return v.mentions.some((m) => m.kind === 'name' && m.first <= k && k < m.end);
}

export function persons(v: SentenceView): EntityDraft[] {
  return unique(v.mentions.filter((m) => m.entity.type === 'Person' && !witness(m, v)).map((m) => m.entity));
}

export function pairs(list: readonly EntityDraft[], res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const out: [EntityDraft, EntityDraft][] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      if (a && b && a !== b && !isInside(a, b, res) && !isInside(b, a, res)) out.push([a, b]);
    }
  }
  return out;
}

/** The token at `k` has a lemma in `set` (what a frame asks of one position of the sentence). */
export function lemmaAt(v: SentenceView, k: number, set: ReadonlySet<string>, res: ExtractionResources): boolean {
  return res.morph.lemmas(v.tokens[k]?.text ?? '').some((l) => set.has(l));
}

export function has(v: SentenceView, set: ReadonlySet<string>): boolean {
  for (const l of set) if (v.lemmas.has(l)) return true;
  return false;
}

/** Records a relation found in a sentence; the caller merges duplicates. */
export type AddRelation = (
  type: RelationType,
  source: EntityDraft,
  target: EntityDraft,
  v: SentenceView,
  confidence: number,
  attributes?: Record<string, string | number>,
) => void;

/**
 * How sure each kind of rule is, in one place: a relation read from a name's own
 * phrase or a meeting of named people is surer than one read from a clause's
 * sides, and a place guessed from a verb of working is the least sure.
 */
export const CONFIDENCE = {
  /** Named people who meet. */
  peopleMeet: 0.75,
  /** "X в Y", "расположенный в Y": the place right after the name. */
  locatedNear: 0.7,
  /** A turnover figure between two places. */
  trade: 0.7,
  /** A place inside or in apposition to the noun phrase. */
  apposition: 0.65,
  /** Partners from the sides of the trigger's clause, or a frame's argument. */
  frame: 0.6,
  /** Bodies that sign or hold talks, documents "между X и Y", project participants. */
  bodies: 0.55,
  /** The place of every company in a sentence about working or opening there. */
  locatedWeak: 0.5,
} as const;

/** The index of the word before a name, past the quotes that open it ("компании «Альфа»" → компании). */
export function wordBeforeName(m: MentionRef, v: SentenceView): number {
  let k = m.first - 1;
  while (k >= 0 && OPEN_QUOTES.has(v.tokens[k]?.text ?? '')) k--;
  return k;
}

/** The first index from `k` on (before `until`) that is not an adjective: the noun a run of adjectives qualifies. */
export function pastAdjectives(v: SentenceView, k: number, res: ExtractionResources, until = v.tokens.length): number {
  let j = k;
  while (j < until && res.morph.parse(v.tokens[j]?.text ?? '')[0]?.pos === 'ADJF') j++;
  return j;
}

/** The last index at or before `k` that is not an adjective: back over a run of adjectives to what precedes them. */
export function beforeAdjectives(v: SentenceView, k: number, res: ExtractionResources): number {
  let j = k;
  while (j >= 0 && res.morph.parse(v.tokens[j]?.text ?? '')[0]?.pos === 'ADJF') j--;
  return j;
}

/**
 * A company name right after another noun modifies that noun ("сборка автомобилей
 * МАЗ во Вьетнаме", "поставки МТЗ в Китай"): a following "в + place" belongs to
 * the noun phrase's head, so it does not place the company. After a company noun
 * ("завод «Альфа» в Орше") the name is the head's apposition and it does.
 */
export function modifiesNoun(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const k = wordBeforeName(m, v);
  const before = v.tokens[k];
  // Only a common noun: an abbreviation before a quoted name is its kind or legal form ("ТРЦ «Альфа»").
  // The first word of the sentence is capitalised anyway ("Техника «Амкодора» работает …").
  if (!before || (before.text !== before.text.toLowerCase() && (k > 0 || /^\p{Lu}{2}/u.test(before.text))))
    return false;
  const parse = res.morph.parse(before.text)[0];
  if (parse?.pos !== 'NOUN' || (k === 0 && (['Name', 'Surn', 'Geox', 'Orgn'] as const).some((t) => parse.tags.has(t))))
    return false;
  const lemma = foldWord(parse.lemma);
  // "торговый дом «Альфа»": a company noun of two words is no noun the name qualifies either.
  const adjective = res.morph.parse(v.tokens[k - 1]?.text ?? '').find((p) => p.pos === 'ADJF')?.lemma;
  if (adjective && ENTERPRISE_NOUNS.has(`${adjective} ${lemma}`)) return false;
  // "дилер «Агро»" names the dealer; "дилер МТЗ" (no quotes) is the dealer of МТЗ.
  if (AGENCY_NOUNS.has(lemma)) return !OPEN_QUOTES.has(v.tokens[m.first]?.text ?? '');
  // "льнокомбинат «Лён»": a compound of a company noun is one too.
  return (
    !ENTERPRISE_NOUNS.has(lemma) &&
    !isCompoundCompanyForm(lemma) &&
    !ORGANIZATION_NOUNS.has(lemma) &&
    !ORGANIZATION_HEADS.has(lemma)
  );
}

/** Nouns of those who act for a company elsewhere: a company after them unquoted is whose they are. */
const AGENCY_NOUNS = new Set(['дилер', 'дистрибьютор', 'представитель']);

/**
 * "цех компании «Альфа»", "филиал холдинга «Бета»": a company noun in the genitive after another
 * common noun makes the company the owner of that noun's referent, which is what the clause is about.
 */
export function ownerOfNoun(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const k = wordBeforeName(m, v);
  const noun = res.morph.parse(v.tokens[k]?.text ?? '');
  if (!noun.some((p) => p.pos === 'NOUN' && p.case === 'gent' && ENTERPRISE_NOUNS.has(p.lemma))) return false;
  const j = beforeAdjectives(v, k - 1, res);
  const head = v.tokens[j];
  // A capital only opens the sentence ("Филиал компании «X» …"); elsewhere it starts a name.
  if (!head || (head.text !== head.text.toLowerCase() && j > 0)) return false;
  // A word that is mostly something else is no head noun: "… и ООО «X»" (az also reads «и» as a noun).
  const parses = res.morph.parse(head.text.toLowerCase());
  if (parses[0]?.pos === 'CONJ' || parses[0]?.pos === 'PREP' || parses[0]?.pos === 'PRCL') return false;
  return parses.some((p) => p.pos === 'NOUN' && !ENTERPRISE_NOUNS.has(p.lemma) && !PERSON_TITLES.has(p.lemma));
}
