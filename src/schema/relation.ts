/** Relations: typed edges between entities, each carrying the evidence that states it. */
import { z } from 'zod';
import { EntityIdSchema } from './entity.ts';
import { MODALITIES, ORIGINS, RELATION_TYPES } from './types.ts';

export const RelationTypeSchema = z.enum(RELATION_TYPES);

export const RelationAttributesSchema = z
  .object({
    modality: z.enum(MODALITIES).default('fact'),
    product: z.string().exactOptional(),
    quantity: z.number().exactOptional(),
    value: z.number().exactOptional(),
    currency: z.string().exactOptional(),
    year: z.number().int().exactOptional(),
    sector: z.string().exactOptional(),
    role: z.string().exactOptional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));

export const RelationSchema = z
  .object({
    type: RelationTypeSchema,
    source: EntityIdSchema,
    target: EntityIdSchema,
    /** "text" when the article states it; "reference" for background knowledge (never scored). */
    origin: z.enum(ORIGINS),
    /** The evidence sentence, as the extraction contract asks (empty only for reference relations). */
    evidence: z.string(),
    /** Character offsets of the evidence sentence in the article text. */
    evidenceStart: z.number().int().nonnegative().optional(),
    evidenceEnd: z.number().int().nonnegative().optional(),
    articleId: z.string().optional(),
    confidence: z.number().min(0).max(1),
    attributes: RelationAttributesSchema.default({ modality: 'fact' }),
  })
  .refine((r) => r.origin !== 'text' || r.evidence.trim().length > 0, {
    message: 'a relation stated by the text needs its evidence sentence',
    path: ['evidence'],
  });
export type Relation = z.infer<typeof RelationSchema>;
export type RelationInput = z.input<typeof RelationSchema>;
