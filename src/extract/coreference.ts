/**
 * Coreference inside an article: generic phrases ("российский регион",
 * "республика", "белорусская столица", "стороны"), titles used alone
 * ("губернатор отметил") and pronouns resolve to the entity they refer to.
 */
import { foldWord, gazetteerCountryOf, namesHaveWord } from './gazetteer.ts';
import {
  CAPITAL_NOUNS,
  COPULAS,
  HEAD_TITLES,
  NON_HEAD_TITLES,
  PREPOSITION_CASES,
  PROJECT_ROLES,
  PRONOUN_GENDER,
  REPRESENTATIVE_NOUNS,
  SPEECH,
} from './lexicon.ts';
import { matchFullName, surnameKeys } from './people.ts';
import { BUILD_VERBS } from './projects.ts';
import { adjectivesBefore, isCapital, isWord, OPEN_QUOTES, PREPOSITIONS, type SentenceScanner } from './scanner.ts';
import { tokenize } from './tokens.ts';
import type { EntityDraft, MentionRef } from './types.ts';

/**
 * The entity a description refers back to, not one named in its own clause: co-arguments of one
 * verb are different things ("из Костанайской области в регион поступают" — another region).
 * Falls back to the nearest one when the clause holds the only candidate.
 */
function recentNotCoArgument(
  s: SentenceScanner,
  i: number,
  accept: (e: EntityDraft) => boolean,
): EntityDraft | undefined {
  let start = i;
  while (start > 0 && ![',', ';', ':'].includes(s.tok(start - 1)?.text ?? '')) start--;
  const here = s.mentions.filter((m) => m.first >= start && m.first < i);
  // "договорился с администрацией Липецкой области о создании в регионе …": a place inside a body's
  // name is no argument of the clause, so the generic may refer to it.
  const nested = (m: MentionRef) =>
    here.some((o) => o !== m && o.entity.type === 'Organization' && o.first <= m.first && m.end <= o.end);
  const local = new Set(here.filter((m) => !nested(m)).map((m) => m.entity));
  // Places the clause names after it ("поставки в республику белорусской техники": the goods' origin).
  const later = new Set<string>();
  for (let k = i + 1; k < s.sentence.tokens.length && ![',', ';', ':'].includes(s.tok(k)?.text ?? ''); k++) {
    const g = s.res.gazetteer.match(s.sentence.tokens, k);
    if (g) later.add(g.entry.id);
  }
  const other = (e: EntityDraft) => !local.has(e) && !(e.ref && later.has(e.ref.id));
  // "Стороны договорились о поставках белорусских тракторов в республику": where «стороны» stands
  // for every party, a party the clause does not name itself is still the other one.
  const named = new Set(here.filter((m) => !nested(m) && m.kind !== 'generic').map((m) => m.entity));
  const unnamed = (e: EntityDraft) => !named.has(e) && !(e.ref && later.has(e.ref.id));
  return s.recent((e) => accept(e) && other(e)) ?? s.recent((e) => accept(e) && unnamed(e)) ?? s.recent(accept);
}

/**
 * "Губернатор Курской области провёл переговоры с делегациями Гомельской и Могилевской
 * областей. Область готова …": where the sentence before names several places of a type, a bare
 * «область» («город») with no such place before it in its own sentence continues that sentence's
 * subject, a place or the place its first person heads, not the last place listed.
 */
function topicPlace(s: SentenceScanner, i: number, type: 'Region' | 'City'): EntityDraft | undefined {
  if (s.mentions.some((m) => m.first < i && m.entity.type === type)) return undefined;
  const before = s
    .scanOrder()
    .filter((m) => m.sentence === s.sentence.index - 1)
    .sort((a, b) => a.first - b.first);
  if (new Set(before.filter((m) => m.entity.type === type).map((m) => m.entity)).size < 2) return undefined;
  const subject = before.find((m) => !m.prep && (m.entity.type === 'Person' || m.entity.type === type));
  if (!subject) return undefined;
  if (subject.entity.type === type) return subject.entity;
  const headed = subject.entity.headOf?.place ?? subject.entity.headOf;
  return headed?.type === type ? headed : undefined;
}

/**
 * "встретился в Смоленске с губернатором области": a bare region noun after a town named in its
 * own sentence is the region that town lies in.
 */
function townRegion(s: SentenceScanner, i: number, kindWord: string | undefined): EntityDraft | undefined {
  const town = s.mentions.findLast((m) => m.first < i && m.entity.type === 'City' && m.kind === 'name');
  const id = town?.entity.ref?.locatedIn;
  const region = id ? s.res.gazetteer.byId(id) : undefined;
  if (region?.type !== 'Region') return undefined;
  const named = kindWord === undefined || namesHaveWord([region.name, ...region.aliases], kindWord);
  return named ? s.refDraft(region) : undefined;
}

/** Nouns a company is referred back to by after a title ("директор предприятия"). */
const TITLED_COMPANY_NOUNS = new Set(['предприятие', 'завод', 'компания', 'холдинг', 'комбинат', 'фабрика', 'концерн']);
/** Nouns an institution of learning is referred back to by after a title ("ректор университета"). */
const INSTITUTION_NOUNS = new Set(['университет', 'вуз', 'институт', 'академия']);
/** Names of institutions of learning. */
const INSTITUTION_NAME = /(университет|институт|академия)/iu;
/**
 * "Как отметил Юрий Караев, область готова …", "По словам губернатора, регион …": a bare place noun
 * in reported speech is the speaker's own, the region the person named before it in the sentence heads.
 */
function speakerRegion(s: SentenceScanner, i: number): EntityDraft | undefined {
  const said = Array.from({ length: i }, (_, k) => k).some((k) => s.hasLemma(k, SPEECH));
  if (!said) return undefined;
  const speaker = s.mentions.findLast((m) => m.first < i && m.entity.type === 'Person')?.entity;
  const headed = speaker?.headOf?.place ?? speaker?.headOf;
  return headed?.type === 'Region' ? headed : undefined;
}

