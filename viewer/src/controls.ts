/**
 * The side panel's controls: the legend that doubles as type filters, relation
 * filters, facts-only, the time slider with playback, label density, label
 * language, layout and export buttons. Controls only call actions; `sync`
 * puts the state back into the inputs (after a URL load, for example), and
 * `update` follows the drawn graph as expand, collapse and hide change it:
 * the legend lists what is drawn (and any type still hidden), the slider's
 * stops are the drawn relations' dates, and playback steps through them.
 */
import {
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  type EntityType,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
  type RelationType,
} from '../../src/schema/index.ts';
import type { GraphSummary } from './display-graph.ts';
import { button, el } from './dom.ts';
import { EDGE_COLORS, NODE_COLORS } from './palette.ts';
import type { ViewState } from './state.ts';

export interface ControlActions {
  setTypeVisible(type: EntityType, visible: boolean): void;
  setRelationVisible(type: RelationType, visible: boolean): void;
  setFactsOnly(factsOnly: boolean): void;
  setUntil(until: string | null): void;
  setLabelDensity(density: number): void;
  setLanguage(language: 'ru' | 'en'): void;
  toggleLayout(): boolean;
  exportPng(): void;
  exportGexf(): void;
}

/** The legend's types with counts and the slider's dates, for what is drawn now. */
export type ControlData = GraphSummary;

export interface Controls {
  sync(state: ViewState): void;
  /** Rebuilds the legend and the slider's stops after nodes or edges were added or removed. */
  update(data: ControlData): void;
}

const PLAY_STEP_MS = 700;

/** A legend row that is also a filter; `shape` draws nodes as discs and relations as line segments. */
function filterRow(
  label: string,
  swatchStyle: { color: string; shape: 'disc' | 'line' },
  count: number,
  onChange: (checked: boolean) => void,
) {
  const box = el('input', { attrs: { type: 'checkbox' } });
  box.checked = true;
  box.addEventListener('change', () => onChange(box.checked));
  const swatch = el('span', { className: `swatch ${swatchStyle.shape}` });
  swatch.style.background = swatchStyle.color;
  return {
    box,
    row: el('label', { className: 'filter-row' }, [
      box,
      swatch,
      el('span', { text: label }),
      el('span', { className: 'count', text: String(count) }),
    ]),
  };
}

/** Legend rows for the types drawn or hidden (a hidden type keeps its row, so it can be shown again). */
function legendTypes<T extends string>(all: readonly T[], counts: ReadonlyMap<T, number>, hidden: ReadonlySet<T>): T[] {
  return all.filter((type) => counts.has(type) || hidden.has(type));
}

