/** Entities: the nodes of the graph (countries, regions, enterprises, people, projects …). */
import { z } from 'zod';
import { ENTITY_TYPES } from './types.ts';

export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/**
 * Entity ids are `<type-prefix>:<slug>` (e.g. `region:kaluga-oblast`). Reference
 * entities keep stable hand-written ids; others get a slug of their normalised name.
 */
export const EntityIdSchema = z.string().regex(/^[a-z]+:[^\s:]+$/u, 'expected an id such as "region:kaluga-oblast"');

export const EntityAttributesSchema = z
  .object({
    nameEn: z.string().optional(),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    /** A person's title as the text gives it ("губернатор Калужской области"). */
    role: z.string().optional(),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]));

export const MentionSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const EntitySchema = z.object({
  id: EntityIdSchema,
  type: EntityTypeSchema,
  /** Canonical Russian name in the nominative case ("Калужская область", "Роман Головченко"). */
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  attributes: EntityAttributesSchema.default({}),
  /** Where the article mentions the entity (character offsets into the article text). */
  mentions: z.array(MentionSchema).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;
export type EntityInput = z.input<typeof EntitySchema>;
