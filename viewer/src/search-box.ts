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
): void {
  let suggestions: Suggestion[] = [];
  let active = -1;

  const close = () => {
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
    render();
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
