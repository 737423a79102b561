/**
 * A minimal Cypher lexer for the read-only guard: it yields the bare words of a
 * query with string literals, comments and `backticked` names removed, so a
 * property value such as 'LOAD CSV' never looks like a clause. Pure, no I/O.
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

const WORD = /[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*/uy;

/**
 * Splits a query into bare words, skipping literals and comments.
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
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(query, i, ch);
      previous = ch;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(query);
    if (match && !/\d/.test(query[i - 1] ?? '')) {
      const after = query.slice(WORD.lastIndex).match(/^\s*([:(]?)/)?.[1];
      const isName = previous === '.' || previous === ':' || previous === '$' || after === ':';
      const invoked = after === '(' || words.at(-1)?.text === 'CALL';
      words.push({ text: match[0].toUpperCase(), role: isName ? 'name' : 'keyword', invoked });
      previous = 'w';
      i = WORD.lastIndex;
      continue;
    }
    if (!/\s/.test(ch)) previous = ch;
    i += 1;
  }
  return words;
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
