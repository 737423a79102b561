/**
 * A minimal Cypher lexer for the read-only guard: it yields the words of a query
 * with string literals and comments skipped, so a property value such as
 * 'LOAD CSV' never looks like a clause; `backticked` names count as names, never
 * keywords, unless they are called. Pure, no I/O.
 */

/** One bare word of a query and where it stands: `role` tells clause keywords from names. */
export interface CypherWord {
  /** The word in upper case (dotted procedure names stay whole: `APOC.CREATE.NODE`). */
  text: string;
  /** `name` after `.`, `:` or `$` (keys, labels, types, parameters) or before `:` (map keys); else `keyword`. */
  role: 'keyword' | 'name';
  /** True when the word is called: followed by `(` or right after `CALL` (procedures, functions). */
  invoked: boolean;
}

const BARE = /[\p{L}_][\p{L}\p{N}_]*/uy;
const FOLLOWER = /\s*([:(]?)/y;
const DOT = /\s*\.\s*/y;

/** The match of a sticky regex at `index`. */
function matchAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

/**
 * Splits a query into words, skipping literals and comments.
 * @example cypherWords("MATCH (n {t: 'USE x'}) RETURN n").map((w) => w.text) // ['MATCH', 'N', 'T', 'RETURN', 'N']
 */
export function cypherWords(query: string): CypherWord[] {
  const words: CypherWord[] = [];
  let i = 0;
  let previous = '';
  while (i < query.length) {
    const ch = query[i] ?? '';
    if (ch === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i);
      i = end === -1 ? query.length : end;
      continue;
    }
    if (ch === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end === -1 ? query.length : end + 2;
      continue;
    }
    if (ch === "'" || ch === '"') {
      i = skipQuoted(query, i, ch);
      previous = ch;
      continue;
    }
    const name = /\d/.test(query[i - 1] ?? '') ? undefined : readName(query, i);
    if (name) {
      const after = matchAt(FOLLOWER, query, name.end)?.[1];
      const invoked = after === '(' || words.at(-1)?.text === 'CALL';
      const isName =
        previous === '.' || previous === ':' || previous === '$' || after === ':' || (name.quoted && !invoked);
      words.push({ text: name.text.toUpperCase(), role: isName ? 'name' : 'keyword', invoked });
      previous = 'w';
      i = name.end;
      continue;
    }
    if (!/\s/.test(ch)) previous = ch;
    i += 1;
  }
  return words;
}

/**
 * A possibly dotted name at `start` (`apoc.load.json`, `` `apoc`.`load`.json ``), its
 * parts joined by dots, so backticks cannot hide a procedure from the guard.
 */
function readName(query: string, start: number): { text: string; end: number; quoted: boolean } | undefined {
  const parts: string[] = [];
  let quoted = false;
  let i = start;
  for (;;) {
    const part = readNamePart(query, i);
    if (!part) break;
    parts.push(part.text);
    quoted ||= part.quoted;
    i = part.end;
    const dot = matchAt(DOT, query, i);
    if (!dot || !readNamePart(query, i + dot[0].length)) break;
    i += dot[0].length;
  }
  return parts.length > 0 ? { text: parts.join('.'), end: i, quoted } : undefined;
}

function readNamePart(query: string, start: number): { text: string; end: number; quoted: boolean } | undefined {
  if (query[start] === '`') {
    const end = skipQuoted(query, start, '`');
    return { text: query.slice(start + 1, end - 1).replaceAll('``', '`'), end, quoted: true };
  }
  const match = matchAt(BARE, query, start);
  return match ? { text: match[0], end: start + match[0].length, quoted: false } : undefined;
}

/** Index just past a quoted literal or name; a doubled backtick or a backslash escapes. */
function skipQuoted(query: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < query.length) {
    const ch = query[i];
    if (ch === '\\' && quote !== '`') i += 2;
    else if (ch === quote && quote === '`' && query[i + 1] === '`') i += 2;
    else if (ch === quote) return i + 1;
    else i += 1;
  }
  return i;
}
