/**
 * The HTTP contract of the Cypher console: `POST /api/cypher` takes
 * `{query, params}` and answers `{columns, rows, truncated, nodeIds, edgeIds}`;
 * `GET /api/queries` lists the example library. zod only, so the viewer can
 * import this file without pulling in the driver.
 */
import { z } from 'zod';

export const CypherRequestSchema = z.object({
  query: z.string().trim().min(1, 'give a Cypher query').max(20_000, 'the query is longer than 20 000 characters'),
  params: z.record(z.string(), z.json()).default({}),
});
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

export const CypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** One array per row, in column order, of plain JSON values (nodes as `{elementId, labels, properties}` …). */
  rows: z.array(z.array(z.json())),
  /** More rows existed than the server's row limit. */
  truncated: z.boolean(),
  /** Entity ids (`country:belarus`) of the nodes anywhere in the result: the viewer's node keys. */
  nodeIds: z.array(z.string()),
  /** Keys `TYPE:source->target` of the relationships in the result: the viewer's edge keys. */
  edgeIds: z.array(z.string()),
});
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

export const ExampleQueryListSchema = z.object({
  queries: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      params: z.record(z.string(), z.json()),
      query: z.string(),
    }),
  ),
});
export type ExampleQueryList = z.infer<typeof ExampleQueryListSchema>;
