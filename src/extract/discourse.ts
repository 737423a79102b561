/**
 * Article-level discourse, after every sentence has been read: a title that
 * names its office but not its holder ("Губернатор Брянской области
 * встретился…", "Тверской губернатор заявил…") refers to the person the
 * article names as that office's holder, before or after; failing that, to the
 * person the article names elsewhere without any title, when there is exactly one such
 * person. News reports routinely introduce an official by office and quote
 * them later by name; with two untitled people the reference is ambiguous and
 * nothing is resolved. Likewise a delegation whose leader the article names
 * ("Делегацию возглавил посол Y") stands for that leader wherever the article
 * meets or receives the delegation (company nouns are in company-nouns.ts).
 * Pure: returns a new analysis.
 */

import { clauseSpans } from './clauses.ts';
import { COMPANY_NOUNS, NEW_REFERENT, prepositionBefore } from './company-nouns.ts';
import { gazetteerCountryOf, gazetteerPlaceChain, PLACE_TYPES } from './gazetteer.ts';
import { ENTERPRISE_NOUNS, HEAD_TITLES, LOCATIVE_PREPS, NON_HEAD_TITLES, PRONOUN_GENDER, SPEECH } from './lexicon.ts';
import { companyOrigin, insideMentionOf } from './sentence-view.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

/** Entity types that have an office a title names ("губернатор области", "директор завода"). */
export const OFFICE_TYPES: ReadonlySet<string> = new Set(['Country', 'Region', 'City', 'Organization', 'Enterprise']);

interface TitleSlot {
  readonly sentence: number;
  readonly at: number;
  readonly lemma: string;
  readonly about: MentionRef;
}

/** Title words in the sentence that name an office (by adjective or genitive) but no person. */
function titleSlots(a: ArticleAnalysis, res: ExtractionResources): TitleSlot[] {
  const slots: TitleSlot[] = [];
  a.sentences.forEach((sentence, index) => {
    const ms = a.mentions[index] ?? [];
    sentence.tokens.forEach((t, at) => {
      if (t.kind !== 'word') return;
      const lemma = res.morph.lemmas(t.text).find((l) => HEAD_TITLES.has(l));
      if (!lemma || res.morph.lemmas(t.text).some((l) => NON_HEAD_TITLES.has(l))) return;
      const prev = sentence.tokens[at - 1];
      if (prev && res.morph.lemmas(prev.text).some((l) => NON_HEAD_TITLES.has(l))) return;
      if (ms.some((m) => m.first <= at && at < m.end)) return;
      // A named holder follows the title: the person recogniser has linked them.
      if (ms.some((m) => m.entity.type === 'Person' && m.first > at && m.first <= at + 7)) return;
      const about =
        ms.find((m) => m.kind === 'adjective' && m.end === at) ??
        ms.find((m) => m.first === at + 1 && m.kind === 'name');
      if (!about || !OFFICE_TYPES.has(about.entity.type) || about.titleOf) return;
      slots.push({ sentence: index, at, lemma, about });
    });
  });
  return slots;
}

/**
 * Resolves office-only titles: to the person the article names as that office's holder
 * ("Петров встретился с директором завода «Кедр». … Директор завода «Кедр» Иван Сомов …"), else
 * to the article's one untitled person (see the module comment).
 */
export function resolveTitleSlots(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const people = [...new Set(a.entities.values())].filter((e) => e.type === 'Person' && e.mentions.length > 0);
  const slots = titleSlots(a, res);
  if (slots.length === 0) return a;
  const mentions = a.mentions.map((list) => [...list]);
  const found: FoundRelation[] = [...a.found];
  // A title in the sentence that names the person is someone else: a co-argument of one verb
  // ("Иванов встретился с губернатором области") is another person, and an apposed title
  // would have been read with the name.
  const named = (holder: EntityDraft, sentence: number) =>
    (a.mentions[sentence] ?? []).some((m) => m.entity === holder && m.kind === 'name');
  const mark = (slot: TitleSlot, holder: EntityDraft) => {
    const list = mentions[slot.sentence] ?? [];
    list.push({
      entity: holder,
      sentence: slot.sentence,
      first: slot.at,
      end: slot.at + 1,
      kind: 'title',
      prep: undefined,
    });
    list.sort((x, y) => x.first - y.first);
    slot.about.titleOf = holder;
  };
  // An office whose holder the article names is that person's, wherever its title stands alone.
  const holders = (office: EntityDraft) => people.filter((p) => p.headOf === office);
  const open: TitleSlot[] = [];
  for (const slot of slots) {
    const [official, ...others] = holders(slot.about.entity);
    if (!official) open.push(slot);
    else if (others.length === 0 && !named(official, slot.sentence)) mark(slot, official);
  }
  const untitled = people.filter((p) => !p.title && !p.headOf);
  const holder = untitled.length === 1 ? untitled[0] : undefined;
  const unheld = holder ? open.filter((s) => !named(holder, s.sentence)) : [];
  // Two different offices cannot both be the one person's.
  if (holder && new Set(unheld.map((s) => s.about.entity)).size === 1) {
    for (const slot of unheld) {
      const sentence = a.sentences[slot.sentence];
      const token = sentence?.tokens[slot.at];
      if (!sentence || !token) continue;
      mark(slot, holder);
      if (!holder.title) {
        holder.title = slot.lemma;
        holder.headOf = slot.about.entity.place ?? slot.about.entity;
        const start = Math.min(token.start, sentence.tokens[slot.about.first]?.start ?? token.start);
        const end = Math.max(token.end, sentence.tokens[slot.about.end - 1]?.end ?? token.end);
        holder.role = a.text.slice(start, end);
        found.push({
          type: 'HEADS',
          source: holder,
          target: slot.about.entity,
          sentence: slot.sentence,
          confidence: 0.6,
          attributes: { role: holder.role },
        });
      }
    }
  }
  return { ...a, mentions, found };
}

