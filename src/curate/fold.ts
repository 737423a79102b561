/**
 * The curation log as decisions to apply: parse and validate its lines, then fold them
 * (undos taken out, merges followed, symmetric ends ordered) into the effective set the
 * store applies. Pure: the file is read elsewhere (src/io/curation-file.ts).
 */
import {
  type AddRelationDecision,
  type ConfirmDecision,
  type CurationDecision,
  CurationDecisionSchema,
  type MergeDecision,
  type RejectDecision,
  type RelationRef,
  type RenameDecision,
  type RetypeDecision,
  type SplitDecision,
} from '../schema/curation.ts';
import { SYMMETRIC_RELATIONS } from '../schema/index.ts';
import { CurationError } from './curation-error.ts';

/** Parses the JSONL text of a log (blank lines allowed), naming the line of the first bad decision. */
export function parseCurationLog(text: string, file = 'curation log'): CurationDecision[] {
  const decisions: CurationDecision[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CurationError(`${file}:${index + 1}: not a JSON object; fix or remove the line`);
    }
    const parsed = CurationDecisionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'decision';
      throw new CurationError(`${file}:${index + 1}: ${where}: ${issue?.message ?? 'invalid decision'}`);
    }
    decisions.push(parsed.data);
  }
  validateCurationLog(decisions);
  return decisions;
}

/** The decisions that are in force: each undo takes its target out (or, for an undo of an undo, back in). */
export function activeDecisions(log: readonly CurationDecision[]): CurationDecision[] {
  const byId = new Map(log.map((d) => [d.id, d]));
  const active = new Set<string>();
  for (const decision of log) {
    if (decision.op !== 'undo') {
      active.add(decision.id);
      continue;
    }
    const target = byId.get(decision.target);
    if (!target) continue;
    if (target.op === 'undo') {
      if (!active.has(target.target)) active.add(target.target);
    } else active.delete(target.id);
  }
  return log.filter((d) => d.op !== 'undo' && active.has(d.id));
}

/**
 * Refuses a log the store could not apply: repeated ids, an undo of an unknown or later
 * decision, a merge of an entity into itself or into one merged into it, a split whose
 * new entity is (through merges) the entity it leaves.
 */
export function validateCurationLog(log: readonly CurationDecision[]): void {
  const seen = new Map<string, CurationDecision>();
  for (const [index, decision] of log.entries()) {
    const at = `decision ${index + 1} (${decision.id})`;
    if (seen.has(decision.id)) throw new CurationError(`${at}: the id ${decision.id} is used twice`);
    if (decision.op === 'undo') {
      const target = seen.get(decision.target);
      if (!target) throw new CurationError(`${at}: undoes ${decision.target}, which no earlier decision is`);
      const before = activeDecisions(log.slice(0, index)).map((d) => d.id);
      const undoing = target.op === 'undo' ? target.target : target.id;
      const isActive = before.includes(undoing);
      if (target.op === 'undo' ? isActive : !isActive) {
        throw new CurationError(`${at}: ${decision.target} is already undone`);
      }
    }
    if (decision.op === 'merge') {
      const merged = mergeTargets(activeDecisions(log.slice(0, index)));
      if (decision.from === decision.into || canonicalId(merged, decision.into) === decision.from) {
        throw new CurationError(`${at}: merging ${decision.from} into ${decision.into} would make a cycle`);
      }
    }
    if (decision.op === 'merge' || decision.op === 'split') checkSplits(activeDecisions(log.slice(0, index + 1)), at);
    seen.set(decision.id, decision);
  }
}

/** A split whose new entity ends up (through merges) being the entity it leaves would undo itself. */
function checkSplits(active: readonly CurationDecision[], at: string): void {
  const merged = mergeTargets(active);
  for (const d of active) {
    if (d.op !== 'split') continue;
    if (canonicalId(merged, d.into) === canonicalId(merged, d.entity)) {
      throw new CurationError(
        `${at}: ${d.into} would split off ${d.entity} and be merged back into it; undo ${d.id} or the merge instead`,
      );
    }
  }
}

/** The decisions in force, in the shape the store applies them: ids already followed through merges. */
export interface EffectiveCuration {
  /** Merges in log order; `into` is where the entity ends up after later merges. */
  merges: MergeDecision[];
  /** Splits in log order, applied after the merges; both ends followed through merges. */
  splits: SplitDecision[];
  /** At most one rename and one retype per (final) entity: the latest. */
  renames: RenameDecision[];
  retypes: RetypeDecision[];
  /** Relation decisions with ends followed through merges and symmetric ends in id order. */
  rejections: RejectDecision[];
  confirmations: ConfirmDecision[];
  additions: AddRelationDecision[];
  /** Ids of every decision in force, so the store can clear marks of the others. */
  activeIds: string[];
}

/** Folds a validated log into what the graph must show on top of the extraction. */
export function foldCuration(log: readonly CurationDecision[]): EffectiveCuration {
  const active = activeDecisions(log);
  const merged = mergeTargets(active);
  const follow = (id: string): string => canonicalId(merged, id);
  const ref = (r: RelationRef): RelationRef => orderRef({ ...r, source: follow(r.source), target: follow(r.target) });
  const latest = <T extends { entity: string }>(items: T[]): T[] => [
    ...new Map(items.map((d) => [follow(d.entity), { ...d, entity: follow(d.entity) }])).values(),
  ];
  const effective: EffectiveCuration = {
    merges: [],
    splits: [],
    renames: [],
    retypes: [],
    rejections: [],
    confirmations: [],
    additions: [],
    activeIds: active.map((d) => d.id),
  };
  const renames: RenameDecision[] = [];
  const retypes: RetypeDecision[] = [];
  for (const d of active) {
    if (d.op === 'merge') effective.merges.push({ ...d, into: follow(d.into) });
    else if (d.op === 'split') effective.splits.push({ ...d, entity: follow(d.entity), into: follow(d.into) });
    else if (d.op === 'rename') renames.push(d);
    else if (d.op === 'retype') retypes.push(d);
    else if (d.op === 'reject') effective.rejections.push({ ...d, relation: ref(d.relation) });
    else if (d.op === 'confirm') effective.confirmations.push({ ...d, relation: ref(d.relation) });
    else if (d.op === 'add') effective.additions.push({ ...d, relation: ref(d.relation) });
  }
  effective.renames = latest(renames);
  effective.retypes = latest(retypes);
  return effective;
}

/** A relation reference with symmetric ends in id order, as the store keeps them. */
export function orderRef(r: RelationRef): RelationRef {
  return SYMMETRIC_RELATIONS.has(r.type) && r.target < r.source ? { ...r, source: r.target, target: r.source } : r;
}

function mergeTargets(decisions: readonly CurationDecision[]): Map<string, string> {
  const into = new Map<string, string>();
  for (const d of decisions) if (d.op === 'merge') into.set(d.from, d.into);
  return into;
}

function canonicalId(merged: ReadonlyMap<string, string>, id: string): string {
  let current = id;
  const visited = new Set<string>();
  while (merged.has(current) && !visited.has(current)) {
    visited.add(current);
    current = merged.get(current) ?? current;
  }
  return current;
}
