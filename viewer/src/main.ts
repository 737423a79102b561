/**
 * The viewer page, once boot.ts has asked for the graph: builds the display graph, mounts sigma
 * with the reducers, and wires search, filters, details and URL state to the
 * one `ViewState`. All view changes go through `commit(action(state, …))`.
 */
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, type EdgeProgramType, EdgeRectangleProgram } from 'sigma/rendering';
import type { EntityType, GraphExport, RelationType } from '../../src/schema/index.ts';
import {
  loadArticle,
  loadArticleRefs,
  loadEdgeEvidence,
  loadEntity,
  loadGraph,
  loadNeighbours,
  searchEntities,
} from './api.ts';
import { mountCollapsiblePanel } from './console-panel.ts';
import { mountControls } from './controls.ts';
import { createCurationTools } from './curation-actions.ts';
import { mountCypherConsole } from './cypher-console.ts';
import { renderArticle, renderEdge, renderEntity, renderMessage } from './details-panel.ts';
import { ARROWS_MAX_EDGES, buildDisplayGraph, summarizeGraph } from './display-graph.ts';
import { mountDossierButton } from './dossier-panel.ts';
import { EdgeLineArrowProgram } from './edge-programs.ts';
import type { EdgeView } from './edge-view.ts';
import { addNeighbourhood, dropNodes, mountExpandButtons, mountOverviewNote, neighboursParams } from './expand.ts';
import { createExpansionLedger } from './expansions.ts';
import { drawnGraph, exportGexf, exportPng } from './export-view.ts';
import type { RawResponse } from './graph-request.ts';
import { createLabelLayer } from './labels.ts';
import { POSITIONS_STORAGE_KEY, parseStoredPositions, placeNodes } from './layout.ts';
import { createLayoutControl, settleWhenIdle } from './layout-worker.ts';
import { mountPathFinder } from './path-finder.ts';
import { pickingOnDemand } from './picking-on-demand.ts';
import { createEdgeReducer, createNodeReducer, createRenderView } from './reducers.ts';
import { mountSearchBox } from './search-box.ts';
import { createSearchIndex } from './search-index.ts';
import type { ViewState } from './state.ts';
import * as actions from './state.ts';
import { statusCounts, statusText } from './status-line.ts';
import { decodeViewState, encodeViewState } from './url-state.ts';
import type { ViewerHandle } from './viewer-handle.ts';
import { computeVisibility } from './visibility.ts';

/** Beyond these sizes the costly niceties (edge picking, z-ordering) are off so panning stays smooth. */
const EDGE_EVENTS_MAX_EDGES = 20000;
const Z_INDEX_MAX_ITEMS = 20000;
const CAMERA_URL_DELAY_MS = 300;
/** The camera counts as moving this long after its last update (the layout pass and edge picking wait meanwhile). */
const CAMERA_MOVING_MS = 250;
/** An edge panel lists at most this many articles by title (each title is one small request). */
const EDGE_ARTICLES_SHOWN = 12;

declare global {
  interface Window {
    coopgraph?: ViewerHandle;
  }
}

function required<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`viewer: missing ${selector} in index.html`);
  return element;
}

function readStoredPositions(): string | null {
  try {
    return localStorage.getItem(POSITIONS_STORAGE_KEY);
  } catch {
    return null;
  }
}

