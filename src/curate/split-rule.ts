/**
 * Which facts a split moves: the rule that decides, for `entity split E ALIAS`, whether an
 * article or an evidence sentence is about the alias or about the entity it leaves. Pure
 * and deterministic, so every application of the log moves the same facts.
 *
 * A text *names* a name when, case and ё folded, the name starts a word in it (so inflected
 * forms count: «Гомсельмаша» names «Гомсельмаш»). Occurrences of the alias are blanked
 * before the entity's other names are looked for, so a name inside the alias («Гомсельмаш»
 * in «Гомсельмаш Агро») does not count for the entity.
 */

/** Characters after which a name starts a word (besides the start of the text). */
const WORD_STARTS = new Set([' ', '\n', '\t', '«', '"', '„', '“', "'", '(', '[', '—', '-', '/', ',', ';', ':']);

/** Lower case, ё as е, runs of white space as one space: how names are compared in texts. */
function fold(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/gu, ' ');
}

/** Start offsets where `name` (folded) starts a word of `text` (folded). */
function wordStarts(text: string, name: string): number[] {
  const found: number[] = [];
  if (!name) return found;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === 0 || WORD_STARTS.has(text[at - 1] ?? '')) found.push(at);
  }
  return found;
}

/** Whether `text` names `name` (see the module comment). */
export function namesName(text: string, name: string): boolean {
  return wordStarts(fold(text), fold(name).trim()).length > 0;
}

/** Who a text is about, as far as the split is concerned. */
export type SplitSide = 'alias' | 'entity' | 'both' | 'neither';

/**
 * Whether a text names the alias, the entity's other names (`otherNames`: its name and
 * remaining aliases), both or neither.
 */
export function splitSide(text: string, alias: string, otherNames: readonly string[]): SplitSide {
  const folded = fold(text);
  const key = fold(alias).trim();
  const starts = wordStarts(folded, key);
  let rest = folded;
  for (const at of starts) rest = `${rest.slice(0, at)}${' '.repeat(key.length)}${rest.slice(at + key.length)}`;
  const other = otherNames.some((name) => fold(name).trim() !== key && wordStarts(rest, fold(name).trim()).length > 0);
  if (starts.length > 0) return other ? 'both' : 'alias';
  return other ? 'entity' : 'neither';
}

/**
 * Whether one article's evidence of a relationship of the entity moves to the split-off
 * entity: some sentence names the alias and none names the entity's other names.
 */
export function evidenceMoves(sentences: readonly string[], alias: string, otherNames: readonly string[]): boolean {
  const sides = sentences.map((s) => splitSide(s, alias, otherNames));
  return sides.includes('alias') && !sides.some((side) => side === 'entity' || side === 'both');
}
