/**
 * A delegation's leader named by a bare head title: "делегация Гомельского облисполкома во
 * главе с председателем Иваном Крупко", "делегация компании «Альфа» во главе с генеральным
 * директором Ольгой Лис". A title that leaves out its complement inside «во главе с» takes it
 * from the delegation it leads (the body or place in the genitive after «делегация»), or from the
 * company or body named right before «во главе с», which it heads. It is the
 * pronoun-less twin of "во главе с его председателем" (see `possessive-titles.ts`). Pure:
 * returns a new analysis.
 */
import { HEAD_TITLES, NON_HEAD_TITLES } from './lexicon.ts';
import { nominativePhrase } from './names.ts';
import { officeTypesOf } from './possessive-titles.ts';
import { OPEN_QUOTES } from './scanner.ts';
import type { ArticleAnalysis, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

type Tokens = ArticleAnalysis['sentences'][number]['tokens'];

/** A minister heads a ministry, which a delegation of a country or region does not name. */
const MINISTER = 'министр';

/** Heads of delegations' bodies and places named by a bare title (see the module comment). */
export function resolveDelegationLeaders(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const found: FoundRelation[] = [...a.found];
  a.sentences.forEach((sentence, index) => {
    const tokens = sentence.tokens;
    const list = a.mentions[index] ?? [];
    tokens.forEach((t, at) => {
      if (t.text.toLowerCase() !== 'во' || tokens[at + 1]?.text.toLowerCase() !== 'главе') return;
      if (!['с', 'со'].includes(tokens[at + 2]?.text.toLowerCase() ?? '')) return;
      const named = list.find((m) => m.entity.type === 'Person' && m.kind === 'name' && m.first > at + 2);
      if (!named || named.entity.headOf) return;
      // Only the title between «с» and the name, maybe with adjectives ("генеральным директором"):
      // a title with its own complement ("председателем горисполкома") says what it heads itself.
      const words = tokens.slice(at + 3, named.first);
      if (words.length === 0 || words.length > 3) return;
      const titleWord = (w: Tokens[number]) =>
        w.kind === 'word' &&
        w.text.toLowerCase() === w.text &&
        (res.morph.lemmas(w.text).some((l) => HEAD_TITLES.has(l)) || res.morph.parse(w.text)[0]?.pos === 'ADJF');
      if (!words.every(titleWord)) return;
      const lemmas = words.flatMap((w) => res.morph.lemmas(w.text));
      if (lemmas.some((l) => NON_HEAD_TITLES.has(l) || l === MINISTER)) return;
      const title = lemmas.find((l) => HEAD_TITLES.has(l));
      if (!title) return;
      const office = delegationOrigin(tokens, list, at, res);
      if (!office || !officeTypesOf(title).has(office.entity.type)) return;
      const holder = named.entity;
      holder.title = title;
      holder.headOf = office.entity;
      // The role as a heading writes it: "генеральным директором" → "генеральный директор".
      holder.role = nominativePhrase(
        res.morph,
        words.map((w) => w.text),
      );
      found.push({
        type: 'HEADS',
        source: holder,
        target: office.entity,
        sentence: index,
        confidence: 0.6,
        attributes: { role: holder.role },
      });
    });
  });
  return { ...a, found };
}

/**
 * The name right before «во главе»: in the genitive right after «делегация» or after the noun a
 * quoted name follows ("делегации компании «Альфа»"), or a company or body that is led itself
 * ("ОАО «Кедр» во главе с генеральным директором …").
 */
function delegationOrigin(
  tokens: Tokens,
  list: readonly MentionRef[],
  at: number,
  res: ExtractionResources,
): MentionRef | undefined {
  const origin = list.find((m) => m.end === at && m.kind === 'name' && !m.prep);
  if (!origin) return undefined;
  if (origin.entity.type === 'Enterprise' || origin.entity.type === 'Organization') return origin;
  const quoted = OPEN_QUOTES.has(tokens[origin.first]?.text ?? '');
  const before = origin.first - (quoted ? 2 : 1);
  const isDelegation = (k: number) => res.morph.lemmas(tokens[k]?.text ?? '').includes('делегация');
  return isDelegation(before) || (quoted && isDelegation(before - 1)) ? origin : undefined;
}
