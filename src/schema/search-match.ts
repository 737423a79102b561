/**
 * How a search text matches a name, shared by the server's `/api/search` and the viewer's
 * search box so both order suggestions alike. Pure; both sides fold with `normalizeSearchText`.
 */

/**
 * How well a folded candidate matches a folded query: 0 exact, 1 prefix, 2 the start of a
 * word inside the name, 3 anywhere; undefined is no match.
 * @example matchRank('калужская область', 'обл') // 2
 */
export function matchRank(candidate: string, query: string): number | undefined {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  // A word inside the name starting with the query ("обл" in "калужская область").
  if (candidate.includes(` ${query}`) || candidate.includes(`-${query}`) || candidate.includes(`«${query}`)) return 2;
  if (candidate.includes(query)) return 3;
  return undefined;
}
