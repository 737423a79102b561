/** The shapes shared by the query runner, the renderers, the CLI command and the HTTP route. */

/** What a query run returns: raw Neo4j values, rendered later by format. */
export interface QueryResult {
  columns: string[];
  /** One array per record, in column order, holding driver values (Integer, Node, Date …). */
  rows: unknown[][];
  /** True when the query had more rows than the limit; only the first `limit` are kept. */
  truncated: boolean;
  /** What a write changed, non-zero counts only (`{ nodesCreated: 1 }`); empty for reads. */
  updates: Record<string, number>;
}

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