const LEAD_VERBS = new Set(['возглавить', 'возглавлять', 'руководить']);
/** Nouns that name a leader only of the genitive right after them ("глава делегации", not "глава региона"). */
const LEAD_NOUNS = new Set(['глава', 'руководитель']);

/** The one person a sentence says leads the delegation ("Делегацию возглавил Y", "во главе с Y"). */
function delegationLeader(a: ArticleAnalysis, res: ExtractionResources): EntityDraft | undefined {
  const leaders = new Set<EntityDraft>();
  a.sentences.forEach((sentence, index) => {
    const lemmas = new Set(sentence.tokens.flatMap((t) => res.morph.lemmas(t.text)));
    if (!lemmas.has('делегация')) return;
    const leadsDelegation = sentence.tokens.some(
      (t, k) =>
        res.morph.lemmas(t.text).some((l) => LEAD_NOUNS.has(l)) &&
        // "глава делегации", "руководитель китайской делегации"
        sentence.tokens.slice(k + 1, k + 4).some((n) => res.morph.lemmas(n.text).includes('делегация')),
    );
    const leads = [...LEAD_VERBS].some((l) => lemmas.has(l)) || /во\s+главе/u.test(sentence.text) || leadsDelegation;
    if (!leads) return;
    const people = new Set((a.mentions[index] ?? []).filter((m) => m.entity.type === 'Person').map((m) => m.entity));
    if (people.size === 1) for (const p of people) leaders.add(p);
  });
  return leaders.size === 1 ? [...leaders][0] : undefined;
}

/** Adds the delegation's leader as a mention wherever "делегация" is named without a person of its own. */
export function resolveDelegation(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const leader = delegationLeader(a, res);
  if (!leader) return a;
  const mentions = a.mentions.map((list, index) => {
    const sentence = a.sentences[index];
    if (!sentence || list.some((m) => m.entity === leader)) return list;
    // "Гости провели встречу с губернатором": the guests of an article about a delegation's visit are the delegation.
    const at = sentence.tokens.findIndex(
      (t) =>
        res.morph.lemmas(t.text).includes('делегация') ||
        res.morph.parse(t.text).some((p) => p.pos === 'NOUN' && p.lemma === 'гость' && p.number === 'plur'),
    );
    if (at < 0) return list;
    const added: MentionRef = {
      entity: leader,
      sentence: index,
      first: at,
      end: at + 1,
      kind: 'generic',
      prep: undefined,
    };
    return [...list, added].sort((x, y) => x.first - y.first);
  });
  return { ...a, mentions };
}

/**
 * The speaker's "we". In quoted speech («…», — отметил губернатор X; X заявил: «…») and
 * reported speech (По словам X, …) the first person plural ("мы", "у нас") and "наш" with a
 * place or group noun ("наш регион", "наша страна", "наши предприятия") stand for what the
 * speaker heads: a region or country, the place of a body, or the company they run. A speaker
 * who heads nothing (an ambassador, a deputy) or speech with no speaker resolves nothing.
 */

/** A stretch of quoted speech: character offsets of its opening and closing marks. */
interface Quote {
  readonly open: number;
  readonly close: number;
}

const OPENING_MARKS = new Set(['«', '„']);
const CLOSING_MARKS = new Set(['»', '”']);
/** Marks that open or close by context: after a space they open, after a word they close. */
const CONTEXT_MARKS = new Set(['"', '“']);

/**
 * Top-level quoted stretches of the text, nested quotes (a company name inside speech) included
 * in their outer quote. A quote left open at the end of a paragraph is dropped.
 */
