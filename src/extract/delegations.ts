/**
 * A delegation stands for the place or body it comes from: "делегация Курской
 * области", "тверская делегация", "делегация из Гродно". Visiting a place with
 * one, or meeting / receiving one, is talks between that origin and the other
 * side (NEGOTIATES), whichever order the sentence puts them in.
 */
import { coordinated, gapDash } from './clauses.ts';
import { PLACE_TYPES } from './gazetteer.ts';
import { CITY_NOUNS, PREPOSITIONS, REGION_NOUNS } from './scanner.ts';
import { agentAdjective, isInside, lemmaAt, mayBeLocative, PARTY_TYPES, type SentenceView } from './sentence-view.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, MentionRef } from './types.ts';

const VISIT_VERBS = new Set(['посетить', 'посещать', 'побывать', 'прибыть', 'приехать', 'отправиться', 'визит']);
/** Words by which one side meets or receives the other ("встретился с делегацией", "принял делегацию"). */
const MEETING_WORDS = new Set([
  'встретиться',
  'встречаться',
  'встреча',
  'принять',
  'принимать',
  'приветствовать',
  'переговоры',
  'беседа',
]);

interface Delegation {
  /** Index of the token "делегация". */
  at: number;
  origin: MentionRef;
}

/** The first word naming visitors: "делегация", or plural "гости", "делегаты"; -1 when none. */
function visitorsAt(tokens: readonly { text: string }[], res: ExtractionResources): number {
  // "гости из провинции Ляонин": visitors named as guests are a delegation too.
  return tokens.findIndex(
    (t) =>
      res.morph.lemmas(t.text).includes('делегация') ||
      res.morph.parse(t.text).some((p) => (p.lemma === 'гость' || p.lemma === 'делегат') && p.number === 'plur'),
  );
}

/** Where the visitors at `at` come from, when their own phrase says. */
function originAt(
  mentions: readonly MentionRef[],
  tokens: readonly { text: string }[],
  at: number,
  res: ExtractionResources,
): MentionRef | undefined {
  // "делегация штата Айова", "делегация города Тольятти": a place noun before the name.
  // "делегация китайской провинции Цзилинь": adjectives of the place noun may stand before it.
  const nounAfterAdjectives = (k: number) => {
    let j = k;
    while (j < k + 2 && res.morph.parse(tokens[j]?.text ?? '')[0]?.pos === 'ADJF') j++;
    return j;
  };
  const placeNounAt = (k: number) =>
    res.morph.lemmas(tokens[k]?.text ?? '').some((l) => REGION_NOUNS.has(l) || CITY_NOUNS.has(l));
  const noun = nounAfterAdjectives(at + 1);
  const fromNoun = nounAfterAdjectives(at + 2);
  return mentions.find(
    (m) =>
      PARTY_TYPES.has(m.entity.type) &&
      // "тверская делегация", "делегация Тверской области", "делегация из Твери",
      // "делегация тверских предприятий"
      ((m.kind === 'adjective' && (m.end === at || (m.first === at + 1 && agentAdjective(m)))) ||
        (m.kind === 'name' &&
          !m.prep &&
          (m.first === at + 1 || ([noun, noun + 1].includes(m.first) && placeNounAt(noun)))) ||
        (m.kind === 'name' &&
          m.prep === 'из' &&
          (m.first <= at + 2 || ([fromNoun, fromNoun + 1].includes(m.first) && placeNounAt(fromNoun))))),
  );
}

/** The delegation of the sentence and where it comes from, if the sentence says. */
function delegationOf(v: SentenceView, res: ExtractionResources): Delegation | undefined {
  const at = visitorsAt(v.tokens, res);
  const origin = at < 0 ? undefined : originAt(v.mentions, v.tokens, at, res);
  return origin ? { at, origin } : undefined;
}

/**
 * "Делегация Витебской области прибыла в Смоленск. Гости осмотрели завод и провели переговоры с
 * губернатором …": visitors named again without their origin ("делегация", "гости", "делегаты")
 * are the delegation named before, so they stand for the place or body it came from.
 */
