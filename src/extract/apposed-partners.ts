/**
 * A partner described by its place and then named in apposition: "поставит станки казахстанскому
 * партнёру — компании «Алтын»", "на площадке узбекского партнёра, компании «X»". The apposed name
 * agrees in case with the described noun and names the same party, so the description stands for
 * the company (it is no side of its own) and its place adjective says where the company is.
 * Pure: returns a new analysis.
 */
import { foldWord, PLACE_TYPES } from './gazetteer.ts';
import { ENTERPRISE_NOUNS } from './lexicon.ts';
import { agentAdjective } from './sentence-view.ts';
import type { ArticleAnalysis, ExtractionResources, FoundRelation, MentionRef } from './types.ts';

/** Marks that open an apposition after a noun. */
const APPOSITION_MARKS = new Set(['—', '–', ',']);

/** Re-points each "place-adjective agent noun — company noun «Name»" description to the named company. */
export function resolveApposedPartners(a: ArticleAnalysis, res: ExtractionResources): ArticleAnalysis {
  const found: FoundRelation[] = [...a.found];
  const mentions = a.mentions.map((list, index) => {
    const tokens = a.sentences[index]?.tokens ?? [];
    const cases = (k: number) =>
      new Set(
        res.morph
          .parse(tokens[k]?.text ?? '')
          .filter((p) => p.pos === 'NOUN')
          .map((p) => p.case),
      );
    return list.map((m) => {
      if (m.kind !== 'adjective' || !PLACE_TYPES.has(m.entity.type) || !agentAdjective(m)) return m;
      // The described noun: the first word after the adjective (past other adjectives) of its lemma.
      let noun = m.end;
      const described = (k: number) =>
        res.morph.lemmas(tokens[k]?.text ?? '').some((l) => foldWord(l) === foldWord(m.governs ?? ''));
      while (noun < m.end + 3 && !described(noun)) noun++;
      if (noun >= m.end + 3 || !APPOSITION_MARKS.has(tokens[noun + 1]?.text ?? '')) return m;
      // "— компании «Алтын»": a company noun in the described noun's case, then the name.
      const head = noun + 2;
      const named = list.find(
        (o) =>
          o.first === head + 1 &&
          o.kind === 'name' &&
          (o.entity.type === 'Enterprise' || o.entity.type === 'Organization'),
      );
      const kind = res.morph.lemmas(tokens[head]?.text ?? '').some((l) => ENTERPRISE_NOUNS.has(l));
      const agree = [...cases(noun)].some((c) => cases(head).has(c));
      if (!named || !kind || !agree) return m;
      found.push({ type: 'LOCATED_IN', source: named.entity, target: m.entity, sentence: index, confidence: 0.8 });
      const apposed: MentionRef = {
        entity: named.entity,
        sentence: index,
        first: m.first,
        end: noun + 1,
        kind: 'name',
        prep: m.prep,
      };
      return apposed;
    });
  });
  return { ...a, mentions, found };
}
