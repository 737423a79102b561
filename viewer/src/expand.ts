/**
 * Growing and trimming the drawn graph on demand: "Показать соседей" adds an
 * entity's neighbours from `GET /api/entities/:id/neighbours` around it
 * without moving anything already drawn, a search hit that is not drawn is
 * added with its neighbourhood, "Свернуть" takes back what an expand added
 * (see `expansions.ts` for what stays), and "Скрыть" takes a node off the
 * view. The overview note says what the server left out of the first view.
 */
import {
  ENTITY_TYPES,
  type EntityType,
  type GraphExport,
  RELATION_TYPES,
  type RelationType,
} from '../../src/schema/index.ts';
import type { NeighboursResponse } from '../../src/schema/neighbours.ts';
import { transliterate } from '../../src/schema/transliterate.ts';
import { type DisplayEdge, type DisplayGraph, nodeSize } from './display-graph.ts';
import { button, el } from './dom.ts';
import { EDGE_COLORS, NODE_COLORS } from './palette.ts';
import type { ViewState } from './state.ts';

/** Neighbours one "Показать соседей" adds at most (the most stated relations first). */
export const EXPAND_LIMIT = 200;

/** The golden angle: successive points of a sunflower spiral never line up, so no two overlap. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Where the `i`-th new neighbour goes: a sunflower spiral around the parent, denser near it. */
export function spiralPosition(center: { x: number; y: number }, step: number, i: number): { x: number; y: number } {
  const radius = step * Math.sqrt(i + 1);
  return { x: center.x + radius * Math.cos(i * GOLDEN_ANGLE), y: center.y + radius * Math.sin(i * GOLDEN_ANGLE) };
}

/** A spacing for new nodes: a small share of the drawn graph's extent, so they sit close to their parent. */
export function spiralStep(graph: DisplayGraph): number {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_key, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  return Number.isFinite(extent) && extent > 0 ? extent / (2 * Math.sqrt(Math.max(graph.order, 1)) + 20) : 1;
}

/** The nodes and edges an expand added, to select or mark them. */
export interface Added {
  nodes: string[];
  edges: string[];
}

/**
 * Adds what the neighbourhood has and the drawn graph lacks. Nothing drawn moves: the
 * centre, when new, goes next to a drawn neighbour (else at `fallback`), and new
 * neighbours go on a spiral around the centre.
 */
export function addNeighbourhood(
  graph: DisplayGraph,
  response: NeighboursResponse,
  fallback: { x: number; y: number },
  arrows: boolean,
): Added {
  const added: Added = { nodes: [], edges: [] };
  const step = spiralStep(graph);
  const byKey = new Map(response.nodes.map((node) => [node.key, node]));
  const addNode = (key: string, position: { x: number; y: number }) => {
    const node = byKey.get(key);
    if (!node || graph.hasNode(key)) return;
    const { attributes } = node;
    graph.addNode(key, {
      ...position,
      size: nodeSize(attributes.degree ?? 0),
      color: NODE_COLORS[attributes.type],
      label: attributes.name,
      labelEn: attributes.nameEn ?? transliterate(attributes.name),
      entityType: attributes.type,
      firstSeen: attributes.firstSeen,
    });
    added.nodes.push(key);
  };
  if (!graph.hasNode(response.center)) {
    const drawn = response.nodes.find((node) => graph.hasNode(node.key));
    const anchor = drawn ? graph.getNodeAttributes(drawn.key) : fallback;
    addNode(response.center, spiralPosition(anchor, step, 0));
  }
  const center = graph.getNodeAttributes(response.center);
  let i = 0;
  for (const node of response.nodes) {
    if (graph.hasNode(node.key)) continue;
    addNode(node.key, spiralPosition(center, step, i++));
  }
  for (const { key, source, target, undirected, attributes } of response.edges) {
    if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const edge: DisplayEdge = {
      size: 1.2,
      color: EDGE_COLORS[attributes.type],
      type: !undirected && arrows ? 'arrow' : 'line',
      curvature: 0,
      relationType: attributes.type,
      modality: attributes.modality,
      firstSeen: attributes.firstSeen,
    };
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, edge);
    else graph.addDirectedEdgeWithKey(key, source, target, edge);
    added.edges.push(key);
    // An earlier relation dates its ends earlier too, so the time slider shows them with it.
    for (const end of [source, target]) lowerFirstSeen(graph, end, attributes.firstSeen);
  }
  return added;
}