export function quoteSpans(text: string): Quote[] {
  const out: Quote[] = [];
  const stack: { at: number; mark: string }[] = [];
  let lastClass: { at: number; open: boolean } | undefined;
  for (let k = 0; k < text.length; k++) {
    const c = text.charAt(k);
    if (c === '\n') {
      stack.length = 0;
      continue;
    }
    let open: boolean;
    if (OPENING_MARKS.has(c)) open = true;
    else if (CLOSING_MARKS.has(c)) open = false;
    else if (CONTEXT_MARKS.has(c)) {
      const before = text.charAt(k - 1);
      if (c === '“' && stack.at(-1)?.mark === '„') open = false;
      else if (lastClass && lastClass.at === k - 1) open = lastClass.open;
      else open = k === 0 || /[\s([{:—–-]/u.test(before);
    } else continue;
    lastClass = { at: k, open };
    if (open) stack.push({ at: k, mark: c });
    else {
      const top = stack.pop();
      if (top && stack.length === 0) out.push({ open: top.at, close: k });
    }
  }
  return out;
}

const DASHES = new Set(['—', '–', '-', '--']);

type SentenceTokens = ArticleAnalysis['sentences'][number];

function lemmasOf(text: string, res: ExtractionResources): string[] {
  return res.morph.lemmas(text).map((l) => l.replace(/ё/gu, 'е'));
}
function isSpeech(text: string, res: ExtractionResources): boolean {
  return lemmasOf(text, res).some((l) => SPEECH.has(l));
}

/** The first person named in tokens [from, to) of a sentence. */
function personIn(a: ArticleAnalysis, sentence: number, from: number, to: number): EntityDraft | undefined {
  return (a.mentions[sentence] ?? []).find((m) => m.entity.type === 'Person' && m.first >= from && m.first < to)
    ?.entity;
}

/** "…, — отметил X": a dash at `k` after a punctuation mark, with a verb of speech right after it. */
function attributionAt(tokens: SentenceTokens['tokens'], k: number, res: ExtractionResources): boolean {
  return (
    DASHES.has(tokens[k]?.text ?? '') &&
    /^[,.!?…]$/u.test(tokens[k - 1]?.text ?? '') &&
    tokens.slice(k + 1, k + 4).some((w) => isSpeech(w.text, res))
  );
}

/** Who says a quote: "«…», — отметил X", "X заявил: «…»", or "«…». Об этом сообщил X" in the next sentence. */
function quoteSpeaker(a: ArticleAnalysis, q: Quote, res: ExtractionResources): EntityDraft | undefined {
  const at = (offset: number): [number, number] | undefined => {
    for (const s of a.sentences) {
      const k = s.tokens.findIndex((t) => t.start === offset);
      if (k >= 0) return [s.index, k];
    }
    return undefined;
  };
  const end = at(q.close);
  if (end) {
    const [si, c] = end;
    const tokens = a.sentences[si]?.tokens ?? [];
    let k = c + 1;
    if (/^[,.!?…]$/u.test(tokens[k]?.text ?? '')) k++;
    if (DASHES.has(tokens[k]?.text ?? '')) {
      const rest = tokens.slice(k + 1);
      if (rest.slice(0, 6).some((t) => isSpeech(t.text, res))) return personIn(a, si, k + 1, tokens.length);
    } else if (k >= tokens.length) {
      // "«…». Об этом заявил X."
      const next = a.sentences[si + 1];
      const words = next?.tokens.slice(0, 2).map((t) => t.text.toLowerCase()) ?? [];
      if (
        next &&
        words[0] === 'об' &&
        words[1] === 'этом' &&
        next.tokens.slice(2, 6).some((t) => isSpeech(t.text, res))
      )
        return personIn(a, next.index, 2, next.tokens.length);
    }
  }
  // "«…, – сказал X. – …»": the attribution set inside the quote between two dashes.
  for (const sentence of a.sentences) {
    const tokens = sentence.tokens;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.start <= q.open || t.end > q.close || !attributionAt(tokens, k, res)) continue;
      const speaker = personIn(a, sentence.index, k + 1, k + 10);
      if (speaker) return speaker;
    }
  }
  const start = at(q.open);
  if (start) {
    const [si, o] = start;
    const tokens = a.sentences[si]?.tokens ?? [];
    if (tokens[o - 1]?.text === ':' && tokens.slice(0, o - 1).some((t) => isSpeech(t.text, res)))
      return personIn(a, si, 0, o - 1);
  }
  return undefined;
}

/** Reported speech without quotes: "По словам X, …", "Как отметил X, …", "X отметил, что …". */
function reportedSpeech(a: ArticleAnalysis, s: SentenceTokens, res: ExtractionResources): Scope | undefined {
  const words = s.tokens.map((t) => t.text.toLowerCase());
  const comma = (from: number) => words.indexOf(',', from);
  if ((words[0] === 'по' && words[1] === 'словам') || (words[0] === 'как' && isSpeech(words[1] ?? '', res))) {
    const speaker = (a.mentions[s.index] ?? []).find((m) => m.entity.type === 'Person' && m.first <= 8);
    const from = speaker ? comma(speaker.end) : -1;
    if (speaker && from > 0) return { sentence: s.index, from: from + 1, to: s.tokens.length, speaker: speaker.entity };
  }
  const that = words.findIndex((w, k) => w === 'что' && words[k - 1] === ',');
  if (that > 1) {
    const speaker = (a.mentions[s.index] ?? []).find((m) => m.entity.type === 'Person' && m.end < that);
    const verb = s.tokens.slice(speaker?.end ?? that, that).some((t) => isSpeech(t.text, res));
    if (speaker && verb) return { sentence: s.index, from: that + 1, to: s.tokens.length, speaker: speaker.entity };
  }
  return undefined;
}

/** Tokens [from, to) of one sentence said by `speaker`. */
interface Scope {
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  readonly speaker: EntityDraft;
}

/** Every stretch of attributed speech in the article, sentence by sentence. */
function speechScopes(a: ArticleAnalysis, res: ExtractionResources): Scope[] {
  const scopes: Scope[] = [];
  const quoted = new Set<number>();
  for (const q of quoteSpans(a.text)) {
    const speaker = quoteSpeaker(a, q, res);
    for (const s of a.sentences) {
      if (s.end <= q.open || s.start >= q.close) continue;
      const inside = s.tokens.flatMap((t, k) => (t.start > q.open && t.end <= q.close ? [k] : []));
      const first = inside[0];
      const last = inside.at(-1);
      if (first === undefined || last === undefined) continue;
      quoted.add(s.index);
      if (speaker) scopes.push({ sentence: s.index, from: first, to: last + 1, speaker });
    }
  }
  for (const s of a.sentences) {
    if (quoted.has(s.index)) continue;
    const scope = reportedSpeech(a, s, res);
    if (scope) scopes.push(scope);
  }
  scopes.push(...dialogueScopes(a, res));
  return scopes;
}

/**
 * "Директор X рассказал о работе завода.\n— В прошлом году мы поставили …": a paragraph that opens
 * with a dash is direct speech (quoted names inside it too), said by the person an attribution
 * inside it names ("…, — отметил посол") or else by the person of the sentence before it who speaks.
 */
function dialogueScopes(a: ArticleAnalysis, res: ExtractionResources): Scope[] {
  const out: Scope[] = [];
  // Back over spaces from the sentence's start to a line break or the text's start.
  const opensParagraph = (s: SentenceTokens) => {
    let k = s.start - 1;
    while (k >= 0 && (a.text[k] === ' ' || a.text[k] === '\t')) k--;
    return k < 0 || a.text[k] === '\n';
  };
  for (let k = 0; k < a.sentences.length; k++) {
    const first = a.sentences[k];
    if (!first || !opensParagraph(first) || !DASHES.has(first.tokens[0]?.text ?? '')) continue;
    const paragraph = [first];
    for (let j = k + 1; j < a.sentences.length; j++) {
      const s = a.sentences[j];
      if (!s || opensParagraph(s)) break;
      paragraph.push(s);
    }
    const attributed = paragraph
      .map((s) => {
        const dash = s.tokens.findIndex((_, d) => d > 0 && attributionAt(s.tokens, d, res));
        return dash > 0 ? personIn(a, s.index, dash + 1, s.tokens.length) : undefined;
      })
      .find((p) => p !== undefined);
    const before = a.sentences[k - 1];
    const introduced = before?.tokens.some((t) => isSpeech(t.text, res))
      ? personIn(a, before.index, 0, before.tokens.length)
      : undefined;
    const speaker = attributed ?? introduced;
    if (speaker)
      for (const s of paragraph)
        out.push({
          sentence: s.index,
          from: DASHES.has(s.tokens[0]?.text ?? '') ? 1 : 0,
          to: s.tokens.length,
          speaker,
        });
  }
  return out;
}

/** Place nouns "наш" makes the speaker's own, by the type of place they name. */
const OWN_PLACE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['регион', ['Region']],
  ['область', ['Region']],
  ['край', ['Region']],
  ['субъект', ['Region']],
  ['республика', ['Region', 'Country']],
  ['город', ['City']],
  ['страна', ['Country']],
  ['государство', ['Country']],
]);
/** Groups and sectors "наш" gives to the speaker's place ("наши предприятия", "наша промышленность"). */
const OWN_GROUP_NOUNS = new Set([
  'предприятие',
  'компания',
  'завод',
  'бизнес',
  'производитель',
  'товаропроизводитель',
  'сельхозпроизводитель',
  'аграрий',
  'экспортёр',
  'экспортер',
  'строитель',
  'машиностроитель',
  'фермер',
  'промышленность',
  'экономика',
  'продукция',
]);
/** Nouns of partners: "наши партнёры" are the speaker's side's partners, not the side itself. */
const PARTNER_NOUNS = new Set(['партнёр', 'партнер']);
/**
 * Nouns of a relation with others ("нашего сотрудничества с X"): «наш» makes the speaker's side
 * one of its parties when the other follows with «с».
 */