/**
 * "Глава Якутии Айсен Николаев предложил … организовать в республике …": the region the subject
 * of the sentence heads, when the subject is a person named before `i` with no preposition.
 */
function subjectRegion(s: SentenceScanner, i: number): EntityDraft | undefined {
  const subject = s.mentions.find((m) => m.first < i && !m.prep && m.entity.type === 'Person')?.entity;
  const headed = subject?.headOf?.place ?? subject?.headOf;
  return headed?.type === 'Region' ? headed : undefined;
}

/** Heads of projects that are not built: routes and programmes, which «объект» does not name. */
const NOT_BUILT_HEADS = new Set(['программа', 'маршрут', 'рейс', 'авиарейс', 'коридор', 'сообщение', 'поезд']);

/** Titles of a town's head, after which a bare «города» is the town named before. */
const TOWN_TITLES = new Set(['мэр', 'глава', 'градоначальник']);
/** Bodies a bare noun refers back to ("облисполком" after "Гомельский облисполком"). */
const BODY_NOUNS = new Set(['облисполком', 'горисполком', 'райисполком', 'правительство', 'министерство']);

/**
 * The executive committee of the Belarusian oblast named last: only Belarusian oblasts have one
 * ("Витебская область" → "Витебский облисполком", which governs it).
 */
function oblastCommittee(s: SentenceScanner): EntityDraft | undefined {
  const oblast = s.recent((e) => e.type === 'Region' && e.ref?.locatedIn === 'country:belarus');
  return oblast ? committeeOf(s, oblast, oblast.name.split(' ')[0] ?? '', 'облисполком') : undefined;
}

/**
 * "Делегация Гомеля во главе с председателем горисполкома …": the city executive committee of the
 * Belarusian town named last, called by the town's adjective, which an oblast centre shares with
 * its oblast ("Гомель" → "Гомельская область" → "Гомельский горисполком").
 */
function townCommittee(s: SentenceScanner): EntityDraft | undefined {
  const town = s.recent(
    (e) => e.type === 'City' && gazetteerCountryOf(s.res.gazetteer, e.ref?.id) === 'country:belarus',
  );
  const entry = town?.ref ? s.res.gazetteer.byId(town.ref.id) : undefined;
  const region = entry?.locatedIn ? s.res.gazetteer.byId(entry.locatedIn) : undefined;
  const word = entry?.adjectives[0] ?? (region?.centre === entry?.id ? region?.name.split(' ')[0] : undefined);
  return town && word ? committeeOf(s, town, word, 'горисполком') : undefined;
}

/** The executive committee (`noun`) of a place, named by the place's adjective `word` in the masculine. */
function committeeOf(s: SentenceScanner, place: EntityDraft, word: string, noun: string): EntityDraft | undefined {
  const adjective = s.res.morph
    .parse(word)
    .find((p) => p.pos === 'ADJF')
    ?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: 'masc' });
  if (!adjective) return undefined;
  const name = `${adjective.charAt(0).toUpperCase()}${adjective.slice(1)} ${noun}`;
  // The reference may know the body ("Могилевский облисполком", spelt without «ё» as az inflects it).
  const tokens = tokenize(name);
  const known = s.res.gazetteer.match(tokens, 0);
  const committee =
    known?.end === tokens.length && known.kind === 'name' && known.entry.type === 'Organization'
      ? s.refDraft(known.entry)
      : s.draft('Organization', name);
  committee.place ??= place;
  return committee;
}

/** The people mentioned among these mentions, each once. */
function peopleIn(mentions: readonly MentionRef[]): Set<EntityDraft> {
  return new Set(mentions.filter((m) => m.entity.type === 'Person').map((m) => m.entity));
}

/**
 * A name of its own follows the noun at `i` ("завода «Кедр»", "университета Гродно"), unless the
 * capital after it opens the full name of the title's holder ("директор завода Иван Петров").
 */
function ownNameFollows(s: SentenceScanner, i: number): boolean {
  const next = s.tok(i + 1);
  return OPEN_QUOTES.has(next?.text ?? '') || (isCapital(next) && !matchFullName(s, i + 1));
}

/** Plural nouns of leaders that stand for the two who met ("Лидеры обсудили …"). */
const LEADER_NOUNS = new Set(['лидер', 'руководитель', 'глава']);

/**
 * What a plural company or institution noun may refer to, after a plural head title ("руководители
 * предприятий", "ректоры вузов") or as the subject of a plural verb ("Кроме того, университеты
 * планируют …"): companies, or institutions of learning.
 */
function groupKind(
  s: SentenceScanner,
  first: number,
  lemma: string,
  subject: boolean,
): ((e: EntityDraft) => boolean) | undefined {
  const led = s
    .parse(first - 1)
    .some((p) => p.number === 'plur' && (HEAD_TITLES.has(p.lemma) || LEADER_NOUNS.has(p.lemma)));
  if (!led && !subject) return undefined;
  if (TITLED_COMPANY_NOUNS.has(lemma)) return (e) => e.type === 'Enterprise';
  if (INSTITUTION_NOUNS.has(lemma)) return (e) => e.type === 'Organization' && INSTITUTION_NAME.test(e.name);
  return undefined;
}

/**
 * Two people who met for what they head ("губернатор X … с акимом Y"): the places or companies
 * they head, when each heads one of the kinds wanted and they differ; otherwise none.
 */
function headedSides(people: ReadonlySet<EntityDraft>, kind: readonly string[]): EntityDraft[] {
  if (people.size !== 2) return [];
  // A deputy speaks for what they serve ("вице-губернатор Петербурга"), as its head would.
  const sides = [...new Set([...people].map((e) => e.headOf ?? e.represents).map((e) => e?.place ?? e))];
  // A body known only from a title ("председатель Брестского горисполкома") is no side, as when it is named so.
  return sides.length === 2 && sides.every((e) => e !== undefined && e.type !== 'Organization' && kind.includes(e.type))
    ? (sides as EntityDraft[])
    : [];
}

