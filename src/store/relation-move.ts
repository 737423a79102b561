/**
 * Moving a relationship's Evidence to another end, as merges and splits do, and
 * recomputing a relationship's summary from its Evidence. Pure `{ cypher, params }` builders.
 */
import type { RelationRef } from '../schema/curation.ts';
import { type CypherQuery, relationshipType } from './cypher.ts';
import { EVIDENCE_SAMPLE_SIZE, relationKey } from './evidence.ts';

/**
 * Re-creates a relationship on another end (the survivor of a merge, the entity split off),
 * moving its Evidence there (all of it, or the Evidence nodes `evidenceIds` names) or folding
 * it into Evidence already there, and recomputes the count, dates and sample of the target.
 */
export function moveRelationQuery(
  type: RelationRef['type'],
  oldKey: string,
  source: string,
  target: string,
  props: unknown,
  evidenceIds: readonly string[] | null = null,
): CypherQuery {
  const newKey = relationKey(type, source, target);
  return {
    cypher: [
      'MATCH (s:Entity {id: $source}), (t:Entity {id: $target})',
      `MERGE (s)-[r:${relationshipType(type)}]->(t)`,
      'ON CREATE SET r = $props',
      "ON MATCH SET r.origin = CASE WHEN $props.origin = 'text' THEN 'text' ELSE r.origin END,",
      '  r.confidence = CASE WHEN coalesce($props.confidence, 0) > coalesce(r.confidence, 0) THEN $props.confidence ELSE r.confidence END',
      'WITH r',
      'CALL {',
      '  MATCH (old:Evidence {relation: $oldKey}) WHERE $evidenceIds IS NULL OR old.id IN $evidenceIds',
      "  OPTIONAL MATCH (kept:Evidence {id: old.articleId + '|' + $newKey})",
      '  FOREACH (_ IN CASE WHEN kept IS NULL THEN [] ELSE [1] END |',
      '    SET kept.sentences = kept.sentences + [x IN old.sentences WHERE NOT x IN kept.sentences])',
      "  FOREACH (_ IN CASE WHEN kept IS NULL THEN [1] ELSE [] END | SET old.id = old.articleId + '|' + $newKey, old.relation = $newKey)",
      '  WITH old, kept WHERE kept IS NOT NULL',
      '  DELETE old',
      '}',
      ...summaryLines('$newKey'),
    ].join('\n'),
    params: { source, target, oldKey, newKey, props, evidenceIds, sampleSize: EVIDENCE_SAMPLE_SIZE },
  };
}

/** Cypher lines that recompute `r` (keyed by the expression `key`) from its Evidence: count, dates, sample. */
export function summaryLines(key: string): string[] {
  return [
    'CALL {',
    `  OPTIONAL MATCH (o:Evidence {relation: ${key}})`,
    '  RETURN count(o) AS articles, min(o.date) AS first, max(o.date) AS last',
    '}',
    'CALL {',
    `  MATCH (o:Evidence {relation: ${key}})`,
    '  UNWIND o.sentences AS sentence',
    "  WITH sentence, min(coalesce(o.date, '~') + '|' + o.articleId) AS rank",
    '  ORDER BY rank, sentence LIMIT toInteger($sampleSize)',
    '  RETURN collect(sentence) AS sentences, collect(rank) AS ranks',
    '}',
    'SET r.articleCount = articles, r.firstSeen = first, r.lastSeen = last, r.evidence = sentences,',
    '  r.evidenceRanks = ranks',
  ];
}
