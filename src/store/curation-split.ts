/**
 * Applies `entity split E ALIAS` decisions: the alias leaves E and becomes (or joins) the
 * entity `into`; the Evidence of E's relationships whose sentences name the alias (and not
 * E's other names) moves there, and the articles whose text names the alias mention it
 * (see src/curate/split-rule.ts for the rule). Re-applied whenever E holds the alias again
 * (a re-extraction gives it back), so the split survives every reload; idempotent.
 */
import { evidenceMoves, splitSide } from '../curate/index.ts';
import type { RelationRef, SplitDecision } from '../schema/curation.ts';
import { ENTITY_TYPES, SYMMETRIC_RELATIONS } from '../schema/index.ts';
import { entityLabel, factTypesPattern } from './cypher.ts';
import { EVIDENCE_SAMPLE_SIZE } from './evidence.ts';
import { moveRelationQuery, summaryLines } from './relation-move.ts';
import { runRead, runWrite } from './run-query.ts';
import type { Store } from './store-handle.ts';

/** Properties a relationship moved by a split does not take along: curation marks and the summary. */
const NOT_MOVED = /^(?:rejected|rejection|confirmed|confirmation|manual|note|added|addition|curat)/u;

/** What the splits did: how many moved facts, how many wait for their entity. */
export interface SplitsApplied {
  split: number;
  waiting: number;
}

/** Applies the effective splits in log order. */
export async function applySplits(store: Store, splits: readonly SplitDecision[]): Promise<SplitsApplied> {
  let split = 0;
  let waiting = 0;
  for (const decision of splits) {
    const outcome = await applySplit(store, decision);
    if (outcome === 'waiting') waiting += 1;
    if (outcome === 'moved') split += 1;
  }
  return { split, waiting };
}

async function applySplit(store: Store, d: SplitDecision): Promise<'waiting' | 'moved' | 'done'> {
  const [entity] = await runRead(store, {
    cypher: [
      'OPTIONAL MATCH (e:Entity {id: $entity})',
      'OPTIONAL MATCH (n:Entity {id: $into})',
      'RETURN e.name AS name, coalesce(e.aliases, []) AS aliases, e IS NOT NULL AS present,',
      '  n IS NOT NULL AND $id IN coalesce(n.splitIn, []) AS marked',
    ].join('\n'),
    params: { entity: d.entity, into: d.into, id: d.id },
  });
  if (!entity?.present || entity.name === d.alias) return 'waiting';
  const aliases = (entity.aliases as string[]).filter((a) => a !== d.alias);
  const holdsAlias = aliases.length < (entity.aliases as string[]).length;
  if (entity.marked === true && !holdsAlias) return 'done';
  await runWrite(store, {
    cypher: [
      'MATCH (e:Entity {id: $entity})',
      'MERGE (n:Entity {id: $into})',
      'ON CREATE SET n.name = $alias, n.type = $type, n.aliases = [], n.createdBySplit = $id',
      ...ENTITY_TYPES.map(
        (t) => `FOREACH (_ IN CASE WHEN n.type = '${t}' THEN [1] ELSE [] END | SET n:${entityLabel(t)})`,
      ),
      'SET e.aliases = [x IN e.aliases WHERE x <> $alias],',
      '  n.aliases = coalesce(n.aliases, []) + [x IN [$alias] WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])],',
      '  n.splitIn = coalesce(n.splitIn, []) + [x IN [$id] WHERE NOT x IN coalesce(n.splitIn, [])],',
      '  n.splitFrom = coalesce(n.splitFrom, []) + [x IN [$entity] WHERE NOT x IN coalesce(n.splitFrom, [])],',
      '  n.splitBy = $author, n.splitAt = $at, n.splitReason = $reason',
    ].join('\n'),
    params: {
      entity: d.entity,
      into: d.into,
      alias: d.alias,
      type: d.type,
      id: d.id,
      author: d.author,
      at: d.at,
      reason: d.reason,
    },
  });
  const others = [String(entity.name), ...aliases];
  await moveEvidence(store, d, others);
  await moveMentions(store, d, others);
  return 'moved';
}

