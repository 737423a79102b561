/**
 * The store operations behind `coopgraph ingest` and `coopgraph article rm`:
 * read what is stored (for the summary and curation), write a batch of resolved
 * articles (replacing their older versions) in one transaction, remove an article.
 * I/O: runs the queries of article-versions.ts and cypher.ts.
 */
import { UsageError } from '../errors.ts';
import type { KnownEntity, ResolvedExtraction } from '../resolve/index.ts';
import { type Article, ENTITY_TYPES, type EntityType, type ExtractionResult } from '../schema/index.ts';
import {
  articleStatesQuery,
  findArticlesQuery,
  graphCountsQuery,
  knownEntitiesQuery,
  knownRelationsQuery,
  removeArticleQueries,
} from './article-versions.ts';
import { type CypherQuery, factTypesPattern } from './cypher.ts';
import { relationKey, removeArticleEvidenceQuery } from './evidence.ts';
import { runInTransaction, runRead } from './run-query.ts';
import type { Store } from './store-handle.ts';
import { type ArticleWrite, EVIDENCE_ATTRIBUTE_PREFIX, UNDATED, writeArticlesQueries } from './upsert.ts';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Every stored entity with its names, for curation commands that look entities up by name. */
export async function loadKnownEntities(store: Store): Promise<KnownEntity[]> {
  const rows = await runRead(store, knownEntitiesQuery());
  const out: KnownEntity[] = [];
  for (const row of rows) {
    if (typeof row.id !== 'string' || typeof row.type !== 'string' || !ENTITY_TYPE_SET.has(row.type)) continue;
    out.push({
      id: row.id,
      type: row.type as EntityType,
      name: typeof row.name === 'string' ? row.name : row.id,
      aliases: Array.isArray(row.aliases) ? row.aliases.filter((a): a is string => typeof a === 'string') : [],
    });
  }
  return out;
}

/** Ids of every stored entity, so a run can tell the entities it creates from those it merges into. */
export async function loadStoredEntityIds(store: Store): Promise<Set<string>> {
  const rows = await runRead(store, { cypher: 'MATCH (e:Entity) RETURN e.id AS id', params: {} });
  return new Set(rows.flatMap((row) => (typeof row.id === 'string' ? [row.id] : [])));
}

/** The key of a stored relationship as the summary compares it: `TYPE|source|target`. */
export function storedRelationKey(type: string, source: string, target: string): string {
  return relationKey(type, source, target);
}

/** Keys of every stored relationship, so a run can tell created relations from updated ones. */
export async function loadKnownRelationKeys(store: Store): Promise<Set<string>> {
  const rows = await runRead(store, knownRelationsQuery());
  return new Set(rows.map((row) => storedRelationKey(String(row.type), String(row.source), String(row.target))));
}

export interface ArticleState {
  /** The same content (same id) is already stored. */
  stored: boolean;
  /** Ids of older versions stored under the same URL. */
  previous: string[];
}

/** For each article (by id): whether it is stored already, and which older versions it replaces. */
export async function readArticleStates(
  store: Store,
  articles: readonly Article[],
): Promise<Map<string, ArticleState>> {
  const states = new Map<string, ArticleState>();
  if (articles.length === 0) return states;
  for (const row of await runRead(store, articleStatesQuery(articles))) {
    const previous = Array.isArray(row.previous)
      ? row.previous.filter((id): id is string => typeof id === 'string')
      : [];
    states.set(String(row.id), { stored: row.stored === true, previous });
  }
  return states;
}

/** The resolved extraction in the shape `writeArticlesQueries` takes: one relation row per evidence sentence. */
export function toStorableExtraction(article: Article, resolved: ResolvedExtraction): ExtractionResult {
  return {
    article: { id: article.id, title: article.title },
    entities: resolved.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      attributes: e.attributes,
    })),
    relations: resolved.relations.flatMap((r) =>
      (r.evidence.length > 0 ? r.evidence : ['']).map((evidence) => ({
        type: r.type,
        source: r.source,
        target: r.target,
        origin: r.origin,
        evidence,
        confidence: r.confidence,
        attributes: r.attributes,
      })),
    ),
    warnings: [],
  };
}

/** Resolved articles in the shape the writers (`writeArticlesQueries`, the bulk load) take. */
export function toArticleWrites(batch: readonly { article: Article; resolved: ResolvedExtraction }[]): ArticleWrite[] {
  return batch.map(({ article, resolved }) => ({ article, extraction: toStorableExtraction(article, resolved) }));
}

/** A resolved article ready to store, with the ids of the older versions it replaces. */
export interface ResolvedArticle {
  article: Article;
  resolved: ResolvedExtraction;
  replaces: readonly string[];
}