/** One of an entity's names, its own or the reference's, has `word` as a whole word ("завод", "область"). */
function nameHasWord(e: EntityDraft, word: string): boolean {
  return namesHaveWord([e.name, ...e.aliases, ...(e.ref?.aliases ?? [])], word);
}

/** The sides of two people who met `back` sentences before this one (see `headedSides`). */
function metBefore(s: SentenceScanner, back: number, kind: readonly string[]): EntityDraft[] {
  return headedSides(peopleIn(s.scanOrder().filter((m) => m.sentence === s.sentence.index - back)), kind);
}

export function scanGeneric(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i)) return undefined;
  const lemma = s.lemma(i);
  // Official style capitalises "Республика" when it stands for the state already named.
  if (isCapital(t) && i > 0 && (lemma !== 'республика' || isCapital(s.tok(i + 1)))) return undefined;
  // "Стороны подписали": at the start of a sentence an ambiguous form is the plural subject.
  // "две страны", "оба региона": a numeral of two makes the genitive singular a plural reference.
  const counted = /^(два|две|оба|обе|двух|обоих|обеих|двумя|обоими|обеими)$/u.test(
    s.tok(i - 1)?.text.toLowerCase() ?? '',
  );
  const first = adjectivesBefore(s, i, 2);
  // "Кроме того, стороны обсуждают …": a nominative plural reading agreeing with a plural verb after it.
  // Not after a preposition or a noun ("в области закупили", "аграрии области закупили"): a noun
  // governed there is no subject.
  const before = s.tok(first - 1);
  const governed = isWord(before) && (PREPOSITIONS.has(before.text.toLowerCase()) || s.firstPos(first - 1) === 'NOUN');
  const pluralVerbNext = !governed && s.parse(i + 1).some((p) => p.pos === 'VERB' && p.number === 'plur');
  // "в страны Азии": after a preposition only the readings in a case it governs count, and the
  // genitive singular «страны» cannot follow «в».
  const governing = isWord(before) ? PREPOSITION_CASES[before.text.toLowerCase()] : undefined;
  const governedReadings = governing ? s.parse(i).filter((p) => governing.includes(p.case ?? '')) : [];
  const plural =
    counted ||
    s.parse(i)[0]?.number === 'plur' ||
    (governedReadings.length > 0 && governedReadings.every((p) => p.number === 'plur')) ||
    ((i === 0 || pluralVerbNext) && s.parse(i).some((p) => p.number === 'plur' && p.case === 'nomn'));
  const adj = s.mentions.find((m) => m.kind === 'adjective' && m.end === i);
  let target: EntityDraft | undefined;
  const field = lemma === 'область' && !isCapital(s.tok(i + 1)) && s.parse(i + 1)[0]?.case === 'gent';
  // "между областями", "обе области": a plural of a kind of region is "регионы", when no reading is singular.
  const regionKind =
    (lemma === 'область' || lemma === 'край') && (counted || s.parse(i).every((p) => p.number === 'plur'));
  if ((plural && (lemma === 'регион' || lemma === 'сторона' || lemma === 'страна')) || regionKind) {
    // "регионы являются звеньями …": every place of that kind named in the sentence before.
    // The nearest of the last three sentences that names at least two of them (a committee counts as its region).
    // "Стороны" may be companies and bodies too ("Сотрудничество ОАО «X» с краем … Стороны обсудили …").
    const kind =
      lemma === 'регион' || regionKind
        ? ['Region']
        : lemma === 'страна'
          ? ['Country']
          : ['Region', 'Country', 'Enterprise', 'Organization'];
    let group: EntityDraft[] = [];
    // "X провёл переговоры с Y. … Курганская область поставляет в Казахстан … Стороны договорились":
    // the sides of a meeting in the last three sentences are the sides, before places named since.
    // Two towns' heads meet for their towns ("председатель горисполкома … и глава округа …").
    if (lemma === 'сторона')
      for (let back = 1; back <= 3 && group.length < 2; back++) group = metBefore(s, back, [...kind, 'City']);
    const regional = kind.length === 1 && kind[0] === 'Region';
    let foundBack = 0;
    for (let back = 1; back <= 3 && group.length < 2; back++) {
      foundBack = back;
      const there = s.scanOrder().filter((m) => m.sentence === s.sentence.index - back);
      // A body named only in someone's title ("председатель Минского горисполкома") is no side by itself.
      // Nor are examples of a class ("предприятия, в том числе «Альфа» и «Бета»"): members, not sides.
      // A company or body after «в»/«на» is where something happened ("побывали на ОАО «X» и в
      // университете"), not a party.
      // Nor the seat of an office named in a title ("генеральным консулом КНР в Санкт-Петербурге").
      // Nor is a company the visitors saw ("посетили ПАО «X» и агрохолдинг «Y»"): a venue of the visit.
      const located = (m: MentionRef) =>
        m.visited === true ||
        (['в', 'во', 'на'].includes(m.prep ?? '') &&
          (m.entity.type === 'Enterprise' ||
            m.entity.type === 'Organization' ||
            there.some((o) => o.titleOf !== undefined && o.end === m.first - 1)));
      // For regions it is its region ("председатель Гродненского облисполкома … Главы регионов …").
      const titleBody = (m: MentionRef) => m.titleOf !== undefined && m.entity.type === 'Organization' && !regional;
      const named = there.filter((m) => m.kind === 'name' && !titleBody(m) && !m.example && !located(m));
      group = [...new Set(named.map((m) => m.entity.place ?? m.entity).filter((e) => kind.includes(e.type)))];
      // "X встретился с Y. Стороны договорились …": the sides of those who just met were taken above;
      // when they head no two places, older sentences' places are no better guess.
      if (lemma === 'сторона' && group.length < 2 && peopleIn(there).size >= 2) {
        group = [];
        break;
      }
    }
    // "Губернатор встретился с председателем облисполкома. … Завод «А» поставляет узлы заводу «Б». …
    // Стороны подписали программу": companies of a detail further back are less salient than the
    // article's meeting, whose heads' places are the sides. A company and a place of such a detail
    // ("Завод «А» поставляет станки в Тверскую область") are a supplier and its market, not two sides
    // of one standing: with no meeting, the article's main parties are the sides (see `resolveParties`).
    const companies = group.filter((e) => e.type === 'Enterprise' || e.type === 'Organization').length;
    const mixed = companies > 0 && companies < group.length;
    if (
      lemma === 'сторона' &&
      foundBack >= 2 &&
      group.length >= 2 &&
      (mixed || group.every((e) => e.type === 'Enterprise'))
    ) {
      let met: EntityDraft[] = [];
      for (let back = foundBack + 1; back <= s.sentence.index && met.length < 2; back++) met = metBefore(s, back, kind);
      if (met.length >= 2 || mixed) group = met;
    }
    // "товарооборот между регионами": two sides, named anywhere before; the two the article names most.
    if (group.length < 2 && s.tok(i - 1)?.text.toLowerCase() === 'между') {
      const named = s.scanOrder().filter((m) => m.sentence < s.sentence.index && m.kind === 'name');
      group = [...new Set(named.map((m) => m.entity.place ?? m.entity).filter((e) => kind.includes(e.type)))];
      if (group.length > 2) {
        const count = (e: EntityDraft) => named.filter((m) => (m.entity.place ?? m.entity) === e).length;
        const ranked = [...group].sort((x, y) => count(y) - count(x));
        group = count(ranked[1] as EntityDraft) > count(ranked[2] as EntityDraft) ? ranked.slice(0, 2) : [];
      }
    }
    if (group.length < 2) return undefined;
    // "Стороны", "две страны" are two: of more places named, the two the article mentions most.
    // A bare "регионы" may be all the places just listed.
    if (lemma === 'сторона' || counted) {
      const count = (e: EntityDraft) => s.scanOrder().filter((m) => m.entity === e).length;
      group = [...group].sort((x, y) => count(y) - count(x)).slice(0, 2);
    }
    for (const e of group) s.add(e, counted ? i - 1 : first, i + 1, 'generic', { consume: true });
    return i + 1;
  }
  // "Лидеры / Руководители обсудили …" with no genitive of their own: the two who just met, for what they head.
  if (plural && LEADER_NOUNS.has(lemma) && s.parse(i + 1)[0]?.case !== 'gent') {
    const people = peopleIn(s.scanOrder().filter((m) => m.sentence === s.sentence.index - 1));
    const group = headedSides(people, ['Region', 'Country', 'Enterprise', 'Organization']);
    if (group.length < 2) return undefined;
    for (const e of group) s.add(e, first, i + 1, 'generic', { consume: true });
    return i + 1;
  }
  // "Руководители предприятий подписали контракт", "ректоры вузов": after a plural head title, or as
  // the subject of a plural verb, a plural noun of a kind of company or institution is the ones of
  // that kind just named.
  const ledKind = plural ? groupKind(s, first, lemma, pluralVerbNext && first === i) : undefined;
  if (ledKind) {
    for (let back = 1; back <= 3; back++) {
      const there = s.scanOrder().filter((m) => m.sentence === s.sentence.index - back);
      const group = [...new Set(there.filter((m) => m.kind === 'name' && !m.example).map((m) => m.entity))].filter(
        ledKind,
      );
      if (group.length < 2) continue;
      for (const e of group) s.add(e, first, i + 1, 'generic', { consume: true });
      return i + 1;
    }
    return undefined;
  }
  if (field) return undefined;
  // "Азиатско-Тихоокеанского региона": a capitalised adjective inside the sentence that names no
  // known place makes the noun the name of another area, not a reference back.
  const namedArea = Array.from({ length: i - first }, (_, k) => first + k).some(
    (k) => k > 0 && isCapital(s.tok(k)) && !s.mentions.some((m) => m.first <= k && k < m.end),
  );
  if (namedArea) return undefined;
  if (
    !plural &&
    (lemma === 'регион' || lemma === 'область' || lemma === 'край' || lemma === 'субъект' || lemma === 'провинция')
  ) {
    // "область", "край", "провинция" name their own kind of region: "области" after a province and
    // an oblast is the oblast. "регион" and "субъект" are any region.
    const kindWord = lemma === 'регион' || lemma === 'субъект' ? undefined : lemma;
    const ofKind = (e: EntityDraft) => kindWord === undefined || nameHasWord(e, kindWord);
    const region = (e: EntityDraft) => e.type === 'Region';
    const named = (e: EntityDraft) => region(e) && ofKind(e);
    const topic = topicPlace(s, i, 'Region');
    // "Губернатор Ивановской области … предложил создать в регионе …": the region the subject heads.
    const own = subjectRegion(s, i);
    target =
      adj && adj.entity.type === 'Region'
        ? adj.entity
        : (speakerRegion(s, i) ??
          (own && ofKind(own) ? own : undefined) ??
          townRegion(s, i, kindWord) ??
          (topic && ofKind(topic) ? topic : undefined) ??
          recentNotCoArgument(s, i, named) ??
          recentNotCoArgument(s, i, region) ??
          // "Председатель Гродненского облисполкома заявил, что область …": the region its body governs.
          s.recent((e) => e.type === 'Organization' && e.place?.type === 'Region')?.place);
  } else if (!plural && lemma === 'республика') {
    // "Минниханов напомнил, что в республике …": the republic its head speaks for.
    const own = speakerRegion(s, i) ?? subjectRegion(s, i);
    target = own && /(?:^|\s)Республика(?:\s|$)/u.test(own.name) ? own : undefined;
    target ??= recentNotCoArgument(
      s,
      i,
      (e) =>
        (e.type === 'Country' || e.type === 'Region') &&
        // "Республика Татарстан" and "Чувашская Республика" alike.
        [e.name, ...(e.ref?.aliases ?? [])].some((n) => /(?:^|\s)Республика(?:\s|$)/u.test(n)),
    );
  } else if (!plural && lemma === 'город' && first === i && s.hasLemma(i - 1, TOWN_TITLES) && !ownNameFollows(s, i)) {
    // "мэр города Александр Рогачук", "глава города": the town the article has named.
    target = topicPlace(s, i, 'City') ?? s.recent((e) => e.type === 'City' && e.named);
  } else if (!plural && lemma === 'город' && first === i && !ownNameFollows(s, i) && !isCapital(s.tok(i + 1))) {
    // "Всего город получит 60 троллейбусов": a bare «город» is the town named before, not one in its own clause.
    target = topicPlace(s, i, 'City') ?? recentNotCoArgument(s, i, (e) => e.type === 'City' && e.named);
  } else if (!plural && (lemma === 'страна' || lemma === 'государство')) {
    target = adj?.entity.type === 'Country' ? adj.entity : s.recent((e) => e.type === 'Country');
  } else if (lemma === 'столица' && adj?.entity.ref?.centre) {
    const centre = s.res.gazetteer.byId(adj.entity.ref.centre);
    if (centre) target = s.refDraft(centre);
  } else if (lemma === 'столица' && !adj) {
    // "в столицу Чувашии": the place in the genitive after it names whose capital, the city.
    const of = s.res.gazetteer.match(s.sentence.tokens, i + 1);
    const centre = of?.kind === 'name' && of.entry.centre ? s.res.gazetteer.byId(of.entry.centre) : undefined;
    if (centre && s.parse(i + 1).some((p) => p.case === 'gent')) target = s.refDraft(centre);
  } else if (
    // "Оператором линии": right after a noun, the genitive singular reading is its dependent's.
    (!plural || (s.firstPos(i - 1) === 'NOUN' && s.parse(i).some((p) => p.case === 'gent' && p.number === 'sing'))) &&
    s.hasLemma(
      i,
      new Set([
        'программа',
        'проект',
        'объект',
        'маршрут',
        'рейс',
        'авиарейс',
        'центр',
        'коридор',
        'парк',
        'линия',
        'терминал',
      ]),
    )
  ) {
    // "проект" is the hypernym of every project ("завод …. Проект реализует …"), "объект" of every
    // built one ("… комплекса в Ярославле. Объект строило ОАО «X»"); the others name their own kind.
    // Not "проект соглашения", "проект «Один пояс»": a genitive noun or a name after it makes it a draft
    // or a project of its own.
    const built = (e: EntityDraft) => !NOT_BUILT_HEADS.has(e.head ?? '');
    // "Производство разместится на площадке индустриального парка. Инвестором проекта …": the
    // project that opened the sentence before is its theme, before a site named after it.
    const theme =
      lemma === 'проект'
        ? s.scanOrder().find((m) => m.sentence === s.sentence.index - 1 && m.first === 0 && m.entity.type === 'Project')
            ?.entity
        : undefined;
    const p =
      theme ??
      s.recent(
        (e) => e.type === 'Project' && (lemma === 'проект' || (lemma === 'объект' && built(e)) || e.head === lemma),
      );
    // "Финансирует проект Банк развития", "Строит проект компания «X»": a common noun in another case
    // than the genitive is the subject after the object, not the project's dependent.
    // A word read first as a verb is the predicate ("Участие в проекте примет …", not "примета").
    const next = s.firstPos(i + 1) === 'VERB' ? [] : s.parse(i + 1).filter((p) => p.pos === 'NOUN');
    const apart = next.length > 0 && next.every((p) => p.case !== 'gent' && p.tags.size === 0);
    const opensName = OPEN_QUOTES.has(s.tok(i + 1)?.text ?? '') || (isCapital(s.tok(i + 1)) && !apart);
    const ofSomething = (lemma === 'проект' || lemma === 'объект') && ((next.length > 0 && !apart) || opensName);
    if (p && first === i && !ofSomething) target = p;
  } else if (
    !plural &&
    (TITLED_COMPANY_NOUNS.has(lemma) || s.isCompoundCompanyNoun(i)) &&
    first === i &&
    s.hasLemma(i - 1, HEAD_TITLES)
  ) {
    // "генеральный директор предприятия Сергей Никитин": the company the article has named, when
    // no name of its own follows the noun.
    // "генеральный директор завода": a company whose own name has that noun ("Ярославский моторный
    // завод"), before any company named since.
    // Or one the article introduced with that noun ("Завод «Кедр» …").
    const named = (e: EntityDraft) => nameHasWord(e, lemma) || e.kinds?.has(lemma) === true;
    // "директор льнокомбината": a compound names its kind too closely for any other company.
    const generic = TITLED_COMPANY_NOUNS.has(lemma);
    // "Завод X отгрузил заводу Y … Директор предприятия …": the subject of the sentence before stays
    // the topic, ahead of a company named after it there.
    const subject = s.mentions.some((m) => m.first < i && m.entity.type === 'Enterprise')
      ? undefined
      : s
          .scanOrder()
          .find(
            (m) =>
              m.sentence === s.sentence.index - 1 && m.entity.type === 'Enterprise' && m.kind === 'name' && !m.prep,
          )?.entity;
    const pick = (fits: (e: EntityDraft) => boolean) =>
      subject && fits(subject) ? subject : s.recent((e) => e.type === 'Enterprise' && fits(e));
    if (!ownNameFollows(s, i)) target = pick(named) ?? (generic ? pick(() => true) : undefined);
  } else if (!plural && INSTITUTION_NOUNS.has(lemma) && s.hasLemma(first - 1, HEAD_TITLES)) {
    // "ректор университета Роман Козлов", "ректор смоленского вуза": the institution the article has
    // named (the one whose name its adjectives begin), when no name of its own follows.
    const adjectives = Array.from({ length: i - first }, (_, d) => s.lemma(first + d));
    const fits = (e: EntityDraft) =>
      e.type === 'Organization' &&
      INSTITUTION_NAME.test(e.name) &&
      adjectives.every((a) => e.name.toLowerCase().split(' ').includes(a));
    // "ректор университета" after a university and an institute were named: the one its noun names.
    const named = (e: EntityDraft) => fits(e) && foldWord(e.name).split(/\s+/u).includes(lemma);
    if (!ownNameFollows(s, i)) target = s.recent(named) ?? s.recent(fits);
  } else if (!plural && BODY_NOUNS.has(lemma) && (isCapital(s.tok(i + 1)) || s.parse(i + 1)[0]?.pos !== 'NOUN')) {
    // "Председатель облисполкома Иван Крупко": the body of that kind named before, or else the
    // executive committee of the Belarusian oblast the article is about.
    target =
      s.recent((e) => e.type === 'Organization' && foldWord(e.name).split(' ').includes(lemma)) ??
      (lemma === 'облисполком' ? oblastCommittee(s) : lemma === 'горисполком' ? townCommittee(s) : undefined);
  }
  if (!target) return undefined;
  // "белорусская столица" names the city as surely as its name does.
  s.add(target, adj ? adj.first : first, i + 1, lemma === 'столица' ? 'name' : 'generic', { consume: true });
  return i + 1;
}

