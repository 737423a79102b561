/**
 * Loading an archive into an empty store in bulk (`ingest --extracted` when nothing is
 * stored yet). The transactional path merges every batch into what is stored, in Cypher,
 * so a hot relationship is read, merged and rewritten once per batch; here the folding
 * happens in memory and each node and relationship is created once. Articles, mentions
 * and Evidence nodes stream out chunk by chunk (nothing of theirs is held); entities and
 * relationships are folded as chunks pass, with a bounded sample each, and written at the
 * end. The result is the graph the transactional path writes for the same articles
 * (tests/store/bulk-load.test.ts compares them). Pure `{ cypher, params }` builders.
 */
import { isFullerName } from '../resolve/index.ts';
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../schema/index.ts';
import { type CypherQuery, entityLabel, relationshipType } from './cypher.ts';
import { EVIDENCE_SAMPLE_SIZE, sampleRank } from './evidence.ts';
import {
  type ArticleWrite,
  type EntityRow,
  EVIDENCE_ATTRIBUTE_PREFIX,
  foldEntities,
  foldRelations,
  keepingPlan,
  type RelationRow,
  statedEntities,
  statedRelations,
  withClearedAttributes,
  withoutUndefined,
} from './upsert.ts';

/** Relationships per transaction at the end: far below the embedded Neo4j's 256 MB transaction pool. */
export const BULK_RELATIONSHIPS_PER_TRANSACTION = 5_000;

/**
 * What is kept of one relationship between chunks: no per-article evidence, a sample of
 * bounded size. A 50,000-article load holds over 130,000 of these, so each is one object of
 * a fixed shape, built field by field (a spread gave each its own hidden class), and the
 * sample is two short arrays rather than a Map.
 */
interface RelationSummary extends Omit<RelationRow, 'articles' | 'key'> {
  articleCount: number;
  /** The sample's sentences, each once, and at the same index its best rank; at most EVIDENCE_SAMPLE_SIZE after each merge. */
  sentences: string[];
  ranks: string[];
}

/** The entities and relationships of a bulk load, folded chunk by chunk. */
export interface BulkFold {
  /**
   * The queries that write one chunk (run them in one transaction): its articles, the
   * ids of the entities first named in it, their mentions and the chunk's Evidence nodes.
   * The chunk's entities and relations join the fold.
   */
  chunk(items: readonly ArticleWrite[]): CypherQuery[];
  /**
   * The queries that finish the load, one transaction per list: the entities' labels,
   * names, aliases and attributes, then every relationship. Built one transaction at a time
   * as they are taken, so the rows of every relationship are never in memory at once.
   */
  finish(): Generator<CypherQuery[]>;
}

/**
 * A fold for one bulk load. Call `chunk` for every chunk in input order and run its
 * queries before the next, then run `finish`'s.
 *
 * @example
 * const fold = createBulkFold();
 * for (const chunk of chunks) await runInTransaction(store, fold.chunk(chunk));
 * for (const queries of fold.finish()) await runInTransaction(store, queries);
 */
export function createBulkFold(): BulkFold {
  const entities = new Map<EntityType, Map<string, EntityRow>>(ENTITY_TYPES.map((t) => [t, new Map()]));
  const relations = new Map<RelationType, Map<string, RelationSummary>>(RELATION_TYPES.map((t) => [t, new Map()]));
  // Each id once, however many records name it (held by every relationship summary of the entity).
  const entityIds = new Map<string, string>();
  // Dates and attribute values, a small vocabulary that every chunk repeats: one copy of each.
  const vocabulary = interner();
  return {
    chunk(items) {
      const newIds: string[] = [];
      for (const { extraction } of items) {
        for (const { id } of extraction.entities) {
          if (entityIds.has(id)) continue;
          entityIds.set(id, id);
          newIds.push(id);
        }
      }
      const stated = statedEntities(items);
      for (const type of ENTITY_TYPES) {
        const ofType = stated.filter((e) => e.type === type);
        if (ofType.length === 0) continue;
        const folded = entities.get(type);
        for (const row of foldEntities(ofType).values()) mergeEntity(folded, row);
      }
      const evidence: Record<string, unknown>[] = [];
      // As the transactional path, whose MATCH drops a relation with an end no article named yet.
      const statements = statedRelations(items).filter(
        ({ relation }) => entityIds.has(relation.source) && entityIds.has(relation.target),
      );
      // A sentence states several relations and arrives once per relation: one copy of each
      // (and of each article's rank) is held by every sample that keeps it.
      const texts = interner();
      for (const type of RELATION_TYPES) {
        const ofType = statements.filter((s) => s.relation.type === type);
        if (ofType.length === 0) continue;
        const summaries = relations.get(type);
        for (const row of foldRelations(type, ofType).values()) {
          mergeRelation(summaries, row, { texts, vocabulary }, entityIds);
          for (const item of row.articles.values()) {
            evidence.push({
              articleId: item.articleId,
              relation: row.key,
              date: item.date,
              sentences: item.sentences,
              attributes: Object.fromEntries(
                Object.entries(item.attributes).map(([k, v]) => [EVIDENCE_ATTRIBUTE_PREFIX + k, v]),
              ),
            });
          }
        }
      }
      const queries: CypherQuery[] = [];
      if (newIds.length > 0) {
        queries.push({ cypher: 'UNWIND $ids AS id\nCREATE (:Entity {id: id})', params: { ids: newIds } });
      }
      if (items.length > 0) queries.push(articlesQuery(items));
      if (evidence.length > 0) queries.push(evidenceQuery(evidence));
      return queries.map(keepingPlan);
    },
    *finish() {
      for (const [type, rows] of entities) {
        if (rows.size > 0) yield [entitiesQuery(type, [...rows.values()])];
      }
      for (const [type, summaries] of relations) {
        const all = [...summaries.values()];
        for (let i = 0; i < all.length; i += BULK_RELATIONSHIPS_PER_TRANSACTION) {
          const rows = all.slice(i, i + BULK_RELATIONSHIPS_PER_TRANSACTION).map(relationshipRow);
          yield [relationshipsQuery(type, rows)];
        }
      }
    },
  };
}