export function resolveVisitors(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  let origin: EntityDraft | undefined;
  const mentions = a.mentions.map((list, index) => {
    const tokens = a.sentences[index]?.tokens ?? [];
    const at = visitorsAt(tokens, res);
    if (at < 0) return list;
    const own = originAt(list, tokens, at, res);
    if (own) origin = own.entity;
    if (own || !origin || list.some((m) => m.entity === origin || m.first === at)) return list;
    const prep = tokens[at - 1]?.text.toLowerCase();
    const added: MentionRef = {
      entity: origin,
      sentence: index,
      first: at,
      end: at + 1,
      kind: 'generic',
      prep: prep && PREPOSITIONS.has(prep) ? prep : undefined,
    };
    return [...list, added].sort((x, y) => x.first - y.first);
  });
  return { ...a, mentions };
}

function related(a: EntityDraft, b: EntityDraft, res: ExtractionResources): boolean {
  return a === b || isInside(a, b, res) || isInside(b, a, res);
}

/**
 * "Тверская делегация посетила Гомель", "делегация Курской области прибыла в
 * Минск", "Минский облисполком посетила делегация Омской области": the origin
 * and the place or body visited (the object of "посетить", or "в/на" + place).
 */
export function delegationVisit(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const d = delegationOf(v, res);
  if (!d) return [];
  const verb = v.tokens.findIndex((_, k) => lemmaAt(v, k, VISIT_VERBS, res));
  if (verb < 0) return [];
  const visits = res.morph.lemmas(v.tokens[verb]?.text ?? '').some((l) => l === 'посетить' || l === 'посещать');
  const visitable = (m: MentionRef) =>
    m.kind === 'name' && m !== d.origin && (PLACE_TYPES.has(m.entity.type) || m.entity.type === 'Organization');
  // "в ходе визита делегации X (во главе с Y) в Ташкент": the noun's destination follows the delegation.
  // "в рамках визита калужской делегации в Индию": an origin adjective may stand between them.
  const nounBefore = verb === d.at - 1 || (d.origin.end === d.at && verb === d.origin.first - 1);
  const visitNoun = nounBefore && res.morph.lemmas(v.tokens[verb]?.text ?? '').includes('визит');
  const after = visitNoun ? Math.max(d.origin.end, d.at) : verb;
  // The destination follows the verb (or the visit noun's delegation), else it stands before them.
  const forward = verb > d.at || visitNoun;
  const destination = forward
    ? v.mentions.find(
        (m) =>
          m.first > after &&
          // "с визитом в индийском штате Гуджарат": adjectives and a place noun may stand between;
          // after a visit noun's delegation, its leader too ("во главе с губернатором Y").
          m.first <= after + (visitNoun ? 9 : 5) &&
          v.tokens.slice(after + 1, m.first).every((t) => !/^[,.;:]$/u.test(t.text)) &&
          visitable(m) &&
          (m.prep === 'в' || m.prep === 'во' || m.prep === 'на' || (!m.prep && visits && !visitNoun)),
      )
    : // Object first: "Гомель посетила тверская делегация" (the object is right before the verb),
      // or the place first: "В Гродно с визитом находится делегация Калмыкии".
      // A place referred back to stands there too ("В прошлом году область посетили делегации …").
      (v.mentions.find(
        (m) =>
          visits &&
          m.end === verb &&
          !m.prep &&
          (visitable(m) || (m.kind === 'generic' && m !== d.origin && PLACE_TYPES.has(m.entity.type))),
      ) ?? v.mentions.find((m) => m.end <= d.at && visitable(m) && (m.prep === 'в' || m.prep === 'во')));
  // "Контракт подписан в Ташкенте в ходе визита делегации X": with no destination after it, the
  // visit is where what happened during it took place.
  const venue =
    visitNoun && !destination
      ? v.mentions.findLast(
          (m) => m.end <= verb && (m.prep === 'в' || m.prep === 'во') && visitable(m) && PLACE_TYPES.has(m.entity.type),
        )
      : undefined;
  if (venue)
    return originsOf(d, v, res).flatMap((o) =>
      related(o.entity, venue.entity, res) ? [] : [[o.entity, venue.entity]],
    );
  if (!destination) return [];
  // "визит делегации X на завод БЕЛАЗ в Жодино": the visit is to the plant; its town only places it.
  if (
    visitNoun &&
    v.mentions.some((m) => m.first > after && m.first < destination.first && m.entity.type === 'Enterprise')
  )
    return [];
  // "посетила Тверскую, Курганскую и Псковскую области": each place of the list.
  const visited = forward ? coordinated(destination, v.mentions, v.tokens, res.morph) : [destination];
  return originsOf(d, v, res).flatMap((origin) =>
    visited
      .filter((m) => (visitable(m) || m === destination) && m !== origin && !related(origin.entity, m.entity, res))
      .map((m): [EntityDraft, EntityDraft] => [origin.entity, hostOf(m, v, res)]),
  );
}

