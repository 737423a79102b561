/**
 * Relations from trigger words and argument roles, sentence by sentence:
 * meetings and signings (NEGOTIATES), turnover figures (TRADES_WITH), supplies
 * with supplier and recipient from prepositions and word order, joint
 * production, cooperation, project participation and location. Input: the
 * mentions of `findMentions`; output: relations between entity drafts.
 */
import type { RelationType } from '../schema/types.ts';
import { foldWord } from './gazetteer.ts';
import { HEAD_TITLES } from './lexicon.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

const PREPOSITION_WORDS = new Set(['в', 'во', 'на', 'из', 'через', 'с', 'со', 'от', 'до', 'по', 'к', 'у', 'для']);
const ROUTE_HEADS = new Set(['авиарейс', 'рейс', 'маршрут', 'авиасообщение', 'коридор']);
const PARTICIPANT_NOUNS = new Set([
  'бизнес',
  'инвестор',
  'компания',
  'предприятие',
  'холдинг',
  'завод',
  'производитель',
]);
const EVENT_NOUNS = /^(форум|выставк|конференци|заседани|съезд|саммит|фестивал|ярмарк|дн(и|ей|ях|ям)$)/u;
const PLACE_TYPES = new Set(['Country', 'Region', 'City']);
const PARTY_TYPES = new Set(['Country', 'Region', 'City', 'Enterprise', 'Organization']);

/** Nouns that make a place adjective stand for its place as an actor ("белорусская сторона"). */
const AGENT_NOUNS = new Set([
  'сторона',
  'правительство',
  'власть',
  'компания',
  'предприятие',
  'строитель',
  'производитель',
  'делегация',
  'бизнес',
  'партнёр',
  'партнер',
  'холдинг',
  'завод',
  'регион',
  'республика',
  'инвестор',
  'экспорт',
  'импорт',
  'коллега',
  'организация',
  'аграрий',
  'машиностроитель',
  'сельхозпроизводитель',
]);

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
  'беседа',
  'провести',
  'принять',
]);
const SIGNING = new Set([
  'подписать',
  'подписание',
  'договориться',
  'переговоры',
  'соглашение',
  'меморандум',
  'протокол',
]);
const DOCUMENTS = new Set(['соглашение', 'программа', 'план', 'меморандум', 'договор', 'протокол', 'карта']);
const TRADE = new Set(['товарооборот', 'товарообмен', 'торговля']);
const SUPPLY = new Set([
  'поставка',
  'поставить',
  'поставлять',
  'поставляться',
  'экспорт',
  'экспортировать',
  'импорт',
  'закупить',
  'закупать',
  'закупка',
  'приобрести',
  'приобретение',
  'доставляться',
  'доставить',
  'отправить',
  'комплектующие',
  'комплектующий',
  'деталь',
]);
const COPRODUCTION = new Set(['кооперация', 'локализация', 'цепочка', 'сборка', 'совместный']);
const PRODUCTION = new Set([
  'производство',
  'производить',
  'выпуск',
  'выпускать',
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
]);
const PLAN = /планир|будет|будут|готов|намер|предусматрива|рассчитыва|хотел|предлож|может|могут|должн|задача|цель/u;

interface SentenceView {
  readonly index: number;
  readonly lemmas: ReadonlySet<string>;
  readonly mentions: readonly MentionRef[];
  readonly tokens: readonly { text: string }[];
}

function isInside(a: EntityDraft, b: EntityDraft, res: ExtractionResources): boolean {
  let id = a.ref?.locatedIn;
  for (let depth = 0; id && depth < 3; depth++) {
    if (id === b.ref?.id) return true;
    id = res.gazetteer.byId(id)?.locatedIn;
  }
  return false;
}

function unique(list: readonly EntityDraft[]): EntityDraft[] {
  return [...new Set(list)];
}

