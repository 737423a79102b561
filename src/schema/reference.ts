/**
 * Reference data (graph-data/reference/*.json): known countries, regions, cities,
 * enterprises and organisations with their aliases. Validated on load so a typo in
 * a hand-edited list fails loudly with the file and entry named.
 */
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema } from './entity.ts';

/**
 * An office a known person holds ("президент" of country:belarus): lets a bare office in the
 * text ("президент Беларуси отметил") name its holder, and a title the text gives a known person
 * name what they head when the text leaves the state implicit.
 */
export const OfficeSchema = z.object({
  /** The title's lemma, lower case ("президент", "премьер-министр", "председатель правительства"). */
  title: z.string().min(1),
  /** Id of the state (or body) the office heads. */
  of: EntityIdSchema,
});

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
  /**
   * Nouns for the people of the place, in the nominative singular ("белорус", "казахстанец"): a group
   * of them ("белорусы построят …") is a party from that place, as "белорусские строители" is.
   */
  demonyms: z.array(z.string()).default([]),
  /** Id of the place this entity lies in (city → region, region → country, enterprise → city). */
  locatedIn: EntityIdSchema.optional(),
  /** For regions: id of the administrative centre. */
  centre: EntityIdSchema.optional(),
  /** Persons: the word(s) that alone name them ("Лукашенко"); the name's last word when absent. */
  surname: z.string().min(1).optional(),
  /** Persons: the offices they hold. */
  offices: z.array(OfficeSchema).optional(),
});
export type ReferenceEntry = z.infer<typeof ReferenceEntrySchema>;

export const ReferenceFileSchema = z.object({
  /** Where the list came from (sources, date compiled), as the data's provenance. */
  source: z.string().min(1),
  entries: z.array(ReferenceEntrySchema).min(1),
});
export type ReferenceFile = z.infer<typeof ReferenceFileSchema>;
