/**
 * Pure views over the stored graph for the HTTP API: the filtered serialised
 * graph, entity search and one entity's details. Input is the graphology Graph
 * the store reads plus the articles' metadata; no I/O here, so every answer
 * the API gives can be tested on a hand-built graph.
 */
import type { Attributes, AbstractGraph as Graph } from 'graphology-types';
import {
  type ArticleRef,
  ENTITY_TYPES,
  type EntityDetails,
  type EntityRelation,
  type EntityType,
  GRAPH_SCHEMA_VERSION,
  type GraphEdgeAttributes,
  type GraphExport,
  type GraphNodeAttributes,
  type GraphQuery,
  MODALITIES,
  normalizeSearchText,
  RELATION_TYPES,
  type RelationType,
  type SearchHit,
  type SearchQuery,
  SYMMETRIC_RELATIONS,
} from '../schema/index.ts';
import { matchRank } from '../schema/search-match.ts';

/** Article metadata by id: where the dates of relations and the links to sources come from. */
export type ArticleIndex = ReadonlyMap<string, ArticleRef>;

type AttributeValue = GraphNodeAttributes[string];

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const MODALITY_SET: ReadonlySet<string> = new Set(MODALITIES);

/** Keeps the JSON-friendly attribute values (scalars, string lists); drops anything else the store may carry. */
function plainAttributes(attributes: Attributes, skip: ReadonlySet<string>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.has(name) || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) out[name] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[name] = value as string[];
  }
  return out;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Per-entity article lists and dates stay out of the graph payload (the entity endpoint has them).
const NODE_CORE = new Set(['id', 'type', 'name', 'aliases', 'nameEn', 'articleIds', 'dates']);
const EDGE_CORE = new Set([
  'type',
  'evidence',
  'articleIds',
  'articleCount',
  'firstSeen',
  'lastSeen',
  'modality',
  'dates',
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The node's attributes in API form, or undefined when the stored node has no known entity type. */
export function toNodeAttributes(key: string, attributes: Attributes): GraphNodeAttributes | undefined {
  const type = attributes.type;
  if (typeof type !== 'string' || !ENTITY_TYPE_SET.has(type)) return undefined;
  const name = typeof attributes.name === 'string' && attributes.name ? attributes.name : key;
  const out: GraphNodeAttributes = {
    ...plainAttributes(attributes, NODE_CORE),
    type: type as EntityType,
    name,
    aliases: stringList(attributes.aliases),
  };
  if (typeof attributes.nameEn === 'string') out.nameEn = attributes.nameEn;
  return out;
}

/** The first and last date among the articles that state a relation (ISO dates sort as text). */
export function articleDateRange(
  articleIds: readonly string[],
  articles: ArticleIndex,
): { firstSeen?: string; lastSeen?: string } {
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const id of articleIds) {
    const date = articles.get(id)?.date;
    if (!date) continue;
    if (!firstSeen || date < firstSeen) firstSeen = date;
    if (!lastSeen || date > lastSeen) lastSeen = date;
  }
  return { ...(firstSeen ? { firstSeen } : {}), ...(lastSeen ? { lastSeen } : {}) };
}

/**
 * When a relation was stated: the store's `firstSeen`/`lastSeen`, else its
 * sorted article `dates`, else the dates of its articles in the index.
 */
function edgeDates(attributes: Attributes, articleIds: readonly string[], articles: ArticleIndex) {
  const { firstSeen, lastSeen } = attributes;
  if (typeof firstSeen === 'string' && ISO_DATE.test(firstSeen)) {
    return { firstSeen, lastSeen: typeof lastSeen === 'string' && ISO_DATE.test(lastSeen) ? lastSeen : firstSeen };
  }
  const dates = stringList(attributes.dates)
    .filter((d) => ISO_DATE.test(d))
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first && last) return { firstSeen: first, lastSeen: last };
  return articleDateRange(articleIds, articles);
}

/** The edge's attributes in API form, dated by its articles; undefined for relation types outside the model. */
export function toEdgeAttributes(attributes: Attributes, articles: ArticleIndex): GraphEdgeAttributes | undefined {
  const type = attributes.type;
  if (typeof type !== 'string' || !RELATION_TYPE_SET.has(type)) return undefined;
  const articleIds = stringList(attributes.articleIds);
  const modality =
    typeof attributes.modality === 'string' && MODALITY_SET.has(attributes.modality) ? attributes.modality : 'fact';
  return {
    ...plainAttributes(attributes, EDGE_CORE),
    type: type as RelationType,
    evidence: stringList(attributes.evidence),
    articleIds,
    modality: modality as GraphEdgeAttributes['modality'],
    ...edgeDates(attributes, articleIds, articles),
  };
}

/** Whether an edge dated [firstSeen, lastSeen] overlaps the asked window; undated edges only pass an open window. */
function inWindow(attributes: GraphEdgeAttributes, since: string | undefined, until: string | undefined): boolean {
  if (!since && !until) return true;
  const first = attributes.firstSeen;
  const last = attributes.lastSeen ?? first;
  if (!first || !last) return false;
  return (!until || first <= until) && (!since || last >= since);
}