const SHARED_NOUNS = new Set(['сотрудничество', 'взаимодействие', 'партнёрство', 'партнерство', 'кооперация']);
/** What a company head's "наш" names: the company itself. */
const OWN_COMPANY_NOUNS = new Set([...COMPANY_NOUNS, 'продукция', 'техника', 'коллектив']);

/** What the speaker speaks for: the place they head, a body's place, or their company. */
function speakerUnit(speaker: EntityDraft, a: ArticleAnalysis): EntityDraft | undefined {
  const headed = speaker.headOf;
  if (!headed) return undefined;
  if (headed.place) return headed.place;
  if (headed.type !== 'Organization') return headed;
  // A body named with its place ("Министерство промышленности Беларуси"): the place inside its name.
  for (const list of a.mentions) {
    const own = list.find((m) => m.entity === headed && m.kind === 'name');
    const inner = own
      ? list.filter(
          (m) =>
            m !== own &&
            m.first >= own.first &&
            m.end <= own.end &&
            ['Region', 'Country', 'City'].includes(m.entity.type),
        )
      : [];
    const place = inner.at(-1)?.entity;
    if (place) return place;
  }
  return headed;
}

/** The country a region lies in, when the article names it. */
function countryOf(place: EntityDraft, a: ArticleAnalysis, res: ExtractionResources): EntityDraft | undefined {
  const id = gazetteerCountryOf(res.gazetteer, place.ref?.locatedIn);
  return id ? a.entities.get(id) : undefined;
}

/** The referent of "наш" + noun for a speaker who speaks for `unit`. */
function ownNoun(noun: string, plural: boolean, unit: EntityDraft, a: ArticleAnalysis, res: ExtractionResources) {
  if (unit.type === 'Enterprise') return OWN_COMPANY_NOUNS.has(noun) && !plural ? unit : undefined;
  const types = OWN_PLACE_NOUNS.get(noun);
  if (types && !plural) {
    if (types.includes(unit.type)) return unit;
    if (types.includes('Country') && unit.type === 'Region') return countryOf(unit, a, res);
    return undefined;
  }
  if (OWN_GROUP_NOUNS.has(noun) && ['Region', 'Country', 'City'].includes(unit.type)) return unit;
  return undefined;
}

const WE = new Set(['мы', 'нас', 'нам', 'нами']);
/** Demonstratives (lemmas) that point at something named before ("этого региона"), not at the speaker's own. */
const POINTING = new Set(['этот', 'данный', 'тот']);

