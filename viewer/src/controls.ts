/**
 * The side panel's controls: the legend that doubles as type filters, relation
 * filters, facts-only, the time slider with playback, label density, label
 * language, layout and export buttons. Controls only call actions; `sync`
 * puts the state back into the inputs (after a URL load, for example).
 */
import {
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  type EntityType,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
  type RelationType,
} from '../../src/schema/index.ts';
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

export interface ControlData {
  typeCounts: ReadonlyMap<EntityType, number>;
  relationCounts: ReadonlyMap<RelationType, number>;
  /** Sorted article dates: the slider's stops. */
  dates: readonly string[];
}

export interface Controls {
  sync(state: ViewState): void;
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

export function mountControls(container: HTMLElement, data: ControlData, actions: ControlActions): Controls {
  const typeBoxes = new Map<EntityType, HTMLInputElement>();
  const typeRows = ENTITY_TYPES.filter((t) => data.typeCounts.has(t)).map((type) => {
    const { box, row } = filterRow(
      ENTITY_TYPE_LABELS[type].ru,
      { color: NODE_COLORS[type], shape: 'disc' },
      data.typeCounts.get(type) ?? 0,
      (checked) => actions.setTypeVisible(type, checked),
    );
    box.setAttribute('aria-label', `Показать: ${ENTITY_TYPE_LABELS[type].ru}`);
    typeBoxes.set(type, box);
    return row;
  });
  const relationBoxes = new Map<RelationType, HTMLInputElement>();
  const relationRows = RELATION_TYPES.filter((t) => data.relationCounts.has(t)).map((type) => {
    const { box, row } = filterRow(
      RELATION_TYPE_LABELS[type].ru,
      { color: EDGE_COLORS[type], shape: 'line' },
      data.relationCounts.get(type) ?? 0,
      (checked) => actions.setRelationVisible(type, checked),
    );
    box.setAttribute('aria-label', `Показать связи: ${RELATION_TYPE_LABELS[type].ru}`);
    relationBoxes.set(type, box);
    return row;
  });

  const factsOnly = el('input', { attrs: { type: 'checkbox', 'aria-label': 'Только факты' } });
  factsOnly.addEventListener('change', () => actions.setFactsOnly(factsOnly.checked));

  // The slider's last stop (dates.length) means "all dates".
  const slider = el('input', {
    attrs: { type: 'range', min: '0', max: String(data.dates.length), step: '1', 'aria-label': 'Дата' },
  });
  slider.value = String(data.dates.length);
  const sliderLabel = el('span', { className: 'slider-label', text: 'все даты' });
  const untilOf = (index: number): string | null => (index >= data.dates.length ? null : (data.dates[index] ?? null));
  slider.addEventListener('input', () => actions.setUntil(untilOf(Number(slider.value))));
  let timer: ReturnType<typeof setInterval> | undefined;
  const play = button(
    '▶',
    () => {
      if (timer) {
        clearInterval(timer);
        timer = undefined;
        play.textContent = '▶';
        return;
      }
      play.textContent = '⏸';
      let index = Number(slider.value) >= data.dates.length ? 0 : Number(slider.value);
      actions.setUntil(untilOf(index));
      timer = setInterval(() => {
        index++;
        actions.setUntil(untilOf(index));
        if (index >= data.dates.length) {
          clearInterval(timer);
          timer = undefined;
          play.textContent = '▶';
        }
      }, PLAY_STEP_MS);
    },
    { 'aria-label': 'Воспроизвести по датам' },
  );

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
    ...typeRows,
    el('h3', { text: 'Связи' }),
    ...relationRows,
    el('label', { className: 'filter-row' }, [factsOnly, el('span', { text: 'Только факты (без планов)' })]),
    el('h3', { text: 'Время' }),
    el(
      'div',
      { className: 'slider' },
      data.dates.length ? [play, slider, sliderLabel] : [el('span', { className: 'hint', text: 'нет дат' })],
    ),
    el('h3', { text: 'Вид' }),
    el('label', { className: 'filter-row' }, [el('span', { text: 'Подписи' }), density]),
    el('div', { className: 'buttons' }, [
      languageButton,
      layoutButton,
      button('PNG', actions.exportPng, { 'aria-label': 'Экспорт PNG' }),
      button('GEXF', actions.exportGexf, { 'aria-label': 'Экспорт GEXF' }),
    ]),
  );

  return {
    sync(state) {
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
  };
}