function lowerFirstSeen(graph: DisplayGraph, key: string, date: string | undefined): void {
  const seen = graph.getNodeAttribute(key, 'firstSeen');
  if (date && (!seen || date < seen)) graph.setNodeAttribute(key, 'firstSeen', date);
}

/**
 * Takes nodes off the drawn graph with their relations (a collapse). The nodes
 * left at the other end of a dropped relation date from their remaining relations again.
 */
export function dropNodes(graph: DisplayGraph, keys: Iterable<string>): void {
  const touched = new Set<string>();
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    for (const neighbour of graph.neighbors(key)) touched.add(neighbour);
    graph.dropNode(key);
  }
  for (const key of touched) {
    if (!graph.hasNode(key)) continue;
    let first: string | undefined;
    graph.forEachEdge(key, (_edge, { firstSeen }) => {
      if (firstSeen && (!first || firstSeen < first)) first = firstSeen;
    });
    if (first) graph.setNodeAttribute(key, 'firstSeen', first);
  }
}

/**
 * The neighbours query for the current filters: the server leaves out what the
 * filters would hide anyway (hidden types and relations, relations after the slider).
 */
export function neighboursParams(state: Pick<ViewState, 'hiddenTypes' | 'hiddenRelations' | 'until'>): URLSearchParams {
  const params = new URLSearchParams({ limit: String(EXPAND_LIMIT) });
  const types = ENTITY_TYPES.filter((t: EntityType) => !state.hiddenTypes.has(t));
  const relations = RELATION_TYPES.filter((r: RelationType) => !state.hiddenRelations.has(r));
  if (types.length < ENTITY_TYPES.length) params.set('types', types.join(','));
  if (relations.length < RELATION_TYPES.length) params.set('relations', relations.join(','));
  if (state.until) params.set('until', state.until);
  return params;
}

/** The note under an overview: how much of the graph is drawn and how to reach the rest. */
export function overviewNote(attributes: GraphExport['attributes'], nodes: number, edges: number): string | undefined {
  if (attributes.overview !== true) return undefined;
  const totalNodes = typeof attributes.totalNodes === 'number' ? attributes.totalNodes : nodes;
  const totalEdges = typeof attributes.totalEdges === 'number' ? attributes.totalEdges : edges;
  return (
    `Обзор: ${nodes.toLocaleString('ru')} самых связанных узлов из ${totalNodes.toLocaleString('ru')}, ` +
    `связей ${edges.toLocaleString('ru')} из ${totalEdges.toLocaleString('ru')}. ` +
    'Остальное — через поиск и «Показать соседей».'
  );
}

/** Shows the overview note under the status line, when the graph is an overview. */
export function mountOverviewNote(status: HTMLElement, data: GraphExport): void {
  const text = overviewNote(data.attributes, data.nodes.length, data.edges.length);
  if (text) status.after(el('span', { className: 'overview-note', text, attrs: { id: 'overview-note' } }));
}

export interface ExpandActions {
  expand(key: string): Promise<void>;
  /** Undoes the node's expands; see `ExpansionLedger.collapse`. */
  collapse(key: string): void;
  isExpanded(key: string): boolean;
  hide(key: string): void;
}

/**
 * Adds "Показать соседей", "Свернуть" (once the node is expanded) and "Скрыть"
 * under the entity's heading in the details panel.
 */
export function mountExpandButtons(panel: HTMLElement, key: string, actions: ExpandActions): void {
  const status = el('span', { className: 'hint' });
  const collapse = button('Свернуть', () => {
    actions.collapse(key);
    collapse.hidden = true;
  });
  collapse.title = 'Убрать соседей, которых добавило «Показать соседей»';
  collapse.hidden = !actions.isExpanded(key);
  const expand = button('Показать соседей', () => {
    status.textContent = ' загрузка…';
    actions.expand(key).then(
      () => {
        status.textContent = '';
        collapse.hidden = !actions.isExpanded(key);
      },
      (error: unknown) => {
        status.textContent = ` ${(error as Error).message}`;
      },
    );
  });
  const hide = button('Скрыть', () => actions.hide(key));
  panel.insertBefore(
    el('p', { className: 'expand-actions' }, [expand, ' ', collapse, ' ', hide, status]),
    panel.children[2] ?? null,
  );
}
