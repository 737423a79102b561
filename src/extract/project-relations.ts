/**
 * Project relations: who takes part in a project a sentence names
 * (PARTICIPATES_IN) and where it is (LOCATED_IN).
 *
 * Participants come from argument roles, not from co-occurrence: the subject
 * of the clause that builds, opens or plans the project ("белорусские
 * строители возводят школу"), its owner in the genitive ("торговый дом
 * Ферганы"), and "на базе X", "совместно с X", "при участии X". A joint
 * project ("совместный …") is shared by the parties of its sentence. The place
 * is the "в/на + place" inside or right by the phrase, or its place adjective.
 */

import { coordinated } from './clauses.ts';
import { PLACE_TYPES } from './gazetteer.ts';
import { CAPITAL_NOUNS, COPULAS, DOCUMENT_NOUNS, PROJECT_ROLES, ROUTE_HEADS } from './lexicon.ts';
import { MAKE_NOUNS } from './making-frames.ts';
import { ACTIVITY_NOUNS, BUILD_VERBS } from './projects.ts';
import { OPEN_QUOTES } from './scanner.ts';
import {
  type AddRelation,
  AGENT_NOUNS,
  afterTitle,
  agentAdjective,
  betweenSides,
  CONFIDENCE,
  inEventName,
  insideMentionOf,
  locatedHere,
  mayBeLocative,
  nameCases,
  PARTICIPANT_NOUNS,
  PARTY_TYPES,
  type SentenceView,
  unique,
  withinOther,
} from './sentence-view.ts';
import { tokenize } from './tokens.ts';
import type { EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

/**
 * A place after «из» that says where a plural subject of businesses or builders comes from
 * ("компании из Беларуси", "инвесторы из Китая", "строители из Бреста"): it stands for them, as
 * "белорусские компании" would.
 */
function businessesFrom(o: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (o.prep !== 'из' || o.kind !== 'name' || !PLACE_TYPES.has(o.entity.type)) return false;
  if (v.tokens[o.first - 1]?.text.toLowerCase() !== 'из') return false;
  return res.morph
    .parse(v.tokens[o.first - 2]?.text ?? '')
    .some(
      (p) =>
        p.pos === 'NOUN' &&
        p.case === 'nomn' &&
        p.number === 'plur' &&
        (PARTICIPANT_NOUNS.has(p.lemma) || BUILDER_NOUNS.has(p.lemma)),
    );
}

/** Verbs of registering as a resident ("зарегистрирована в парке"). */
const REGISTERING = new Set(['зарегистрировать', 'зарегистрироваться', 'регистрировать', 'регистрироваться']);

/** Nouns of taking part: "принять участие в программе" makes the subject a participant too. */
const PARTICIPATION = new Set([
  'участие',
  'участвовать',
  'участник',
  'звено',
  'реализация',
  'финансировать',
  'инвестировать',
  // "будет эксплуатировать терминал", "управлять парком": who runs a project takes part in it.
  'эксплуатировать',
  'управлять',
  'выделить',
  'планировать',
  'проект',
]);
/**
 * "производство тракторов на базе Челябинского тракторного завода": an undertaking set up on a
 * company's premises is where that company is, as the text places it or as a place the sentence
 * names that the reference knows the company to be in.
 */
function basePlace(v: SentenceView, out: readonly FoundRelation[]): EntityDraft | undefined {
  const at = v.tokens.findIndex(
    (t, k) => t.text.toLowerCase() === 'на' && v.tokens[k + 1]?.text.toLowerCase() === 'базе',
  );
  if (at < 0) return undefined;
  const company = v.mentions.find(
    (m) => m.entity.type === 'Enterprise' && m.kind === 'name' && m.first >= at + 2 && m.first <= at + 6,
  )?.entity;
  if (!company) return undefined;
  const stated = out.find((r) => r.type === 'LOCATED_IN' && r.source === company)?.target;
  const known = company.ref?.locatedIn;
  return stated ?? v.mentions.find((m) => known !== undefined && m.entity.ref?.id === known)?.entity;
}

/** Words that introduce a partner of the project anywhere in the sentence. */
const PARTNER_MARKERS: readonly (readonly string[])[] = [
  ['на', 'базе'],
  ['совместно', 'с'],
  ['совместно', 'со'],
  ['при', 'участии'],
  ['с', 'участием'],
  ['силами'],
  ['вместе', 'с'],
];
const LOCATIVE = new Set(['в', 'на']);

/**
 * The sides named «между» after a document noun (`betweenSides`), when the document is about
 * founding the project `m`: «о/об» and a noun of building, opening or creating follow the sides.
 */
function documentParties(m: MentionRef, v: SentenceView, res: ExtractionResources): MentionRef[] {
  const named = betweenSides(v).findLast(
    ({ at }) => at < m.first && hasLemma(res, v.tokens[at - 1]?.text, DOCUMENT_NOUNS),
  );
  if (!named) return [];
  const words = v.tokens.slice(named.sides[1].end, m.first).map((t) => t.text);
  const about = words.findIndex((w) => w === 'о' || w === 'об');
  if (about < 0 || !hasLemma(res, words[about + 1], ACTIVITY_NOUNS)) return [];
  return named.sides;
}

/**
 * A partner marker before a name: right before it, or before the noun phrase the name is
 * in apposition to ("на базе завода X", "совместно с местной компанией «X»"): adjectives,
 * one noun and quotes, and once more after a dash ("с местным дилером — компанией «X»").
 */
function partnerMarked(o: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  let k = o.first;
  let nouns = 0;
  // "совместно с местным дилером — компанией «X»": a dash joins a second phrase the name renames.
  let dashed = false;
  while (k > 0 && o.first - k < (dashed ? 8 : 4)) {
    const text = v.tokens[k - 1]?.text ?? '';
    const pos = res.morph.parse(text)[0]?.pos;
    if ((text === '—' || text === '–') && nouns === 1 && !dashed) {
      dashed = true;
      nouns = 0;
      k--;
    } else if (OPEN_QUOTES.has(text) || pos === 'ADJF' || (pos === 'NOUN' && nouns++ === 0)) k--;
    else break;
  }
  const words = (from: number, n: number) =>
    v.tokens
      .slice(from, from + n)
      .map((t) => t.text.toLowerCase())
      .join(' ');
  // "совместное с белорусскими партнёрами предприятие": the adjective of jointness takes its partner with «с».
  const jointWith = (end: number) =>
    ['с', 'со'].includes(words(end - 1, 1)) && hasLemma(res, v.tokens[end - 2]?.text, JOINT);
  // Every start between the name and the farthest phrase word may end a marker.
  for (let end = o.first; end >= k; end--)
    if (
      jointWith(end) ||
      PARTNER_MARKERS.some((mk) => end - mk.length >= 0 && words(end - mk.length, mk.length) === mk.join(' '))
    )
      return true;
  return false;
}
const JOINT = new Set(['совместный']);
/** Heads of a joint undertaking that makes things ("совместное предприятие", "… завод"). */
const PLANT_HEADS = new Set(['предприятие', 'завод', 'производство']);
/** Words of making: a joint plant's founders make together what the sentence says it makes. */
const MAKING = new Set([...MAKE_NOUNS, 'выпускать', 'производить', 'собирать', 'изготавливать']);

/** Agent nouns that denote building: a place adjective on them gives the builder. */
const BUILDER_NOUNS = new Set(['строитель', 'подрядчик', 'застройщик']);
const JOINT_RELATIONS = new Set(['NEGOTIATES', 'COOPERATES_WITH', 'CO_PRODUCES']);
/** Verbs of speech and discussion: their subject talks about a project, it does not build it. */
const DISCUSSION_VERBS = new Set([
  'обсудить',
  'обсуждать',
  'рассмотреть',
  'рассматривать',
  'сообщить',
  'заявить',
  'отметить',
  'рассказать',
  'подчеркнуть',
]);

/** "рассматривать возможность" + a nominal: a modal of intention, not talk about something. */
const CONSIDERING = new Set(['рассмотреть', 'рассматривать', 'изучить', 'изучать', 'прорабатывать', 'проработать']);
const POSSIBILITY = new Set(['возможность', 'вопрос']);

const BODIES: ReadonlySet<string> = new Set(['Organization']);

/**
 * "Оператором нового терминала в Бресте станет компания «X»", "Инвестором проекта выступит X":
 * a role noun in the instrumental right before the project, then a copula, names its holders:
 * the first party after the copula with no preposition, and its conjuncts.
 */
function roleHolders(m: MentionRef, v: SentenceView, res: ExtractionResources): MentionRef[] {
  const role = (k: number) =>
    res.morph.parse(v.tokens[k]?.text ?? '').some((p) => p.case === 'ablt' && PROJECT_ROLES.has(p.lemma));
  // "Генеральным подрядчиком строительства …": adjectives of the role may stand before it.
  // "Его учредителями стали X и Y": after a pronoun that stands for the project, the role follows it.
  // "Генеральным подрядчиком выступит X" after the project's sentence: the role itself stands for it.
  const after =
    m.kind === 'pronoun' && role(m.end)
      ? m.end + 1
      : role(m.first - 1) || (m.kind === 'generic' && role(m.end - 1))
        ? m.end
        : -1;
  if (after < 0) return enteringCapital(m, v, res);
  // "Компания X стала резидентом СЭЗ Y": the copula before the role, its subject before that.
  if (role(m.first - 1) && after === m.end) {
    const copula = [m.first - 2, m.first - 3].find((k) => hasLemma(res, v.tokens[k]?.text, COPULAS));
    const subject =
      copula === undefined
        ? undefined
        : v.mentions.findLast(
            (o) =>
              o.end <= copula && o.end >= copula - 2 && !o.prep && o.kind === 'name' && PARTY_TYPES.has(o.entity.type),
          );
    if (subject) return [subject];
  }
  for (let k = after; k < v.tokens.length && k <= after + 4; k++) {
    if (/^[,.;:]$/u.test(v.tokens[k]?.text ?? '')) return [];
    if (!hasLemma(res, v.tokens[k]?.text, COPULAS)) continue;
    const first = v.mentions.find(
      (o) => o.first > k && o.first <= k + 3 && !o.prep && o.kind === 'name' && PARTY_TYPES.has(o.entity.type),
    );
    return first ? coordinated(first, v.mentions, v.tokens, res.morph) : [];
  }
  return [];
}

/**
 * "В его капитал войдут X и Y": parties that enter the capital of the project a pronoun stands
 * for take part in it: the first party after «войти» with no preposition, and its conjuncts.
 */
function enteringCapital(m: MentionRef, v: SentenceView, res: ExtractionResources): MentionRef[] {
  const into = v.tokens[m.first - 1]?.text.toLowerCase() === 'в' && hasLemma(res, v.tokens[m.end]?.text, CAPITAL_NOUNS);
  const verb = [m.end + 1, m.end + 2].find((k) => hasLemma(res, v.tokens[k]?.text, ENTERING));
  if (m.kind !== 'pronoun' || !into || verb === undefined) return [];
  const first = v.mentions.find(
    (o) => o.first > verb && o.first <= verb + 4 && !o.prep && o.kind === 'name' && PARTY_TYPES.has(o.entity.type),
  );
  return first ? coordinated(first, v.mentions, v.tokens, res.morph) : [];
}

/** Verbs of entering a capital or a membership. */
const ENTERING = new Set(['войти', 'входить']);

function isClauseBreak(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  return t === undefined || /^[,;:()—–!?.]$/u.test(t.text);
}

/** Token range of the clause around token `k`: between clause punctuation. */
function clauseAround(v: SentenceView, k: number, res: ExtractionResources): [number, number] {
  let a = k;
  while (a > 0 && !isClauseBreak(v, a - 1)) a--;
  // "X и Y – важные звенья проекта": a dash between a verbless subject and its predicate is a copula.
  if (a > 1 && /^[—–]$/u.test(v.tokens[a - 1]?.text ?? '')) {
    let c = a - 1;
    while (c > 0 && !isClauseBreak(v, c - 1)) c--;
    const verbless = v.tokens
      .slice(c, a - 1)
      .every((t) => !['VERB', 'INFN'].includes(res.morph.parse(t.text)[0]?.pos ?? ''));
    if (verbless && c < a - 1) a = c;
  }
  let b = k;
  while (b < v.tokens.length && !isClauseBreak(v, b)) b++;
  // "Новая школа – объект белорусских строителей": the predicate after the dash is the same clause.
  const verbless = (from: number, to: number) =>
    v.tokens.slice(from, to).every((t) => !['VERB', 'INFN'].includes(res.morph.parse(t.text)[0]?.pos ?? ''));
  if (/^[—–]$/u.test(v.tokens[b]?.text ?? '') && verbless(a, b)) {
    b++;
    while (b < v.tokens.length && !isClauseBreak(v, b)) b++;
  }
  return [a, b];
}

function hasLemma(res: ExtractionResources, text: string | undefined, set: ReadonlySet<string>): boolean {
  if (!text) return false;
  return set.has(text.toLowerCase()) || res.morph.lemmas(text).some((l) => set.has(l));
}

/** Verbs whose dative object does what their infinitive says ("предложил партнёрам создать"). */
const OBJECT_CONTROL = new Set([
  'предложить',
  'предлагать',
  'поручить',
  'поручать',
  'рекомендовать',
  'помочь',
  'помогать',
]);

/**
 * "предложил брянским партнёрам создать совместное предприятие": a place adjective whose noun is
 * the dative object of a verb of object control, with an infinitive after it, names who is to do it.
 */
function controlledDative(o: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const noun = v.tokens[o.end];
  if (!noun || !res.morph.parse(noun.text).some((p) => p.pos === 'NOUN' && p.case === 'datv')) return false;
  const verb = res.morph.parse(v.tokens[o.first - 1]?.text ?? '');
  if (!verb.some((p) => (p.pos === 'VERB' || p.pos === 'INFN') && OBJECT_CONTROL.has(p.lemma))) return false;
  return res.morph.parse(v.tokens[o.end + 1]?.text ?? '').some((p) => p.pos === 'INFN');
}

/** The word at `k` can be a nominative (or has no case: an abbreviation, a foreign name). */
function nominative(res: ExtractionResources, text: string | undefined): boolean {
  if (!text) return false;
  // The likeliest reading decides: "Калуги" is a genitive, not a plural nominative.
  const ps = res.morph.parse(text).filter((p) => p.case !== undefined);
  return ps.length === 0 || ps[0]?.case === 'nomn';
}

/**
 * A place adjective in the nominative: by its likeliest reading, or by agreement with its noun
 * where that noun's form can only be a nominative ("смоленские машиностроители": the adjective
 * alone reads likelier as an accusative, but an animate plural's accusative is "машиностроителей").
 */
function nominativeAdjective(o: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const text = v.tokens[o.first]?.text;
  if (nominative(res, text)) return true;
  if (!res.morph.parse(text ?? '').some((p) => p.case === 'nomn')) return false;
  const head = v.tokens
    .slice(o.end, o.end + 4)
    .find((t) => o.governs !== undefined && res.morph.lemmas(t.text).includes(o.governs));
  const cases = res.morph
    .parse(head?.text ?? '')
    .filter((p) => p.pos === 'NOUN')
    .map((p) => p.case);
  return cases.length > 0 && cases.every((c) => c === 'nomn');
}

/**
 * The mention is the subject of its clause, or the genitive of the subject noun
 * ("команда предприятия X", "дочерняя компания компании X").
 */
function subjectLike(o: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (o.prep !== undefined) return false;
  if (o.kind === 'adjective') return agentAdjective(o) && nominativeAdjective(o, v, res);
  if (nominative(res, v.tokens[o.first]?.text)) return true;
  // "Стороны договорились о создании …": a plural referent was resolved as the subject, though the
  // likelier reading of the word alone is a genitive singular.
  const word = v.tokens[o.first]?.text ?? '';
  if (o.kind === 'generic' && res.morph.parse(word).some((p) => p.case === 'nomn' && p.number === 'plur')) return true;
  // Walk back over the subject's noun phrase to a nominative noun.
  for (let k = o.first - 1; k >= 0 && k >= o.first - 4; k--) {
    const t = v.tokens[k]?.text;
    if (!t || isClauseBreak(v, k)) return false;
    const ps = res.morph.parse(t);
    if (ps.some((p) => p.pos === 'PREP')) return false;
    if (ps.some((p) => p.pos === 'NOUN' && p.case === 'nomn')) return true;
    if (!ps.some((p) => p.pos === 'ADJF' || p.pos === 'NOUN' || p.pos === 'PRTF')) return false;
  }
  return false;
}

/** ", который …" right after the mention: a relative clause that describes it. */
function relativeClauseAfter(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return v.tokens[m.end]?.text === ',' && res.morph.lemmas(v.tokens[m.end + 1]?.text ?? '').includes('который');
}

/** A place right after another place, or inside a "в/на …" phrase ("в районе Ленинградской области", "на территории Башкортостана"), is the location. */
function placeChain(o: MentionRef, v: SentenceView, from: number): boolean {
  if (v.mentions.some((p) => p !== o && PLACE_TYPES.has(p.entity.type) && p.end === o.first)) return true;
  for (let k = o.first - 1; k >= from && k >= o.first - 4; k--) {
    const w = v.tokens[k]?.text.toLowerCase() ?? '';
    if (LOCATIVE.has(w) || w === 'во') return true;
    if (['по', 'для', 'с', 'из'].includes(w)) return false;
  }
  return false;
}

function stems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^a-zа-я0-9-]+/u)
    .filter((w) => w.length >= 3)
    .map((w) => w.slice(0, 5));
}