/**
 * "посетила Павлодар, где провела переговоры с акимом Павлодарской области": a town visited is
 * the venue when the one who receives the delegation there heads the region around it; the
 * talks are with that region.
 */
function hostOf(visited: MentionRef, v: SentenceView, res: ExtractionResources): EntityDraft {
  if (visited.entity.type !== 'City') return visited.entity;
  const host = v.mentions
    .filter((m) => m.first >= visited.end && m.entity.type === 'Person')
    .map((m) => m.entity.headOf?.place ?? m.entity.headOf)
    .find((place) => place !== undefined && isInside(visited.entity, place, res));
  return host ?? visited.entity;
}

/**
 * "Делегации Курской и Орловской областей": every place of a list the delegation comes from.
 * Only commas, «и» and adjectives may join them, so a noun after «и» starts another phrase
 * ("делегация Курской области и губернатор Минской области").
 */
function originsOf(d: Delegation, v: SentenceView, res: ExtractionResources): MentionRef[] {
  const joins = (t: { text: string }) => t.text === ',' || t.text === 'и' || res.morph.parse(t.text)[0]?.pos === 'ADJF';
  const out = [d.origin];
  let end = d.origin.end;
  for (const m of v.mentions) {
    if (m.first < d.origin.first || m === d.origin) continue;
    if (m.entity.type !== d.origin.entity.type || m.kind !== d.origin.kind || m.prep !== d.origin.prep) break;
    const gap = v.tokens.slice(Math.min(end, m.first), m.first);
    // Overlapping spans are one elliptic list ("Курской и Орловской областей").
    if (m.first >= end && (gap.length === 0 || gap.length > 3 || !gap.every(joins))) break;
    out.push(m);
    end = Math.max(end, m.end);
  }
  return out;
}

/**
 * "Губернатор X встретился с делегацией Y", "X принял делегацию из Y",
 * "Делегация Y провела переговоры с X": the host is the person (else the
 * place or body) on the other side of the meeting word from the delegation.
 * A person named as the delegation's leader ("во главе с") is not its host.
 */