/** A title used alone ("губернатор отметил", "глава белорусского правительства"): the person who holds it. */
export function scanTitle(s: SentenceScanner, i: number): number | undefined {
  const t = s.tok(i);
  if (!isWord(t) || s.isUsed(i) || !s.hasLemma(i, HEAD_TITLES) || s.hasLemma(i, NON_HEAD_TITLES)) return undefined;
  if (i > 0 && s.hasLemma(i - 1, NON_HEAD_TITLES)) return undefined;
  // "Главы регионов договорились": a plural title is more than one person, also one whose plural
  // verb is its own (not shared with a conjunct before it: "Губернатор X и глава Y подписали").
  const readings = s.parse(i).filter((p) => HEAD_TITLES.has(p.lemma));
  const verb = [1, 2, 3, 4].map((d) => i + d).find((k) => s.isPos(k, 'VERB'));
  const pluralVerb = verb !== undefined && s.parse(verb).find((p) => p.pos === 'VERB')?.number === 'plur';
  const conjunct = ['и', ','].includes(s.tok(i - 1)?.text ?? '');
  const pluralSubject = pluralVerb && !conjunct && readings.some((p) => p.number === 'plur' && p.case === 'nomn');
  if (readings.every((p) => p.number === 'plur') || pluralSubject) return undefined;
  // A name follows within a few words: the person recogniser handles it. Not past a verb:
  // "Министр встретился с губернатором Андреем Травниковым" names the minister's partner.
  for (let k = i + 1; k < i + 7 && k < s.sentence.tokens.length; k++) {
    if (s.isPos(k, 'VERB')) break;
    if (matchFullName(s, k)) return undefined;
    const tk = s.tok(k);
    if (tk && isCapital(tk) && [...s.persons.keys()].some((key) => surnameKeys(s, k).includes(key))) return undefined;
  }
  const lemma = s.lemma(i);
  const persons = [...new Set(s.persons.values())];
  // What the title is about: an adjective or genitive right around it.
  const aboutAdj = s.mentions.find((m) => m.kind === 'adjective' && m.end === i);
  const g = s.res.gazetteer.match(s.sentence.tokens, i + 1);
  const aboutGen = g ? s.refDraft(g.entry) : undefined;
  let about = aboutAdj?.entity ?? aboutGen;
  const ofRegion = s.lemma(i + 1) === 'регион' || s.lemma(i + 2) === 'регион';
  if (!about && ofRegion) about = s.recent((e) => e.type === 'Region');
  // "… прибыл в Могилёвскую область. Глава региона встретился …": when the region named last has no
  // head in view, «глава региона» is the one head of a region the article has named.
  const regionHeads = persons.filter((p) => p.headOf?.type === 'Region');
  const onlyRegionHead = ofRegion && regionHeads.length === 1 ? regionHeads[0] : undefined;
  // "премьер-министр" is the one who chairs the government ("Председатель Совета Министров N").
  const chairsGovernment = (p: EntityDraft) =>
    GOVERNMENT_HEAD_TITLES.has(lemma) && p.headOf?.type === 'Organization' && GOVERNMENT_NAME.test(p.headOf.name);
  // A specific title is no other head's: "губернатор N … По словам премьер-министра" is not N.
  const mayHold = (e: EntityDraft) =>
    GENERIC_HEAD_TITLES.has(lemma) || !e.title || !HEAD_TITLES.has(e.title) || GENERIC_HEAD_TITLES.has(e.title);
  const holder =
    (about && persons.find((p) => p.headOf === about || (p.headOf?.ref && p.headOf.ref.id === about?.ref?.centre))) ??
    (about &&
      persons.find((p) => p.headOf?.type === 'Organization' && p.headOf.name.includes(about.name.slice(0, 5)))) ??
    persons.find((p) => p.title === lemma) ??
    persons.find(chairsGovernment) ??
    onlyRegionHead ??
    (!about ? s.recent((e) => e.type === 'Person' && mayHold(e)) : undefined);
  if (!holder) return undefined;
  s.add(holder, i, i + 1, 'title');
  return i + 1;
}

