/**
 * The bottom panel that holds the Cypher console: closed by default (a tab floating
 * over the graph, see style.css) so the graph gets the height, opened by its bar,
 * resized by dragging the bar's handle (or with the arrow keys on it). The height is
 * kept in localStorage; the panel never takes more than 60 % of the window, so the
 * graph stays usable.
 */
import { button, el } from './dom.ts';

export const PANEL_HEIGHT_STORAGE_KEY = 'coopgraph:console-height:v1';
const MIN_HEIGHT = 120;
const DEFAULT_HEIGHT = 240;
const MAX_SHARE = 0.6;
const KEY_STEP = 24;

/** The height the panel may take in a window this tall. */
export function clampPanelHeight(height: number, windowHeight: number): number {
  const max = Math.max(MIN_HEIGHT, Math.floor(windowHeight * MAX_SHARE));
  return Math.round(Math.min(Math.max(height, MIN_HEIGHT), max));
}

export interface CollapsiblePanel {
  /** Where the panel's content goes. */
  body: HTMLElement;
  setOpen(open: boolean): void;
  isOpen(): boolean;
}

function storedHeight(storage: Pick<Storage, 'getItem'> | undefined): number {
  const value = Number(storage?.getItem(PANEL_HEIGHT_STORAGE_KEY));
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_HEIGHT;
}

/**
 * Builds the bar and the body inside `root`; `onResize` runs after every open,
 * close or resize (the graph canvas must then measure itself again).
 */
export function mountCollapsiblePanel(
  root: HTMLElement,
  title: string,
  onResize: () => void,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): CollapsiblePanel {
  const body = el('div', { className: 'panel-body', attrs: { id: `${root.id}-body` } });
  body.hidden = true;
  let height = clampPanelHeight(storedHeight(storage), window.innerHeight);
  const handle = el('div', {
    className: 'panel-handle',
    attrs: {
      role: 'separator',
      tabindex: '0',
      'aria-orientation': 'horizontal',
      'aria-label': `${title}: высота`,
      'aria-controls': body.id,
    },
  });
  const toggle = button(`${title} ▸`, () => setOpen(body.hidden), {
    class: 'panel-toggle',
    'aria-expanded': 'false',
    'aria-controls': body.id,
  });

  function applyHeight(next: number, save: boolean): void {
    height = clampPanelHeight(next, window.innerHeight);
    body.style.setProperty('--panel-height', `${height}px`);
    handle.setAttribute('aria-valuenow', String(height));
    if (save) {
      try {
        storage?.setItem(PANEL_HEIGHT_STORAGE_KEY, String(height));
      } catch {
        // Storage full or disabled: the height just is not remembered.
      }
    }
    onResize();
  }
  function setOpen(open: boolean): void {
    body.hidden = !open;
    handle.hidden = !open;
    root.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = `${title} ${open ? '▾' : '▸'}`;
    if (open) applyHeight(height, false);
    else onResize();
  }

  handle.hidden = true;
  handle.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = height;
    const move = (e: PointerEvent) => applyHeight(startHeight + startY - e.clientY, false);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      applyHeight(height, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  handle.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    applyHeight(height + (event.key === 'ArrowUp' ? KEY_STEP : -KEY_STEP), true);
  });
  window.addEventListener('resize', () => {
    if (!body.hidden) applyHeight(height, false);
  });

  root.replaceChildren(handle, el('div', { className: 'panel-bar' }, [toggle]), body);
  return { body, setOpen, isOpen: () => !body.hidden };
}
