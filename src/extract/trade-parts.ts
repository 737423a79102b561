/**
 * "Товарооборот Беларуси и Казахстана превысил 1 млрд долларов. Белорусский экспорт составил
 * 800 млн, импорт — 250 млн": the parts of a turnover named by their owner go between the two
 * sides of that turnover, the export from its owner to the other side, the import the other way.
 */
import type { SentenceView } from './sentence-view.ts';
import type { EntityDraft, ExtractionResources, FoundRelation } from './types.ts';

/** Nouns of a part of trade, and whether the owner is the supplier of that part. */
const PARTS: ReadonlyMap<string, boolean> = new Map([
  ['экспорт', true],
  ['импорт', false],
]);

/**
 * Supplies [supplier, recipient] stated by the export and import nouns of a sentence whose owner
 * (a place adjective right before, or a name in the genitive right after) is one side of the one
 * turnover of this sentence or the one before. An import with no owner of its own after an export
 * ("импорт — 250 млн") shares the export's owner.
 */
export function tradeParts(
  v: SentenceView,
  res: ExtractionResources,
  found: readonly FoundRelation[],
): [EntityDraft, EntityDraft][] {
  const turnovers = found.filter(
    (r) => r.type === 'TRADES_WITH' && (r.sentence === v.index || r.sentence === v.index - 1),
  );
  const [turnover] = turnovers;
  if (!turnover || turnovers.some((r) => new Set([r.source, r.target, turnover.source, turnover.target]).size > 2))
    return [];
  const sides = [turnover.source, turnover.target];
  const out: [EntityDraft, EntityDraft][] = [];
  let owner: EntityDraft | undefined;
  v.tokens.forEach((t, k) => {
    const noun = res.morph.parse(t.text).find((p) => p.pos === 'NOUN' && PARTS.has(p.lemma));
    if (!noun) return;
    const own = v.mentions.find(
      (m) =>
        (m.kind === 'adjective' && m.end === k) ||
        (m.kind === 'name' && !m.prep && m.first === k + 1 && sides.includes(m.entity)),
    )?.entity;
    owner = own ?? owner;
    const other = sides.find((e) => e !== owner);
    if (!owner || !other || !sides.includes(owner)) return;
    out.push(PARTS.get(noun.lemma) ? [owner, other] : [other, owner]);
  });
  return out;
}
