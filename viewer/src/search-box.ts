/** The search box with suggestions as you type (keyboard and mouse), over the in-page search index. */
import { ENTITY_TYPE_LABELS } from '../../src/schema/index.ts';
import { el } from './dom.ts';
import { NODE_COLORS } from './palette.ts';
import type { SearchIndex, Suggestion } from './search-index.ts';

export function mountSearchBox(
  input: HTMLInputElement,
  list: HTMLElement,
  index: SearchIndex,
  pick: (key: string) => void,
  /** Server suggestions for entities not drawn, appended after the local ones once they arrive. */
  remote?: (text: string) => Promise<Suggestion[]>,
): void {
  let suggestions: Suggestion[] = [];
  let active = -1;
  const remoteKeys = new Set<string>();
  let remoteTimer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    clearTimeout(remoteTimer);
    asked++;
    suggestions = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const choose = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    input.value = suggestion.name;
    close();
    pick(suggestion.key);
  };
  const render = () => {
    list.replaceChildren(
      ...suggestions.map((s, i) => {
        const option = el(
          'li',
          { attrs: { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === active) } },
          [
            el('span', { className: 'swatch' }),
            el('span', { className: 'suggestion-name', text: s.name }),
            el('span', { className: 'suggestion-type', text: ENTITY_TYPE_LABELS[s.type].ru }),
            s.matched ? el('span', { className: 'suggestion-alias', text: s.matched }) : null,
            remoteKeys.has(s.key) ? el('span', { className: 'suggestion-remote', text: 'с сервера' }) : null,
          ],
        );
        const swatch = option.firstElementChild as HTMLElement;
        swatch.style.background = NODE_COLORS[s.type];
        // mousedown, not click: it fires before the input's blur closes the list.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(s);
        });
        return option;
      }),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    suggestions = index.search(input.value, 10);
    active = -1;
    remoteKeys.clear();
    render();
    clearTimeout(remoteTimer);
    if (!remote || !input.value.trim()) return;
    const text = input.value;
    const ask = ++asked;
    remoteTimer = setTimeout(() => {
      remote(text).then(
        (hits) => {
          if (ask !== asked || document.activeElement !== input) return;
          const shown = new Set(suggestions.map((s) => s.key));
          const extra = hits.filter((hit) => !shown.has(hit.key)).slice(0, Math.max(0, 10 - suggestions.length));
          for (const hit of extra) remoteKeys.add(hit.key);
          suggestions = [...suggestions, ...extra];
          render();
        },
        // The server's hits only add to the local ones, which stay shown when it cannot answer.
        () => {},
      );
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(suggestions[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
