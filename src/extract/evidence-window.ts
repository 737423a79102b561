/**
 * Keeps evidence readable when the "sentence" is not one: a text without sentence punctuation
 * (a 200 KB line) is a single sentence to the splitter, and stored whole it would become the
 * evidence of every relation found in it. Such a sentence is cut to the words around the
 * relation's two entities, with `…` where text was left out; when the two are far apart,
 * the words around each, joined by ` … `. Sentences up to the limit stay whole. Pure.
 */

/** Longest evidence kept whole, in characters; longer sentences are cut to about this length. */
export const MAX_EVIDENCE_CHARS = 1000;

/** Marks where text of the sentence was left out. */
export const CUT_MARKER = '…';

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The evidence for a relation stated in `sentence`: the sentence itself, or, past `limit`
 * characters, the part around a mention of each entity. `mentionOffset` is added to mention
 * offsets to bring them into the sentence's coordinates (the extractor's headline prefix).
 *
 * @example evidenceText(sentence, [source, target], prefix.length)
 */
export function evidenceText(
  sentence: (Span & { readonly text: string }) | undefined,
  entities: readonly { readonly mentions: readonly Span[] }[],
  mentionOffset = 0,
  limit = MAX_EVIDENCE_CHARS,
): string {
  if (!sentence) return '';
  const { text } = sentence;
  if (text.length <= limit) return text;
  const inSentence = entities.map((entity) =>
    entity.mentions
      .map((m) => ({ start: m.start + mentionOffset - sentence.start, end: m.end + mentionOffset - sentence.start }))
      .filter((m) => m.start >= 0 && m.end <= text.length),
  );
  const [first, second] = closestPair(inSentence[0] ?? [], inSentence[1] ?? []);
  if (!first || !second) return cut(text, window(text.length, first ?? { start: 0, end: 0 }, limit));
  const from = Math.min(first.start, second.start);
  const to = Math.max(first.end, second.end);
  if (to - from <= limit) return cut(text, window(text.length, { start: from, end: to }, limit));
  const [left, right] = first.start <= second.start ? [first, second] : [second, first];
  const half = Math.floor(limit / 2);
  return [cut(text, window(text.length, left, half)), cut(text, window(text.length, right, half))]
    .join(' ')
    .replace(`${CUT_MARKER} ${CUT_MARKER}`, CUT_MARKER);
}

/** The mentions of the two entities that lie closest together (either may be missing). */
function closestPair(a: readonly Span[], b: readonly Span[]): [Span | undefined, Span | undefined] {
  let best: [Span | undefined, Span | undefined] = [a[0], b[0]];
  let bestSpan = Number.POSITIVE_INFINITY;
  for (const x of a) {
    for (const y of b) {
      const span = Math.max(x.end, y.end) - Math.min(x.start, y.start);
      if (span < bestSpan) {
        best = [x, y];
        bestSpan = span;
      }
    }
  }
  return best;
}

/** A range of about `size` characters around `focus`, inside [0, length). */
function window(length: number, focus: Span, size: number): Span {
  const slack = Math.max(0, size - (focus.end - focus.start));
  const start = Math.max(0, Math.min(focus.start - Math.floor(slack / 2), length - size));
  return { start, end: Math.min(length, Math.max(focus.end, start + size)) };
}

/** The text of the range, widened or narrowed to whole words, with a marker on each cut side. */
function cut(text: string, range: Span): string {
  let { start, end } = range;
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 40) start = space + 1;
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    if (space >= 0 && space - end < 40) end = space;
  }
  const body = text.slice(start, end).trim();
  return `${start > 0 ? `${CUT_MARKER} ` : ''}${body}${end < text.length ? ` ${CUT_MARKER}` : ''}`;
}
