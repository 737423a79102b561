/**
 * The curation log: decisions people take about the graph (merge, split, rename, retype,
 * reject, confirm, add a relation, undo), one JSON object per line of `graph-data/curation.jsonl`.
 * Decisions refer to entities by their stable ids, so they hold across every reload.
 */
import { z } from 'zod';
import { EntityIdSchema, EntityTypeSchema } from './entity.ts';
import { RelationTypeSchema } from './relation.ts';

/** Who took a decision, when and why: every decision carries it. */
const DecisionBaseSchema = z.object({
  /** Short unique id (`c-…`), what `curate undo ID` names. */
  id: z.string().regex(/^[a-z0-9-]{3,40}$/u, 'expected a decision id such as "c-3f2a9c01"'),
  author: z.string().trim().min(1),
  /** ISO date-time of the decision. */
  at: z.string().datetime({ offset: true }),
  reason: z.string().default(''),
});

/** A relationship as people name it: its type and ends (symmetric types in either order). */
export const RelationRefSchema = z.object({
  type: RelationTypeSchema,
  source: EntityIdSchema,
  target: EntityIdSchema,
});
export type RelationRef = z.infer<typeof RelationRefSchema>;

export const MergeDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('merge'),
  /** The duplicate: removed, its names become aliases of `into`, its facts move there. */
  from: EntityIdSchema,
  into: EntityIdSchema,
  /** Name and type of `into` when the decision was taken, to recreate it if only `from` comes back. */
  intoName: z.string().min(1),
  intoType: EntityTypeSchema,
  /** Names of `from` when the decision was taken: `into` keeps them as aliases even when `from` never comes back. */
  fromNames: z.array(z.string().min(1)).default([]),
});

export const SplitDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('split'),
  /** The entity that wrongly holds the alias. */
  entity: EntityIdSchema,
  /** The name that is another entity: it leaves `entity`, with the facts stated under it. */
  alias: z.string().trim().min(1),
  /** Id of the entity split off, derived from the alias (and type) when the decision is taken. */
  into: EntityIdSchema,
  /** Type of the entity split off (by default that of `entity`). */
  type: EntityTypeSchema,
});

export const RenameDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('rename'),
  entity: EntityIdSchema,
  name: z.string().trim().min(1),
});

export const RetypeDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('retype'),
  entity: EntityIdSchema,
  type: EntityTypeSchema,
});

export const RejectDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('reject'),
  relation: RelationRefSchema,
  /** Reject only what this article states (its evidence); without it, the relation as a whole. */
  article: z.string().min(8).optional(),
});

export const ConfirmDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('confirm'),
  relation: RelationRefSchema,
});

export const AddRelationDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('add'),
  relation: RelationRefSchema,
  /** Where the fact comes from when no article states it ("minutes of the 2024 forum"). */
  note: z.string().trim().min(1),
});

export const UndoDecisionSchema = DecisionBaseSchema.extend({
  op: z.literal('undo'),
  /** Id of the decision this one takes back (an undo of an undo restores it). */
  target: z.string().min(3),
});

export const CurationDecisionSchema = z.discriminatedUnion('op', [
  MergeDecisionSchema,
  SplitDecisionSchema,
  RenameDecisionSchema,
  RetypeDecisionSchema,
  RejectDecisionSchema,
  ConfirmDecisionSchema,
  AddRelationDecisionSchema,
  UndoDecisionSchema,
]);

export type CurationDecision = z.infer<typeof CurationDecisionSchema>;
export type CurationOp = CurationDecision['op'];
export type MergeDecision = z.infer<typeof MergeDecisionSchema>;
export type SplitDecision = z.infer<typeof SplitDecisionSchema>;
export type RenameDecision = z.infer<typeof RenameDecisionSchema>;
export type RetypeDecision = z.infer<typeof RetypeDecisionSchema>;
export type RejectDecision = z.infer<typeof RejectDecisionSchema>;
export type ConfirmDecision = z.infer<typeof ConfirmDecisionSchema>;
export type AddRelationDecision = z.infer<typeof AddRelationDecisionSchema>;

/** Every op of the log, for listings and filters. */
export const CURATION_OPS: readonly CurationOp[] = [
  'merge',
  'split',
  'rename',
  'retype',
  'reject',
  'confirm',
  'add',
  'undo',
];

/** `GET /api/curation/session`: whether the server takes edits and, if so, the token to send with them. */
export const CurationSessionSchema = z.union([
  z.object({ edits: z.literal(true), token: z.string().min(1) }),
  z.object({ edits: z.literal(false) }),
]);
export type CurationSession = z.infer<typeof CurationSessionSchema>;

/** `POST /api/curation`'s answer: the id of the recorded decision and how many wait for their entities. */
export const CurationResultSchema = z.object({ id: z.string(), waiting: z.number().int().nonnegative() });
export type CurationResult = z.infer<typeof CurationResultSchema>;
