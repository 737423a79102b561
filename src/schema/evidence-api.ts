/**
 * `GET /api/edges/:id/evidence?offset&limit`: a relationship's evidence a page at a time.
 * A relationship keeps only a small sample of sentences; every sentence of every article
 * stating it is read from here, so the viewer never loads a hot relationship's history at once.
 */
import { z } from 'zod';

/** Query of the evidence endpoint: a page of at most 100 articles. */
export const EdgeEvidenceQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The path parameter: an edge key of `GET /api/graph` (`TYPE:source->target`). */
export const EdgeParamSchema = z.object({ id: z.string().min(1).max(600) });

/** One article's evidence for the relationship. */
export const EdgeEvidenceItemSchema = z.object({
  articleId: z.string(),
  date: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  sentences: z.array(z.string()),
});

/** A page: `total` articles in all, `items` from `offset` on, oldest article first. */
export const EdgeEvidenceResponseSchema = z.object({
  edge: z.string(),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(EdgeEvidenceItemSchema),
});
export type EdgeEvidenceResponse = z.infer<typeof EdgeEvidenceResponseSchema>;
