/**
 * The HTTP API between `coopgraph serve` and the viewer: query parameters the
 * server validates, and the JSON bodies it returns. Shared by both sides so a
 * field renamed here breaks the build instead of the page.
 */
import { z } from 'zod';
import { IsoDate } from './article.ts';
import { EntityIdSchema, EntityTypeSchema } from './entity.ts';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from './types.ts';

/** Version of the serialised graph the API and the viewer agree on. */
export const GRAPH_SCHEMA_VERSION = 1;

/**
 * Folds text for search: lower case, ё → е, collapsed spaces. Russian texts
 * write "Жодино"/"жодино" and "Полёт"/"Полет" interchangeably, so both sides
 * of every comparison go through this.
 */
export function normalizeSearchText(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** A comma-separated query parameter ("Region,City") turned into a checked list; empty means "all". */
function csvEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(values)));
}

export const GraphQuerySchema = z
  .object({
    types: csvEnum(ENTITY_TYPES),
    relations: csvEnum(RELATION_TYPES),
    since: IsoDate.optional(),
    until: IsoDate.optional(),
  })
  .refine((q) => !q.since || !q.until || q.since <= q.until, {
    message: '"since" must not be after "until"',
    path: ['since'],
  });
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'give a search text as ?q=…').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const EntityParamSchema = z.object({ id: EntityIdSchema });
export const ArticleParamSchema = z.object({ id: z.string().regex(/^[0-9a-f]{16,64}$/, 'expected an article id') });

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);

/** Node attributes in the serialised graph: the entity, flattened for sigma. */
export const GraphNodeAttributesSchema = z
  .object({
    type: EntityTypeSchema,
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    nameEn: z.string().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
  })
  .catchall(z.union([ScalarSchema, z.array(z.string()), z.null()]));
export type GraphNodeAttributes = z.infer<typeof GraphNodeAttributesSchema>;

/** Edge attributes: the relation with all the evidence and articles that state it. */
export const GraphEdgeAttributesSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    evidence: z.array(z.string()).default([]),
    articleIds: z.array(z.string()).default([]),
    firstSeen: IsoDate.optional(),
    lastSeen: IsoDate.optional(),
    modality: z.enum(MODALITIES).default('fact'),
    product: z.string().optional(),
    value: z.number().optional(),
    currency: z.string().optional(),
  })
  .catchall(z.union([ScalarSchema, z.array(z.string()), z.null()]));
export type GraphEdgeAttributes = z.infer<typeof GraphEdgeAttributesSchema>;

/** graphology's `SerializedGraph`, narrowed to coopgraph's attributes (what `GET /api/graph` returns). */
export const GraphExportSchema = z.object({
  attributes: z
    .object({ schemaVersion: z.number().int(), generatedAt: z.string() })
    .catchall(z.union([ScalarSchema, z.null()])),
  options: z
    .object({
      type: z.enum(['mixed', 'directed', 'undirected']),
      multi: z.boolean(),
      allowSelfLoops: z.boolean(),
    })
    .optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: GraphNodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      undirected: z.boolean().optional(),
      attributes: GraphEdgeAttributesSchema,
    }),
  ),
});
export type GraphExport = z.infer<typeof GraphExportSchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  nameEn: z.string().optional(),
  /** The alias that matched, when it was not the name itself. */
  matched: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
export const SearchResponseSchema = z.object({ query: z.string(), hits: z.array(SearchHitSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

/** An article as a reference from a relation: enough to show and link it. */
export const ArticleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().optional(),
  date: IsoDate.optional(),
  source: z.string().optional(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const EntityRelationSchema = z.object({
  key: z.string(),
  type: z.enum(RELATION_TYPES),
  direction: z.enum(['out', 'in']),
  other: z.object({ id: z.string(), type: EntityTypeSchema, name: z.string() }),
  attributes: GraphEdgeAttributesSchema,
  articles: z.array(ArticleRefSchema),
});
export type EntityRelation = z.infer<typeof EntityRelationSchema>;

/** `GET /api/entity/:id`: the entity and its relations grouped by relation type. */
export const EntityDetailsSchema = z.object({
  id: z.string(),
  attributes: GraphNodeAttributesSchema,
  relations: z.partialRecord(z.enum(RELATION_TYPES), z.array(EntityRelationSchema)),
});
export type EntityDetails = z.infer<typeof EntityDetailsSchema>;

/** `GET /api/article/:id`. */
export const ArticleResponseSchema = ArticleRefSchema.extend({
  language: z.string().optional(),
  text: z.string(),
});
export type ArticleResponse = z.infer<typeof ArticleResponseSchema>;

export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
