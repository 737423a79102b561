/**
 * Sentences and tokens with character offsets into the article text. Splitting
 * knows Russian abbreviations ("г.", "млн", "т.е."), initials ("А.Г. Лукашенко"),
 * decimal numbers ("1,5") and quoted speech, so evidence sentences stay whole.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

const TOKEN_RE = /(\d+(?:[.,]\d+)*)|([\p{L}\d]+(?:[-‑][\p{L}\d]+)*)|(\S)/gu;

/** Abbreviations after which a period never ends a sentence. */
const NEVER_FINAL = new Set([
  'г',
  'гг',
  'ул',
  'им',
  'обл',
  'пр',
  'проф',
  'акад',
  'св',
  'т',
  'е',
  'д',
  'см',
  'напр',
  'ок',
  'тел',
  'р-н',
  'пос',
  'дер',
]);

/** Splits text into word, number and punctuation tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : 'punct';
    tokens.push({ text: m[0], start, end: start + m[0].length, kind });
  }
  return tokens;
}

function isInitial(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}$/u.test(token.text);
}

/** Does a period, "!" or "?" at token i end the sentence? */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^[.!?…]$/.test(t.text)) return false;
  let j = i + 1;
  while (tokens[j] && /^[.!?…»"”)]$/.test(tokens[j]?.text ?? '')) j++;
  const next = tokens[j];
  if (!next) return true;
  const gapStartsUpper = /^[\p{Lu}«"“„–—-]/u.test(next.text) || next.kind === 'number';
  if (!gapStartsUpper) return false;
  if (t.text !== '.') return true;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start) return true;
  if (isInitial(prev)) return false;
  return !NEVER_FINAL.has(prev.text.toLowerCase());
}

/**
 * Splits the article into sentences; a line break always ends one.
 * @example splitSentences('В 2023 г. Минск вырос. Калуга тоже.').length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    const lineStart = line.index ?? 0;
    const tokens = tokenize(line[0], lineStart);
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      let last = i;
      if (!endsSentence(tokens, i)) {
        if (i !== tokens.length - 1) continue;
      } else {
        while (tokens[last + 1] && /^[.!?…»"”)]$/.test(tokens[last + 1]?.text ?? '')) last++;
      }
      const part = tokens.slice(from, last + 1);
      const first = part[0];
      const end = part[part.length - 1];
      if (first && end) {
        sentences.push({
          index: sentences.length,
          start: first.start,
          end: end.end,
          text: text.slice(first.start, end.end),
          tokens: part,
        });
      }
      from = last + 1;
      i = last;
    }
  }
  return sentences;
}
