/**
 * Applies the curation log to the store, so the graph equals "extraction + log" after
 * every ingest, `ingest --force` and article removal. Every step is idempotent: applying
 * twice changes nothing. Curated things carry who/when/why (`curatedBy`, `curatedAt`,
 * `curationReason`, plus the decision's id); rejected relations stay stored but are marked
 * `rejected` and hidden by readers unless asked. Marks of decisions the log has undone are
 * taken off again, restoring what the entity or relationship was before.
 */
import { type EffectiveCuration, foldCuration } from '../curate/index.ts';
import type { CurationDecision, MergeDecision, RelationRef, SplitDecision } from '../schema/curation.ts';
import { ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS } from '../schema/index.ts';
import { clearUndoneStructure } from './curation-rederive.ts';
import { applySplits } from './curation-split.ts';
import { type CypherQuery, entityLabel, factTypesPattern, relationshipType } from './cypher.ts';
import { relationKey } from './evidence.ts';
import { moveRelationQuery } from './relation-move.ts';
import { runRead, runWrite } from './run-query.ts';
import type { Store } from './store-handle.ts';

/** What one application changed, for the CLI to report. */
export interface CurationApplied {
  merged: number;
  /** Splits that moved facts this time. */
  split: number;
  /** Decisions whose entities or relationship are not (or no longer) in the store. */
  waiting: number;
  /**
   * Articles to extract again because an undone merge or split was cleared (see
   * curation-rederive.ts); the caller re-ingests them, which applies the log once more.
   */
  rederive: string[];
}

/**
 * Applies a log (all its decisions, undos included) to the store. Cheap when the log is
 * empty: nothing is read or written.
 *
 * @example
 * await applyCurationLog(store, readCurationLog(resolveCurationPath()));
 */
export async function applyCurationLog(store: Store, log: readonly CurationDecision[]): Promise<CurationApplied> {
  if (log.length === 0) return { merged: 0, split: 0, waiting: 0, rederive: [] };
  const effective = foldCuration(log);
  const active = new Set(effective.activeIds);
  const undoneDecisions = log.filter((d) => d.op !== 'undo' && !active.has(d.id));
  const rederive = await clearUndoneStructure(
    store,
    undoneDecisions.filter((d): d is MergeDecision | SplitDecision => d.op === 'merge' || d.op === 'split'),
  );
  const undone = undoneDecisions.map((d) => d.id);
  if (undone.length > 0) for (const query of clearUndoneQueries(undone)) await runWrite(store, query);
  const merged = await applyMerges(store, effective.merges);
  const splits = await applySplits(store, effective.splits);
  let waiting = splits.waiting;
  for (const query of curationQueries(effective)) {
    const [row] = await runWrite(store, query);
    waiting += Number(row?.waiting ?? 0);
  }
  await runWrite(store, provenanceQuery());
  return { merged, split: splits.split, waiting, rederive };
}