/** Mentions that stand for an actor: names, generic phrases, adjectives of agent nouns; not a person's title. */
function parties(v: SentenceView, opts: { titles?: boolean; places?: boolean; located?: boolean } = {}): EntityDraft[] {
  return unique(
    v.mentions
      .filter((m) => PARTY_TYPES.has(m.entity.type) && (!opts.places || PLACE_TYPES.has(m.entity.type)))
      .filter((m) => opts.titles || !m.titleOf)
      .filter((m) => m.kind !== 'adjective' || (m.governs !== undefined && AGENT_NOUNS.has(m.governs)))
      .filter((m) => !insideOrganization(m, v) && !inEventName(m, v) && !withinOther(m, v))
      .filter((m) => !opts.located || !(m.entity.type === 'City' && (m.prep === 'в' || m.prep === 'на')))
      .map((m) => m.entity),
  );
}

/** An adjective inside a longer mention ("российского региона") is that mention's part, not a party of its own. */
function withinOther(m: MentionRef, v: SentenceView): boolean {
  return (
    m.kind === 'adjective' &&
    v.mentions.some((o) => o !== m && o.first <= m.first && o.end >= m.end && o.end - o.first > m.end - m.first)
  );
}

/** The genitive after a title names what a person heads ("глава российского региона"), not a participant. */
function afterTitle(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  const before = v.tokens[m.first - 1];
  return before !== undefined && res.morph.lemmas(before.text).some((l) => HEAD_TITLES.has(l));
}

/** Events are not parties: "форума регионов России и Белоруссии" names no partner. */
function inEventName(m: MentionRef, v: SentenceView): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
    const t = v.tokens[k];
    if (!t || /^[.,;:!?()«»"]$/u.test(t.text)) return false;
    if (EVENT_NOUNS.test(t.text.toLowerCase())) return true;
  }
  return false;
}

/** An enterprise the sentence places in a region is not that region's partner. */
function locatedHere(e: EntityDraft, v: SentenceView, found: readonly FoundRelation[]): boolean {
  return found.some((r) => r.type === 'LOCATED_IN' && r.sentence === v.index && (r.source === e || r.target === e));
}

function insideOrganization(m: MentionRef, v: SentenceView): boolean {
  return v.mentions.some(
    (o) =>
      o !== m &&
      (o.entity.type === 'Organization' || o.entity.type === 'Project') &&
      o.first <= m.first &&
      o.end >= m.end &&
      o.end - o.first > m.end - m.first,
  );
}

function persons(v: SentenceView): EntityDraft[] {
  return unique(v.mentions.filter((m) => m.entity.type === 'Person').map((m) => m.entity));
}

