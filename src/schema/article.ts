/** The article as coopgraph stores it: text plus the metadata its front matter or page gave. */
import { z } from 'zod';

/**
 * An ISO calendar date (YYYY-MM-DD) that exists (2024-02-29 yes, 2024-13-45 and 2023-02-29 no);
 * article dates drive the viewer's time slider.
 */
export const IsoDate = z.iso.date({ error: 'expected a real date as YYYY-MM-DD' });

export const ArticleSchema = z.object({
  /** Content hash (sha256 hex of URL and text), so the same article always gets the same id. */
  id: z.string().regex(/^[0-9a-f]{16,64}$/, 'expected a hex content hash'),
  title: z.string(),
  url: z.string().optional(),
  date: IsoDate.optional(),
  source: z.string().optional(),
  /** ISO 639-1 code of the text's language, e.g. "ru". */
  language: z.string().min(2).max(3),
  text: z.string().min(1, 'article text is empty'),
});
export type Article = z.infer<typeof ArticleSchema>;