/** Takes off the marks of undone decisions, restoring name, aliases, type, evidence marks and relationships. */
export function clearUndoneQueries(undone: readonly string[]): CypherQuery[] {
  const params = { undone: [...undone] };
  const restoreLabels = ENTITY_TYPES.map(
    (t) => `FOREACH (_ IN CASE WHEN e.type = '${t}' THEN [1] ELSE [] END | SET e:${entityLabel(t)})`,
  );
  return [
    {
      cypher: [
        'MATCH (e:Entity) WHERE e.renamedIn IN $undone',
        'WITH e, e.aliasesBeforeCuration AS saved, e.nameBeforeCuration AS was',
        'SET e.aliases = saved + [x IN e.aliases WHERE NOT x IN saved AND x <> was AND x <> e.name],',
        '  e.name = was',
        'REMOVE e.renamedIn, e.renamedBy, e.renamedAt, e.renameReason, e.nameBeforeCuration, e.aliasesBeforeCuration',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        'MATCH (e:Entity) WHERE e.retypedIn IN $undone',
        `REMOVE e:${ENTITY_TYPES.map(entityLabel).join(':')}`,
        'SET e.type = e.typeBeforeCuration',
        ...restoreLabels,
        'REMOVE e.retypedIn, e.retypedBy, e.retypedAt, e.retypeReason, e.typeBeforeCuration',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        'MATCH (ev:Evidence) WHERE ev.rejectedIn IN $undone',
        'REMOVE ev.rejected, ev.rejectedIn, ev.rejectedBy, ev.rejectedAt, ev.rejectionReason',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        `MATCH (:Entity)-[r:${factTypesPattern()}]->(:Entity) WHERE r.rejectedIn IN $undone`,
        'REMOVE r.rejected, r.rejectedIn, r.rejectedBy, r.rejectedAt, r.rejectionReason',
      ].join('\n'),
      params,
    },
    {
      cypher: [
        `MATCH (:Entity)-[r:${factTypesPattern()}]->(:Entity) WHERE r.confirmedIn IN $undone`,
        'REMOVE r.confirmed, r.confirmedIn, r.confirmedBy, r.confirmedAt, r.confirmationReason',
      ].join('\n'),
      params,
    },
    {
      // A relation only a person stated goes; one an article also states loses the manual marks.
      cypher: [
        `MATCH (s:Entity)-[r:${factTypesPattern()}]->(t:Entity) WHERE r.addedIn IN $undone`,
        "WITH r, EXISTS { MATCH (:Evidence {relation: type(r) + '|' + s.id + '|' + t.id}) } AS stated",
        'FOREACH (_ IN CASE WHEN stated THEN [] ELSE [1] END | DELETE r)',
        'WITH r, stated WHERE stated',
        "SET r.origin = CASE WHEN r.origin = 'manual' THEN 'text' ELSE r.origin END",
        'REMOVE r.manual, r.note, r.addedIn, r.addedBy, r.addedAt, r.additionReason',
      ].join('\n'),
      params,
    },
  ];
}