/** Titles of the head of a government, and the names of the bodies they chair. */
const GOVERNMENT_HEAD_TITLES = new Set(['премьер-министр', 'премьер']);
const GOVERNMENT_NAME = /^(Правительство|Совет Министров|Кабинет Министров)/iu;
/** Head titles that say only that someone heads something, of any kind ("глава", "руководитель"). */
const GENERIC_HEAD_TITLES = new Set(['глава', 'руководитель', 'лидер', 'начальник', 'врио']);

/** Modal verbs before a copula ("могут стать", "должна стать"). */
const MODALS = new Set(['мочь', 'должный']);

/**
 * "Его создаст компания «X»": a neuter or masculine object pronoun right before a verb of
 * building stands for the project named last (a person is never what is built).
 */
function projectPronoun(s: SentenceScanner, i: number): number | undefined {
  const word = s.tok(i)?.text.toLowerCase() ?? '';
  if (!['его', 'её', 'ее', 'их'].includes(word)) return undefined;
  // The verb right after it, or past an adverb or a phrase of time or place ("Его в 2023 году открыли");
  // not after a noun, which the pronoun would possess ("Его компания открыла …").
  const opensPhrase = s.isPos(i + 1, 'ADVB', 'PRCL') || PREPOSITIONS.has(s.tok(i + 1)?.text.toLowerCase() ?? '');
  let verb: number | undefined;
  const last = i + (opensPhrase ? 6 : 1);
  for (let k = i + 1; k <= last && (isWord(s.tok(k)) || s.tok(k)?.kind === 'number'); k++) {
    if (s.hasLemma(k, BUILD_VERBS) && s.isPos(k, 'VERB', 'INFN')) verb = k;
    if (verb !== undefined || s.isPos(k, 'VERB', 'INFN')) break;
  }
  // "Его учредителями стали …", "Его участниками могут стать …": a role in an undertaking, then a
  // copula, maybe after a modal verb.
  const copula = s.hasLemma(i + 2, COPULAS) || (s.hasLemma(i + 2, MODALS) && s.hasLemma(i + 3, COPULAS));
  const role = s.parse(i + 1).some((p) => p.case === 'ablt' && PROJECT_ROLES.has(p.lemma)) && copula;
  // "В его капитал войдут …": the owner of a capital that parties enter.
  const capital = s.tok(i - 1)?.text.toLowerCase() === 'в' && s.hasLemma(i + 1, CAPITAL_NOUNS);
  if (!role && !capital && verb === undefined) return undefined;
  const p = s.recent((e) => e.type === 'Project');
  if (!p) return undefined;
  s.add(p, i, i + 1, 'pronoun');
  return i + 1;
}