/**
 * Serialises the graph as `GET /api/graph` returns it, filtered by entity type,
 * relation type and article dates. With a relation or date filter, entities
 * left without any relation are dropped, since the filter asked about relations.
 */
export function toGraphExport(graph: Graph, articles: ArticleIndex, query: GraphQuery, now: Date): GraphExport {
  const types = new Set<string>(query.types);
  const relations = new Set<string>(query.relations);
  const nodes = new Map<string, GraphNodeAttributes>();
  graph.forEachNode((key, attributes) => {
    const node = toNodeAttributes(key, attributes);
    if (node && (types.size === 0 || types.has(node.type))) nodes.set(key, node);
  });
  const edges: GraphExport['edges'] = [];
  const linked = new Set<string>();
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const edge = toEdgeAttributes(attributes, articles);
    if (!edge || (relations.size > 0 && !relations.has(edge.type))) return;
    if (!inWindow(edge, query.since, query.until)) return;
    linked.add(source).add(target);
    // Symmetric relations are stored with ordered ends; the direction means nothing, so draw no arrow.
    const symmetric = undirected || SYMMETRIC_RELATIONS.has(edge.type);
    edges.push({ key, source, target, ...(symmetric ? { undirected: true } : {}), attributes: edge });
  });
  const pruneIsolated = relations.size > 0 || Boolean(query.since || query.until);
  return {
    attributes: { schemaVersion: GRAPH_SCHEMA_VERSION, generatedAt: now.toISOString() },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: [...nodes]
      .filter(([key]) => !pruneIsolated || linked.has(key))
      .map(([key, attributes]) => ({ key, attributes })),
    edges,
  };
}

/** An entity as search sees it; `weight` (its degree) orders equally good matches. */
export interface SearchCandidate {
  id: string;
  type: EntityType;
  name: string;
  nameEn?: string | undefined;
  aliases: readonly string[];
  weight: number;
}

/**
 * Ranks entities whose name, English name or an alias matches the text:
 * case- and ё/е-insensitive, exact before prefix before word before
 * substring, the name before an alias, then the better-connected entity.
 */
export function rankCandidates(candidates: Iterable<SearchCandidate>, query: SearchQuery): SearchHit[] {
  const folded = normalizeSearchText(query.q);
  const found: { hit: SearchHit; rank: number; weight: number }[] = [];
  for (const candidate of candidates) {
    let best: { rank: number; matched?: string } | undefined;
    const names = [candidate.name, ...(candidate.nameEn ? [candidate.nameEn] : []), ...candidate.aliases];
    names.forEach((name, i) => {
      const rank = matchRank(normalizeSearchText(name), folded);
      const score = rank === undefined ? undefined : rank * 2 + (i === 0 ? 0 : 1);
      if (score !== undefined && (!best || score < best.rank))
        best = { rank: score, ...(i > 0 ? { matched: name } : {}) };
    });
    if (!best) continue;
    const hit: SearchHit = { id: candidate.id, type: candidate.type, name: candidate.name };
    if (candidate.nameEn) hit.nameEn = candidate.nameEn;
    if (best.matched) hit.matched = best.matched;
    found.push({ hit, rank: best.rank, weight: candidate.weight });
  }
  found.sort((a, b) => a.rank - b.rank || b.weight - a.weight || a.hit.name.localeCompare(b.hit.name, 'ru'));
  return found.slice(0, query.limit).map((f) => f.hit);
}

/** The search candidates of a graph, weighted by degree. */
export function searchCandidates(graph: Graph): SearchCandidate[] {
  const out: SearchCandidate[] = [];
  graph.forEachNode((key, attributes) => {
    const node = toNodeAttributes(key, attributes);
    if (node)
      out.push({
        id: key,
        type: node.type,
        name: node.name,
        nameEn: node.nameEn,
        aliases: node.aliases,
        weight: graph.degree(key),
      });
  });
  return out;
}

/** Searches the entities of a graph (see `rankCandidates`). */
export function searchEntities(graph: Graph, query: SearchQuery): SearchHit[] {
  return rankCandidates(searchCandidates(graph), query);
}

/** One entity with its relations grouped by type and the articles behind each; undefined when unknown. */
export function describeEntity(graph: Graph, id: string, articles: ArticleIndex): EntityDetails | undefined {
  if (!graph.hasNode(id)) return undefined;
  const attributes = toNodeAttributes(id, graph.getNodeAttributes(id));
  if (!attributes) return undefined;
  const relations: EntityDetails['relations'] = {};
  graph.forEachEdge(id, (key, edgeAttributes, source, target) => {
    const edge = toEdgeAttributes(edgeAttributes, articles);
    const otherId = source === id ? target : source;
    const other = toNodeAttributes(otherId, graph.getNodeAttributes(otherId));
    if (!edge || !other) return;
    const relation: EntityRelation = {
      key,
      type: edge.type,
      direction: source === id ? 'out' : 'in',
      other: { id: otherId, type: other.type, name: other.name },
      attributes: edge,
      articles: edge.articleIds.flatMap((articleId) => {
        const article = articles.get(articleId);
        return article ? [article] : [];
      }),
    };
    const group = relations[edge.type] ?? [];
    group.push(relation);
    relations[edge.type] = group;
  });
  return { id, attributes, relations };
}