export function delegationMeeting(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const d = delegationOf(v, res);
  if (!d) return [];
  // "приняла участие в выставке": taking part is no receiving.
  const word = v.tokens.findIndex(
    (_, k) => lemmaAt(v, k, MEETING_WORDS, res) && !/^участи/u.test(v.tokens[k + 1]?.text.toLowerCase() ?? ''),
  );
  if (word < 0) return [];
  // A delegation whose leader the article names meets as that person (people meet people).
  if (v.mentions.some((m) => m.entity.type === 'Person' && m.first === d.at)) return [];
  // "В рамках визита делегации X глава X Y провёл переговоры с Z": the head of the delegation's place
  // who meets, as the subject, meets as that person; the people pair, not the host and the place.
  const headOfOrigin = (m: MentionRef) =>
    m.entity.type === 'Person' && m.entity.headOf !== undefined && related(m.entity.headOf, d.origin.entity, res);
  if (v.mentions.some((m) => m.first < word && m.first > d.at && headOfOrigin(m))) return [];
  const leaderFrom = v.tokens.findIndex((t, k) => k > d.at && t.text.toLowerCase() === 'главе');
  // "В Ташкенте прошла встреча делегации X": a place in the locative is where the meeting is, not a host.
  const venue = (m: MentionRef) => PLACE_TYPES.has(m.entity.type) && ['в', 'во', 'на'].includes(m.prep ?? '');
  const venueAfter = (m: MentionRef) => venue(m) && mayBeLocative(m, v, res);
  const side =
    d.at > word
      ? v.mentions.filter((m) => m.end <= d.at && m.kind !== 'generic' && !venue(m))
      : // "Делегации X и Y провели переговоры в Бресте": with both sides among the delegations, a place
        // in the locative after the word is only the venue (one delegation's talks there are with it).
        v.mentions.filter(
          (m) =>
            m.first > word &&
            (m.prep === 'с' || m.prep === 'со' || m.first > word + 1) &&
            !(venueAfter(m) && originsOf(d, v, res).length >= 2),
        );
  const eligible = side.filter(
    (m) =>
      m !== d.origin &&
      (leaderFrom < 0 || m.first < leaderFrom) &&
      !related(m.entity, d.origin.entity, res) &&
      (m.entity.type === 'Person' || (PARTY_TYPES.has(m.entity.type) && m.kind === 'name' && !m.titleOf)),
  );
  const host = eligible.find((m) => m.entity.type === 'Person') ?? eligible[0];
  if (!host) return [];
  // A host who heads a place or body receives for it too: the delegation's place talks with that side.
  const headed = host.entity.headOf?.place ?? host.entity.headOf;
  const hostSide = headed && PARTY_TYPES.has(headed.type) ? headed : undefined;
  // "… во главе с акимом Y": the host meets the named leader, not the place he leads.
  const led = leaderFrom >= 0 && v.mentions.some((m) => m.entity.type === 'Person' && m.first > leaderFrom);
  const origins = originsOf(d, v, res).filter((o) => o !== host && !related(o.entity, host.entity, res));
  const out: [EntityDraft, EntityDraft][] = [];
  for (const o of origins) {
    if (host.entity.headOf && related(host.entity.headOf, o.entity, res)) continue;
    if (!led || host.entity.type !== 'Person') out.push([host.entity, o.entity]);
    if (hostSide && hostSide !== o.entity) out.push([hostSide, o.entity]);
  }
  return out;
}

/** Joint bodies whose national parts («российская часть комиссии») sit as the two sides. */
const JOINT_BODIES = new Set(['комиссия', 'межправкомиссия', 'группа', 'совет', 'комитет']);

/** "Российскую часть комиссии возглавил X, казахстанскую — Y": a national part of a joint body leads like a delegation. */
function partOfJointBody(v: SentenceView, res: ExtractionResources): number {
  return v.tokens.findIndex(
    (t, k) => res.morph.lemmas(t.text).includes('часть') && lemmaAt(v, k + 1, JOINT_BODIES, res),
  );
}

/** Verbs by which a person leads a delegation. */
const LEADING_VERBS = new Set(['возглавить', 'возглавлять']);

/**
 * "Казахстанскую делегацию возглавил X, российскую — Y": the leaders of the two delegations of
 * one sitting, the second part leaving out its verb and noun, lead the two sides of the talks.
 */
export function delegationHeads(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const verb = v.tokens.findIndex((_, k) => lemmaAt(v, k, LEADING_VERBS, res));
  if (verb < 0 || (visitorsAt(v.tokens, res) < 0 && partOfJointBody(v, res) < 0)) return [];
  const people = v.mentions.filter((m) => m.entity.type === 'Person' && m.kind === 'name');
  const [first, second] = people;
  if (people.length !== 2 || !first || !second || first.first < verb) return [];
  // The gapped part: a dash between the two leaders, after a comma or «а».
  const dash = gapDash(v.tokens, first.end, second.first);
  const joined = v.tokens.slice(first.end, dash).some((t) => t.text === ',' || t.text.toLowerCase() === 'а');
  return dash >= 0 && joined ? [[first.entity, second.entity]] : [];
}