function pairs(list: readonly EntityDraft[], res: ExtractionResources): [EntityDraft, EntityDraft][] {
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

function has(v: SentenceView, set: ReadonlySet<string>): boolean {
  for (const l of set) if (v.lemmas.has(l)) return true;
  return false;
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
      for (const l of res.morph.lemmas(t.text)) lemmas.add(foldWord(l));
    }
    return { index, lemmas, mentions: a.mentions[index] ?? [], tokens: s.tokens };
  });
  const add = (
    type: RelationType,
    source: EntityDraft,
    target: EntityDraft,
    v: SentenceView,
    confidence: number,
    attributes?: Record<string, string | number>,
  ) => {
    if (source === target) return;
    out.push({ type, source, target, sentence: v.index, confidence, ...(attributes ? { attributes } : {}) });
  };

  for (const v of views) {
    const text = a.sentences[v.index]?.text ?? '';
    const modality = PLAN.test(text.toLowerCase()) ? 'plan' : 'fact';

    // LOCATED_IN: "завод «Белтелекабель» в Воскресенске", "предприятие, расположенное в городе Щучин".
    for (let k = 0; k < v.mentions.length; k++) {
      const m = v.mentions[k];
      const next = v.mentions[k + 1];
      if (!m || !next || (m.entity.type !== 'Enterprise' && m.entity.type !== 'Organization')) continue;
      const gap = v.tokens.slice(m.end, next.first).map((t) => t.text.toLowerCase());
      const near = gap.length <= 1 && (gap[0] === 'в' || gap[0] === 'во');
      const located =
        /располож|находящ|действующ/u.test(gap.join(' ')) &&
        gap.length <= 8 &&
        (gap.includes('в') || gap.includes('на'));
      if ((near || located) && PLACE_TYPES.has(next.entity.type) && next.kind !== 'adjective')
        add('LOCATED_IN', m.entity, next.entity, v, 0.7);
    }
    if (v.lemmas.has('работать') || v.lemmas.has('открыться') || v.lemmas.has('действовать')) {
      const place = v.mentions.find(
        (o) => PLACE_TYPES.has(o.entity.type) && o.kind !== 'adjective' && (o.prep === 'в' || o.prep === 'на'),
      );
      if (place) {
        for (const o of v.mentions) {
          if ((o.entity.type === 'Enterprise' || o.entity.type === 'Organization') && o.kind === 'name')
            add('LOCATED_IN', o.entity, place.entity, v, 0.5);
        }
      }
    }

    // NEGOTIATES: people who meet, and the bodies that sign or hold talks.
    if (has(v, NEGOTIATION) || v.lemmas.has('визит')) {
      const people = persons(v);
      for (const [p, q] of pairs(people, res)) add('NEGOTIATES', p, q, v, 0.75, { modality });
      if (has(v, NEGOTIATION)) {
        const bodies = parties(v).filter((e) => e.type !== 'City' && !people.some((p) => p.headOf === e));
        const withIndex = v.tokens.findIndex((t) => ['с', 'со'].includes(t.text.toLowerCase()));
        if (people.length > 0 && withIndex >= 0) {
          const counterparts = v.mentions.filter(
            (m) =>
              m.first > withIndex &&
              (m.entity.type === 'Organization' || m.entity.type === 'Enterprise') &&
              !m.titleOf &&
              m.kind === 'name',
          );
          const firstPerson = v.mentions.find((m) => m.entity.type === 'Person');
          if (firstPerson && firstPerson.first < withIndex) {
            for (const c of unique(counterparts.map((m) => m.entity)))
              add('NEGOTIATES', firstPerson.entity, c, v, 0.6, { modality });
          }
        }
        // Heads who sign a document do so for what they head ("Раис Татарстана … и председатель Минского облисполкома … подписали").
        if (v.lemmas.has('подписать') || v.lemmas.has('подписание')) {
          const headed = unique(
            people.map((p) => p.headOf?.place ?? p.headOf).filter((e): e is EntityDraft => e !== undefined),
          );
          for (const [p, q] of pairs(headed, res)) add('NEGOTIATES', p, q, v, 0.55, { modality });
        }
        if (has(v, SIGNING) || v.lemmas.has('переговоры')) {
          // Bodies named with "в" are where the talks are held: each meets the visitors, not the other venues.
          const venues = new Set<EntityDraft>();
          let venueEnd = -1;
          for (const m of v.mentions) {
            const listed =
              venueEnd >= 0 && v.tokens.slice(venueEnd, m.first).every((t) => t.text === 'и' || t.text === ',');
            if (m.kind === 'name' && (m.prep === 'в' || m.prep === 'на' || listed)) {
              venues.add(m.entity);
              venueEnd = Math.max(venueEnd, m.end);
            } else if (m.first >= venueEnd) venueEnd = -1;
          }
          const talking = bodies.filter((e) => e.type !== 'Enterprise' || bodies.length === 2);
          for (const [p, q] of pairs(talking, res)) {
            if (venues.has(p) && venues.has(q)) continue;
            add('NEGOTIATES', p, q, v, 0.55, { modality });
          }
        }
      }
    }

    // A document "между X и Y": signing it is NEGOTIATES, what it covers COOPERATES_WITH.
    const between = v.tokens.findIndex((t) => t.text.toLowerCase() === 'между');
    if (between >= 0 && has(v, DOCUMENTS)) {
      const sides = unique(
        v.mentions
          .filter(
            (m) => m.first > between && m.first <= between + 12 && m.kind === 'name' && PARTY_TYPES.has(m.entity.type),
          )
          .filter((m) => !insideOrganization(m, v))
          .map((m) => m.entity),
      ).slice(0, 2);
      for (const [p, q] of pairs(sides, res)) add('NEGOTIATES', p, q, v, 0.55, { modality });
      // What the document covers is cooperation between the places the signing bodies act for.
      const places = unique(sides.map((e) => e.place ?? e));
      for (const [p, q] of pairs(places, res)) add('COOPERATES_WITH', p, q, v, 0.55, { modality });
    }

    // TRADES_WITH: a turnover figure between two places.
    if (has(v, TRADE)) {
      let places = parties(v, { titles: true, places: true });
      if (places.length === 1) {
        const prev = views[v.index - 1];
        if (prev) places = unique([...places, ...parties(prev, { titles: true, places: true })]);
      }
      const attrs = { modality, ...moneyAttributes(text) };
      for (const [p, q] of pairs(places.slice(0, 3), res)) add('TRADES_WITH', p, q, v, 0.7, attrs);
    }

    // SUPPLIES: supplier → recipient.
    if (has(v, SUPPLY)) supplies(v, res, (s, t, c) => add('SUPPLIES', s, t, v, c, { modality }));

    // CO_PRODUCES: joint production, assembly, localisation.
    // … and "X и Y договорились производить …": an agreement to produce together.
    const agreedToProduce =
      (v.lemmas.has('договориться') || v.lemmas.has('соглашение')) &&
      (v.lemmas.has('производить') || v.lemmas.has('выпускать') || v.lemmas.has('собирать'));
    if ((has(v, COPRODUCTION) && has(v, PRODUCTION)) || agreedToProduce) {
      for (const [p, q] of pairs(
        parties(v).filter((e) => e.type !== 'City' && !locatedHere(e, v, out)),
        res,
      ))
        add('CO_PRODUCES', p, q, v, 0.6, { modality });
    }

    // COOPERATES_WITH: stated cooperation.
    if (has(v, COOPERATION)) {
      // A body named in someone's title ("председатель Минского горисполкома") is not itself a partner.
      const cooperating = parties(v, { titles: true, located: true }).filter(
        (e) => e.type !== 'Organization' || !v.mentions.some((m) => m.entity === e && m.titleOf),
      );
      for (const [p, q] of pairs(cooperating, res)) {
        add('COOPERATES_WITH', p, q, v, 0.6, { modality });
      }
    }

    // Projects: who takes part, and where they are.
    for (const m of v.mentions) {
      if (m.entity.type !== 'Project' || m.kind === 'adjective') continue;
      const isPlace = (o: MentionRef) => PLACE_TYPES.has(o.entity.type) && o.kind !== 'adjective' && !o.titleOf;
      const inside = v.mentions.find((o) => isPlace(o) && o.first > m.first && o.end <= m.end);
      const near = v.mentions.find(
        (o) =>
          isPlace(o) &&
          (o.prep === 'в' || o.prep === 'на') &&
          Math.min(Math.abs(o.first - m.end), Math.abs(m.first - o.end)) <= 6,
      );
      const place = inside ?? near;
      // A route connects places; it is not located in one.
      if (place && !ROUTE_HEADS.has(m.entity.head ?? '')) add('LOCATED_IN', m.entity, place.entity, v, 0.6);
      for (const o of v.mentions) {
        if (o === m || o.entity === place?.entity || o.titleOf || o.entity.type === 'Project') continue;
        if (inEventName(o, v) || afterTitle(o, v, res) || withinOther(o, v)) continue;
        // "смоленская компания «Кентавр»": the adjective places the company; the company takes part.
        if (o.kind === 'adjective' && locatedHere(o.entity, v, out)) continue;
        if (!PARTY_TYPES.has(o.entity.type) || o.entity.type === 'City') continue;
        if (o.first >= m.first && o.end <= m.end) continue;
        // Only a business of the place takes part ("для китайского и белорусского бизнеса"), not "российская сторона".
        if (o.kind === 'adjective' && !(o.governs && PARTICIPANT_NOUNS.has(o.governs))) continue;
        add('PARTICIPATES_IN', o.entity, m.entity, v, 0.55, { modality });
      }
    }
  }
  return out;
}