/**
 * Writes a batch of articles in a single transaction: older versions (`replaces`) are
 * removed first, then the articles, their entities, mentions and (dated) relations are
 * merged. A crash leaves either the whole batch or none of it. The caller keeps a
 * replaced version out of the batch that replaces it.
 */
export async function writeResolvedArticles(store: Store, batch: readonly ResolvedArticle[]): Promise<void> {
  if (batch.length === 0) return;
  await runInTransaction(store, [
    ...batch.flatMap(({ replaces }) => replaces.flatMap((id) => removeArticleWithEvidenceQueries(id))),
    ...writeArticlesQueries(toArticleWrites(batch)),
  ]);
}

/** A stored article as `article rm` reports it. */
export interface StoredArticleRef {
  id: string;
  title: string;
  url?: string;
  date?: string;
}

/** Stored articles matching an id, an id prefix (8+ characters) or a URL. */
export async function findArticles(store: Store, idOrUrl: string): Promise<StoredArticleRef[]> {
  const rows = await runRead(store, findArticlesQuery(idOrUrl));
  return rows.map((row) => ({
    id: String(row.id),
    title: typeof row.title === 'string' ? row.title : '',
    ...(typeof row.url === 'string' ? { url: row.url } : {}),
    ...(typeof row.date === 'string' ? { date: row.date } : {}),
  }));
}

export interface GraphCounts {
  entities: number;
  articles: number;
  relations: number;
}

/** Node and relationship counts, to report what a removal or a load changed. */
export async function readGraphCounts(store: Store): Promise<GraphCounts> {
  const [row] = await runRead(store, graphCountsQuery());
  return {
    entities: Number(row?.entities ?? 0),
    articles: Number(row?.articles ?? 0),
    relations: Number(row?.relations ?? 0),
  };
}

/**
 * Removes one article (by id, id prefix or URL) and every fact whose only evidence
 * it was, in one transaction. Throws UsageError when nothing or several match.
 */
export async function removeArticle(store: Store, idOrUrl: string): Promise<StoredArticleRef> {
  if (!idOrUrl.trim()) throw new UsageError('give the id or URL of the article to remove');
  const matches = await findArticles(store, idOrUrl);
  const [only] = matches;
  if (!only) throw new UsageError(`no stored article has the id or URL "${idOrUrl}"`);
  if (matches.length > 1) {
    throw new UsageError(
      `"${idOrUrl}" matches ${matches.length} articles (${matches
        .slice(0, 3)
        .map((m) => m.id.slice(0, 12))
        .join(', ')}…); give the full id`,
    );
  }
  await runInTransaction(store, removeArticleWithEvidenceQueries(only.id));
  return only;
}

/**
 * Removing an article: the attributes it gave relationships go back to those of the next
 * latest-dated article, then its evidence goes (which re-summarises or deletes its
 * relationships), then the rest.
 */
function removeArticleWithEvidenceQueries(articleId: string): CypherQuery[] {
  return [restoreAttributesQuery(articleId), removeArticleEvidenceQuery(articleId), ...removeArticleQueries(articleId)];
}

/**
 * For each relationship whose attributes come from the article (its `attributesRank` ends
 * with the article id), the attribute set of the latest-dated other article stating it, as
 * kept on that article's Evidence node: the article's own values are cleared, the other's
 * set. Relationships no other article states are left to `removeArticleEvidenceQuery`, which
 * deletes them; evidence written before Evidence nodes kept attributes changes nothing.
 */
function restoreAttributesQuery(articleId: string): CypherQuery {
  const prefix = EVIDENCE_ATTRIBUTE_PREFIX;
  const attributeKeys = (node: string) => `[k IN keys(${node}) WHERE k STARTS WITH $prefix]`;
  return {
    cypher: [
      'MATCH (gone:Evidence {articleId: $articleId})',
      "WITH gone, split(gone.relation, '|') AS parts",
      `MATCH (:Entity {id: parts[1]})-[r:${factTypesPattern()}]->(:Entity {id: parts[2]})`,
      "WHERE type(r) = parts[0] AND r.attributesRank ENDS WITH '|' + $articleId",
      'CALL {',
      '  WITH gone',
      '  MATCH (o:Evidence {relation: gone.relation}) WHERE o.articleId <> $articleId',
      `  AND size(${attributeKeys('o')}) > 0`,
      '  RETURN o AS next ORDER BY coalesce(o.date, $undated) DESC, o.articleId DESC LIMIT 1',
      '}',
      `FOREACH (key IN ${attributeKeys('gone')} | SET r[substring(key, size($prefix))] = null)`,
      `FOREACH (key IN ${attributeKeys('next')} | SET r[substring(key, size($prefix))] = next[key])`,
      "SET r.attributesRank = coalesce(next.date, $undated) + '|' + next.articleId",
    ].join('\n'),
    params: { articleId, prefix, undated: UNDATED },
  };
}
