/**
 * The Cypher console: a textarea, parameters, example queries and a Run button.
 * Queries go to `POST /api/cypher` (read-only on the server), results show as a
 * table, and the result's nodes and relationships are marked on the graph through
 * the viewer's state (`mark` → reducers), never by editing the graph.
 */
import {
  type CypherResponse,
  CypherResponseSchema,
  type ExampleQueryList,
  ExampleQueryListSchema,
} from '../../src/schema/cypher-api.ts';
import { ErrorResponseSchema } from '../../src/schema/index.ts';
import { cellEntityId, formatCypherCell } from './cypher-cells.ts';
import { button, el } from './dom.ts';
import type { ViewerHandle } from './viewer-handle.ts';

/** The API calls the console makes; tests may pass their own. */
export interface CypherClient {
  run(query: string, params: Record<string, unknown>): Promise<CypherResponse>;
  examples(): Promise<ExampleQueryList>;
}

async function fetchJson<T>(url: string, init: RequestInit, parse: (body: unknown) => T): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = ErrorResponseSchema.safeParse(body);
    throw new Error(error.success ? error.data.error : `${url}: HTTP ${response.status}`);
  }
  return parse(body);
}

export const httpCypherClient: CypherClient = {
  run: (query, params) =>
    fetchJson(
      '/api/cypher',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }) },
      (body) => CypherResponseSchema.parse(body),
    ),
  examples: () => fetchJson('/api/queries', {}, (body) => ExampleQueryListSchema.parse(body)),
};

/** Parameters as typed in the console: a JSON object, or empty for none. */
export function parseConsoleParams(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('Параметры должны быть JSON-объектом, например {"country": "Беларусь"}');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('Параметры должны быть JSON-объектом, например {"country": "Беларусь"}');
  }
  return value as Record<string, unknown>;
}

function resultTable(result: CypherResponse, select: (key: string) => void): HTMLTableElement {
  const head = el(
    'tr',
    {},
    result.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })),
  );
  const rows = result.rows.map((row) =>
    el(
      'tr',
      {},
      row.map((value) => {
        const text = formatCypherCell(value);
        const id = cellEntityId(value);
        return el('td', {}, [id ? button(text, () => select(id), { class: 'link' }) : text]);
      }),
    ),
  );
  return el('table', { attrs: { 'aria-label': 'Cypher result' } }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
}

/** Russian plural: 1 строка, 2 строки, 5 строк (and 21 строка, 11 строк). */
export function pluralRu(n: number, [one, few, many]: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return `${n} ${word}`;
}

function summary(result: CypherResponse): string {
  const parts = [
    `${pluralRu(result.rows.length, ['строка', 'строки', 'строк'])}${result.truncated ? ' (есть ещё)' : ''}`,
  ];
  if (result.nodeIds.length || result.edgeIds.length) {
    const nodes = pluralRu(result.nodeIds.length, ['узел', 'узла', 'узлов']);
    const edges = pluralRu(result.edgeIds.length, ['связь', 'связи', 'связей']);
    parts.push(`подсвечено: ${nodes}, ${edges}`);
  }
  return parts.join(' · ');
}

/**
 * Builds the console inside `root` and wires it to the viewer.
 * @example mountCypherConsole(document.querySelector('#cypher'), window.coopgraph)
 */
export function mountCypherConsole(
  root: HTMLElement,
  viewer: Pick<ViewerHandle, 'mark' | 'clearMarks' | 'select'>,
  client: CypherClient = httpCypherClient,
): void {
  const examples = el('select', { attrs: { 'aria-label': 'Example queries' } }, [
    el('option', { text: 'Примеры запросов…', attrs: { value: '' } }),
  ]);
  const query = el('textarea', {
    attrs: {
      'aria-label': 'Cypher',
      rows: '5',
      spellcheck: 'false',
      placeholder: 'MATCH (e:Entity) RETURN e LIMIT 10',
    },
  });
  const params = el('input', {
    attrs: { 'aria-label': 'Parameters', type: 'text', spellcheck: 'false', placeholder: '{"name": "Беларусь"}' },
  });
  const status = el('div', { className: 'hint', attrs: { role: 'status' } });
  const output = el('div', { className: 'cypher-output' });
  const run = button('Run', () => void execute(), { title: 'Выполнить (Ctrl+Enter)' });
  const clear = button(
    'Сбросить',
    () => {
      viewer.clearMarks();
      output.replaceChildren();
      status.textContent = '';
    },
    { title: 'Снять подсветку' },
  );

  async function execute(): Promise<void> {
    run.disabled = true;
    status.textContent = 'Выполняется…';
    try {
      const result = await client.run(query.value, parseConsoleParams(params.value));
      output.replaceChildren(resultTable(result, (key) => viewer.select(key)));
      status.textContent = summary(result);
      if (result.nodeIds.length || result.edgeIds.length) viewer.mark(result.nodeIds, result.edgeIds);
      else viewer.clearMarks();
    } catch (error) {
      status.textContent = `Ошибка: ${(error as Error).message}`;
      output.replaceChildren();
    } finally {
      run.disabled = false;
    }
  }

  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });

  client.examples().then(
    ({ queries }) => {
      for (const q of queries) examples.append(el('option', { text: q.title, attrs: { value: q.id } }));
      examples.addEventListener('change', () => {
        const chosen = queries.find((q) => q.id === examples.value);
        if (!chosen) return;
        query.value = chosen.query;
        params.value = Object.keys(chosen.params).length ? JSON.stringify(chosen.params) : '';
      });
    },
    () => examples.remove(),
  );

  root.replaceChildren(
    el('div', { className: 'cypher-editor' }, [
      examples,
      query,
      params,
      el('div', { className: 'cypher-actions' }, [run, clear, status]),
    ]),
    output,
  );
}
