/**
 * Dossiers: what one entity (`GET /api/entities/:id/dossier`) or one pair of
 * entities (`GET /api/dossier?a=&b=`) is known for, in one answer the viewer
 * shows as a panel and exports as Markdown. Shared by server and viewer.
 */
import { z } from 'zod';
import { IsoDate } from './article.ts';
import { EntityIdSchema, EntityTypeSchema } from './entity.ts';
import { MODALITIES, RELATION_TYPES } from './types.ts';

/** Partners listed per relation type, and latest evidence items, by default; the counts cover all. */
export const DOSSIER_DEFAULT_PARTNERS = 20;
export const DOSSIER_DEFAULT_EVIDENCE = 10;

const limit = (fallback: number) => z.coerce.number().int().min(1).max(200).default(fallback);

/** `?partners=&evidence=`: how many partners per relation type and latest evidence items to list. */
export const DossierQuerySchema = z.object({
  partners: limit(DOSSIER_DEFAULT_PARTNERS),
  evidence: limit(DOSSIER_DEFAULT_EVIDENCE),
});
export type DossierQuery = z.infer<typeof DossierQuerySchema>;

/** `?a=&b=&evidence=`: two different entities and how many latest evidence items per relation. */
export const PairDossierQuerySchema = z
  .object({ a: EntityIdSchema, b: EntityIdSchema, evidence: limit(5) })
  .refine((q) => q.a !== q.b, { message: '"a" and "b" must be different entities', path: ['b'] });
export type PairDossierQuery = z.infer<typeof PairDossierQuerySchema>;

export const DossierEntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  nameEn: z.string().optional(),
  aliases: z.array(z.string()).default([]),
});
export type DossierEntity = z.infer<typeof DossierEntitySchema>;

const EntityRefSchema = z.object({ id: z.string(), type: EntityTypeSchema, name: z.string() });

/** One partner under a relation type: who, which way, how many articles state it, when. */
export const DossierPartnerSchema = EntityRefSchema.extend({
  direction: z.enum(['out', 'in']),
  articleCount: z.number().int().nonnegative(),
  firstSeen: IsoDate.optional(),
  lastSeen: IsoDate.optional(),
  modality: z.enum(MODALITIES).default('fact'),
});

/** The partners of one relation type: `count` in all, the most stated `partners` first. */
export const DossierGroupSchema = z.object({
  type: z.enum(RELATION_TYPES),
  count: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  firstSeen: IsoDate.optional(),
  lastSeen: IsoDate.optional(),
  partners: z.array(DossierPartnerSchema),
});
export type DossierGroup = z.infer<typeof DossierGroupSchema>;

/** Trade in one year: articles on TRADES_WITH dated then, and the values stated for that year. */
export const TradeYearSchema = z.object({
  year: z.number().int(),
  articles: z.number().int().nonnegative(),
  values: z.array(z.object({ partner: EntityRefSchema, value: z.number(), currency: z.string().optional() })),
});
export type TradeYear = z.infer<typeof TradeYearSchema>;

/** One article's sentences for one relation of the dossier, with the article's title and link. */
export const DossierEvidenceSchema = z.object({
  articleId: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  date: IsoDate.optional(),
  source: z.string().optional(),
  relation: z.enum(RELATION_TYPES),
  other: EntityRefSchema.optional(),
  sentences: z.array(z.string()),
});
export type DossierEvidence = z.infer<typeof DossierEvidenceSchema>;

/** A related entity with the relation and its dates (projects, people who head it). */
export const DossierLinkSchema = EntityRefSchema.extend({
  relation: z.enum(RELATION_TYPES),
  firstSeen: IsoDate.optional(),
  lastSeen: IsoDate.optional(),
  role: z.string().optional(),
});
export type DossierLink = z.infer<typeof DossierLinkSchema>;

/** `GET /api/entities/:id/dossier`. */
export const EntityDossierSchema = z.object({
  entity: DossierEntitySchema,
  groups: z.array(DossierGroupSchema),
  trade: z.array(TradeYearSchema),
  projects: z.array(DossierLinkSchema),
  heads: z.array(DossierLinkSchema),
  evidence: z.array(DossierEvidenceSchema),
});
export type EntityDossier = z.infer<typeof EntityDossierSchema>;

/** One relation between the two entities of a pair dossier, with its latest evidence. */
export const PairRelationSchema = z.object({
  key: z.string(),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  modality: z.enum(MODALITIES).default('fact'),
  articleCount: z.number().int().nonnegative(),
  firstSeen: IsoDate.optional(),
  lastSeen: IsoDate.optional(),
  product: z.string().optional(),
  value: z.number().optional(),
  currency: z.string().optional(),
  year: z.number().int().optional(),
  evidence: z.array(DossierEvidenceSchema.omit({ relation: true, other: true })),
});
export type PairRelation = z.infer<typeof PairRelationSchema>;

/** `GET /api/dossier?a=&b=`: the relations between two entities (none when they are not linked). */
export const PairDossierSchema = z.object({
  a: DossierEntitySchema,
  b: DossierEntitySchema,
  relations: z.array(PairRelationSchema),
});
export type PairDossier = z.infer<typeof PairDossierSchema>;
