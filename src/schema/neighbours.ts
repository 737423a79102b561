/**
 * `GET /api/entities/:id/neighbours`: one entity's neighbourhood in the compact
 * graph form of `/api/graph`, so the viewer can add it to what is drawn
 * ("Показать соседей") without loading the whole graph.
 */
import { z } from 'zod';
import { GraphExportSchema, GraphQuerySchema } from './api.ts';

/** Neighbours returned by default and at most; the most stated relations come first. */
export const NEIGHBOURS_DEFAULT_LIMIT = 200;
export const NEIGHBOURS_MAX_LIMIT = 1000;

/** The graph's filters (`types`, `relations`, `since`, `until`) plus how many neighbours to return. */
export const NeighboursQuerySchema = GraphQuerySchema.and(
  z.object({ limit: z.coerce.number().int().min(1).max(NEIGHBOURS_MAX_LIMIT).default(NEIGHBOURS_DEFAULT_LIMIT) }),
);
export type NeighboursQuery = z.infer<typeof NeighboursQuerySchema>;

export const NeighboursResponseSchema = z.object({
  /** The entity asked about; it is among `nodes`. */
  center: z.string(),
  /** Relations passing the filters in all; `edges` holds the first `limit` of them. */
  total: z.number().int().nonnegative(),
  nodes: GraphExportSchema.shape.nodes,
  edges: GraphExportSchema.shape.edges,
});
export type NeighboursResponse = z.infer<typeof NeighboursResponseSchema>;
export type NeighboursResponseInput = z.input<typeof NeighboursResponseSchema>;
