/**
 * Reference data (graph-data/reference/*.json): known countries, regions, cities,
 * enterprises and organisations with their aliases. Validated on load so a typo in
 * a hand-edited list fails loudly with the file and entry named.
 */
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema } from './entity.ts';

export const ReferenceEntrySchema = z.object({
  id: EntityIdSchema,
  type: EntityTypeSchema,
  /** Canonical Russian name, nominative. */
  name: z.string().min(1),
  nameEn: z.string().optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  /** Other names that denote the entity: official forms, abbreviations, short forms ("Брянщина", "Ленобласть"). */
  aliases: z.array(z.string()).default([]),
  /** Adjectives in the masculine nominative that point to the place ("калужский" → Калужская область). */
  adjectives: z.array(z.string()).default([]),
  /** Id of the place this entity lies in (city → region, region → country, enterprise → city). */
  locatedIn: EntityIdSchema.optional(),
  /** For regions: id of the administrative centre. */
  centre: EntityIdSchema.optional(),
});
export type ReferenceEntry = z.infer<typeof ReferenceEntrySchema>;

export const ReferenceFileSchema = z.object({
  /** Where the list came from (sources, date compiled), as the data's provenance. */
  source: z.string().min(1),
  entries: z.array(ReferenceEntrySchema).min(1),
});
export type ReferenceFile = z.infer<typeof ReferenceFileSchema>;
