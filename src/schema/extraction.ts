/** The output of `coopgraph extract --json`: the contract in shared/eval/GUIDELINES.md plus provenance. */
import { z } from 'zod';
import { IsoDate } from './article.ts';
import { EntitySchema } from './entity.ts';
import { RelationSchema } from './relation.ts';

export const ExtractionResultSchema = z
  .object({
    article: z.object({
      id: z.string(),
      title: z.string(),
      url: z.string().optional(),
      date: IsoDate.optional(),
      source: z.string().optional(),
    }),
    entities: z.array(EntitySchema),
    relations: z.array(RelationSchema),
    warnings: z.array(z.string()).default([]),
  })
  .superRefine((x, ctx) => {
    const ids = new Set(x.entities.map((e) => e.id));
    x.relations.forEach((r, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(r[end])) {
          ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `unknown entity id "${r[end]}"` });
        }
      }
    });
  });
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