/**
 * "в Оршанском районе Витебской области": a place in the genitive of a locative phrase whose
 * head is itself a place word (a district, a town, a territory, in the locative case) says where
 * as the phrase does; districts are no entities, the region they are in is.
 */
function locativeGenitive(o: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (o.prep || o.kind !== 'name' || !nameCases(o, v, res).includes('gent')) return false;
  let head = false;
  for (let k = o.first - 1; k >= 0 && k >= o.first - 4; k--) {
    const w = v.tokens[k]?.text ?? '';
    if (LOCATIVE.has(w.toLowerCase()) || w.toLowerCase() === 'во') return head;
    const parses = res.morph.parse(w);
    if (parses.some((p) => p.pos === 'NOUN' && p.case === 'loct' && p.lemma !== undefined && PLACE_WORDS.has(p.lemma)))
      head = true;
    else if (!parses.some((p) => p.pos === 'ADJF' && p.case === 'loct')) return false;
  }
  return false;
}

/** Nouns of a place smaller than a region, or of an area, that head a locative phrase. */
const PLACE_WORDS = new Set([
  'район',
  'округ',
  'город',
  'посёлок',
  'поселок',
  'село',
  'деревня',
  'агрогородок',
  'территория',
  'сельсовет',
]);

/**
 * The participle at `at` agrees with the project's head noun in case, number and (in the singular)
 * gender: "предприятие, созданное …" describes the project; "комплекса с оборудованием, произведённым …"
 * describes the equipment.
 */
