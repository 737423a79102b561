/**
 * Renders a query result for the terminal: `table` (aligned columns, nodes and
 * relationships in Cypher notation), `json` (an array of plain objects, one row
 * per line) or `csv` (RFC 4180, nested values as JSON). Pure: returns the text.
 */
import { isInt, isNode, isPath, isRelationship, toPlain } from '../store/index.ts';
import { displayWidth, padToWidth, truncateToWidth } from './display-width.ts';
import type { OutputFormat, QueryResult } from './types.ts';

export interface RenderOptions {
  /** Widest a table column may grow before its cells are cut with «…». */
  maxColumnWidth: number;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = { maxColumnWidth: 60 };

/**
 * The result as text in the given format, ending with a newline.
 * @example renderResult({ columns: ['c'], rows: [[neo4j.int(3)]], truncated: false }, 'json') // '[{"c": 3}]\n'
 */
export function renderResult(result: QueryResult, format: OutputFormat, options = DEFAULT_RENDER_OPTIONS): string {
  if (format === 'json') return renderJson(result);
  if (format === 'csv') return renderCsv(result);
  return renderTable(result, options);
}

/** Compact JSON with `": "` / `", "` separators, so a one-row result reads `[{"c": 3}]`. */
function stringifyJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stringifyJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${stringifyJson(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value);
}

function rowObject(columns: readonly string[], row: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c, toPlain(row[i])]));
}

function renderJson({ columns, rows }: QueryResult): string {
  if (rows.length === 0) return '[]\n';
  return `[${rows.map((row) => stringifyJson(rowObject(columns, row))).join(',\n ')}]\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderCsv({ columns, rows }: QueryResult): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((_, i) => {
          const plain = toPlain(row[i]);
          if (plain === null) return '';
          return csvField(typeof plain === 'object' ? JSON.stringify(plain) : String(plain));
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A Cypher-style map literal: `{name: "МАЗ", year: 2022}`. */
function formatMap(map: Record<string, unknown>): string {
  const entries = Object.entries(map).map(([k, v]) => `${k}: ${formatNested(v)}`);
  return `{${entries.join(', ')}}`;
}

function nodeName(properties: Record<string, unknown>): string {
  const name = properties.name ?? properties.id ?? properties.title;
  return typeof name === 'string' ? name : '';
}

/** A value inside a list, map or path: strings are quoted so `["a, b"]` stays readable. */
function formatNested(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : formatCell(value);
}

/**
 * One table cell: scalars as they are, nodes as `(:Label {…})`, relationships as
 * `[:TYPE {…}]`, paths as `(a)-[:TYPE]->(b)`, lists and maps in Cypher notation.
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (isNode(value)) return `(${value.labels.map((l) => `:${l}`).join('')} ${formatMap(value.properties)})`;
  if (isRelationship(value)) return `[:${value.type} ${formatMap(value.properties)}]`;
  if (isPath(value)) {
    let text = `(${nodeName(value.start.properties)})`;
    for (const segment of value.segments) {
      const forward = segment.relationship.startNodeElementId === segment.start.elementId;
      const rel = `[:${segment.relationship.type}]`;
      text += `${forward ? `-${rel}->` : `<-${rel}-`}(${nodeName(segment.end.properties)})`;
    }
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(formatNested).join(', ')}]`;
  const plain = toPlain(value);
  if (plain !== null && typeof plain === 'object' && !Array.isArray(plain)) return formatMap(plain);
  return String(plain);
}

function isNumeric(value: unknown): boolean {
  return typeof value === 'number' || isInt(value);
}

/** Newlines and tabs in a cell would break the grid; show them as visible escapes. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
}

/** The driver's update counters in words, singular and plural. */
const UPDATE_WORDS: Record<string, [string, string]> = {
  nodesCreated: ['node created', 'nodes created'],
  nodesDeleted: ['node deleted', 'nodes deleted'],
  relationshipsCreated: ['relationship created', 'relationships created'],
  relationshipsDeleted: ['relationship deleted', 'relationships deleted'],
  propertiesSet: ['property set', 'properties set'],
  labelsAdded: ['label added', 'labels added'],
  labelsRemoved: ['label removed', 'labels removed'],
  indexesAdded: ['index added', 'indexes added'],
  indexesRemoved: ['index removed', 'indexes removed'],
  constraintsAdded: ['constraint added', 'constraints added'],
  constraintsRemoved: ['constraint removed', 'constraints removed'],
};

/**
 * What a write changed, in words.
 * @example describeUpdates({ nodesDeleted: 3, labelsAdded: 1 }) // '3 nodes deleted, 1 label added'
 */
export function describeUpdates(updates: Record<string, number>): string {
  return Object.entries(updates)
    .map(([key, n]) => `${n} ${UPDATE_WORDS[key]?.[n === 1 ? 0 : 1] ?? key}`)
    .join(', ');
}

function renderTable({ columns, rows, truncated }: QueryResult, options: RenderOptions): string {
  if (columns.length === 0) return `(${rows.length} rows)\n`;
  const cells = rows.map((row) =>
    columns.map((_, i) => truncateToWidth(oneLine(formatCell(row[i])), options.maxColumnWidth)),
  );
  const headers = columns.map((c) => truncateToWidth(oneLine(c), options.maxColumnWidth));
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (texts: string[], aligns: ('left' | 'right')[]) =>
    ` ${texts.map((t, i) => padToWidth(t, widths[i] ?? 0, aligns[i])).join(' | ')}`.trimEnd();
  const out = [line(headers, []), widths.map((w) => '-'.repeat(w + 2)).join('+')];
  for (const [r, row] of cells.entries()) {
    out.push(
      line(
        row,
        columns.map((_, i) => (isNumeric(rows[r]?.[i]) ? 'right' : 'left')),
      ),
    );
  }
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'}${truncated ? ', more not shown' : ''})`;
  out.push(count);
  return `${out.join('\n')}\n`;
}
