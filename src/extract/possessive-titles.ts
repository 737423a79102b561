/**
 * A head title with a possessive pronoun for its complement: "В Фергане работает
 * предприятие «Альфа». Его директор Рустам Каримов сообщил…", "Компания «Бета»
 * открыла склад; её глава Ирина Лис…". The pronoun stands for the office of the
 * title, the nearest company, body or place before it whose head noun agrees in
 * gender ("его": masculine or neuter, "её": feminine), in this sentence or the one
 * before; the person named after the title heads it. Pure: returns a new analysis.
 */
import { OFFICE_TYPES } from './discourse.ts';
import { HEAD_TITLES, NON_HEAD_TITLES } from './lexicon.ts';
import { OPEN_QUOTES } from './scanner.ts';
import type { ArticleAnalysis, EntityDraft, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

type Tokens = ArticleAnalysis['sentences'][number]['tokens'];

const BODY_TYPES: ReadonlySet<string> = new Set(['Organization', 'Enterprise']);
/** Titles of those who run a company or a body, never a place ("директор", not "губернатор"). */
const BODY_TITLES = new Set(['директор', 'гендиректор', 'генеральный', 'ректор', 'управляющий', 'начальник']);

/** The types of office a head title may stand for: a company or body for a director, any office else. */
export function officeTypesOf(title: string): ReadonlySet<string> {
  return BODY_TITLES.has(title) ? BODY_TYPES : OFFICE_TYPES;
}
/** Possessive pronouns of the third person singular and the genders of what they stand for. */
const POSSESSIVE_GENDERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['его', ['masc', 'neut']],
  ['её', ['femn']],
  ['ее', ['femn']],
]);

/**
 * The gender of the noun that heads a mention: the noun right before a quoted name
 * ("предприятие «Альфа»"), else the name's own first noun ("Калужская область");
 * undefined when neither says (an acronym).
 */
function headGender(tokens: Tokens, m: MentionRef, res: ExtractionResources): string | undefined {
  const quoteBefore = OPEN_QUOTES.has(tokens[m.first - 1]?.text ?? '');
  const quoted = quoteBefore || OPEN_QUOTES.has(tokens[m.first]?.text ?? '');
  const from = quoted ? m.first - (quoteBefore ? 2 : 1) : m.first;
  for (let k = from; k < m.end; k++) {
    const noun = res.morph.parse(tokens[k]?.text ?? '').find((p) => p.pos === 'NOUN' && p.number === 'sing');
    if (noun) return noun.gender;
    if (k < m.first) return undefined;
  }
  return undefined;
}

/** Heads of offices named by a possessive pronoun (see the module comment). */
export function resolvePossessiveTitles(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const found: FoundRelation[] = [...a.found];
  a.sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    const list = a.mentions[index] ?? [];
    tokens.forEach((t, at) => {
      const genders = POSSESSIVE_GENDERS.get(t.text.toLowerCase());
      const title = tokens[at + 1];
      if (!genders || !title) return;
      const lemmas = res.morph.lemmas(title.text);
      if (!lemmas.some((l) => HEAD_TITLES.has(l)) || lemmas.some((l) => NON_HEAD_TITLES.has(l))) return;
      // The holder is named right after the title ("Его директор Рустам Каримов", "её генеральный директор …").
      const named = list.find((m) => m.entity.type === 'Person' && m.kind === 'name' && m.first > at + 1);
      const between = tokens.slice(at + 1, named?.first ?? at);
      const holder =
        named &&
        between.length <= 3 &&
        between.every((w) => (w.kind === 'word' && w.text.toLowerCase() === w.text) || w === title)
          ? named.entity
          : undefined;
      if (!holder || holder.headOf) return;
      const titleLemma = lemmas.find((l) => HEAD_TITLES.has(l)) ?? title.text;
      const types = officeTypesOf(titleLemma);
      const office = antecedent(a, index, at, genders, types, res);
      if (!office) return;
      holder.title = titleLemma;
      holder.headOf = office;
      holder.role = tokens
        .slice(at + 1, named?.first)
        .map((w) => w.text)
        .join(' ');
      found.push({
        type: 'HEADS',
        source: holder,
        target: office,
        sentence: index,
        confidence: 0.6,
        attributes: { role: holder.role },
      });
    });
  });
  return { ...a, found };
}

/** The nearest office before the pronoun, in its sentence or the one before, whose head noun agrees. */
function antecedent(
  a: ArticleAnalysis,
  index: number,
  at: number,
  genders: readonly string[],
  types: ReadonlySet<string>,
  res: ExtractionResources,
): EntityDraft | undefined {
  for (const s of [index, index - 1]) {
    const tokens = a.sentences[s]?.tokens ?? [];
    const agreeing = (a.mentions[s] ?? []).filter((m) => {
      if (!types.has(m.entity.type) || m.kind !== 'name' || (s === index && m.end > at)) return false;
      const gender = headGender(tokens, m, res);
      return gender === undefined || genders.includes(gender);
    });
    // A subject or object is the topic; a place in a prepositional phrase only sets the scene.
    const office = agreeing.findLast((m) => !m.prep) ?? agreeing.at(-1);
    if (office) return office.entity;
  }
  return undefined;
}