/** The superlative suffix «-ейш-/-айш-» ("крупнейшим", "важнейшим"). */
const SUPERLATIVE = /[еа]йш(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем|ой)$/u;

/**
 * "Школу построят в Твери. Генеральным подрядчиком выступит компания «X»": a role in an undertaking
 * that opens the sentence, then a copula, with no undertaking of its own ("Инвестором проекта …"),
 * is a role in the project named last; the role stands for it.
 */
function projectRole(s: SentenceScanner, i: number): number | undefined {
  if (!s.parse(i).some((p) => p.case === 'ablt' && PROJECT_ROLES.has(p.lemma)) || !s.hasLemma(i + 1, COPULAS))
    return undefined;
  if (!Array.from({ length: i }, (_, k) => k).every((k) => s.isPos(k, 'ADJF'))) return undefined;
  // "Крупнейшим заказчиком остаётся …": a superlative ranks buyers of goods, no role in one undertaking.
  if (Array.from({ length: i }, (_, k) => k).some((k) => SUPERLATIVE.test(s.tok(k)?.text.toLowerCase() ?? '')))
    return undefined;
  const p = s.recent((e) => e.type === 'Project');
  if (!p) return undefined;
  s.add(p, 0, i + 1, 'generic');
  return i + 1;
}

/**
 * "…, а челябинские предприятия поставляют для него комплектующие": a third-person pronoun after a
 * preposition ("него", "неё", "них") stands for the company named last, unless a person was.
 */