function startViewer(data: GraphExport): ViewerHandle {
  const container = required<HTMLElement>('#graph');
  const details = required<HTMLElement>('#details');
  const graph = buildDisplayGraph(data);
  const wantsInitialLayout = placeNodes(graph, parseStoredPositions(readStoredPositions()));
  // Everything loaded so far, drawn or not: names for panels, attributes for the GEXF export.
  const nodeData = new Map(data.nodes.map((n) => [n.key, n]));
  const edgeData = new Map(data.edges.map((e) => [e.key, e]));
  const nodeName = (key: string) => nodeData.get(key)?.attributes.name ?? key;
  // What each expand drew, so a collapse takes out only what nothing else needs.
  const expansions = createExpansionLedger(graph.nodes());

  let state: ViewState = { ...decodeViewState(location.hash), hovered: null };
  let visibility = computeVisibility(graph, state);
  let view = createRenderView(graph, state, visibility);
  const big = graph.size > Z_INDEX_MAX_ITEMS || graph.order > Z_INDEX_MAX_ITEMS;
  const labels = createLabelLayer();
  let cameraMovedAt = Number.NEGATIVE_INFINITY;
  const cameraMoving = () => performance.now() - cameraMovedAt < CAMERA_MOVING_MS;
  // Edge picking is drawn once the pointer has been over the graph, and not while the camera moves.
  let pointerSeen = false;
  const edgePicking = () => pointerSeen && !cameraMoving();
  const onDemand = (program: EdgeProgramType) => pickingOnDemand(program, edgePicking);

  const renderer = new Sigma(graph, container, {
    nodeReducer: createNodeReducer(() => view),
    edgeReducer: createEdgeReducer(() => view),
    defaultEdgeType: 'line',
    edgeProgramClasses: {
      line: onDemand(EdgeLineProgram),
      arrow: onDemand(EdgeLineArrowProgram),
      // What a highlighted line or arrow switches to (reducers.ts): sigma's programs with a width.
      wideLine: onDemand(EdgeRectangleProgram),
      wideArrow: onDemand(EdgeArrowProgram),
      curved: onDemand(EdgeCurveProgram),
      curvedArrow: onDemand(EdgeCurvedArrowProgram),
    },
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
    zIndex: !big,
    labelDensity: state.labelDensity,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 7,
    // Sigma's grid proposes labels; the label layer drops those that would overlap or leave the canvas.
    defaultDrawNodeLabel: labels.collect,
    defaultDrawNodeHover: labels.hover,
    stagePadding: 40,
    labelFont: '"DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif',
    labelSize: 13,
    labelWeight: '500',
  });
  renderer.on('beforeRender', labels.begin);
  renderer.on('afterRender', labels.flush);
  // The constructor drew the first frame before the label layer listened: place that frame's labels now
  // (a second render of the whole graph would only delay the first frame).
  labels.flush();
  const camera = renderer.getCamera();
  const status = required<HTMLElement>('#status');
  const showStatus = () => {
    status.textContent = statusText(statusCounts(graph, visibility), state.until);
  };
  if (state.camera) camera.setState(state.camera);
  mountOverviewNote(status, data);

  let lastHash = '';
  const writeUrl = () => {
    const hash = encodeViewState(state);
    if (hash === lastHash) return;
    lastHash = hash;
    history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  };

  // The search index exists by the time an entity is shown (entities load asynchronously).
  const curation = createCurationTools(() => index);
  const detailsActions = {
    selectNode: (key: string) => select(key),
    openArticle,
    entityTools: curation.entity,
    edgeTools: curation.edge,
  };
  function showSelection(): void {
    const selection = state.selection;
    if (!selection) {
      renderMessage(details, 'Выберите узел на графе или найдите его через поиск.');
      return;
    }
    if (selection.kind === 'edge') {
      const edge = edgeData.get(selection.key);
      if (!edge) {
        renderMessage(details, 'Связь не найдена.');
        return;
      }
      const key = selection.key;
      const ids = edge.attributes.articleIds.slice(0, EDGE_ARTICLES_SHOWN);
      const view = (articles: EdgeView['articles']): EdgeView => ({
        source: { key: edge.source, name: nodeName(edge.source) },
        target: { key: edge.target, name: nodeName(edge.target) },
        attributes: edge.attributes,
        articles,
        moreArticles: edge.attributes.articleIds.length - ids.length,
      });
      const stillSelected = () => state.selection?.kind === 'edge' && state.selection.key === key;
      renderEdge(details, view(undefined), detailsActions);
      if (ids.length === 0) {
        // The compact graph carries no evidence: fetch this relation's first page now.
        void loadEdgeEvidence(key, EDGE_ARTICLES_SHOWN).then(
          (page) => {
            if (!stillSelected()) return;
            const evidence = page.items.map(({ articleId, title, date, source, url, sentences }) => ({
              article: {
                id: articleId,
                title: title || `статья ${articleId.slice(0, 8)}`,
                ...(date ? { date } : {}),
                ...(source ? { source } : {}),
                ...(url ? { url } : {}),
              },
              sentences,
            }));
            const more = page.total - page.items.length;
            renderEdge(details, { ...view([]), evidence, moreArticles: more }, detailsActions);
          },
          (error: unknown) => {
            if (stillSelected()) renderMessage(details, `Цитаты недоступны: ${(error as Error).message}`);
          },
        );
        return;
      }
      void loadArticleRefs(ids).then((articles) => {
        if (stillSelected()) renderEdge(details, view(articles), detailsActions);
      });
      return;
    }
    const key = selection.key;
    renderMessage(details, `Загрузка: ${nodeName(key)}…`);
    loadEntity(key).then(
      (entity) => {
        if (state.selection?.kind !== 'node' || state.selection.key !== key) return;
        renderEntity(details, entity, detailsActions);
        // Runs after start-up (the entity loads asynchronously), so the search index exists.
        mountPathFinder(details, key, index, {
          selectNode: select,
          mark: (nodes, edges) => commit(actions.markItems(state, nodes, edges)),
        });
        mountDossierButton(details, key, { selectNode: select, openArticle, back: showSelection });
        mountExpandButtons(details, key, {
          expand: expandNode,
          collapse: collapseNode,
          isExpanded: expansions.isExpanded,
          hide: hideNode,
        });
      },
      (error: unknown) => renderMessage(details, `Не удалось загрузить: ${(error as Error).message}`),
    );
  }
  function openArticle(id: string): void {
    loadArticle(id).then(
      (article) => renderArticle(details, article, showSelection),
      (error: unknown) => renderMessage(details, `Статья недоступна: ${(error as Error).message}`),
    );
  }

  function commit(next: ViewState): void {
    const previous = state;
    if (next === previous) return;
    state = next;
    if (actions.filtersChanged(previous, next)) {
      visibility = computeVisibility(graph, next);
      showStatus();
    }
    view = createRenderView(graph, next, visibility);
    if (previous.labelDensity !== next.labelDensity) renderer.setSetting('labelDensity', next.labelDensity);
    renderer.refresh({ skipIndexation: true });
    if (previous.selection?.key !== next.selection?.key || previous.selection?.kind !== next.selection?.kind) {
      showSelection();
    }
    controls.sync(next);
    writeUrl();
  }

  /**
   * After nodes were added or removed: the current filters apply to them, and the legend,
   * the slider's dates, the reducers' view and the status line follow.
   */
  function graphChanged(): void {
    visibility = computeVisibility(graph, state);
    view = createRenderView(graph, state, visibility);
    controls.update(summarizeGraph(graph));
    showStatus();
    // Drawn on the next frame, or at once by a commit that follows: big graphs draw once, not twice.
    renderer.refresh({ schedule: true });
  }
  /** Adds an entity's neighbours (as the filters allow) around it; nothing drawn moves. */
  async function expandNode(key: string): Promise<void> {
    const response = await loadNeighbours(key, neighboursParams(state));
    // The first layout pass writes positions back by node order: it must not run across added nodes.
    stopInitialLayout();
    const { x, y } = camera.getState();
    const centre = renderer.viewportToGraph(renderer.framedGraphToViewport({ x, y }));
    const added = addNeighbourhood(graph, response, centre, graph.size <= ARROWS_MAX_EDGES);
    for (const node of response.nodes) if (!nodeData.has(node.key)) nodeData.set(node.key, node);
    for (const edge of response.edges) if (!edgeData.has(edge.key)) edgeData.set(edge.key, edge);
    expansions.record(
      key,
      response.nodes.map((node) => node.key).filter((k) => graph.hasNode(k)),
    );
    graphChanged();
    commit(actions.markItems(state, [key, ...added.nodes], added.edges));
  }
  /** Undoes the expands of `key`: drops the nodes only they drew (the node itself stays). */
  function collapseNode(key: string): void {
    const dropped = expansions.collapse(key);
    if (dropped.length === 0) return;
    stopInitialLayout();
    dropNodes(graph, dropped);
    const selection = state.selection;
    if (selection && !(selection.kind === 'node' ? graph.hasNode(selection.key) : graph.hasEdge(selection.key))) {
      commit(actions.selectNode(state, null));
    }
    graphChanged();
    if (state.marked) commit(actions.clearMarks(state));
  }
  function hideNode(key: string): void {
    if (!graph.hasNode(key)) return;
    stopInitialLayout();
    graph.dropNode(key);
    if (state.selection?.kind === 'node' && state.selection.key === key) commit(actions.selectNode(state, null));
    graphChanged();
  }
  /** A search hit: selected when drawn, else added with its neighbourhood first. */
  function pick(key: string): void {
    if (graph.hasNode(key)) {
      select(key);
      return;
    }
    // Picked by name: it stays when an expand that also drew it is collapsed.
    expansions.pin(key);
    expandNode(key).then(
      () => select(key),
      (error: unknown) => renderMessage(details, `Не удалось добавить: ${(error as Error).message}`),
    );
  }

  function centreOn(key: string): void {
    const position = renderer.getNodeDisplayData(key);
    if (position)
      camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: 400 });
  }
  function select(key: string): void {
    commit(actions.selectNode(state, key));
    centreOn(key);
  }

  const layout = createLayoutControl(graph, localStorage);
  // Cancels the initial layout pass while it runs (the user's worker, or the page closing, takes over).
  let stopInitialLayout = () => {};
  const controls = mountControls(required('#controls'), summarizeGraph(graph), {
    setTypeVisible: (type: EntityType, visible) => commit(actions.setTypeVisible(state, type, visible)),
    setRelationVisible: (type: RelationType, visible) => commit(actions.setRelationVisible(state, type, visible)),
    setFactsOnly: (factsOnly) => commit(actions.setFactsOnly(state, factsOnly)),
    setUntil: (until) => commit(actions.setUntil(state, until)),
    setLabelDensity: (density) => commit(actions.setLabelDensity(state, density)),
    setLanguage: (language) => commit(actions.setLanguage(state, language)),
    toggleLayout: () => {
      stopInitialLayout();
      if (layout.isRunning()) layout.stop();
      else layout.start();
      return layout.isRunning();
    },
    exportPng: () => void exportPng(renderer),
    exportGexf: () =>
      void exportGexf(drawnGraph(graph, visibility, { nodes: nodeData, edges: edgeData }, data.attributes)).catch(
        (error: unknown) => {
          status.textContent = `GEXF не сохранён: ${(error as Error).message}`;
        },
      ),
  });
  controls.sync(state);

  // Built on the first search, when hidden or collapsed entities may have left the graph.
  const index = createSearchIndex(data.nodes, (key) => (graph.hasNode(key) ? graph.degree(key) : 0));
  const initialKeys = new Set(data.nodes.map((n) => n.key));
  mountSearchBox(required('#search'), required('#suggestions'), index, pick, async (text) => {
    const { hits } = await searchEntities(text, 10);
    return hits
      .filter((hit) => !initialKeys.has(hit.id))
      .map(({ id, name, type, matched }) => ({ key: id, name, type, ...(matched ? { matched } : {}) }));
  });

  // Hover dims the whole graph, i.e. re-reduces every item; on big graphs only clicks do that.
  if (!big) {
    renderer.on('enterNode', ({ node }) => commit(actions.hoverNode(state, node)));
    renderer.on('leaveNode', () => commit(actions.hoverNode(state, null)));
  }
  renderer.on('clickNode', ({ node }) => commit(actions.selectNode(state, node)));
  renderer.on('clickEdge', ({ edge }) => commit(actions.selectEdge(state, edge)));
  renderer.on('clickStage', () => commit(actions.selectNode(state, null)));
  // Escape drops the selection, unless a text field is using the key (the search box closes its list).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'range') return;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    commit(actions.selectNode(state, null));
  });

  // A touch without hover counts too (that first tap finds nodes only; the frame after it has edge picking).
  const pointerArrived = () => {
    if (pointerSeen) return;
    pointerSeen = true;
    renderer.scheduleRender();
  };
  container.addEventListener('pointerover', pointerArrived);
  container.addEventListener('pointerdown', pointerArrived);
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  let pickingTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', () => {
    cameraMovedAt = performance.now();
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      state = actions.setCamera(state, { x, y, ratio });
      writeUrl();
    }, CAMERA_URL_DELAY_MS);
    // The frames of a move skipped edge picking: one more frame draws it once the camera rests.
    clearTimeout(pickingTimer);
    pickingTimer = setTimeout(() => {
      if (pointerSeen) renderer.scheduleRender();
    }, CAMERA_MOVING_MS);
  });
  window.addEventListener('hashchange', () => {
    const next = { ...decodeViewState(location.hash), hovered: null };
    commit(next);
    if (next.camera) camera.setState(next.camera);
    else if (next.selection?.kind === 'node') centreOn(next.selection.key);
  });
  window.addEventListener('beforeunload', () => {
    // A layout still running when the page goes keeps where it got to.
    stopInitialLayout();
    if (layout.isRunning()) layout.stop();
    layout.kill();
  });

  showSelection();
  if (!state.camera && state.selection?.kind === 'node') centreOn(state.selection.key);
  // Sigma drew the first frame (seeded positions) in its constructor; mark the page ready once that frame
  // is on screen, then let a small graph settle in slices. The `coopgraph:ready` performance mark lets
  // benchmarks read when that was.
  requestAnimationFrame(() => {
    performance.mark('coopgraph:ready');
    document.body.dataset.ready = 'true';
    // `data-layout="done"` once the first layout pass has written its positions (or was stopped).
    const layoutDone = () => {
      document.body.dataset.layout = 'done';
    };
    // The pass waits while the camera moves (a pan or zoom keeps its frames).
    if (wantsInitialLayout) stopInitialLayout = settleWhenIdle(graph, layoutDone, cameraMoving);
    else layoutDone();
  });
  showStatus();
  return {
    renderer,
    graph,
    getState: () => state,
    select,
    mark: (nodes, edges) => commit(actions.markItems(state, nodes, edges)),
    clearMarks: () => commit(actions.clearMarks(state)),
    labels: labels.drawn,
  };
}

/** Starts the page once the graph that boot.ts asked for has come. */
export function startPage(request: Promise<RawResponse>): void {
  loadGraph(request).then(
    (data) => {
      const viewer = startViewer(data);
      window.coopgraph = viewer;
      const panel = mountCollapsiblePanel(required('#cypher'), 'Cypher', () => viewer.renderer.scheduleRefresh());
      mountCypherConsole(panel.body, viewer);
    },
    (error: unknown) => {
      const status = document.querySelector('#status');
      if (status) status.textContent = `Граф не загрузился: ${(error as Error).message}`;
      document.body.dataset.ready = 'error';
    },
  );
}