/** Renames, retypes, manual relations, rejections and confirmations of the effective log. */
export function curationQueries(effective: EffectiveCuration): CypherQuery[] {
  const queries: CypherQuery[] = [];
  if (effective.renames.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $rows AS row',
        'OPTIONAL MATCH (e:Entity {id: row.entity})',
        'CALL {',
        '  WITH e, row',
        '  WITH e, row WHERE e IS NOT NULL AND (e.name <> row.name OR coalesce(e.renamedIn, "") <> row.id)',
        '  SET e.nameBeforeCuration = coalesce(e.nameBeforeCuration, e.name),',
        '    e.aliasesBeforeCuration = coalesce(e.aliasesBeforeCuration, e.aliases, []),',
        '    e.aliases = [x IN coalesce(e.aliases, []) WHERE x <> row.name]',
        '      + CASE WHEN e.name = row.name OR e.name IN e.aliases THEN [] ELSE [e.name] END,',
        '    e.name = row.name, e.renamedIn = row.id, e.renamedBy = row.author, e.renamedAt = row.at,',
        '    e.renameReason = row.reason',
        '}',
        'RETURN sum(CASE WHEN e IS NULL THEN 1 ELSE 0 END) AS waiting',
      ].join('\n'),
      params: {
        rows: effective.renames.map(({ id, entity, name, author, at, reason }) => ({
          id,
          entity,
          name,
          author,
          at,
          reason,
        })),
      },
    });
  }
  for (const type of ENTITY_TYPES) {
    const rows = effective.retypes.filter((d) => d.type === type);
    if (rows.length === 0) continue;
    queries.push({
      cypher: [
        'UNWIND $rows AS row',
        'OPTIONAL MATCH (e:Entity {id: row.entity})',
        'CALL {',
        '  WITH e, row',
        '  WITH e, row WHERE e IS NOT NULL AND (e.type <> $type OR coalesce(e.retypedIn, "") <> row.id)',
        `  REMOVE e:${ENTITY_TYPES.map(entityLabel).join(':')}`,
        `  SET e:${entityLabel(type)}, e.typeBeforeCuration = coalesce(e.typeBeforeCuration, e.type), e.type = $type,`,
        '    e.retypedIn = row.id, e.retypedBy = row.author, e.retypedAt = row.at, e.retypeReason = row.reason',
        '}',
        'RETURN sum(CASE WHEN e IS NULL THEN 1 ELSE 0 END) AS waiting',
      ].join('\n'),
      params: { type, rows: rows.map(({ id, entity, author, at, reason }) => ({ id, entity, author, at, reason })) },
    });
  }
  for (const type of RELATION_TYPES) {
    const rows = effective.additions.filter((d) => d.relation.type === type);
    if (rows.length === 0) continue;
    queries.push({
      cypher: [
        'UNWIND $rows AS row',
        'OPTIONAL MATCH (s:Entity {id: row.source})',
        'OPTIONAL MATCH (t:Entity {id: row.target})',
        'CALL {',
        '  WITH s, t, row',
        '  WITH s, t, row WHERE s IS NOT NULL AND t IS NOT NULL',
        `  MERGE (s)-[r:${relationshipType(type)}]->(t)`,
        "  ON CREATE SET r.articleCount = 0, r.evidence = [], r.evidenceRanks = [], r.origin = 'manual', r.confidence = 1.0",
        '  SET r.manual = true, r.note = row.note, r.addedIn = row.id, r.addedBy = row.author, r.addedAt = row.at,',
        '    r.additionReason = row.reason',
        '}',
        'RETURN sum(CASE WHEN s IS NULL OR t IS NULL THEN 1 ELSE 0 END) AS waiting',
      ].join('\n'),
      params: {
        rows: rows.map((d) => ({
          ...refRow(d.relation),
          id: d.id,
          note: d.note,
          author: d.author,
          at: d.at,
          reason: d.reason,
        })),
      },
    });
  }
  const whole = effective.rejections.filter((d) => d.article === undefined);
  const scoped = effective.rejections.filter((d) => d.article !== undefined);
  if (scoped.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $rows AS row',
        'OPTIONAL MATCH (ev:Evidence {relation: row.key}) WHERE ev.articleId STARTS WITH row.article',
        'CALL {',
        '  WITH ev, row',
        '  WITH ev, row WHERE ev IS NOT NULL',
        '  SET ev.rejected = true, ev.rejectedIn = row.id, ev.rejectedBy = row.author, ev.rejectedAt = row.at,',
        '    ev.rejectionReason = row.reason',
        '}',
        'RETURN sum(CASE WHEN ev IS NULL THEN 1 ELSE 0 END) AS waiting',
      ].join('\n'),
      params: { rows: scoped.map((d) => ({ ...decisionRow(d, d.relation), article: d.article ?? '' })) },
    });
  }
  // A relationship is rejected as a whole, or when every article stating it is rejected.
  queries.push({
    cypher: [
      'UNWIND $rows AS row',
      `OPTIONAL MATCH (s:Entity {id: row.source})-[r:${factTypesPattern()}]->(t:Entity {id: row.target})`,
      'WHERE type(r) = row.type',
      'CALL {',
      '  WITH r, row',
      '  WITH r, row WHERE r IS NOT NULL',
      '  SET r.rejected = true, r.rejectedIn = row.id, r.rejectedBy = row.author, r.rejectedAt = row.at,',
      '    r.rejectionReason = row.reason',
      '}',
      'RETURN sum(CASE WHEN r IS NULL THEN 1 ELSE 0 END) AS waiting',
    ].join('\n'),
    params: { rows: whole.map((d) => decisionRow(d, d.relation)) },
  });
  if (scoped.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $keys AS key',
        "WITH key, split(key, '|') AS parts",
        `MATCH (:Entity {id: parts[1]})-[r:${factTypesPattern()}]->(:Entity {id: parts[2]})`,
        'WHERE type(r) = parts[0] AND r.rejectedIn IS NULL',
        'MATCH (ev:Evidence {relation: key})',
        'WITH r, collect(ev) AS all',
        'WHERE all(ev IN all WHERE ev.rejected = true)',
        'WITH r, all[size(all) - 1] AS last',
        'SET r.rejected = true, r.rejectedIn = last.rejectedIn, r.rejectedBy = last.rejectedBy,',
        '  r.rejectedAt = last.rejectedAt, r.rejectionReason = last.rejectionReason',
        'RETURN 0 AS waiting',
      ].join('\n'),
      params: { keys: [...new Set(scoped.map((d) => refKey(d.relation)))] },
    });
  }
  if (effective.confirmations.length > 0) {
    queries.push({
      cypher: [
        'UNWIND $rows AS row',
        `OPTIONAL MATCH (s:Entity {id: row.source})-[r:${factTypesPattern()}]->(t:Entity {id: row.target})`,
        'WHERE type(r) = row.type',
        'CALL {',
        '  WITH r, row',
        '  WITH r, row WHERE r IS NOT NULL',
        '  SET r.confirmed = true, r.confirmedIn = row.id, r.confirmedBy = row.author, r.confirmedAt = row.at,',
        '    r.confirmationReason = row.reason',
        '}',
        'RETURN sum(CASE WHEN r IS NULL THEN 1 ELSE 0 END) AS waiting',
      ].join('\n'),
      params: { rows: effective.confirmations.map((d) => decisionRow(d, d.relation)) },
    });
  }
  return queries;
}