function companyPronoun(s: SentenceScanner, i: number): number | undefined {
  if (!['него', 'неё', 'нее'].includes(s.tok(i)?.text.toLowerCase() ?? '')) return undefined;
  const last = s.recent((e) => e.type === 'Enterprise' || e.type === 'Person');
  if (last?.type !== 'Enterprise') return undefined;
  s.add(last, i, i + 1, 'pronoun');
  return i + 1;
}

/**
 * "посетил завод «Кедр» и обсудил с его руководством поставки": a possessive pronoun before a noun
 * of those who act for someone stands for the company or body named last, unless a person was.
 */
function representedPossessor(s: SentenceScanner, i: number): number | undefined {
  if (!s.hasLemma(i + 1, REPRESENTATIVE_NOUNS)) return undefined;
  const owner = possessiveOwner(s, i, ['Enterprise', 'Organization']);
  if (!owner) return undefined;
  s.add(owner, i, i + 2, 'generic');
  return i + 2;
}

/** What the possessive pronoun at `i` stands for: the body of `types` named last, unless a person was. */
function possessiveOwner(s: SentenceScanner, i: number, types: readonly string[]): EntityDraft | undefined {
  if (!['его', 'её', 'ее'].includes(s.tok(i)?.text.toLowerCase() ?? '')) return undefined;
  const last = s.recent((e) => types.includes(e.type) || e.type === 'Person');
  return last && last.type !== 'Person' ? last : undefined;
}

/** Nouns of a company's sites ("её заводы", "его филиалы"). */
const SITE_NOUNS = new Set(['завод', 'фабрика', 'комбинат', 'предприятие', 'филиал', 'площадка', 'цех']);

/**
 * "Компания «Альфа» выпускает мебель. Её заводы работают в Гродно …": a possessive pronoun before
 * a plural noun of sites stands for the company named last, unless a person was; the sites are its.
 */
function sitePossessor(s: SentenceScanner, i: number): number | undefined {
  if (!s.hasLemma(i + 1, SITE_NOUNS) || !s.parse(i + 1).some((p) => p.number === 'plur' && p.case === 'nomn'))
    return undefined;
  const owner = possessiveOwner(s, i, ['Enterprise']);
  if (!owner) return undefined;
  s.add(owner, i, i + 1, 'generic');
  return i + 1;
}