function describesHead(m: MentionRef, at: number, v: SentenceView, res: ExtractionResources): boolean {
  const participle = res.morph.parse(v.tokens[at]?.text ?? '').filter((p) => p.pos === 'PRTF');
  const heads = v.tokens
    .slice(m.first, m.end)
    .map((t) => res.morph.parse(t.text).filter((p) => p.pos === 'NOUN' && p.lemma === m.entity.head))
    .find((parses) => parses.length > 0);
  return (heads ?? []).some((h) =>
    participle.some(
      (p) => p.case === h.case && p.number === h.number && (h.number === 'plur' || p.gender === h.gender),
    ),
  );
}

/** The place of the project in this sentence, if any. */
function projectPlace(m: MentionRef, v: SentenceView, res: ExtractionResources): MentionRef | undefined {
  // "экспортируют продукцию в Россию": «в» with the accusative says whither, not where.
  const whither = (o: MentionRef) => {
    if (o.kind !== 'name' || !['в', 'во', 'на'].includes(o.prep ?? '')) return false;
    const cases = res.morph.parse(v.tokens[o.first]?.text ?? '').map((p) => p.case);
    return cases.length > 0 && cases.every((c) => c === 'accs');
  };
  const isPlace = (o: MentionRef) => PLACE_TYPES.has(o.entity.type) && !o.titleOf && !whither(o);
  const inside = v.mentions.find(
    (o) =>
      isPlace(o) &&
      o.kind !== 'adjective' &&
      o.first > m.first &&
      o.end <= m.end &&
      (LOCATIVE.has(o.prep ?? '') || placeChain(o, v, m.first)),
  );
  if (inside) return inside;
  // After the phrase in its clause: "завод … в Гродно", "площадка расположена в городе X"; or in a
  // participial phrase set off by a comma, which describes the project ("предприятие, созданное в Астане").
  // So does a relative clause whose «который» is the project ("центр, который компания откроет в Твери").
  const participial = v.tokens[m.end]?.text === ',' && describesHead(m, m.end + 1, v, res);
  const relative = relativeClauseAfter(m, v, res);
  const from = participial || relative ? m.end + 1 : m.end;
  const after = v.mentions.find(
    (o) =>
      isPlace(o) &&
      o.kind !== 'adjective' &&
      // "склад под Астаной": «под» with the instrumental of a place says where too (`mayBeLocative`).
      (LOCATIVE.has(o.prep ?? '') || locativeGenitive(o, v, res) || (o.prep === 'под' && mayBeLocative(o, v, res))) &&
      o.first >= from &&
      o.first <= from + (relative ? 10 : 6) &&
      v.tokens.slice(from, o.first).every((_, j) => !isClauseBreak(v, from + j)),
  );
  if (after) return after;
  // Before it in the same clause: "откроет в Красноярске центр". A place that opens the clause
  // ("В Павлодаре компании X и Y создадут …") frames all of it, however long the subject.
  const fronted = (o: MentionRef) => {
    const start = o.first - 2;
    return start < 0 || isClauseBreak(v, start);
  };
  // A place inside another project's phrase is that project's ("производство в X в рамках проекта Y").
  const ownedByOther = (o: MentionRef) =>
    v.mentions.some((p) => p.entity.type === 'Project' && p !== m && p.first < o.first && o.end <= p.end);
  const before = [...v.mentions]
    .reverse()
    .find(
      (o) =>
        isPlace(o) &&
        o.kind !== 'adjective' &&
        (LOCATIVE.has(o.prep ?? '') || locativeGenitive(o, v, res) || (o.prep === 'под' && mayBeLocative(o, v, res))) &&
        o.end <= m.first &&
        !ownedByOther(o) &&
        (m.first - o.end <= 8 || fronted(o)) &&
        v.tokens.slice(o.end, m.first).every((_, j) => !isClauseBreak(v, o.end + j)),
    );
  if (before) return before;
  // A list shares the place of its last member: the name says where ("школа в Собинке").
  const named = / (?:в|во|на) (.+)$/u.exec(m.entity.name)?.[1];
  if (named) {
    const want = new Set(stems(named));
    const listed = v.mentions.find(
      (o) => isPlace(o) && o.kind !== 'adjective' && o.first >= m.end && stems(o.entity.name).every((x) => want.has(x)),
    );
    if (listed) return listed;
  }
  // A place adjective of the facility itself: "суздальская школа", "челябинская площадка".
  return v.mentions.find(
    (o) => isPlace(o) && o.kind === 'adjective' && !o.compound && o.first === m.first && o.end < m.end,
  );
}