/**
 * Sets `curatedBy`/`curatedAt`/`curationReason` from the latest curation mark of each entity
 * and relationship, and removes them where no mark is left (after an undo).
 */
export function provenanceQuery(): CypherQuery {
  const latest = (kinds: readonly [string, string, string][], v: string): string =>
    `reduce(best = null, m IN [${kinds
      .map(([by, at, why]) => `{by: ${v}.${by}, at: ${v}.${at}, why: ${v}.${why}}`)
      .join(', ')}] | CASE WHEN m.by IS NOT NULL AND (best IS NULL OR m.at > best.at) THEN m ELSE best END)`;
  const set = (v: string): string =>
    `SET ${v}.curatedBy = p.by, ${v}.curatedAt = p.at, ${v}.curationReason = CASE WHEN p IS NULL THEN null ELSE coalesce(p.why, '') END`;
  return {
    cypher: [
      'CALL {',
      '  MATCH (e:Entity) WHERE e.curatedBy IS NOT NULL OR e.renamedBy IS NOT NULL OR e.retypedBy IS NOT NULL',
      '    OR e.mergedBy IS NOT NULL OR e.splitBy IS NOT NULL',
      `  WITH e, ${latest(
        [
          ['renamedBy', 'renamedAt', 'renameReason'],
          ['retypedBy', 'retypedAt', 'retypeReason'],
          ['mergedBy', 'mergedAt', 'mergeReason'],
          ['splitBy', 'splitAt', 'splitReason'],
        ],
        'e',
      )} AS p`,
      `  ${set('e')}`,
      '}',
      'CALL {',
      `  MATCH (:Entity)-[r:${factTypesPattern()}]->(:Entity)`,
      '  WHERE r.curatedBy IS NOT NULL OR r.rejectedBy IS NOT NULL OR r.confirmedBy IS NOT NULL OR r.addedBy IS NOT NULL',
      `  WITH r, ${latest(
        [
          ['rejectedBy', 'rejectedAt', 'rejectionReason'],
          ['confirmedBy', 'confirmedAt', 'confirmationReason'],
          ['addedBy', 'addedAt', 'additionReason'],
        ],
        'r',
      )} AS p`,
      `  ${set('r')}`,
      '}',
      'RETURN 0 AS done',
    ].join('\n'),
    params: {},
  };
}

/**
 * Merges duplicates into their survivors: a duplicate that is (again) in the store has its
 * names join the survivor's aliases, its mentions and relationships (with their Evidence)
 * moved over, and is deleted. Then every survivor gets its marks and the duplicates' names,
 * which hold even when a duplicate never comes back (resolution finds the alias). Returns
 * how many duplicates were moved; a log of merges already carried out costs two queries.
 */