/** Pro-adverbs of place and the preposition each stands for: "оттуда" is "из" the place named last. */
const PLACE_ADVERBS: Readonly<Record<string, string>> = { оттуда: 'из', туда: 'в' };

/**
 * "Витебская область экспортирует в Псковскую область …, а импортирует оттуда лесоматериалы":
 * a pro-adverb of place stands for the place named last, with the preposition it means.
 */
function placeAdverb(s: SentenceScanner, i: number): number | undefined {
  const prep = PLACE_ADVERBS[s.tok(i)?.text.toLowerCase() ?? ''];
  if (!prep) return undefined;
  const place = s.recent((e) => e.type === 'Region' || e.type === 'Country' || e.type === 'City');
  if (!place) return undefined;
  s.add(place, i, i + 1, 'pronoun', { prep });
  return i + 1;
}

/** Nouns of visitors that refer back to those who came ("гостей встретил …"). */
const GUEST_NOUNS = new Set(['гость']);
/** Verbs whose object is a visitor received or met ("его принял губернатор"). */
const RECEIVE_VERBS = new Set(['принять', 'принимать', 'встретить', 'встречать', 'приветствовать', 'поприветствовать']);

/**
 * "В среду его принял губернатор", "Гостей встретил губернатор": an object pronoun, or the noun of
 * visitors, next to a verb of receiving stands for the person named last, the visitor (who leads
 * the visiting delegation; a project or a company is not received).
 */
function visitorPronoun(s: SentenceScanner, i: number): number | undefined {
  const guests = s.hasLemma(i, GUEST_NOUNS) && s.parse(i).some((p) => p.case === 'accs');
  if (!['его', 'её', 'ее'].includes(s.tok(i)?.text.toLowerCase() ?? '') && !guests) return undefined;
  if (![i - 1, i + 1].some((k) => s.hasLemma(k, RECEIVE_VERBS) && s.isPos(k, 'VERB'))) return undefined;
  // The visitor was named before this sentence; a host named earlier in it receives.
  if (guests && s.mentions.some((m) => m.entity.type === 'Person')) return undefined;
  const p = s.recent((e) => e.type === 'Person');
  if (!p) return undefined;
  s.add(p, i, i + 1, 'pronoun');
  return i + 1;
}

/**
 * "X и Y развивают кооперацию. Товарооборот между ними …": «между ними» is the two parties the
 * sentence before names, when it names exactly two, or else the two a plural reference of that
 * sentence stands for ("Губернатор отметил, что две области связывает …").
 */
function betweenThem(s: SentenceScanner, i: number): number | undefined {
  if (s.tok(i)?.text.toLowerCase() !== 'ними' || s.tok(i - 1)?.text.toLowerCase() !== 'между') return undefined;
  const before = s.scanOrder().filter((m) => m.sentence === s.sentence.index - 1);
  const party = (e: EntityDraft) => ['Country', 'Region', 'City', 'Enterprise', 'Organization'].includes(e.type);
  const named = [...new Set(before.filter((m) => m.kind === 'name' && !m.titleOf).map((m) => m.entity))].filter(party);
  const plural = before.filter(
    (m) => m.kind === 'generic' && before.some((o) => o !== m && o.kind === 'generic' && o.first === m.first),
  );
  const referred = [...new Set(plural.map((m) => m.entity))].filter(party);
  const sides = named.length === 2 ? named : referred;
  if (sides.length !== 2) return undefined;
  for (const e of sides) s.add(e, i, i + 1, 'pronoun', { consume: true });
  return i + 1;
}

/**
 * "… создадут совместное предприятие. Учредителями СП станут …": the abbreviation «СП» with no name
 * of its own after it (as in "СП «Кедр»") stands for the joint venture named before, a project
 * without a name or a company introduced as one ("совместное предприятие «Кедр»").
 */
function bareJointVenture(s: SentenceScanner, i: number): number | undefined {
  const next = s.tok(i + 1);
  if (s.tok(i)?.text !== 'СП' || OPEN_QUOTES.has(next?.text ?? '') || isCapital(next)) return undefined;
  const p = s.recent(
    (e) =>
      (e.type === 'Project' && /^совместн\p{L}* предприяти/u.test(foldWord(e.name))) ||
      (e.type === 'Enterprise' && e.kinds?.has('СП') === true),
  );
  if (!p) return undefined;
  s.add(p, i, i + 1, 'generic');
  return i + 1;
}

/** The gender a person's first name shows, if the dictionary knows it as a name of one gender. */
function personGender(s: SentenceScanner, person: EntityDraft): string | undefined {
  const first = person.name.split(' ')[0] ?? '';
  const genders = new Set(
    s.res.morph
      .parse(first)
      .filter((p) => p.tags.has('Name') && p.known)
      .map((p) => p.gender),
  );
  const [gender] = genders;
  return genders.size === 1 && (gender === 'masc' || gender === 'femn') ? gender : undefined;
}

export function scanPronoun(s: SentenceScanner, i: number): number | undefined {
  const object =
    projectPronoun(s, i) ??
    bareJointVenture(s, i) ??
    projectRole(s, i) ??
    representedPossessor(s, i) ??
    sitePossessor(s, i) ??
    visitorPronoun(s, i) ??
    betweenThem(s, i) ??
    companyPronoun(s, i) ??
    placeAdverb(s, i);
  if (object !== undefined) return object;
  const t = s.tok(i);
  if (!isWord(t) || !['он', 'она'].includes(t.text.toLowerCase()) || s.mentions.some((m) => m.entity.type === 'Person'))
    return undefined;
  // "Она" is no man: the pronoun agrees in gender with the person its first name shows.
  const gender = PRONOUN_GENDER.get(t.text.toLowerCase());
  const p = s.recent((e) => e.type === 'Person' && [gender, undefined].includes(personGender(s, e)));
  if (!p) return undefined;
  s.add(p, i, i + 1, 'pronoun');
  return i + 1;
}
