/**
 * Reads the stored graph (or a filtered part of it) into a graphology graph: node key =
 * entity id, edge key = `TYPE:source->target`, attributes as stored plus article dates.
 */
import { MultiDirectedGraph } from 'graphology';
import { type GraphFilter, readEntitiesQuery, readRelationsQuery } from './cypher.ts';
import { type Row, runRead } from './run-query.ts';
import type { Store } from './store-handle.ts';
import type { PlainValue } from './values.ts';

/** Attributes of a node: the entity's stored properties plus the articles mentioning it. */
export type EntityNodeAttributes = {
  type: string;
  name: string;
  aliases: string[];
  articleIds: string[];
  /** Dates of the articles mentioning the entity (sorted, ISO). */
  dates: string[];
} & Record<string, PlainValue>;

/**
 * Attributes of an edge: the relation type, its provenance and its attributes (modality, product …).
 * `articleIds` lists every article stating it; `evidence` is the relationship's bounded sample
 * (every sentence is on its Evidence nodes, see `readEvidencePage`).
 */
export type RelationEdgeAttributes = {
  type: string;
  articleIds: string[];
  evidence: string[];
  /** Dates of the articles stating the relation (sorted, ISO). */
  dates: string[];
} & Record<string, PlainValue>;

export type StoredGraph = MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes>;

/**
 * Returns the graph as stored, filtered by entity types, relation types and article
 * dates. Edges only appear when both their ends pass the filter.
 *
 * @example
 * const graph = await readGraph(store, { relationTypes: ['SUPPLIES'], from: '2024-01-01' });
 */
export async function readGraph(store: Store, filter: GraphFilter = {}): Promise<StoredGraph> {
  const graph: StoredGraph = new MultiDirectedGraph();
  for (const row of await runRead(store, readEntitiesQuery(filter))) addEntityRow(graph, row);
  for (const row of await runRead(store, readRelationsQuery(filter))) addRelationRow(graph, row);
  return graph;
}

/**
 * Adds an entity row (`entity` = its properties, `articleIds`, `dates`) as a node. Shared by
 * every read that builds a StoredGraph, so they all give the same attributes.
 */
export function addEntityRow(graph: StoredGraph, row: Row): void {
  // `attributeRanks` is the store's bookkeeping for the attribute merge, not an attribute.
  const { id, attributeRanks: _ranks, ...props } = row.entity as Record<string, PlainValue>;
  graph.addNode(String(id), {
    ...props,
    type: String(props.type),
    name: String(props.name),
    aliases: strings(props.aliases),
    articleIds: strings(row.articleIds),
    dates: uniqueSorted(strings(row.dates)),
  });
}

/**
 * Adds a relation row (`source`, `target`, `type`, `props`, `articleIds`, `dates`) as an edge
 * keyed `TYPE:source->target`; skipped when an end is not in the graph.
 */
export function addRelationRow(graph: StoredGraph, row: Row): void {
  const source = String(row.source);
  const target = String(row.target);
  if (!graph.hasNode(source) || !graph.hasNode(target)) return;
  const type = String(row.type);
  // The sample's ranks are the store's bookkeeping, not an attribute of the relation.
  const { evidenceRanks: _ranks, ...props } = row.props as Record<string, PlainValue>;
  graph.addEdgeWithKey(`${type}:${source}->${target}`, source, target, {
    ...props,
    type,
    articleIds: strings(row.articleIds),
    evidence: strings(props.evidence),
    dates: uniqueSorted(strings(row.dates)),
  });
}

function strings(value: PlainValue | undefined): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}
