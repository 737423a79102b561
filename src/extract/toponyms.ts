/**
 * Adjectives formed from a town's name ("бобруйский" ← Бобруйск, "лидский" ←
 * Лида, "жодинский" ← Жодино). The reference data cannot list every town, but
 * the OpenCorpora dictionary knows most of them as geographical nouns (Geox);
 * undoing the -ский suffix and finding such a noun in the dictionary (not
 * merely predicted) shows the adjective names a place. Pure.
 */
import type { Morphology } from './morphology.ts';

/** Town names the stem of a -ский adjective may come from: Бобруйск, Лида, Жодино, Гродно (гродненский), Тула. */
function townCandidates(stem: string): string[] {
  const out = [`${stem}ск`, stem, `${stem}а`, `${stem}о`, `${stem}ь`];
  // "гродненский", "жодинский": a linking -ен-/-ин- before the suffix.
  const bare = stem.replace(/(ен|ин)$/u, '');
  if (bare !== stem) out.push(`${bare}о`, `${bare}а`);
  // "тульский" ← Тула.
  if (stem.endsWith('ь')) out.push(`${stem.slice(0, -1)}а`);
  return out;
}

/** Whether `word` is an adjective of a place the dictionary knows by name. */
export function isToponymicAdjective(word: string, morph: Morphology): boolean {
  const adj = [...morph.parse(word), ...morph.parse(word.toLowerCase())].find(
    (p) => p.pos === 'ADJF' && /[сц]кий$/u.test(p.lemma),
  );
  if (!adj) return false;
  // "слуцкий" ← Слуцк: -цкий keeps the town's final -цк.
  const stem = adj.lemma.endsWith('цкий') ? adj.lemma.slice(0, -2) : adj.lemma.slice(0, -4);
  if (stem.length < 2) return false;
  return townCandidates(stem).some((c) => {
    const name = c.charAt(0).toUpperCase() + c.slice(1);
    return morph.parse(name).some((p) => p.known && p.pos === 'NOUN' && p.tags.has('Geox') && p.lemma === c);
  });
}