/** Mentions of what each speaker speaks for, at "мы" and "наш + noun" inside their speech. */
export function resolveSpeakers(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const scopes = speechScopes(a, res);
  if (scopes.length === 0) return a;
  const mentions = a.mentions.map((list) => [...list]);
  for (const scope of scopes) {
    const unit = speakerUnit(scope.speaker, a);
    const sentence = a.sentences[scope.sentence];
    const list = mentions[scope.sentence];
    if (!unit || !sentence || !list) continue;
    const taken = (k: number) => list.some((m) => m.first <= k && k < m.end);
    const add = (entity: EntityDraft, first: number, end: number, kind: MentionRef['kind']) => {
      // The speaker's place may be named nowhere else ("наш регион" of an oblast committee's head):
      // this is then its mention in the text.
      const a0 = sentence.tokens[first];
      const b0 = sentence.tokens[end - 1];
      if (a0 && b0 && entity.mentions.length === 0)
        entity.mentions.push({ text: a.text.slice(a0.start, b0.end), start: a0.start, end: b0.end });
      list.push({
        entity,
        sentence: scope.sentence,
        first,
        end,
        kind,
        prep: prepositionBefore(sentence.tokens, first, res),
      });
    };
    for (let k = scope.from; k < scope.to; k++) {
      const t = sentence.tokens[k];
      if (t?.kind !== 'word') continue;
      // "Губернатор отметил, что Узбекистан — крупнейший партнёр региона": a bare "регион" in a
      // region's speaker's words is the speaker's own region, not the region named last.
      const bare = list.find(
        (m) => m.first === k && m.end === k + 1 && m.kind === 'generic' && m.entity.type === 'Region',
      );
      const pointed = lemmasOf(sentence.tokens[k - 1]?.text ?? '', res).some((l) => POINTING.has(l));
      if (
        bare &&
        unit.type === 'Region' &&
        bare.entity !== unit &&
        !pointed &&
        lemmasOf(t.text, res).includes('регион')
      ) {
        list.splice(list.indexOf(bare), 1, { ...bare, entity: unit });
        continue;
      }
      const own = lemmasOf(t.text, res).includes('наш');
      // A generic reading that took "наш регион" as a whole (the region named last) yields too.
      const ownGeneric = own && list.every((m) => !(m.first <= k && k < m.end) || m.kind === 'generic');
      if (taken(k) && !ownGeneric) continue;
      const word = t.text.toLowerCase();
      if (WE.has(word)) {
        add(unit, k, k + 1, 'pronoun');
        continue;
      }
      if (!own) continue;
      // The noun "наш" goes with, past its adjectives ("наши крупные предприятия").
      let n = k + 1;
      while (n < scope.to && n < k + 3 && res.morph.parse(sentence.tokens[n]?.text ?? '')[0]?.pos === 'ADJF') n++;
      const noun = res.morph.parse(sentence.tokens[n]?.text ?? '').find((p) => p.pos === 'NOUN');
      if (!noun || n >= scope.to) continue;
      // "Наши партнёры — …", "один из наших ключевых партнёров": «наш» is the speaker's side, whose
      // partners the noun names, past any adjectives.
      // "нашего сотрудничества с туркменскими партнёрами": only with the partner named right after it.
      const withPartner =
        SHARED_NOUNS.has(noun.lemma) && ['с', 'со'].includes(sentence.tokens[n + 1]?.text.toLowerCase() ?? '');
      if (PARTNER_NOUNS.has(noun.lemma) || withPartner) {
        add(unit, k, k + 1, 'pronoun');
        continue;
      }
      // A generic reading of the noun alone ("регион" → the region named last) yields to the speaker's.
      const generic = list.filter((m) => m.kind === 'generic' && m.first >= k && m.first <= n && m.end === n + 1);
      const span = [...Array(n - k).keys()].map((d) => k + 1 + d);
      if (span.some((j) => list.some((m) => !generic.includes(m) && m.first <= j && j < m.end))) continue;
      // "Наше совместное предприятие", "наш новый завод": another company or plant of the speaker's, not it.
      const another = span
        .slice(0, -1)
        .some((j) => lemmasOf(sentence.tokens[j]?.text ?? '', res).some((l) => NEW_REFERENT.has(l)));
      const entity = another
        ? undefined
        : ownNoun(noun.lemma.replace(/ё/gu, 'е'), noun.number === 'plur', unit, a, res);
      if (!entity) continue;
      for (const m of generic) list.splice(list.indexOf(m), 1);
      add(entity, k, n + 1, 'generic');
    }
    list.sort((x, y) => x.first - y.first);
  }
  return { ...a, mentions };
}

/**
 * "Стороны договорились…", "Две страны обсудили…", "между нашими регионами": a plural
 * generic that names the parties of the article. When the sentences just before do not name
 * two (the scanner's reading), it stands for the article's two main parties of that kind:
 * the most mentioned places (for "стороны" bodies too when places run short), the speaker's
 * own place first in their speech. Bare plurals count only as the subject of a verb of
 * negotiating or cooperating; "наши" and "две/оба" make the reference definite anywhere.
 */
const PARTY_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['сторона', ['Region', 'Country']],
  ['страна', ['Country']],
  ['государство', ['Country']],
  ['регион', ['Region']],
  ['область', ['Region']],
  ['республика', ['Region', 'Country']],
  ['город', ['City']],
]);
const TWO = new Set(['два', 'две', 'оба', 'обе', 'двух', 'обоих', 'обеих', 'двумя', 'обоими', 'обеими']);
/** Verbs and nouns of negotiating or cooperating whose subject a bare "стороны" may be. */
const JOINT_PREDICATES = new Set([
  'договориться',
  'обсудить',
  'обсуждать',
  'подписать',
  'обменяться',
  'согласовать',
  'наметить',
  'заключить',
  'провести',
  'рассмотреть',
  'сотрудничать',
  'взаимодействовать',
  'намеренный',
  'намерен',
  'заинтересованный',
  'планировать',
  'условиться',
  'выразить',
  'связывать',
  'развивать',
  'укреплять',
  'расширить',
  'расширять',
]);

