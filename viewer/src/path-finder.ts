/**
 * "Путь до…": from the selected entity, pick a second one in a search box and
 * see the shortest cooperation paths between them (`GET /api/paths`), listed
 * with the relation types along the way and marked on the graph.
 */
import { type PathsResponse, RELATION_TYPE_LABELS } from '../../src/schema/index.ts';
import { loadPaths } from './api.ts';
import { button, el } from './dom.ts';
import { mountSearchBox } from './search-box.ts';
import type { SearchIndex } from './search-index.ts';

export interface PathActions {
  selectNode(key: string): void;
  /** Highlights the found paths on the graph. */
  mark(nodes: Iterable<string>, edges: Iterable<string>): void;
}

/** Lists each path as "A —relation→ B —relation→ C", every entity a link. */
export function renderPaths(target: HTMLElement, response: PathsResponse, actions: PathActions): void {
  if (response.paths.length === 0) {
    target.replaceChildren(el('p', { className: 'hint', text: 'Путь не найден (до 4 связей).' }));
    return;
  }
  target.replaceChildren(
    el(
      'ol',
      { className: 'paths' },
      response.paths.map((path) =>
        el(
          'li',
          { className: 'path' },
          path.nodes.flatMap((node, i) => {
            const step = path.relations[i - 1];
            const link = button(node.name, () => actions.selectNode(node.id), { class: 'link' });
            if (!step) return [link];
            const forward = step.source === path.nodes[i - 1]?.id;
            const label = RELATION_TYPE_LABELS[step.type].ru;
            return [el('span', { className: 'path-step', text: forward ? ` —${label}→ ` : ` ←${label}— ` }), link];
          }),
        ),
      ),
    ),
  );
}

/** Adds the path finder for the entity `from` to the details panel, under its heading. */
export function mountPathFinder(panel: HTMLElement, from: string, index: SearchIndex, actions: PathActions): void {
  const input = el('input', {
    attrs: { type: 'search', 'aria-label': 'Путь до', placeholder: 'Путь до…', autocomplete: 'off' },
  });
  const list = el('div', { className: 'path-suggestions', attrs: { role: 'listbox' } });
  list.hidden = true;
  const result = el('div', { className: 'path-result' });
  mountSearchBox(input, list, index, (to) => {
    if (to === from) return;
    result.replaceChildren(el('p', { className: 'hint', text: 'Поиск пути…' }));
    loadPaths(from, to).then(
      (response) => {
        actions.mark(
          response.paths.flatMap((p) => p.nodes.map((n) => n.id)),
          response.paths.flatMap((p) => p.relations.map((r) => r.key)),
        );
        renderPaths(result, response, actions);
      },
      (error: unknown) =>
        result.replaceChildren(el('p', { className: 'hint', text: `Путь недоступен: ${(error as Error).message}` })),
    );
  });
  const section = el('section', { className: 'path-finder' }, [el('h3', { text: 'Путь до…' }), input, list, result]);
  // Right under the entity's name and type badge, above its (possibly long) relation lists.
  panel.insertBefore(section, panel.children[2] ?? null);
}
