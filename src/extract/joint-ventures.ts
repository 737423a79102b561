/**
 * Joint ventures with a name of their own ("совместное предприятие «X»", "СП «X»"): the name is
 * the venture itself, no founder, and the founders the sentence names make things together
 * (the guidelines give CO_PRODUCES between them). Pure.
 */

import { coordinated } from './clauses.ts';
import { COPULAS, ENTERPRISE_NOUNS } from './lexicon.ts';
import { lemmaAt, PARTY_TYPES, pairs, type SentenceView, unique, wordBeforeName } from './sentence-view.ts';
import type { EntityDraft, ExtractionResources, MentionRef } from './types.ts';

/** Participles of founding, by the lemma az gives them ("созданное" → "создавший"). */
const FOUNDING_PARTICIPLES = new Set(['создавший', 'учредивший', 'основавший', 'организовавший']);
/** Roles of founders ("Учредителями СП «X» стали …"). */
const FOUNDER_ROLES = new Set(['учредитель', 'соучредитель']);

/** "совместное (белорусско-российское) предприятие «X»", "СП «X»": the name of the joint venture itself. */
export function jointVenture(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  if (m.entity.type !== 'Enterprise' || m.kind !== 'name') return false;
  const noun = wordBeforeName(m, v);
  if (v.tokens[noun]?.text === 'СП') return true;
  if (!lemmaAt(v, noun, ENTERPRISE_NOUNS, res)) return false;
  for (let k = noun - 1; k >= 0 && k >= noun - 3; k--)
    if (res.morph.lemmas(v.tokens[k]?.text ?? '').includes('совместный')) return true;
  return false;
}

/** The first party named by name from `from` on (within four words), with its conjuncts. */
function partiesFrom(from: number, v: SentenceView, res: ExtractionResources): MentionRef[] {
  const first = v.mentions.find(
    (o) => o.first >= from && o.first <= from + 4 && o.kind === 'name' && PARTY_TYPES.has(o.entity.type),
  );
  // "казахстанской компанией «B»": a place adjective of a founder places it; it founds nothing.
  return first ? coordinated(first, v.mentions, v.tokens, res.morph).filter((o) => o.kind === 'name') : [];
}

/**
 * "СП «X», созданное ОАО «A» и компанией «B»", "Учредителями СП «X» стали A и B": the founders of
 * a named joint venture, by a participle of founding set off after it or by the role of founder
 * before it and a copula; each pair of them makes things together.
 */
export function jointVentureFounders(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const out: [EntityDraft, EntityDraft][] = [];
  const has = (k: number, set: ReadonlySet<string>) =>
    res.morph.lemmas(v.tokens[k]?.text ?? '').some((l) => set.has(l));
  for (const m of v.mentions) {
    if (!jointVenture(m, v, res)) continue;
    let founders: MentionRef[] = [];
    if (v.tokens[m.end]?.text === ',' && has(m.end + 1, FOUNDING_PARTICIPLES))
      founders = partiesFrom(m.end + 2, v, res);
    const noun = wordBeforeName(m, v);
    const role = [noun - 1, noun - 2].find((k) => k >= 0 && has(k, FOUNDER_ROLES));
    if (role !== undefined && has(m.end, COPULAS)) founders = partiesFrom(m.end + 1, v, res);
    const sides = unique(founders.map((o) => o.entity).filter((e) => e !== m.entity));
    out.push(...pairs(sides, res));
  }
  return out;
}