/** Moves the Evidence of E's relationships that is about the alias onto the entity split off. */
async function moveEvidence(store: Store, d: SplitDecision, others: readonly string[]): Promise<void> {
  const relations = await runRead(store, {
    cypher: [
      `MATCH (e:Entity {id: $entity})-[r:${factTypesPattern()}]-(o:Entity)`,
      'WITH e, r, o, startNode(r) = e AS out',
      "WITH r, o, out, type(r) + '|' + startNode(r).id + '|' + endNode(r).id AS key",
      'RETURN type(r) AS type, out, o.id AS other, key, properties(r) AS props,',
      '  COLLECT { MATCH (ev:Evidence {relation: key}) RETURN {id: ev.id, sentences: ev.sentences} } AS evidence',
    ].join('\n'),
    params: { entity: d.entity },
  });
  for (const row of relations) {
    const other = String(row.other);
    if (other === d.into || other === d.entity) continue;
    const evidence = row.evidence as { id: string; sentences: string[] }[];
    const moving = evidence.filter((ev) => evidenceMoves(ev.sentences, d.alias, others)).map((ev) => ev.id);
    if (moving.length === 0) continue;
    const type = String(row.type) as RelationRef['type'];
    let [source, target] = row.out === true ? [d.into, other] : [other, d.into];
    if (SYMMETRIC_RELATIONS.has(type) && target < source) [source, target] = [target, source];
    const props = Object.fromEntries(
      Object.entries(row.props as Record<string, unknown>).filter(([k]) => !NOT_MOVED.test(k)),
    );
    const oldKey = String(row.key);
    await runWrite(store, moveRelationQuery(type, oldKey, source, target, props, moving));
    // What stays on E is summarised again; a relationship left with no evidence goes, unless a person added it.
    const [oldSource, oldTarget] = oldKey.split('|').slice(1);
    await runWrite(store, {
      cypher: [
        `MATCH (:Entity {id: $source})-[r:${factTypesPattern()}]->(:Entity {id: $target}) WHERE type(r) = $type`,
        ...summaryLines('$oldKey'),
        'WITH r, articles WHERE articles = 0 AND r.manual IS NULL',
        'DELETE r',
      ].join('\n'),
      params: { source: oldSource, target: oldTarget, type, oldKey, sampleSize: EVIDENCE_SAMPLE_SIZE },
    });
  }
}

/**
 * Links the entity split off to the articles of E that name the alias; E keeps an article
 * that also names one of its other names or still gives one of its relationships evidence.
 */
async function moveMentions(store: Store, d: SplitDecision, others: readonly string[]): Promise<void> {
  const articles = await runRead(store, {
    cypher:
      'MATCH (:Entity {id: $entity})-[:MENTIONED_IN]->(a:Article) RETURN a.id AS id, coalesce(a.text, "") AS text',
    params: { entity: d.entity },
  });
  const rows = articles.map((a) => ({ id: String(a.id), side: splitSide(String(a.text), d.alias, others) }));
  const linked = rows.filter((r) => r.side === 'alias' || r.side === 'both').map((r) => r.id);
  const leaving = rows.filter((r) => r.side === 'alias').map((r) => r.id);
  if (linked.length === 0) return;
  await runWrite(store, {
    cypher: [
      'MATCH (e:Entity {id: $entity}), (n:Entity {id: $into})',
      'UNWIND $linked AS articleId',
      'MATCH (a:Article {id: articleId})',
      'MERGE (n)-[:MENTIONED_IN]->(a)',
      'WITH e, a WHERE a.id IN $leaving',
      `  AND NOT EXISTS { MATCH (e)-[r:${factTypesPattern()}]-(o:Entity) MATCH (ev:Evidence {articleId: a.id})`,
      "    WHERE ev.relation = type(r) + '|' + startNode(r).id + '|' + endNode(r).id }",
      'MATCH (e)-[m:MENTIONED_IN]->(a)',
      'DELETE m',
    ].join('\n'),
    params: { entity: d.entity, into: d.into, linked, leaving },
  });
}
