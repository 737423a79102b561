/**
 * Turns the API's serialised graph into the graph sigma draws: colour by
 * type, size by degree, curvature for parallel relations, labels in both
 * languages. Built once per load; view state never edits it afterwards (the
 * reducers do that), only the layout moves its x/y.
 */
import { MultiGraph } from 'graphology';
import {
  ENTITY_TYPE_LABELS,
  type EntityType,
  type GraphExport,
  type Modality,
  RELATION_TYPE_LABELS,
  type RelationType,
} from '../../src/schema/index.ts';
import { transliterate } from './transliterate.ts';

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

/** Builds the display graph; nodes start at (0,0) until the layout places them. */
export function buildDisplayGraph(data: GraphExport): DisplayGraph {
  const graph: DisplayGraph = new MultiGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: true });
  for (const { key, attributes } of data.nodes) {
    graph.addNode(key, {
      x: typeof attributes.x === 'number' ? attributes.x : 0,
      y: typeof attributes.y === 'number' ? attributes.y : 0,
      size: 4,
      color: ENTITY_TYPE_LABELS[attributes.type].color,
      label: attributes.name,
      labelEn: attributes.nameEn ?? transliterate(attributes.name),
      entityType: attributes.type,
      firstSeen: undefined,
    });
  }
  for (const { key, source, target, undirected, attributes } of data.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    const edge: DisplayEdge = {
      size: 1.5,
      color: RELATION_TYPE_LABELS[attributes.type].color,
      type: undirected ? 'line' : 'arrow',
      curvature: 0,
      relationType: attributes.type,
      modality: attributes.modality,
      firstSeen: attributes.firstSeen,
    };
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, edge);
    else graph.addDirectedEdgeWithKey(key, source, target, edge);
  }
  graph.forEachNode((key, node) => {
    let firstSeen: string | undefined;
    graph.forEachEdge(key, (_edge, attributes) => {
      if (attributes.firstSeen && (!firstSeen || attributes.firstSeen < firstSeen)) firstSeen = attributes.firstSeen;
    });
    node.size = nodeSize(graph.degree(key));
    node.firstSeen = firstSeen;
  });
  curveParallelEdges(graph);
  return graph;
}

/**
 * Spreads parallel relations between the same two entities (in either
 * direction) as curves, so each stays visible and clickable; a lone relation
 * stays straight. Curvature is relative to the edge's own direction, so the
 * sign flips for edges running against the pair's order.
 */
function curveParallelEdges(graph: DisplayGraph): void {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((key, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(key);
    else groups.set(pair, [key]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const maxIndex = (group.length - 1) / 2;
    group.forEach((key, i) => {
      const attributes = graph.getEdgeAttributes(key);
      const forward = graph.source(key) < graph.target(key);
      const curvature = parallelCurvature(i - maxIndex, maxIndex) * (forward ? 1 : -1);
      if (curvature === 0) return;
      attributes.type = attributes.type === 'arrow' ? 'curvedArrow' : 'curved';
      attributes.curvature = curvature;
    });
  }
}

/** The sorted distinct article dates of the relations: the stops of the time slider. */
export function timelineDates(graph: DisplayGraph): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_key, attributes) => {
    if (attributes.firstSeen) dates.add(attributes.firstSeen);
  });
  return [...dates].sort();
}
