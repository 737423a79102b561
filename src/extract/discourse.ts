/**
 * Article-level discourse, after every sentence has been read: a title that
 * names its office but not its holder ("Губернатор Брянской области
 * встретился…", "Тверской губернатор заявил…") refers to the person the
 * article names elsewhere without any title, when there is exactly one such
 * person. News reports routinely introduce an official by office and quote
 * them later by name; with two untitled people the reference is ambiguous and
 * nothing is resolved. Likewise a delegation whose leader the article names
 * ("Делегацию возглавил посол Y") stands for that leader wherever the article
 * meets or receives the delegation, and a bare company noun ("предприятие
 * поставляет…", "белорусский завод выпускает…") refers to the company last named.
 * Pure: returns a new analysis.
 */
import { HEAD_TITLES, NON_HEAD_TITLES } from './lexicon.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

const OFFICE_TYPES = new Set(['Country', 'Region', 'City', 'Organization', 'Enterprise']);

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

/** Resolves office-only titles to the article's one untitled person (see the module comment). */
export function resolveTitleSlots(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const people = [...new Set(a.entities.values())].filter((e) => e.type === 'Person' && e.mentions.length > 0);
  const untitled = people.filter((p) => !p.title && !p.headOf);
  if (untitled.length !== 1) return a;
  const holder = untitled[0] as EntityDraft;
  // An office whose holder the article names elsewhere ("гендиректор завода" → its director) is no slot.
  const held = new Set(people.map((p) => p.headOf).filter((e) => e !== undefined));
  const slots = titleSlots(a, res).filter((s) => !held.has(s.about.entity));
  // Two different offices cannot both be the one person's.
  const offices = new Set(slots.map((s) => s.about.entity));
  if (offices.size !== 1) return a;
  const mentions = a.mentions.map((list) => [...list]);
  const found: FoundRelation[] = [...a.found];
  for (const slot of slots) {
    const sentence = a.sentences[slot.sentence];
    const token = sentence?.tokens[slot.at];
    if (!sentence || !token) continue;
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
  return { ...a, mentions, found };
}

const LEAD_VERBS = new Set(['возглавить', 'возглавлять', 'руководить', 'глава', 'руководитель']);

/** The one person a sentence says leads the delegation ("Делегацию возглавил Y", "во главе с Y"). */
function delegationLeader(a: ArticleAnalysis, res: ExtractionResources): EntityDraft | undefined {
  const leaders = new Set<EntityDraft>();
  a.sentences.forEach((sentence, index) => {
    const lemmas = new Set(sentence.tokens.flatMap((t) => res.morph.lemmas(t.text)));
    if (!lemmas.has('делегация')) return;
    const leads = [...LEAD_VERBS].some((l) => lemmas.has(l)) || /во\s+главе/u.test(sentence.text);
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
    const at = sentence.tokens.findIndex((t) => res.morph.lemmas(t.text).includes('делегация'));
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

/** Company nouns that, used bare, refer back to the company last named. */
const COMPANY_NOUNS = new Set([
  'предприятие',
  'завод',
  'компания',
  'холдинг',
  'концерн',
  'комбинат',
  'фабрика',
  'автозавод',
]);
/** Words before a company noun that introduce a new company, not the known one. */
const NEW_REFERENT = new Set([
  'совместный',
  'новый',
  'собственный',
  'другой',
  'иной',
  'один',
  'каждый',
  'любой',
  'такой',
  'весь',
  'некоторый',
  'строительство',
  'создание',
  'открытие',
  'сборочный',
]);
const PREPS = new Set(['в', 'во', 'на', 'из', 'с', 'со', 'от', 'для', 'у', 'к', 'по', 'при', 'о', 'об']);

/** The preposition governing the noun at `at`, skipping its adjectives ("в этот белорусский завод"). */
function prepositionBefore(
  tokens: readonly { text: string }[],
  at: number,
  res: ExtractionResources,
): string | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (PREPS.has(w)) return w;
    const pos = res.morph.parse(tokens[k]?.text ?? '')[0]?.pos;
    if (pos !== 'ADJF' && pos !== 'PRTF' && pos !== 'NPRO') return undefined;
  }
  return undefined;
}

/** Bare singular company nouns as mentions of the company named last (within three sentences). */
export function resolveCompanyNouns(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  let last: { entity: EntityDraft; sentence: number } | undefined;
  const mentions = a.mentions.map((list, index) => {
    const sentence = a.sentences[index];
    if (!sentence) return list;
    const out = [...list];
    sentence.tokens.forEach((t, at) => {
      for (const m of list)
        if (m.end <= at && m.entity.type === 'Enterprise' && m.kind === 'name')
          last = { entity: m.entity, sentence: index };
      if (t.kind !== 'word' || (/^\p{Lu}/u.test(t.text) && at > 0)) return;
      const parses = res.morph.parse(t.text).filter((p) => COMPANY_NOUNS.has(p.lemma));
      if (!parses.some((p) => p.number === 'sing') || list.some((m) => m.first <= at && at < m.end)) return;
      // "предприятия", "компании" may be plural: only a singular adjective before them settles it.
      const before = res.morph.parse(sentence.tokens[at - 1]?.text ?? '')[0];
      const singularAdj = before?.pos === 'ADJF' && before.number === 'sing';
      if (parses.some((p) => p.number === 'plur') && !singularAdj) return;
      const next = sentence.tokens[at + 1];
      if (next && (/^[«"“„]$/u.test(next.text) || /^\p{Lu}/u.test(next.text) || next.text.toLowerCase() === 'по'))
        return;
      const prev = sentence.tokens[at - 1];
      if (prev && res.morph.lemmas(prev.text).some((l) => NEW_REFERENT.has(l))) return;
      if (!last || index - last.sentence > 3) return;
      out.push({
        entity: last.entity,
        sentence: index,
        first: at,
        end: at + 1,
        kind: 'generic',
        prep: prepositionBefore(sentence.tokens, at, res),
      });
    });
    for (const m of list)
      if (m.entity.type === 'Enterprise' && m.kind === 'name') last = { entity: m.entity, sentence: index };
    return out.sort((x, y) => x.first - y.first);
  });
  return { ...a, mentions };
}