/**
 * Entities of the given types, most mentioned first (ties: first mentioned first); with
 * `named`, only mentions by name count (a place adjective "белорусское предприятие" places a
 * company rather than naming a side).
 */
function mainParties(a: ArticleAnalysis, types: readonly string[], named = false): EntityDraft[] {
  const count = new Map<EntityDraft, number>();
  for (const list of a.mentions)
    for (const m of list)
      if (types.includes(m.entity.type) && (!named || m.kind !== 'adjective'))
        count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
  return [...count.entries()].sort((x, y) => y[1] - x[1]).map(([e]) => e);
}

/**
 * "Губернатор X встретился с губернатором Y. … Стороны договорились …": the places headed by
 * the two people of the latest earlier sentence that names two heads of different places of
 * the given types are the sides, before the article's most mentioned places.
 */
function lastMeeting(a: ArticleAnalysis, index: number, types: readonly string[]): EntityDraft[] | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const headed = new Set<EntityDraft>();
    for (const m of a.mentions[k] ?? []) {
      const body = m.entity.type === 'Person' ? m.entity.headOf : undefined;
      const place = body && (types.includes(body.type) ? body : body.place);
      if (place && types.includes(place.type)) headed.add(place);
    }
    if (headed.size === 2) return [...headed];
  }
  return undefined;
}

/**
 * "ТОО «X» поставит компании «Y» цистерны. Контракт стороны подписали …": when the sentence before
 * names just two companies or bodies by name and no person or place, they are the sides.
 */
function lastDeal(a: ArticleAnalysis, index: number): EntityDraft[] | undefined {
  const before = { mentions: a.mentions[index - 1] ?? [], tokens: a.sentences[index - 1]?.tokens ?? [] };
  // "ТОО «X» из Экибастуза": where a company is from describes it, as its place adjective would.
  // "посетили ПАО «X» и агрохолдинг «Y»": companies the visitors saw are venues, not signers.
  const list = before.mentions.filter((m) => m.kind !== 'adjective' && !companyOrigin(m, before) && !m.visited);
  if (list.some((m) => m.entity.type !== 'Enterprise' && m.entity.type !== 'Organization')) return undefined;
  const named = [...new Set(list.filter((m) => m.kind === 'name').map((m) => m.entity))];
  return named.length === 2 ? named : undefined;
}

const PROJECT_TYPE: ReadonlySet<string> = new Set(['Project']);

/**
 * The analysis without the mentions of places that only describe a company: a place adjective on
 * a singular company noun ("белорусское предприятие", "с ростовским производителем") or a company's origin
 * ("ОАО «X» из Гомеля"). They place the company; the company, not its place, is the party.
 */
function withoutCompanyPlaces(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  // One company: "витебские предприятия" are the businesses of the place, its side.
  const oneCompany = (m: MentionRef, index: number) => {
    const tokens = a.sentences[index]?.tokens ?? [];
    const singular = (k: number, noun: boolean) =>
      res.morph
        .parse(tokens[k]?.text ?? '')
        .some((p) => p.number === 'sing' && (!noun || (p.pos === 'NOUN' && ENTERPRISE_NOUNS.has(p.lemma))));
    return singular(m.end - 1, false) && singular(m.end, true);
  };
  const describes = (m: MentionRef, index: number) =>
    (m.kind === 'adjective' && oneCompany(m, index)) ||
    companyOrigin(m, { mentions: a.mentions[index] ?? [], tokens: a.sentences[index]?.tokens ?? [] });
  return { ...a, mentions: a.mentions.map((list, index) => list.filter((m) => !describes(m, index))) };
}

/**
 * "Могилёвская область и Бурятия … белорусская делегация … Стороны …": a country and a place
 * inside it are one side, which the place names more closely: the country gives way to it.
 */
function oneSidePerPlace(group: readonly EntityDraft[], res: ExtractionResources): EntityDraft[] {
  const within = (inner: EntityDraft, outer: EntityDraft) =>
    inner !== outer &&
    outer.ref !== undefined &&
    gazetteerPlaceChain(res.gazetteer, inner.ref?.id).slice(1).includes(outer.ref.id);
  return [...new Set(group.map((e) => group.find((o) => within(o, e)) ?? e))];
}