/** Folds a chunk's row of an entity into what earlier chunks gave it, as `upsertEntitiesQuery` does in Cypher. */
function mergeEntity(folded: Map<string, EntityRow> | undefined, row: EntityRow): void {
  const held = folded?.get(row.id);
  if (!held) {
    folded?.set(row.id, { ...row, aliases: [...row.aliases] });
    return;
  }
  let other = row.name;
  if (isFullerName(row.name, held.name)) [held.name, other] = [row.name, held.name];
  // Each chunk names a hot entity again: keep each name once, or the list grows with the load.
  for (const alias of [other, ...row.aliases]) if (!held.aliases.includes(alias)) held.aliases.push(alias);
  for (const [key, value] of Object.entries(row.attributes)) {
    const rank = row.ranks[key] ?? '';
    const heldRank = held.ranks[key];
    if (heldRank !== undefined && heldRank > rank) continue;
    held.attributes[key] = value;
    held.ranks[key] = rank;
  }
}

/** Returns the first copy it was given of each string, so equal strings held long share one copy. */
function interner(): (text: string) => string {
  const held = new Map<string, string>();
  return (text) => {
    const first = held.get(text);
    if (first !== undefined) return first;
    held.set(text, text);
    return text;
  };
}

/** Interners of a chunk's sentences and ranks, and of the whole load's dates and attribute values. */
interface Interners {
  texts: (text: string) => string;
  vocabulary: (text: string) => string;
}

/** Folds a chunk's row of a relationship into its summary, as `upsertRelationsQuery` does in Cypher. */
function mergeRelation(
  summaries: Map<string, RelationSummary> | undefined,
  row: RelationRow,
  { texts, vocabulary }: Interners,
  ids: ReadonlyMap<string, string>,
): void {
  const { articles } = row;
  let summary = summaries?.get(row.key);
  if (!summary) {
    summary = {
      source: ids.get(row.source) ?? row.source,
      target: ids.get(row.target) ?? row.target,
      origin: row.origin,
      confidence: row.confidence,
      first: row.first === null ? null : vocabulary(row.first),
      last: row.last === null ? null : vocabulary(row.last),
      attributesRank: texts(row.attributesRank),
      attributes: internedValues(row.attributes, vocabulary),
      articleCount: 0,
      sentences: [],
      ranks: [],
    };
    summaries?.set(row.key, summary);
  } else {
    if (row.origin === 'text') summary.origin = 'text';
    summary.confidence = Math.max(summary.confidence, row.confidence);
    if (row.first !== null && (summary.first === null || row.first < summary.first))
      summary.first = vocabulary(row.first);
    if (row.last !== null && (summary.last === null || row.last > summary.last)) summary.last = vocabulary(row.last);
    if (summary.attributesRank <= row.attributesRank) {
      summary.attributesRank = texts(row.attributesRank);
      summary.attributes = internedValues(row.attributes, vocabulary);
    }
  }
  summary.articleCount += articles.size;
  for (const item of articles.values()) {
    const rank = texts(sampleRank(item.date, item.articleId));
    for (const sentence of item.sentences) {
      const at = summary.sentences.indexOf(sentence);
      // `concat` makes arrays of the exact length: a pushed-to (or spread) one keeps room for 16 more.
      if (at < 0) {
        summary.sentences = summary.sentences.concat(texts(sentence));
        summary.ranks = summary.ranks.concat(rank);
      } else if (rank < (summary.ranks[at] ?? '')) summary.ranks[at] = rank;
    }
  }
  // The best EVIDENCE_SAMPLE_SIZE of a union are among the best of each part, so the rest can go.
  if (summary.sentences.length > EVIDENCE_SAMPLE_SIZE) {
    const best = bestSample(summary);
    summary.sentences = best.map(([sentence]) => sentence);
    summary.ranks = best.map(([, rank]) => rank);
  }
}