/**
 * An adjective without a noun of its own takes the noun that closes its coordination:
 * "для китайского и белорусского, но и для международного бизнеса".
 */
function ellipticGoverns(o: MentionRef, v: SentenceView, res: ExtractionResources): string | undefined {
  if (o.governs) return o.governs;
  for (let k = o.end; k < v.tokens.length && k < o.end + 10; k++) {
    const t = v.tokens[k]?.text ?? '';
    const p = res.morph.parse(t)[0];
    if (p?.pos === 'NOUN') return p.lemma;
    const link = [',', 'и', 'но', 'не', 'только', 'для', 'а', 'также'].includes(t.toLowerCase());
    if (!link && p?.pos !== 'ADJF') return undefined;
  }
  return undefined;
}

/**
 * "он сможет принять участие": a pronoun subject stands for the company named before it in
 * the sentence (people are resolved by the mention rules).
 */
function pronounSubject(v: SentenceView, a: number, b: number): MentionRef | undefined {
  for (let k = a; k < b; k++) {
    if (!['он', 'она', 'оно'].includes(v.tokens[k]?.text.toLowerCase() ?? '')) continue;
    // The antecedent is a name: "мы", "наш завод" resolved by the discourse passes are not.
    const before = v.mentions.filter((o) => o.end <= k && o.kind === 'name');
    const last = before[before.length - 1];
    return last && (last.entity.type === 'Enterprise' || last.entity.type === 'Organization') && !last.titleOf
      ? last
      : undefined;
  }
  return undefined;
}