/** Adds the two main parties at plural generics the scanner left unresolved. */
export function resolveParties(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const scopes = speechScopes(a, res);
  // For "стороны", a place that only describes a company is no side (see `withoutCompanyPlaces`);
  // built once per article, at the first "стороны" that needs it.
  let companySides: ArticleAnalysis | undefined;
  const mentions = a.mentions.map((list) => [...list]);
  a.sentences.forEach((sentence, index) => {
    const list = mentions[index] ?? [];
    const tokens = sentence.tokens;
    tokens.forEach((t, at) => {
      if (t.kind !== 'word' || list.some((m) => m.first <= at && at < m.end)) return;
      const parses = res.morph.parse(t.text).filter((p) => p.pos === 'NOUN' && PARTY_NOUNS.has(p.lemma));
      const lemma = parses[0]?.lemma;
      if (!lemma) return;
      const before = tokens[at - 1]?.text.toLowerCase() ?? '';
      const ours = lemmasOf(before, res).includes('наш') && parses.some((p) => p.number === 'plur');
      const two = TWO.has(before);
      const plural = parses.some((p) => p.number === 'plur' && p.case === 'nomn');
      const prep = prepositionBefore(tokens, at, res);
      let subject = false;
      if (plural && !prep && !ours && !two) {
        for (let k = at + 1; k < tokens.length && k <= at + 6; k++) {
          const w = tokens[k]?.text ?? '';
          if (w === ',' || w === ';' || w === '.') break;
          if (lemmasOf(w, res).some((l) => JOINT_PREDICATES.has(l))) subject = true;
        }
      }
      if (!ours && !two && !subject) return;
      // "X встретился с Y. Стороны договорились …": the sides are the two who just met; the
      // article's main places are no better guess when their bodies go unnamed (the scanner's reading).
      const met = new Set((a.mentions[index - 1] ?? []).filter((m) => m.entity.type === 'Person').map((m) => m.entity));
      if (lemma === 'сторона' && !ours && !two && met.size >= 2) return;
      const types = PARTY_NOUNS.get(lemma) ?? [];
      // "Гомель и Брянск стали побратимами, города договорились …": two of that kind named earlier in
      // its own sentence are the nearest antecedents.
      const here = [
        ...new Set(
          list.filter((m) => m.end <= at && m.kind === 'name' && types.includes(m.entity.type)).map((m) => m.entity),
        ),
      ];
      if (lemma === 'сторона') companySides ??= withoutCompanyPlaces(a, res);
      const parties = lemma === 'сторона' && companySides ? companySides : a;
      let group =
        here.length === 2
          ? here
          : (lastMeeting(a, index, types) ??
            (lemma === 'сторона' ? lastDeal(a, index) : undefined) ??
            mainParties(parties, types));
      // Talks between towns: "стороны" are the two towns the article names most; else the
      // places named and the bodies.
      if (lemma === 'сторона' && group.length < 2) {
        // A town only where something happens («на верфи в Нижнем Новгороде») or only inside a project's
        // name (a route's end) is no side.
        const sides = {
          ...parties,
          mentions: parties.mentions.map((list) =>
            list.filter(
              (m) => !LOCATIVE_PREPS.has(m.prep ?? '') && !insideMentionOf(m, { mentions: list }, PROJECT_TYPE),
            ),
          ),
        };
        const towns = mainParties(sides, ['Region', 'Country', 'City'], true);
        group =
          towns.length >= 2
            ? towns
            : [...mainParties(parties, types, true), ...mainParties(a, ['Organization', 'Enterprise'])];
      }
      // In speech "наши регионы" are the speaker's and the partner's.
      const scope = scopes.find((s) => s.sentence === index && s.from <= at && at < s.to);
      const own = scope ? speakerUnit(scope.speaker, a) : undefined;
      if (ours && own && types.includes(own.type)) group = [own, ...group.filter((e) => e !== own)];
      const pair = oneSidePerPlace(group, res).slice(0, 2);
      if (pair.length < 2) return;
      const first = ours || two ? at - 1 : at;
      for (const entity of pair) list.push({ entity, sentence: index, first, end: at + 1, kind: 'generic', prep });
    });
    list.sort((x, y) => x.first - y.first);
  });
  return { ...a, mentions };
}