/** The attributes with each string value interned (products, modalities and units repeat across relationships). */
function internedValues(
  attributes: Record<string, string | number | boolean>,
  intern: (text: string) => string,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(attributes)) out[key] = typeof value === 'string' ? intern(value) : value;
  return out;
}

/** Sample entries by rank, then sentence, the best EVIDENCE_SAMPLE_SIZE. */
function bestSample({ sentences, ranks }: Pick<RelationSummary, 'sentences' | 'ranks'>): [string, string][] {
  return sentences
    .map((sentence, i): [string, string] => [sentence, ranks[i] ?? ''])
    .sort(([sa, ra], [sb, rb]) => (ra < rb ? -1 : ra > rb ? 1 : sa < sb ? -1 : sa > sb ? 1 : 0))
    .slice(0, EVIDENCE_SAMPLE_SIZE);
}

/** The relationship's properties as the transactional path leaves them. */
function relationshipRow(summary: RelationSummary): Record<string, unknown> {
  const sample = bestSample(summary);
  const attributes = Object.fromEntries(
    Object.entries(withClearedAttributes(summary.attributes)).filter(([, v]) => v !== null),
  );
  return {
    source: summary.source,
    target: summary.target,
    props: withoutUndefined({
      ...attributes,
      articleCount: summary.articleCount,
      evidence: sample.map(([sentence]) => sentence),
      evidenceRanks: sample.map(([, rank]) => rank),
      origin: summary.origin,
      confidence: summary.confidence,
      firstSeen: summary.first ?? undefined,
      lastSeen: summary.last ?? undefined,
      attributesRank: summary.attributesRank,
    }),
  };
}

/** Creates the chunk's articles and links each to the entities it names. */
function articlesQuery(items: readonly ArticleWrite[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'CREATE (a:Article {id: row.id})',
      'SET a += row.props',
      'WITH a, row',
      'UNWIND row.entities AS entityId',
      'MATCH (e:Entity {id: entityId})',
      'CREATE (e)-[:MENTIONED_IN]->(a)',
    ].join('\n'),
    params: {
      rows: items.map(({ article: { id, ...props }, extraction }) => ({
        id,
        props: withoutUndefined(props),
        entities: [...new Set(extraction.entities.map((e) => e.id))],
      })),
    },
  };
}

/** Creates the chunk's Evidence nodes (see evidence.ts), with the same properties the transactional path gives them. */
function evidenceQuery(rows: readonly Record<string, unknown>[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      "CREATE (ev:Evidence {id: row.articleId + '|' + row.relation})",
      'SET ev.articleId = row.articleId, ev.relation = row.relation, ev.date = row.date, ev.sentences = row.sentences',
      'SET ev += row.attributes',
    ].join('\n'),
    params: { rows },
  };
}

/** Gives the entities of one type their label, name, aliases (sorted) and attributes. */
function entitiesQuery(type: EntityType, rows: readonly EntityRow[]): CypherQuery {
  return {
    cypher: ['UNWIND $rows AS row', 'MATCH (e:Entity {id: row.id})', `SET e:${entityLabel(type)}, e += row.props`].join(
      '\n',
    ),
    params: {
      rows: rows.map((row) => {
        const ranks = Object.entries(row.ranks)
          .map(([key, rank]) => `${key}|${rank}`)
          .sort();
        const aliases = [...new Set(row.aliases)].filter((alias) => alias !== row.name).sort();
        return {
          id: row.id,
          props: {
            ...row.attributes,
            type,
            name: row.name,
            aliases,
            ...(ranks.length > 0 ? { attributeRanks: ranks } : {}),
          },
        };
      }),
    },
  };
}

/** Creates relationships of one type between entities that exist. */
function relationshipsQuery(type: RelationType, rows: readonly Record<string, unknown>[]): CypherQuery {
  return keepingPlan({
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})',
      `CREATE (s)-[r:${relationshipType(type)}]->(t)`,
      'SET r = row.props',
    ].join('\n'),
    params: { rows },
  });
}