async function applyMerges(store: Store, merges: readonly MergeDecision[]): Promise<number> {
  if (merges.length === 0) return 0;
  const rows = await runRead(store, {
    cypher: 'UNWIND $ids AS id MATCH (a:Entity {id: id}) RETURN a.id AS id',
    params: { ids: merges.map((m) => m.from) },
  });
  const present = new Set(rows.map((row) => String(row.id)));
  const moving = merges.filter((m) => present.has(m.from));
  for (const merge of moving) await moveMergedEntity(store, merge);
  await runWrite(store, {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (b:Entity {id: row.into})',
      'SET b.aliases = coalesce(b.aliases, []) +',
      '    [x IN row.names WHERE x <> b.name AND NOT x IN coalesce(b.aliases, [])],',
      '  b.mergedFrom = coalesce(b.mergedFrom, []) + [x IN [row.from] WHERE NOT x IN coalesce(b.mergedFrom, [])],',
      '  b.mergedIn = coalesce(b.mergedIn, []) + [x IN [row.id] WHERE NOT x IN coalesce(b.mergedIn, [])],',
      '  b.mergedBy = row.author, b.mergedAt = row.at, b.mergeReason = row.reason',
    ].join('\n'),
    params: {
      rows: merges.map((m) => ({
        into: m.into,
        from: m.from,
        names: [...new Set(m.fromNames)],
        id: m.id,
        author: m.author,
        at: m.at,
        reason: m.reason,
      })),
    },
  });
  return moving.length;
}

/** Moves a duplicate that is in the store into the survivor (created from the decision if absent), then deletes it. */
async function moveMergedEntity(store: Store, merge: MergeDecision): Promise<void> {
  await runWrite(store, {
    cypher: [
      'MATCH (a:Entity {id: $from})',
      'MERGE (b:Entity {id: $into})',
      'ON CREATE SET b.name = $intoName, b.type = $intoType, b.aliases = []',
      ...ENTITY_TYPES.map(
        (t) => `FOREACH (_ IN CASE WHEN b.type = '${t}' THEN [1] ELSE [] END | SET b:${entityLabel(t)})`,
      ),
      'SET b.aliases = coalesce(b.aliases, []) + [x IN [a.name] + coalesce(a.aliases, [])',
      '    WHERE x <> b.name AND NOT x IN coalesce(b.aliases, [])]',
      'WITH a, b',
      'OPTIONAL MATCH (a)-[:MENTIONED_IN]->(art:Article)',
      'WITH b, collect(art) AS articles',
      'FOREACH (art IN articles | MERGE (b)-[:MENTIONED_IN]->(art))',
    ].join('\n'),
    params: { from: merge.from, into: merge.into, intoName: merge.intoName, intoType: merge.intoType },
  });
  const relations = await runRead(store, {
    cypher: [
      `MATCH (a:Entity {id: $from})-[r:${factTypesPattern()}]-(o:Entity)`,
      'RETURN type(r) AS type, startNode(r) = a AS out, o.id AS other, properties(r) AS props',
    ].join('\n'),
    params: { from: merge.from },
  });
  for (const row of relations) {
    const type = String(row.type) as RelationRef['type'];
    const other = String(row.other);
    const oldKey = row.out === true ? relationKey(type, merge.from, other) : relationKey(type, other, merge.from);
    if (other === merge.into || other === merge.from) {
      await runWrite(store, {
        cypher: 'MATCH (ev:Evidence {relation: $key}) DETACH DELETE ev',
        params: { key: oldKey },
      });
      continue;
    }
    let [source, target] = row.out === true ? [merge.into, other] : [other, merge.into];
    if (SYMMETRIC_RELATIONS.has(type) && target < source) [source, target] = [target, source];
    await runWrite(store, moveRelationQuery(type, oldKey, source, target, row.props));
  }
  await runWrite(store, { cypher: 'MATCH (a:Entity {id: $from}) DETACH DELETE a', params: { from: merge.from } });
}

function refRow(r: RelationRef): { type: string; source: string; target: string; key: string } {
  return { type: r.type, source: r.source, target: r.target, key: refKey(r) };
}

function refKey(r: RelationRef): string {
  return relationKey(r.type, r.source, r.target);
}

function decisionRow(
  d: { id: string; author: string; at: string; reason: string },
  relation: RelationRef,
): Record<string, string> {
  return { ...refRow(relation), id: d.id, author: d.author, at: d.at, reason: d.reason };
}