/** The builders of the last project with any, per article (keyed by its relation list). */
const lastBuilders = new WeakMap<readonly FoundRelation[], { sentence: number; agents: EntityDraft[] }>();

/** Adds the participants and the place of every project mentioned in the sentence. */
export function projectRelations(
  v: SentenceView,
  res: ExtractionResources,
  out: readonly FoundRelation[],
  add: AddRelation,
  modality: string,
): void {
  let previous: { end: number; agents: EntityDraft[] } | undefined;
  for (const m of v.mentions) {
    if (m.entity.type !== 'Project' || m.kind === 'adjective') continue;
    const place = projectPlace(m, v, res);
    // A route connects places; it is not located in one.
    if (place && !ROUTE_HEADS.has(m.entity.head ?? '')) add('LOCATED_IN', m.entity, place.entity, v, CONFIDENCE.frame);
    const base = place ? undefined : basePlace(v, out);
    if (base && base !== m.entity) add('LOCATED_IN', m.entity, base, v, CONFIDENCE.apposition);
    // "строительство завода в индустриальном парке «Ворсино»": a project named inside another's
    // phrase is where that one is; the sentence's parties take part in the outer one.
    const nested = v.mentions.some(
      (p) =>
        p.entity.type === 'Project' &&
        p.entity !== m.entity &&
        p.first <= m.first &&
        m.end <= p.end &&
        p.end - p.first > m.end - m.first,
    );
    if (nested) continue;

    const candidate = (o: MentionRef) =>
      o !== m &&
      o.entity !== place?.entity &&
      o.entity !== m.entity &&
      !o.titleOf &&
      PARTY_TYPES.has(o.entity.type) &&
      !inEventName(o, v) &&
      !afterTitle(o, v, res) &&
      !withinOther(o, v) &&
      // "Банк развития Беларуси": a place inside a body's name is no participant of its own.
      !insideMentionOf(o, v, BODIES) &&
      // "маршрут «Смоленск — Витебск» и торговый дом": a route's ends or a place inside another
      // project's phrase belong to that project.
      !v.mentions.some(
        (p) => p.entity.type === 'Project' && p.entity !== m.entity && o.first >= p.first && o.end <= p.end,
      ) &&
      !(o.kind === 'adjective' && locatedHere(o.entity, v, out));
    const agents: EntityDraft[] = [];
    const take = (o: MentionRef) => {
      if (!agents.includes(o.entity)) agents.push(o.entity);
    };

    // The owner inside the phrase: "торговый дом Ферганы", "сборочное производство БелАЗ".
    // A route's ends ("рейс Гродно — Казань") are where it goes, not who runs it.
    const route = ROUTE_HEADS.has(m.entity.head ?? '');
    for (const o of v.mentions) {
      if (!candidate(o) || o.kind === 'adjective' || o.first <= m.first || o.end > m.end) continue;
      if ((route || dashedEnd(o, v)) && PLACE_TYPES.has(o.entity.type)) continue;
      // "на Минском заводе": the host enterprise takes part; a place after "в/на" is the location.
      const located = LOCATIVE.has(o.prep ?? '') || placeChain(o, v, m.first);
      if (located && o.entity.type !== 'Enterprise') continue;
      if (o.prep !== undefined && !located) continue;
      // A quoted product name ("тракторов «Беларусь»") is no owner.
      if (PLACE_TYPES.has(o.entity.type) && /^[«"„“]/u.test(v.tokens[o.first - 1]?.text ?? '')) continue;
      // "через порт Владивосток": a town in apposition names the facility; a genitive owns it.
      // Written as its nominative name, the town is apposed (an indeclinable one may be either).
      const last = v.tokens[o.end - 1]?.text ?? '';
      const apposed =
        o.entity.name.endsWith(last) && !res.morph.parse(last).some((p) => p.tags.has('Fixd') && p.case === 'gent');
      if (PLACE_TYPES.has(o.entity.type) && o.kind === 'name' && apposed) continue;
      take(o);
    }
    // "Оператором нового терминала станет компания «X»": a role in the project, then a copula and its subject.
    for (const holder of roleHolders(m, v, res)) if (candidate(holder)) take(holder);
    // The subject of the clause that builds or plans it, and of a relative clause after it.
    const clauses: [number, number][] = [clauseAround(v, m.first, res)];
    if (relativeClauseAfter(m, v, res)) clauses.push(clauseAround(v, m.end + 1, res));
    // A joint project: "совместное предприятие", or "совместный проект предполагает строительство X".
    const jointWord = (k: number) => hasLemma(res, v.tokens[k]?.text, JOINT);
    let joint = /^совместн|\sсовместн/u.test(m.entity.name) || jointWord(m.first);
    for (let k = m.first - 1; k >= 0 && k >= m.first - 6 && !isClauseBreak(v, k); k--) if (jointWord(k)) joint = true;
    // "о реализации совместных проектов: строительстве …": the list after a colon names joint projects.
    const colon = [m.first - 1, m.first - 2].find((k) => v.tokens[k]?.text === ':');
    if (colon !== undefined && [1, 2, 3].some((d) => jointWord(colon - d))) joint = true;
    let elliptic = false;
    // Bodies taken for the officials who act for them (see below).
    const represented = new Set<EntityDraft>();
    for (const [a, b] of clauses) {
      // The subject stands before the finite verb, or after it when the project comes first ("школу возводила компания").
      const verb = v.tokens.findIndex((t, k) => k >= a && k < b && res.morph.parse(t.text)[0]?.pos === 'VERB');
      const inverted = verb >= 0 && m.first < verb;
      // In a relative clause after the project its «который» is the object, so the subject may stand on
      // either side of the verb ("центр, который компания «X» откроет", "школа, которую возводила компания").
      const relative = m.first < a;
      let governed = false;
      let builds = false;
      for (let k = a; k < b; k++) {
        const text = v.tokens[k]?.text;
        if (hasLemma(res, text, BUILD_VERBS)) builds = true;
        // "Строится спорткомплекс", "планируется возведение", "в списке их свершений": the agent is left out.
        const form = res.morph.parse(text ?? '')[0];
        const reflexive = form?.pos === 'VERB' && /ся$/u.test(text ?? '');
        if (
          (reflexive || form?.pos === 'PRTS') &&
          (hasLemma(res, text, BUILD_VERBS) || /^планир/u.test(text?.toLowerCase() ?? ''))
        )
          elliptic = true;
        const possessive = res.morph.parse(v.tokens[k + 1]?.text ?? '')[0]?.pos === 'NOUN';
        if (['их', 'его', 'её', 'ее'].includes(text?.toLowerCase() ?? '') && possessive) elliptic = true;
        if (
          hasLemma(res, text, BUILD_VERBS) ||
          hasLemma(res, text, ACTIVITY_NOUNS) ||
          hasLemma(res, text, PARTICIPATION)
        )
          governed = true;
      }
      // "стороны обсудили создание центра": those who discuss it are not its builders. But
      // "рассматривает возможность открытия центра" is the subject's own intention.
      const considers =
        hasLemma(res, v.tokens[verb]?.text, CONSIDERING) && hasLemma(res, v.tokens[verb + 1]?.text, POSSIBILITY);
      if (verb >= 0 && hasLemma(res, v.tokens[verb]?.text, DISCUSSION_VERBS) && !builds && !considers) governed = false;
      const pronoun = governed ? pronounSubject(v, a, Math.min(b, verb >= 0 && !inverted ? verb : b)) : undefined;
      if (pronoun && candidate(pronoun)) take(pronoun);
      // With the project put first, the subject follows it, before the verb or after
      // ("Новый цех компания «X» откроет в мае", "Цех откроет компания «X»").
      // With the verb first, object and subject both follow it ("Финансирует проект банк «X»").
      const verbFirst = verb >= 0 && !v.tokens.slice(a, verb).some((t) => /^\p{L}/u.test(t.text));
      const subjectPlace = (o: MentionRef) =>
        subjectLike(o, v, res) &&
        !(verb >= 0 && !relative && (inverted ? o.first < m.end : o.first > verb && !(verbFirst && o.first >= m.end)));
      for (const o of v.mentions) {
        // "Министр X и губернатор Y договорились о создании совместного хаба": an official acts
        // for the body or place they head, as a party of their title.
        const body = o.entity.type === 'Person' ? o.entity.headOf : undefined;
        if (
          body &&
          o.kind === 'name' &&
          PARTY_TYPES.has(body.type) &&
          o.first >= a &&
          o.end <= b &&
          governed &&
          subjectPlace(o)
        ) {
          if (body !== place?.entity && !agents.includes(body)) agents.push(body);
          represented.add(body);
          continue;
        }
        if (!candidate(o) || o.first < a || o.end > b || (o.first >= m.first && o.end <= m.end)) continue;
        if (o.entity.type === 'City' && o.kind !== 'name') continue;
        // The agent of a passive: "был разработан Минским автозаводом", "построен компанией X".
        const passive = res.morph.parse(v.tokens[o.first - 1]?.text ?? '')[0]?.pos === 'PRTS';
        if (passive && governed && o.kind === 'name') {
          take(o);
          continue;
        }
        // "На заводе «Гранит» открыли цех": the host enterprise runs what is built on it.
        if (o.entity.type === 'Enterprise' && o.kind === 'name' && LOCATIVE.has(o.prep ?? '') && builds) {
          take(o);
          continue;
        }
        // Builders and contractors build whatever project their clause names ("объект белорусских строителей").
        if (o.kind === 'adjective' && o.governs !== undefined && BUILDER_NOUNS.has(o.governs)) {
          take(o);
          continue;
        }
        if (!subjectPlace(o) || (!governed && !joint)) continue;
        take(o);
      }
    }
    // "на базе X", "совместно с X", "при участии X".
    for (const o of v.mentions) {
      if (!candidate(o)) continue;
      if (partnerMarked(o, v, res)) take(o);
    }
    // "В индустриальном парке «X» зарегистрирована компания «Y»": a company registered in a park
    // or zone is its resident, as «резидентом X стала Y» says.
    const [clauseFrom, clauseTo] = LOCATIVE.has(m.prep ?? '') ? clauseAround(v, m.first, res) : [0, 0];
    const registered = v.tokens.some((t, k) => k >= clauseFrom && k < clauseTo && hasLemma(res, t.text, REGISTERING));
    if (registered)
      for (const o of v.mentions)
        if (
          candidate(o) &&
          o.kind === 'name' &&
          o.entity.type === 'Enterprise' &&
          o.first >= clauseFrom &&
          o.end <= clauseTo
        )
          take(o);
    // "соглашение между X и Y о создании в Уфе центра": the parties of a document take part in what it founds.
    for (const o of documentParties(m, v, res)) if (candidate(o)) take(o);
    // "Губернатор X и председатель Y обсудили создание совместного производства": two officials,
    // subjects before a joint project, are its two sides through what they head, as places would be.
    if (joint && m.kind === 'name') {
      const bodies = unique(
        v.mentions
          .filter((o) => o.entity.type === 'Person' && o.kind === 'name' && !o.prep && o.end <= m.first)
          .map((o) => o.entity.headOf)
          .filter((e): e is EntityDraft => e !== undefined && PARTY_TYPES.has(e.type)),
      );
      for (const body of bodies.length >= 2 ? bodies : []) {
        if (body !== place?.entity && !agents.includes(body)) agents.push(body);
        represented.add(body);
      }
    }
    // A joint project is shared by the parties of its sentence; a business of a place takes part too.
    for (const o of v.mentions) {
      if (!candidate(o) || (o.first >= m.first && o.end <= m.end)) continue;
      if (o.kind === 'adjective') {
        const noun = ellipticGoverns(o, v, res);
        // "для китайского бизнеса", "белорусские предприятия построят": not "в пресс-службе белорусского предприятия".
        const role = o.prep === 'для' || (o.prep === undefined && nominativeAdjective(o, v, res));
        if (noun && PARTICIPANT_NOUNS.has(noun) && role) take(o);
        // "предложил брянским партнёрам создать …": the dative of a verb of object control does it.
        else if (noun && AGENT_NOUNS.has(noun) && o.prep === undefined && controlledDative(o, v, res)) take(o);
        continue;
      }
      // "участвуют компании из Беларуси и России": where the participants come from, as the adjective says.
      if (businessesFrom(o, v, res))
        for (const c of coordinated(o, v.mentions, v.tokens, res.morph)) if (candidate(c)) take(c);
      if (joint && o.entity.type !== 'City' && !LOCATIVE.has(o.prep ?? '')) take(o);
    }
    // A list of facilities shares the builder of its first member.
    // "строительстве центра, создании маршрута и открытии в Смоленске дома": the nouns of the activity
    // and the project's place («в» and its name) may stand between.
    const ownPlace = (k: number) =>
      place !== undefined && k >= place.first - 1 && k < place.end && place.first > (previous?.end ?? m.first);
    const from = previous?.end ?? m.first;
    const gap = v.tokens
      .slice(from, m.first)
      .filter((_t, d) => !ownPlace(from + d))
      .map((t) => t.text);
    if (previous && gap.length > 0 && gap.every((w) => w === ',' || w === 'и' || hasLemma(res, w, ACTIVITY_NOUNS)))
      for (const e of previous.agents) if (!agents.includes(e)) agents.push(e);
    // "Совместный проект предполагает …" with no party in its sentence: the parties of the
    // agreement or cooperation the sentence before it states.
    // Also when only officials' bodies were found: a joint project has the other side too.
    if (joint && agents.every((e) => represented.has(e))) {
      for (const r of out) {
        if (r.sentence !== v.index - 1 || !JOINT_RELATIONS.has(r.type)) continue;
        for (const e of [r.source, r.target])
          if (PARTY_TYPES.has(e.type) && e !== place?.entity && !agents.includes(e)) agents.push(e);
      }
    }
    // An agent left out continues the builders of the sentence before ("…объект белорусских строителей. Строится спорткомплекс…").
    const before = lastBuilders.get(out);
    if (elliptic && agents.length === 0 && before && before.sentence === v.index - 1) agents.push(...before.agents);
    for (const e of agents) {
      if (e === place?.entity) continue;
      add('PARTICIPATES_IN', e, m.entity, v, CONFIDENCE.bodies, { modality });
    }
    // "Совместное предприятие, созданное МАЗом и компанией «Вектор», начнёт выпуск автобусов": the
    // companies behind a joint plant that makes something make it together.
    const founders = agents.filter((e) => e.type === 'Enterprise');
    const makes =
      v.tokens.some((t) => hasLemma(res, t.text, MAKING)) ||
      tokenize(m.entity.name).some((t) => hasLemma(res, t.text, MAKING));
    if (joint && PLANT_HEADS.has(m.entity.head ?? '') && makes)
      for (const [a, b] of founders.flatMap((a, k) => founders.slice(k + 1).map((b) => [a, b] as const)))
        add('CO_PRODUCES', a, b, v, CONFIDENCE.bodies, { modality });
    // "российско-казахстанское предприятие": both places of a compound adjective on it are its sides.
    for (const o of v.mentions)
      if (o.compound && ((o.first >= m.first && o.end <= m.end) || o.end === m.first))
        add('PARTICIPATES_IN', o.entity, m.entity, v, CONFIDENCE.bodies, { modality });
    if (agents.length > 0) lastBuilders.set(out, { sentence: v.index, agents });
    previous = { end: m.end, agents };
  }
}

/** "трасса Костанай — Астана", "газопровод Минск — Гродно": a place joined to another by a dash is an end of a route. */
function dashedEnd(o: MentionRef, v: SentenceView): boolean {
  const dash = (k: number) => ['—', '–', '-'].includes(v.tokens[k]?.text ?? '');
  const placeAt = (pred: (m: MentionRef) => boolean) =>
    v.mentions.some((m) => PLACE_TYPES.has(m.entity.type) && pred(m));
  return (
    (dash(o.first - 1) && placeAt((m) => m.end === o.first - 1)) ||
    (dash(o.end) && placeAt((m) => m.first === o.end + 1))
  );
}