function supplies(
  v: SentenceView,
  res: ExtractionResources,
  emit: (s: EntityDraft, t: EntityDraft, c: number) => void,
): void {
  const trigger = v.tokens.findIndex(
    (t, i) =>
      i >= 0 && /^(постав|экспорт|импорт|закуп|приобр|доставл|отправ|комплектующ|детал)/u.test(t.text.toLowerCase()),
  );
  if (trigger < 0) return;
  const ms = v.mentions.filter((m) => PARTY_TYPES.has(m.entity.type) && !m.titleOf);
  // The recipient: "в …"/"для …", after the trigger if there is one there, else anywhere.
  const recipients = ms.filter((m) => (m.prep === 'в' || m.prep === 'для') && m.kind !== 'adjective');
  const firstTarget = recipients.find((m) => m.first > trigger) ?? recipients[0];
  const targets: EntityDraft[] = firstTarget ? [firstTarget.entity] : [];
  // A list after "для"/"в" ("для заводов БелАЗ и МАЗ") shares its preposition.
  if (firstTarget) {
    let end = firstTarget.end;
    for (const m of ms) {
      if (m.first <= end) continue;
      const gap = v.tokens.slice(end, m.first).map((t) => t.text);
      if (
        gap.length <= 2 &&
        gap.every((g) => [',', 'и'].includes(g) || (/^[\p{Ll}]+$/u.test(g) && !PREPOSITION_WORDS.has(g))) &&
        m.kind !== 'adjective'
      ) {
        targets.push(m.entity);
        end = m.end;
      } else break;
    }
  }
  let sources = unique(ms.filter((m) => m.prep === 'из').map((m) => m.entity));
  if (sources.length > 0) {
    const firstSource = ms.find((m) => m.prep === 'из');
    if (firstSource) {
      let end = firstSource.end;
      for (const m of ms) {
        if (m.first <= end) continue;
        const gap = v.tokens.slice(end, m.first).map((t) => t.text);
        if (gap.length <= 1 && gap.every((g) => [',', 'и'].includes(g))) {
          sources.push(m.entity);
          end = m.end;
        } else break;
      }
    }
  }
  if (sources.length === 0) {
    const subject = ms.find(
      (m) => m.first < trigger && !m.prep && m.kind !== 'adjective' && !targets.includes(m.entity),
    );
    const origin = ms.find(
      (m) => m.kind === 'adjective' && !targets.includes(m.entity) && m.first > trigger - 2 && m.first <= trigger + 3,
    );
    const agentAdj = ms.find(
      (m) => m.kind === 'adjective' && m.governs !== undefined && AGENT_NOUNS.has(m.governs) && m.first < trigger,
    );
    const pick = subject ?? agentAdj ?? origin;
    if (pick) sources = [pick.entity];
  }
  let finalTargets = unique(targets);
  if (finalTargets.length === 0) {
    const after = ms.filter(
      (m) =>
        m.first > trigger && m.kind !== 'adjective' && !sources.includes(m.entity) && PLACE_TYPES.has(m.entity.type),
    );
    const last = after[after.length - 1];
    if (last) finalTargets = [last.entity];
  }
  for (const s of unique(sources)) {
    for (const t of finalTargets) {
      if (s !== t && !isInside(s, t, res) && !isInside(t, s, res)) emit(s, t, 0.6);
    }
  }
}