export function mountControls(container: HTMLElement, initial: ControlData, actions: ControlActions): Controls {
  let data = initial;
  let last: ViewState | undefined;
  /** The rows' types and counts as last drawn, to rebuild the legend only when it changes. */
  let legendKey = '';
  const typeBoxes = new Map<EntityType, HTMLInputElement>();
  const relationBoxes = new Map<RelationType, HTMLInputElement>();
  const typeSection = el('div', { className: 'legend-types' });
  const relationSection = el('div', { className: 'legend-relations' });

  function renderLegend(hiddenTypes: ReadonlySet<EntityType>, hiddenRelations: ReadonlySet<RelationType>): void {
    const types = legendTypes(ENTITY_TYPES, data.typeCounts, hiddenTypes);
    const relations = legendTypes(RELATION_TYPES, data.relationCounts, hiddenRelations);
    const key = JSON.stringify([
      types.map((t) => [t, data.typeCounts.get(t) ?? 0]),
      relations.map((r) => [r, data.relationCounts.get(r) ?? 0]),
    ]);
    if (key === legendKey) return;
    legendKey = key;
    typeBoxes.clear();
    typeSection.replaceChildren(
      ...types.map((type) => {
        const { box, row } = filterRow(
          ENTITY_TYPE_LABELS[type].ru,
          { color: NODE_COLORS[type], shape: 'disc' },
          data.typeCounts.get(type) ?? 0,
          (checked) => actions.setTypeVisible(type, checked),
        );
        box.setAttribute('aria-label', `Показать: ${ENTITY_TYPE_LABELS[type].ru}`);
        typeBoxes.set(type, box);
        return row;
      }),
    );
    relationBoxes.clear();
    relationSection.replaceChildren(
      ...relations.map((type) => {
        const { box, row } = filterRow(
          RELATION_TYPE_LABELS[type].ru,
          { color: EDGE_COLORS[type], shape: 'line' },
          data.relationCounts.get(type) ?? 0,
          (checked) => actions.setRelationVisible(type, checked),
        );
        box.setAttribute('aria-label', `Показать связи: ${RELATION_TYPE_LABELS[type].ru}`);
        relationBoxes.set(type, box);
        return row;
      }),
    );
  }

  const factsOnly = el('input', { attrs: { type: 'checkbox', 'aria-label': 'Только факты' } });
  factsOnly.addEventListener('change', () => actions.setFactsOnly(factsOnly.checked));

  // The slider's last stop (dates.length) means "all dates".
  const slider = el('input', { attrs: { type: 'range', min: '0', step: '1', 'aria-label': 'Дата' } });
  const sliderLabel = el('span', { className: 'slider-label', text: 'все даты' });
  const untilOf = (index: number): string | null => (index >= data.dates.length ? null : (data.dates[index] ?? null));
  slider.addEventListener('input', () => actions.setUntil(untilOf(Number(slider.value))));
  let timer: ReturnType<typeof setInterval> | undefined;
  const stopPlaying = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶';
  };
  // Playback steps from date to date of what is drawn at each step, so dates an expand brings join in.
  const play = button(
    '▶',
    () => {
      if (timer) {
        stopPlaying();
        return;
      }
      play.textContent = '⏸';
      actions.setUntil(last?.until ?? data.dates[0] ?? null);
      timer = setInterval(() => {
        const until = last?.until;
        const next = until ? data.dates.find((date) => date > until) : undefined;
        actions.setUntil(next ?? null);
        if (!next) stopPlaying();
      }, PLAY_STEP_MS);
    },
    { 'aria-label': 'Воспроизвести по датам' },
  );
  const sliderSection = el('div', { className: 'slider' });
  let sliderShown: boolean | undefined;
  function renderSlider(): void {
    slider.max = String(data.dates.length);
    const shown = data.dates.length > 0;
    if (shown === sliderShown) return;
    sliderShown = shown;
    if (!shown && timer) stopPlaying();
    sliderSection.replaceChildren(
      ...(shown ? [play, slider, sliderLabel] : [el('span', { className: 'hint', text: 'нет дат' })]),
    );
  }
  renderLegend(new Set(), new Set());
  renderSlider();
  slider.value = String(data.dates.length);

  const density = el('input', {
    attrs: { type: 'range', min: '0.1', max: '3', step: '0.1', 'aria-label': 'Плотность подписей' },
  });
  density.addEventListener('input', () => actions.setLabelDensity(Number(density.value)));

  let language: 'ru' | 'en' = 'ru';
  const languageButton = button('EN', () => actions.setLanguage(language === 'ru' ? 'en' : 'ru'), {
    'aria-label': 'Язык подписей',
  });
  const layoutButton = button('Раскладка ▶', () => {
    layoutButton.textContent = actions.toggleLayout() ? 'Раскладка ⏸' : 'Раскладка ▶';
  });

  container.replaceChildren(
    el('h3', { text: 'Сущности' }),
    typeSection,
    el('h3', { text: 'Связи' }),
    relationSection,
    el('label', { className: 'filter-row' }, [factsOnly, el('span', { text: 'Только факты (без планов)' })]),
    el('h3', { text: 'Время' }),
    sliderSection,
    el('h3', { text: 'Вид' }),
    el('label', { className: 'filter-row' }, [el('span', { text: 'Подписи' }), density]),
    el('div', { className: 'buttons' }, [
      languageButton,
      layoutButton,
      button('PNG', actions.exportPng, { 'aria-label': 'Экспорт PNG' }),
      button('GEXF', actions.exportGexf, { 'aria-label': 'Экспорт GEXF' }),
    ]),
  );

  const controls: Controls = {
    sync(state) {
      last = state;
      renderLegend(state.hiddenTypes, state.hiddenRelations);
      for (const [type, box] of typeBoxes) box.checked = !state.hiddenTypes.has(type);
      for (const [type, box] of relationBoxes) box.checked = !state.hiddenRelations.has(type);
      factsOnly.checked = state.factsOnly;
      const until = state.until;
      slider.value = String(
        until
          ? Math.max(
              data.dates.findLastIndex((d) => d <= until),
              0,
            )
          : data.dates.length,
      );
      sliderLabel.textContent = state.until ? `до ${state.until}` : 'все даты';
      density.value = String(state.labelDensity);
      language = state.language;
      languageButton.textContent = state.language === 'ru' ? 'EN' : 'RU';
    },
    update(next) {
      data = next;
      renderSlider();
      if (last) controls.sync(last);
      else renderLegend(new Set(), new Set());
    },
  };
  return controls;
}
