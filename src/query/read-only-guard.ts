/**
 * The read-only guard: decides whether a Cypher query may run without `--write`.
 * Two checks, both before the query runs: a static one for what Neo4j's planner
 * reports as reads but still reaches outside the graph (LOAD CSV, USE, admin
 * commands, file/URL or write procedures), and the planner's own verdict
 * (`EXPLAIN` → `summary.queryType`). Pure: the caller runs the EXPLAIN.
 */
import { cypherWords } from './cypher-words.ts';

/** `db.*` procedures that only read; every other one, and every `dbms.*` one, is refused. */
const READ_ONLY_DB_PROCEDURES = [
  /^DB\.(LABELS|RELATIONSHIPTYPES|PROPERTYKEYS|INFO|PING)$/,
  /^DB\.SCHEMA\./,
  /^DB\.INDEX\.(FULLTEXT|VECTOR)\.QUERY/,
];

/** APOC families that compute over values or read the graph; the rest (load, export, create, periodic, cypher …) are refused. */
const READ_ONLY_APOC =
  /^APOC\.(META|PATH|TEXT|COLL|MAP|CONVERT|DATE|TEMPORAL|MATH|NUMBER|AGG|ALGO|NEIGHBORS|SCORING|BITWISE|HASHING|UTIL\.(MD5|SHA\d+)|HELP|VERSION)\b/;

/** Commands that administer the DBMS (users, roles, databases, transactions of others). */
const ADMIN_WORDS = new Set(['GRANT', 'DENY', 'REVOKE', 'ALTER', 'TERMINATE', 'START', 'STOP', 'ENABLE', 'RENAME']);
const ADMIN_OBJECTS = new Set(['USER', 'ROLE', 'DATABASE', 'COMPOSITE', 'ALIAS', 'SERVER']);
const SHOWABLE = /^(INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURE|PROCEDURES|FUNCTION|FUNCTIONS)$/;

/**
 * Names what makes a query unsafe to run read-only although the planner may call it a read,
 * or returns undefined. Literals and comments are ignored, so `{name: 'LOAD CSV'}` passes.
 * @example findForbiddenConstruct("LOAD CSV FROM 'file:///x' AS r RETURN r") // 'LOAD CSV reads files or URLs'
 */
export function findForbiddenConstruct(query: string): string | undefined {
  const words = cypherWords(query).filter((w) => w.role === 'keyword');
  for (const [i, word] of words.entries()) {
    const next = words.slice(i + 1, i + 5).map((w) => w.text);
    const text = word.text;
    if (text === 'LOAD' && next[0] === 'CSV') return 'LOAD CSV reads files or URLs';
    if (text === 'USE') return 'a USE clause switches databases; queries run on the configured database only';
    if (text === 'TRANSACTIONS' && words.slice(Math.max(0, i - 4), i).some((w) => w.text === 'IN')) {
      return 'CALL { … } IN TRANSACTIONS commits batches of writes';
    }
    if (ADMIN_WORDS.has(text)) return `${text} is an administration command`;
    if ((text === 'CREATE' || text === 'DROP') && next.some((n) => ADMIN_OBJECTS.has(n))) {
      return `${text} ${next.find((n) => ADMIN_OBJECTS.has(n))} is an administration command`;
    }
    if (text === 'SHOW' && !next.some((n) => SHOWABLE.test(n)))
      return 'SHOW is only allowed for indexes, constraints, procedures and functions';
    if (word.invoked && /^(DB|DBMS)\./.test(text) && !READ_ONLY_DB_PROCEDURES.some((re) => re.test(text))) {
      return `procedure ${text.toLowerCase()} is not a known read-only procedure`;
    }
    if (word.invoked && text.startsWith('APOC.') && !READ_ONLY_APOC.test(text)) {
      return `${text.toLowerCase()} is not a known read-only APOC procedure or function`;
    }
  }
  return undefined;
}

/** What each of Neo4j's query types means, for the refusal message. */
const QUERY_TYPE_MEANING: Record<string, string> = {
  rw: 'reads and writes the graph',
  w: 'writes to the graph',
  s: 'changes the schema (indexes or constraints)',
};

/**
 * Explains why the planner's query type (`r`, `rw`, `w`, `s`) rules out a read-only run, or returns undefined for `r`.
 * @example whyNotReadOnly('rw') // 'it reads and writes the graph (Neo4j plans it as "rw")'
 */
export function whyNotReadOnly(queryType: string | undefined): string | undefined {
  if (queryType === 'r') return undefined;
  const meaning = QUERY_TYPE_MEANING[queryType ?? ''] ?? 'is of a kind Neo4j does not classify as a read';
  return `it ${meaning} (Neo4j plans it as "${queryType ?? 'unknown'}")`;
}
