/**
 * Attribute typing and flattening shared by the formats: a column type inferred
 * from the values, lists as JSON arrays in the XML formats (GEXF `liststring`,
 * GraphML `string`) and `;`-joined in neo4j-admin CSV. Pure.
 */
import { xmlSafe } from './xml-text.ts';

/**
 * Separator of list values in neo4j-admin CSV: the ASCII unit separator, which no
 * sentence holds, since the delimiter has no escape in neo4j-admin and evidence is full
 * of `;` and `,`. Import with `--array-delimiter=U+001F`.
 */
export const LIST_DELIMITER = '\u001f';

/** The `--array-delimiter` value neo4j-admin needs for these files. */
export const LIST_DELIMITER_OPTION = '--array-delimiter=U+001F';

/** A list item made safe to join: the delimiter dropped, line breaks (which would need multiline mode) as spaces. */
export function listItem(value: string): string {
  return value.replaceAll(LIST_DELIMITER, '').replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A list as JSON array text (`["a, b", "c \"d\""]`): graphology-gexf reads it as GEXF 1.3's
 * bracketed, quoted list, and networkx, igraph or any GraphML reader get text that
 * `json.loads` / `JSON.parse` turn back into the list, whatever commas, quotes or
 * Cyrillic the items hold.
 */
export function listText(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => xmlSafe(String(v))));
}

/** The value type a column holds across all rows: lists win, then strings, then numbers/booleans. */
export type ColumnType = 'string[]' | 'string' | 'double' | 'long' | 'boolean';

/** Infers one column type from the values the rows hold, so a header can declare it. */
export function inferColumnType(values: readonly unknown[]): ColumnType {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.some(Array.isArray)) return 'string[]';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** Renders one value as neo4j-admin CSV text for a column of the given type (empty text for missing values). */
export function formatValue(value: unknown, type: ColumnType): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => listItem(String(v))).join(LIST_DELIMITER);
  if (type === 'string[]') return listItem(String(value));
  return String(value);
}

/** Renders one value as XML attribute text: lists (and scalars in a list column) as JSON arrays. */
export function xmlValue(value: unknown, type: ColumnType): string {
  if (Array.isArray(value)) return listText(value);
  if (type === 'string[]') return listText([value]);
  return String(value);
}

/** The attribute names used by any element, in first-seen order, minus the ones a format writes itself. */
export function attributeNames(elements: readonly Record<string, unknown>[], skip: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const attributes of elements) for (const name of Object.keys(attributes)) if (!skip.has(name)) names.add(name);
  return [...names];
}

/** A typed attribute column of an XML format: its id in the document, its name and its type. */
export interface Column {
  id: string;
  name: string;
  type: ColumnType;
}

/** The typed columns of a set of elements, with ids `prefix0`, `prefix1` … */
export function columnsOf(
  elements: readonly Record<string, unknown>[],
  prefix: string,
  skip: ReadonlySet<string> = new Set(),
): Column[] {
  return attributeNames(elements, skip).map((name, i) => ({
    id: `${prefix}${i}`,
    name,
    type: inferColumnType(elements.map((e) => e[name])),
  }));
}
