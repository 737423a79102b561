/**
 * Turns the API's serialised graph into the graph sigma draws: colour by
 * type, size by degree, curvature for parallel relations, labels in both
 * languages. Built once per load; view state never edits it afterwards (the
 * reducers do that), only the layout moves its x/y.
 */
import { MultiGraph } from 'graphology';
import type { EntityType, GraphExport, Modality, RelationType } from '../../src/schema/index.ts';
import { transliterate } from '../../src/schema/transliterate.ts';
import { EDGE_COLORS, NODE_COLORS } from './palette.ts';

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** English name, else a Latin transliteration. */
  labelEn: string;
  entityType: EntityType;
  /** Earliest article date of any relation, for the time slider. */
  firstSeen: string | undefined;
}

export interface DisplayEdge {
  size: number;
  color: string;
  /** The sigma program: straight or curved, with or without an arrow. */
  type: 'line' | 'arrow' | 'curved' | 'curvedArrow';
  curvature: number;
  relationType: RelationType;
  modality: Modality;
  firstSeen: string | undefined;
}

export type DisplayGraph = MultiGraph<DisplayNode, DisplayEdge>;

/** Node size grows with the square root of degree, so hubs stand out without swallowing the view. */
export function nodeSize(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 28);
}

/** @sigma/edge-curve's default curvature (not imported: that module needs WebGL at load). */
const BASE_CURVATURE = 0.25;

/** Spreads parallel edges between the same two nodes as sigma's parallel-edges example does. */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Above this many edges directed relations are drawn without arrowheads (a head is three more vertices per edge). */
export const ARROWS_MAX_EDGES = 20000;

export interface DisplayGraphOptions {
  arrows: boolean;
}

/**
 * Builds the display graph in one pass over the edges (degree, first date and
 * parallel groups), then adds nodes and edges with their final attributes;
 * nodes start at (0,0) unless the data places them, until the layout does.
 */
export function buildDisplayGraph(
  data: GraphExport,
  options: DisplayGraphOptions = { arrows: data.edges.length <= ARROWS_MAX_EDGES },
): DisplayGraph {
  const known = new Set(data.nodes.map((n) => n.key));
  const degree = new Map<string, number>();
  const firstSeen = new Map<string, string>();
  const pairs = new Map<string, number[]>();
  data.edges.forEach(({ source, target, attributes }, i) => {
    if (!known.has(source) || !known.has(target)) return;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    const date = attributes.firstSeen;
    if (date) {
      for (const end of [source, target]) {
        const seen = firstSeen.get(end);
        if (!seen || date < seen) firstSeen.set(end, date);
      }
    }
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = pairs.get(pair);
    if (group) group.push(i);
    else pairs.set(pair, [i]);
  });
  const curvatures = parallelCurvatures(data, pairs);

  const graph: DisplayGraph = new MultiGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: true });
  for (const { key, attributes } of data.nodes) {
    graph.addNode(key, {
      x: typeof attributes.x === 'number' ? attributes.x : 0,
      y: typeof attributes.y === 'number' ? attributes.y : 0,
      size: nodeSize(degree.get(key) ?? 0),
      color: NODE_COLORS[attributes.type],
      label: attributes.name,
      labelEn: attributes.nameEn ?? transliterate(attributes.name),
      entityType: attributes.type,
      firstSeen: firstSeen.get(key),
    });
  }
  data.edges.forEach(({ key, source, target, undirected, attributes }, i) => {
    if (!known.has(source) || !known.has(target)) return;
    const arrow = !undirected && options.arrows;
    const curvature = curvatures.get(i) ?? 0;
    const edge: DisplayEdge = {
      size: 1.2,
      color: EDGE_COLORS[attributes.type],
      type: curvature === 0 ? (arrow ? 'arrow' : 'line') : arrow ? 'curvedArrow' : 'curved',
      curvature,
      relationType: attributes.type,
      modality: attributes.modality,
      firstSeen: attributes.firstSeen,
    };
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, edge);
    else graph.addDirectedEdgeWithKey(key, source, target, edge);
  });
  return graph;
}

/**
 * Curvature for each parallel relation between the same two entities (in
 * either direction), so each stays visible and clickable; a lone relation
 * stays straight. Curvature is relative to the edge's own direction, so the
 * sign flips for edges running against the pair's order.
 */
function parallelCurvatures(data: GraphExport, pairs: ReadonlyMap<string, number[]>): Map<number, number> {
  const out = new Map<number, number>();
  for (const group of pairs.values()) {
    if (group.length < 2) continue;
    const maxIndex = (group.length - 1) / 2;
    group.forEach((edgeIndex, i) => {
      const edge = data.edges[edgeIndex];
      if (!edge) return;
      const curvature = parallelCurvature(i - maxIndex, maxIndex) * (edge.source < edge.target ? 1 : -1);
      if (curvature !== 0) out.set(edgeIndex, curvature);
    });
  }
  return out;
}

/** What the legend and the time slider offer: the drawn types with their counts, and the dates. */
export interface GraphSummary {
  typeCounts: ReadonlyMap<EntityType, number>;
  relationCounts: ReadonlyMap<RelationType, number>;
  /** Sorted article dates: the slider's stops. */
  dates: readonly string[];
}

/** Summarises what is drawn now, so the legend and slider follow expand, collapse and hide. */
export function summarizeGraph(graph: DisplayGraph): GraphSummary {
  const typeCounts = new Map<EntityType, number>();
  const relationCounts = new Map<RelationType, number>();
  graph.forEachNode((_key, { entityType }) => typeCounts.set(entityType, (typeCounts.get(entityType) ?? 0) + 1));
  graph.forEachEdge((_key, { relationType }) =>
    relationCounts.set(relationType, (relationCounts.get(relationType) ?? 0) + 1),
  );
  return { typeCounts, relationCounts, dates: timelineDates(graph) };
}

/** The sorted distinct article dates of the relations: the stops of the time slider. */
export function timelineDates(graph: DisplayGraph): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_key, attributes) => {
    if (attributes.firstSeen) dates.add(attributes.firstSeen);
  });
  return [...dates].sort();
}
