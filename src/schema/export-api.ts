/**
 * The answer of `GET`/`POST /api/export`: one file written by the CLI's exporters, as text,
 * so the viewer saves exactly what `coopgraph export` writes.
 */
import { z } from 'zod';

export const ExportResponseSchema = z.object({
  format: z.string(),
  name: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type ExportResponse = z.infer<typeof ExportResponseSchema>;