/** The grammatical gender of a mention's head noun ("завод «Альфа»" → masc), if it has one. */
function headGender(tokens: SentenceTokens['tokens'], m: MentionRef, res: ExtractionResources): string | undefined {
  // A quoted name takes the gender of the company noun before it ("завод «Альфа»").
  for (let k = Math.max(0, m.first - 1); k < m.end; k++) {
    if (k < m.first && !/^[«"“„]$/u.test(tokens[m.first]?.text ?? '')) continue;
    const noun = res.morph.parse(tokens[k]?.text ?? '').find((p) => p.pos === 'NOUN' && p.case === 'nomn');
    if (noun) return noun.number === 'sing' ? noun.gender : undefined;
  }
  return undefined;
}

/**
 * The subject pronoun that opens a sentence, or follows only an adverbial there ("В этом году он
 * поставил …"): no verb, name or nominative noun before it.
 */
function frontedPronoun(
  tokens: SentenceTokens['tokens'],
  list: readonly MentionRef[],
  res: ExtractionResources,
): number | undefined {
  const k = tokens.findIndex((t) => PRONOUN_GENDER.has(t.text.toLowerCase()));
  if (k < 0 || k > 6 || list.some((m) => m.first < k)) return undefined;
  const before = tokens.slice(0, k);
  const free = before.every((t) => {
    const p = res.morph.parse(t.text)[0];
    return p?.pos !== 'VERB' && !(p?.pos === 'NOUN' && p.case === 'nomn') && t.text !== ',';
  });
  return free ? k : undefined;
}

/**
 * A subject pronoun opening a sentence ("Завод «Альфа» открыл цех. Он выпускает…", "Область
 * закупила… Она также…") continues the subject of the sentence before when that is a company
 * or a place whose head noun agrees in gender. Persons go first: the scanner has already given
 * "он/она" to a person when the article names one, so this only reads what it left.
 */
export function resolvePronouns(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const mentions = a.mentions.map((list) => [...list]);
  a.sentences.forEach((sentence, index) => {
    const list = mentions[index];
    if (!list) return;
    const pronoun = (k: number, subject: MentionRef | undefined, tokens: SentenceTokens['tokens']) => {
      const gender = PRONOUN_GENDER.get(sentence.tokens[k]?.text.toLowerCase() ?? '');
      if (!gender || !subject || list.some((m) => m.first <= k && k < m.end)) return false;
      if (headGender(tokens, subject, res) !== gender) return false;
      list.push({ entity: subject.entity, sentence: index, first: k, end: k + 1, kind: 'pronoun', prep: undefined });
      return true;
    };
    const previous = a.sentences[index - 1];
    // "Он поставляет …", and after a fronted adverbial: "В этом году он поставил …", "Ранее она …".
    const opening = frontedPronoun(sentence.tokens, list, res);
    if (previous && opening !== undefined)
      pronoun(opening, openingSubject(a.mentions[index - 1] ?? [], previous.tokens), previous.tokens);
    // A person named later in that sentence ("…, сообщил губернатор") reports; the subject still holds the talks.
    const holder = openingSubject(
      (a.mentions[index - 1] ?? []).filter((m) => m.entity.type !== 'Person'),
      previous?.tokens ?? [],
    );
    talksWithoutSubject(index, list, sentence.tokens, holder, res);
    const project = projectAntecedent(a.mentions[index - 1] ?? []);
    if (project && agreesWithProject(sentence.tokens[0]?.text ?? '', project.entity, res))
      list.push({ entity: project.entity, sentence: index, first: 0, end: 1, kind: 'pronoun', prep: undefined });
    // "Завод «Кедр» расширяет выпуск: в этом году он поставит …": the subject pronoun of a later
    // clause of the sentence continues the subject that opens it, as across sentences.
    const own = openingSubject(a.mentions[index] ?? [], sentence.tokens);
    if (own)
      for (const [start, end] of clauseSpans(sentence.tokens, res.morph).slice(1))
        for (let k = start; k < end; k++) if (pronoun(k, own, sentence.tokens)) break;
    list.sort((x, y) => x.first - y.first);
  });
  return { ...a, mentions };
}

/**
 * "Компания «X» рассматривает покупку самолётов. Переговоры о поставке ведутся с «Y»": talks that
 * name only the partner after «с», and no one who holds them, are held by the subject the sentence
 * before opens with; it is anchored on the word «переговоры», in any case ("К переговорам с «Y» …").
 */
function talksWithoutSubject(
  index: number,
  list: MentionRef[],
  tokens: SentenceTokens['tokens'],
  subject: MentionRef | undefined,
  res: ExtractionResources,
): void {
  const talks = tokens.findIndex((t) => res.morph.lemmas(t.text).includes('переговоры'));
  const named = list.filter((m) => m.kind !== 'adjective');
  if (!subject || talks < 0 || named.length === 0 || named.some((m) => m.entity === subject.entity)) return;
  if (!named.every((m) => m.prep === 'с' && m.first > talks && m.entity.type !== 'Person')) return;
  list.push({
    entity: subject.entity,
    sentence: index,
    first: talks,
    end: talks + 1,
    kind: 'pronoun',
    prep: undefined,
  });
}

/**
 * "… создали совместное предприятие. Оно / Его площадка разместится в Новополоцке": the project
 * a sentence ends on (places after it aside) is what a pronoun opening the next one continues.
 */
function projectAntecedent(list: readonly MentionRef[]): MentionRef | undefined {
  const last = list.filter((m) => !PLACE_TYPES.has(m.entity.type) && m.kind !== 'adjective').at(-1);
  return last?.entity.type === 'Project' && !list.some((m) => m.entity.type === 'Person') ? last : undefined;
}

/** Pronouns, personal or possessive, by the gender of the noun they stand for ("его" for masc and neut). */
const PROJECT_PRONOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['он', ['masc']],
  ['она', ['femn']],
  ['оно', ['neut']],
  ['его', ['masc', 'neut']],
  ['её', ['femn']],
  ['ее', ['femn']],
]);

/** A pronoun that agrees with the project's head noun ("цех" → он, его; "фабрика" → она, её). */
function agreesWithProject(word: string, project: EntityDraft, res: ExtractionResources): boolean {
  const genders = PROJECT_PRONOUNS.get(word.toLowerCase());
  const gender = res.morph.parse(project.head ?? '').find((p) => p.pos === 'NOUN')?.gender;
  return genders !== undefined && gender !== undefined && genders.includes(gender);
}

/**
 * The company or place that opens a sentence as its subject (a quoted name may follow its
 * company noun), when the sentence names no person: the referent a later subject pronoun continues.
 */
function openingSubject(list: readonly MentionRef[], tokens: SentenceTokens['tokens']): MentionRef | undefined {
  if (list.some((m) => m.entity.type === 'Person')) return undefined;
  const subject = list[0];
  const quoted = /^[«"“„]$/u.test(tokens[subject?.first ?? 0]?.text ?? '');
  if (!subject || subject.first > (quoted ? 1 : 0) || subject.prep || subject.kind === 'adjective') return undefined;
  return ['Enterprise', 'Organization', 'Region', 'Country', 'City'].includes(subject.entity.type)
    ? subject
    : undefined;
}

/**
 * "Белорусская сторона предложила пензенским коллегам …" in talks between two regions: a country
 * adjective on «сторона» names that country's side of the article, which is the region of that
 * country among its two main parties, when both are regions. Where a country is itself a main
 * party ("Беларусь и Калужская область"), the side is the country.
 */
export function resolveSides(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  // The sides are what the article names; goods "белорусской техники" say where things come from.
  const named = { ...a, mentions: a.mentions.map((list) => list.filter((m) => m.kind !== 'adjective')) };
  const main = mainParties(named, ['Region', 'Country']).slice(0, 2);
  if (main.length < 2 || main.some((e) => e.type !== 'Region')) return a;
  const countryOf = (e: EntityDraft) => gazetteerCountryOf(res.gazetteer, e.ref?.id);
  const mentions = a.mentions.map((list) =>
    list.map((m) => {
      if (m.kind !== 'adjective' || m.governs !== 'сторона' || m.entity.type !== 'Country') return m;
      const own = main.filter((e) => countryOf(e) === m.entity.ref?.id);
      const side = own.length === 1 ? own[0] : undefined;
      return side ? { ...m, entity: side } : m;
    }),
  );
  return { ...a, mentions };
}
