/**
 * Curation from the viewer: who corrected an entity or a relation (shown always), and, when
 * the server runs with `--allow-edits`, "Объединить с…" on an entity and "Отклонить" /
 * "Подтвердить" on a relation. Each posts a decision to `POST /api/curation` with the run's
 * token (fetched once from `/api/curation/session`, which only this server's pages can read),
 * the same code path as the CLI; then the page reloads, so the graph is the store's again.
 */
import type { CurationSession } from '../../src/schema/curation.ts';
import type { EntityDetails } from '../../src/schema/index.ts';
import { loadCurationSession, loadEntity, postCuration, searchEntities } from './api.ts';
import { button, el } from './dom.ts';
import type { EdgeView } from './edge-view.ts';
import { mountSearchBox } from './search-box.ts';
import type { SearchIndex } from './search-index.ts';
import * as actions from './state.ts';
import { encodeViewState } from './url-state.ts';

/** Stored marks of curation decisions: shown as one provenance line, not as raw attributes. */
const CURATION_ATTRIBUTE =
  /^(?:curat|merge|split|createdBySplit|renamed|rename|retyped|retype|nameBefore|aliasesBefore|typeBefore|rejected|rejection|confirmed|confirmation|added|addition|manual|note)/u;

/** Whether an attribute is a curation mark (the details panel leaves those to the provenance line). */
export function isCurationAttribute(name: string): boolean {
  return CURATION_ATTRIBUTE.test(name);
}

type Attributes = Readonly<Record<string, unknown>>;

/** "Исправлено: anna, 2026-01-02 — same plant", plus what was done to a relation; null when nothing was. */
export function provenance(attributes: Attributes): HTMLElement | null {
  const text = (name: string): string | undefined => {
    const value = attributes[name];
    return typeof value === 'string' && value ? value : undefined;
  };
  const marks: string[] = [];
  if (attributes.rejected === true) marks.push('Отклонено');
  if (attributes.confirmed === true) marks.push('Подтверждено');
  if (attributes.manual === true) marks.push(`Добавлено вручную${text('note') ? `: ${text('note')}` : ''}`);
  const by = text('curatedBy');
  if (!by && marks.length === 0) return null;
  const who = by ? `Исправлено: ${by}${text('curatedAt') ? `, ${text('curatedAt')?.slice(0, 10)}` : ''}` : '';
  const why = text('curationReason') ? ` — ${text('curationReason')}` : '';
  return el('p', { className: 'provenance', text: [...marks, `${who}${why}`].filter(Boolean).join(' · ') });
}

/** What the details panel asks for: extra elements under an entity and under a relation. */
export interface CurationTools {
  entity(details: EntityDetails): HTMLElement;
  edge(edge: EdgeView): HTMLElement;
}

/**
 * The curation part of the details panel; `index` searches the drawn entities for
 * "Объединить с…" (the server's search adds those not drawn).
 */
export function createCurationTools(index: () => SearchIndex): CurationTools {
  let session: Promise<CurationSession> | undefined;
  const editing = (): Promise<string | undefined> => {
    session ??= loadCurationSession().catch(() => ({ edits: false as const }));
    return session.then((s) => (s.edits ? s.token : undefined));
  };

  /** A section that fills in its buttons once the session says edits are on. */
  const section = (
    provenanceLine: HTMLElement | null,
    fill: (target: HTMLElement, token: string) => void,
  ): HTMLElement => {
    const target = el('section', { className: 'curation' }, [provenanceLine]);
    void editing().then((token) => {
      if (token) fill(target, token);
    });
    return target;
  };

  return {
    entity(details) {
      return section(provenance(details.attributes), (target, token) => {
        const status = el('p', { className: 'hint curation-status', attrs: { role: 'status' } });
        const input = el('input', {
          attrs: { type: 'search', 'aria-label': 'Объединить с', placeholder: 'Объединить с…', autocomplete: 'off' },
        });
        const list = el('div', { className: 'path-suggestions', attrs: { role: 'listbox' } });
        list.hidden = true;
        const confirm = el('div', { className: 'curation-confirm' });
        const pick = (into: string): void => {
          if (into === details.id) return;
          loadEntity(into).then(
            (survivor) =>
              confirm.replaceChildren(
                button(
                  `Объединить «${details.attributes.name}» с «${survivor.attributes.name}»`,
                  () =>
                    submit(
                      token,
                      {
                        op: 'merge',
                        from: details.id,
                        into,
                        intoName: survivor.attributes.name,
                        intoType: survivor.attributes.type,
                        fromNames: [details.attributes.name, ...details.attributes.aliases],
                      },
                      status,
                      into,
                    ),
                  { class: 'curation-merge' },
                ),
              ),
            (error: unknown) => {
              status.textContent = `Не найдено: ${(error as Error).message}`;
            },
          );
        };
        mountSearchBox(input, list, index(), pick, async (text) => {
          const drawn = new Set(
            index()
              .search(text, 10)
              .map((s) => s.key),
          );
          const { hits } = await searchEntities(text, 10);
          return hits
            .filter((hit) => !drawn.has(hit.id) && hit.id !== details.id)
            .map(({ id, name, type, matched }) => ({ key: id, name, type, ...(matched ? { matched } : {}) }));
        });
        target.append(el('h3', { text: 'Объединить с…' }), input, list, confirm, status);
      });
    },
    edge(edge) {
      return section(provenance(edge.attributes), (target, token) => {
        const status = el('p', { className: 'hint curation-status', attrs: { role: 'status' } });
        const relation = { type: edge.attributes.type, source: edge.source.key, target: edge.target.key };
        const buttons = el('div', { className: 'curation-buttons' }, [
          edge.attributes.rejected === true
            ? null
            : button('Отклонить', () => submit(token, { op: 'reject', relation }, status, null), {
                class: 'curation-reject',
              }),
          edge.attributes.confirmed === true
            ? null
            : button('Подтвердить', () => submit(token, { op: 'confirm', relation }, status, edge.source.key), {
                class: 'curation-confirm-edge',
              }),
        ]);
        target.append(buttons, status);
      });
    },
  };
}

/**
 * Posts a decision; on success reloads the page with `select` selected (the survivor of a
 * merge; nothing after a rejection, whose relation is gone from the graph).
 */
function submit(token: string, decision: Record<string, unknown>, status: HTMLElement, select: string | null): void {
  status.textContent = 'Сохранение…';
  postCuration(token, decision).then(
    () => {
      const state = window.coopgraph?.getState();
      if (state) {
        const hash = encodeViewState(actions.selectNode(state, select));
        history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
      }
      location.reload();
    },
    (error: unknown) => {
      status.textContent = `Не сохранено: ${(error as Error).message}`;
    },
  );
}
