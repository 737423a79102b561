/**
 * A trade partner as a predicate: "Беларусь является крупнейшим торговым партнёром Смоленской
 * области", "Беларусь — второй внешнеторговый партнёр региона", "Среди торговых партнёров области
 * лидирует Китай". The noun «партнёр» with an adjective of trade names a trade relation between its
 * owner (the genitive after it) and the clause's subject (the nominative of the predicate): TRADES_WITH,
 * as a turnover figure does, not the wider cooperation a bare «партнёр» states.
 */
import { clauseAt } from './clauses.ts';
import { foldWord } from './gazetteer.ts';
import { mentionCases, PARTY_TYPES, type SentenceView, unique } from './sentence-view.ts';
import type { EntityDraft, ExtractionResources, MentionRef } from './types.ts';

/** Adjectives that make a partner a trade partner. */
const TRADE_PARTNER_ADJECTIVES: ReadonlySet<string> = new Set(['торговый', 'внешнеторговый', 'торгово-экономический']);

/** Each (subject, owner) pair a trade-partner predicate of the sentence states. */
export function tradePartners(v: SentenceView, res: ExtractionResources): [EntityDraft, EntityDraft][] {
  const out: [EntityDraft, EntityDraft][] = [];
  v.tokens.forEach((t, k) => {
    if (!res.morph.lemmas(t.text).some((l) => foldWord(l) === 'партнер')) return;
    if (!tradePartnerAt(v, k, res)) return;
    // The owner: a name in the genitive right after the noun.
    const owner = v.mentions.find(
      (m) =>
        m.first === k + 1 &&
        m.kind !== 'adjective' &&
        PARTY_TYPES.has(m.entity.type) &&
        mentionCases(m, v, res).has('gent'),
    );
    if (!owner) return;
    const [start, end] = clauseAt(v.clauses, k);
    const subjects = v.mentions.filter(
      (m) =>
        m.first >= start &&
        m.end <= end &&
        m !== owner &&
        m.entity !== owner.entity &&
        m.kind === 'name' &&
        !m.prep &&
        !m.titleOf &&
        PARTY_TYPES.has(m.entity.type) &&
        nominative(m, v, res),
    );
    const [subject, ...others] = unique(subjects.map((m) => m.entity));
    if (subject && others.length === 0) out.push([subject, owner.entity]);
  });
  return out;
}

/**
 * «партнёр» at `k` is a trade partner: by an adjective of trade before it ("крупнейших торговых
 * партнёров") or by a phrase of «по» with a noun of trade in its clause, which says in what the
 * partnership consists ("главным партнёром области по внешней торговле", "по объёму товарооборота
 * … среди партнёров области").
 */
export function tradePartnerAt(
  v: Pick<SentenceView, 'tokens' | 'clauses'>,
  k: number,
  res: ExtractionResources,
): boolean {
  if (tradeAdjectiveBefore(v, k, res)) return true;
  const [start, end] = clauseAt(v.clauses, k);
  for (let j = start; j < end; j++) {
    if (v.tokens[j]?.text.toLowerCase() !== 'по') continue;
    // The noun of trade heads the phrase or is the genitive of its measure ("по объёму взаимной торговли").
    for (let d = 1; d <= 4; d++) {
      const lemmas = res.morph.lemmas(v.tokens[j + d]?.text ?? '').map(foldWord);
      if (lemmas.some((l) => TRADE_NOUNS.has(l))) return true;
      if (!lemmas.some((l) => MEASURES.has(l)) && res.morph.parse(v.tokens[j + d]?.text ?? '')[0]?.pos !== 'ADJF')
        break;
    }
  }
  return false;
}

/** Nouns of trade that say what a partnership «по …» is in. */
const TRADE_NOUNS: ReadonlySet<string> = new Set([
  'торговля',
  'товарооборот',
  'оборот',
  'товарообмен',
  'экспорт',
  'импорт',
]);
/** Nouns of measure before the trade noun's genitive ("по объёму торговли", "по объемам товарооборота"). */
const MEASURES: ReadonlySet<string> = new Set(['объем', 'величина', 'показатель', 'итог']);

/**
 * An adjective of trade among the (up to three) adjectives right before «партнёр» at `k` ("крупнейших
 * торговых партнёров"), a part of a hyphenated one included: the partner is a trade partner.
 */
function tradeAdjectiveBefore(v: Pick<SentenceView, 'tokens'>, k: number, res: ExtractionResources): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const text = v.tokens[j]?.text ?? '';
    if (res.morph.parse(text)[0]?.pos !== 'ADJF') return false;
    const parts = text.includes('-') ? text.split('-').filter((p) => p !== '') : [];
    const lemmas = [text, ...parts].flatMap((w) => res.morph.lemmas(w));
    if (lemmas.some((l) => TRADE_PARTNER_ADJECTIVES.has(foldWord(l)))) return true;
  }
  return false;
}

/** The mention may be in the nominative: the subject of the predicate. */
function nominative(m: MentionRef, v: SentenceView, res: ExtractionResources): boolean {
  return mentionCases(m, v, res).has('nomn');
}
