/**
 * Attribute flattening for formats without lists (GraphML) or with a fixed
 * array delimiter (neo4j-admin CSV). Pure.
 */

/** Separator of list values in GraphML and neo4j-admin CSV (neo4j-admin's default `--array-delimiter`). */
export const LIST_DELIMITER = ';';

/**
 * A list item made safe to join with `;`: the delimiter has no escape in
 * neo4j-admin, so a `;` inside a sentence becomes a comma, and line breaks become spaces.
 */
export function listItem(value: string): string {
  return value.replace(/;/g, ',').replace(/\s*[\r\n]+\s*/g, ' ');
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

/** Renders one value as text for a column of the given type (empty text for missing values). */
export function formatValue(value: unknown, type: ColumnType): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => listItem(String(v))).join(LIST_DELIMITER);
  if (type === 'string[]') return listItem(String(value));
  return String(value);
}

/** The attribute names used by any element, in first-seen order, minus the ones a format writes itself. */
export function attributeNames(elements: readonly Record<string, unknown>[], skip: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const attributes of elements) for (const name of Object.keys(attributes)) if (!skip.has(name)) names.add(name);
  return [...names];
}
