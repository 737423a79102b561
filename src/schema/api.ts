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

/**
 * Entities an overview (`/api/graph?overview=1`) keeps by default: the viewer lays out graphs
 * up to 1,000 nodes when they open (`AUTO_LAYOUT_MAX_NODES`) and draws bigger ones at seeded
 * positions, where a hub's partners are not near it; an overview that big is still a picture.
 */
export const OVERVIEW_DEFAULT_NODES = 1000;

/**
 * The overview's edge budget by default (`edgesPerNode`, `edges`): each kept entity's strongest
 * relations among the kept ones, most articles first, and a total cap. Chosen by measurement
 * (README, "Viewer on a 50,000-article store"): every edge among the 1,000 best-connected
 * entities was 120 per node there, 50 MB of JSON and 4× bare sigma's time to interactive.
 */
export const OVERVIEW_DEFAULT_EDGES_PER_NODE = 5;
export const OVERVIEW_DEFAULT_EDGES = 5000;

/** A count in the query string: digits only; `0` means "no limit". */
function limitParam(name: string, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,7}$/, `${name} is a whole number (0 for no limit)`)
    .optional()
    .transform((v) => (v === undefined ? fallback : v === '0' ? Number.POSITIVE_INFINITY : Number(v)));
}

export const GraphQuerySchema = z
  .object({
    types: csvEnum(ENTITY_TYPES),
    relations: csvEnum(RELATION_TYPES),
    since: IsoDate.optional(),
    until: IsoDate.optional(),
    /**
     * `overview=1`: above OVERVIEW_DEFAULT_NODES entities, only that many of the most connected
     * and the relations among them; `overview=N` sets the threshold; absent or 0: the whole graph.
     */
    overview: z
      .string()
      .regex(/^\d{1,6}$/, 'overview is 1 or a number of entities')
      .optional()
      .transform((v) => (v === undefined || v === '0' ? undefined : v === '1' ? OVERVIEW_DEFAULT_NODES : Number(v))),
    /**
     * The overview's edge budget: `edgesPerNode=K` keeps the K strongest relations (most articles;
     * ties by type, then ends) of each kept entity among the kept ones, `edges=M` the first M of
     * those (each entity's strongest relation first); `0` lifts either limit.
     */
    edgesPerNode: limitParam('edgesPerNode', OVERVIEW_DEFAULT_EDGES_PER_NODE),
    edges: limitParam('edges', OVERVIEW_DEFAULT_EDGES),
    /** `rejected=1` also returns relations people rejected (see the curation log); hidden by default. */
    rejected: z
      .enum(['0', '1', 'true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === '1' || v === 'true')),
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

/** Longest cooperation path `/api/paths` looks for: beyond it "connected" says little and costs much. */
export const PATH_MAX_HOPS = 6;

/** `GET /api/paths?from=&to=&max=&limit=`: the shortest paths between two entities. */
export const PathsQuerySchema = z
  .object({
    from: EntityIdSchema,
    to: EntityIdSchema,
    max: z.coerce.number().int().min(1).max(PATH_MAX_HOPS).default(4),
    limit: z.coerce.number().int().min(1).max(20).default(5),
  })
  .refine((q) => q.from !== q.to, { message: '"from" and "to" must be different entities', path: ['to'] });
export type PathsQuery = z.infer<typeof PathsQuerySchema>;
export const ArticleParamSchema = z.object({ id: z.string().regex(/^[0-9a-f]{16,64}$/, 'expected an article id') });

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);

/** Node attributes in the serialised graph: the entity, flattened for sigma. */
export const GraphNodeAttributesSchema = z
  .object({
    type: EntityTypeSchema,
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    nameEn: z.string().exactOptional(),
    /** Relations drawn in this payload (the compact `/api/graph` sets it). */
    degree: z.number().int().nonnegative().exactOptional(),
    /** First and last date of the entity's relations (compact `/api/graph`). */
    firstSeen: IsoDate.exactOptional(),
    lastSeen: IsoDate.exactOptional(),
    x: z.number().exactOptional(),
    y: z.number().exactOptional(),
  })
  .catchall(z.union([ScalarSchema, z.array(z.string()), z.null()]));
export type GraphNodeAttributes = z.infer<typeof GraphNodeAttributesSchema>;

/**
 * Edge attributes: the relation with the evidence and articles that state it.
 * The compact `/api/graph` leaves `evidence` and `articleIds` empty and gives
 * `articleCount`; the sentences come from `/api/edges/:id/evidence` on demand.
 */
export const GraphEdgeAttributesSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    evidence: z.array(z.string()).default([]),
    articleIds: z.array(z.string()).default([]),
    articleCount: z.number().int().nonnegative().exactOptional(),
    firstSeen: IsoDate.exactOptional(),
    lastSeen: IsoDate.exactOptional(),
    modality: z.enum(MODALITIES).default('fact'),
    product: z.string().exactOptional(),
    value: z.number().exactOptional(),
    currency: z.string().exactOptional(),
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
/** The graph as sent, before the schema's defaults: the compact payload leaves `evidence`, `articleIds` out. */
export type GraphExportInput = z.input<typeof GraphExportSchema>;

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

/** One step of a path: the relation, with its edge key of `/api/graph` (`TYPE:source->target`). */
export const PathStepSchema = z.object({
  key: z.string(),
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
});
export const PathSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), type: EntityTypeSchema, name: z.string() })),
  relations: z.array(PathStepSchema),
});
export type Path = z.infer<typeof PathSchema>;
/** `GET /api/paths`: all shortest paths found (none when the two are not linked within `max` hops). */
export const PathsResponseSchema = z.object({ from: z.string(), to: z.string(), paths: z.array(PathSchema) });
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

export const ErrorResponseSchema = z.object({ error: z.string() });
