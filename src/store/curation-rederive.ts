/**
 * Undoing a merge or a split. Their effect cannot be taken off by marks alone (facts moved,
 * a node was deleted or created), so the store clears it and the entities involved are
 * derived again from extraction: the graph is "extraction + log", and with the decision
 * out of the log, re-extracting the articles that mention these entities and applying the
 * rest of the log gives the graph as it would be had the decision never been taken.
 *
 * Clearing: the survivor of a merge loses the names the merge gave it and its merge marks;
 * the entity a split created is deleted (one that existed before loses the split's marks),
 * and the entity it left gets the alias back. The relationships of these entities that
 * articles state are deleted with their Evidence: the re-extraction builds them again.
 * Relationships only people or reference data state stay.
 */
import type { MergeDecision, SplitDecision } from '../schema/curation.ts';
import { type CypherQuery, factTypesPattern } from './cypher.ts';
import { runRead, runWrite } from './run-query.ts';
import type { Store } from './store-handle.ts';

/**
 * Clears the effect of undone merges and splits still in the store and returns the ids of
 * the articles to extract again (empty when none is in effect: cheap, one read).
 */
export async function clearUndoneStructure(
  store: Store,
  undone: readonly (MergeDecision | SplitDecision)[],
): Promise<string[]> {
  if (undone.length === 0) return [];
  const ids = undone.map((d) => d.id);
  const marked = await runRead(store, {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (e:Entity) WHERE id IN coalesce(e.mergedIn, []) OR id IN coalesce(e.splitIn, [])',
      'RETURN id, [e.id] + CASE WHEN id IN coalesce(e.splitIn, []) THEN e.splitFrom ELSE [] END AS entities',
    ].join('\n'),
    params: { ids },
  });
  if (marked.length === 0) return [];
  const inEffect = new Set(marked.map((row) => String(row.id)));
  const touched = new Set(marked.flatMap((row) => (row.entities as unknown[]).map(String)));
  const articles = await runRead(store, {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (e:Entity {id: id})',
      'CALL {',
      '  WITH e',
      '  MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN a.id AS article',
      '  UNION',
      '  WITH e',
      `  MATCH (e)-[r:${factTypesPattern()}]-(:Entity)`,
      "  MATCH (ev:Evidence {relation: type(r) + '|' + startNode(r).id + '|' + endNode(r).id})",
      '  RETURN ev.articleId AS article',
      '}',
      'RETURN DISTINCT article ORDER BY article',
    ].join('\n'),
    params: { ids: [...touched] },
  });
  await runWrite(store, {
    cypher: [
      'UNWIND $ids AS id',
      `MATCH (:Entity {id: id})-[r:${factTypesPattern()}]-(:Entity)`,
      "WITH DISTINCT r, type(r) + '|' + startNode(r).id + '|' + endNode(r).id AS key",
      'WHERE EXISTS { MATCH (:Evidence {relation: key}) }',
      'CALL { WITH key MATCH (ev:Evidence {relation: key}) DELETE ev }',
      'DELETE r',
    ].join('\n'),
    params: { ids: [...touched] },
  });
  for (const d of undone) {
    if (!inEffect.has(d.id)) continue;
    const queries = d.op === 'merge' ? [clearMergeQuery(d)] : clearSplitQueries(d);
    for (const query of queries) await runWrite(store, query);
  }
  return articles.map((row) => String(row.article));
}

/** The survivor loses the merged entity's names and the merge's marks. */
function clearMergeQuery(d: MergeDecision): CypherQuery {
  return {
    cypher: [
      'MATCH (b:Entity) WHERE $id IN coalesce(b.mergedIn, [])',
      'SET b.aliases = [x IN coalesce(b.aliases, []) WHERE NOT x IN $names],',
      '  b.mergedIn = [x IN b.mergedIn WHERE x <> $id],',
      '  b.mergedFrom = [x IN coalesce(b.mergedFrom, []) WHERE x <> $from]',
      'WITH b WHERE size(b.mergedIn) = 0',
      'REMOVE b.mergedIn, b.mergedFrom, b.mergedBy, b.mergedAt, b.mergeReason',
    ].join('\n'),
    params: { id: d.id, from: d.from, names: d.fromNames },
  };
}

/** The entity it left gets the alias back; the entity the split created goes (one that existed keeps its node). */
function clearSplitQueries(d: SplitDecision): CypherQuery[] {
  const params = { id: d.id, alias: d.alias };
  return [
    {
      cypher: [
        'MATCH (n:Entity) WHERE $id IN coalesce(n.splitIn, [])',
        'WITH n, [i IN range(0, size(n.splitIn) - 1) WHERE n.splitIn[i] = $id | n.splitFrom[i]][0] AS from,',
        '  [i IN range(0, size(n.splitIn) - 1) WHERE n.splitIn[i] <> $id] AS keep',
        'SET n.splitFrom = [i IN keep | n.splitFrom[i]], n.splitIn = [i IN keep | n.splitIn[i]],',
        '  n.aliases = [x IN coalesce(n.aliases, []) WHERE x <> $alias]',
        'WITH from',
        'MATCH (e:Entity {id: from}) WHERE e.name <> $alias AND NOT $alias IN coalesce(e.aliases, [])',
        'UNWIND coalesce(e.aliases, []) + [$alias] AS alias',
        'WITH e, alias ORDER BY alias',
        'WITH e, collect(alias) AS names',
        'SET e.aliases = names',
      ].join('\n'),
      params,
    },
    { cypher: 'MATCH (n:Entity {createdBySplit: $id}) DETACH DELETE n', params },
    {
      cypher: [
        'MATCH (n:Entity) WHERE n.splitIn = []',
        'REMOVE n.splitIn, n.splitFrom, n.splitBy, n.splitAt, n.splitReason',
      ].join('\n'),
      params,
    },
  ];
}
