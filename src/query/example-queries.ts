/**
 * The example query library (graph-data/queries/*.cypher). Each file opens with
 * `//` comment lines: the first says what the query answers, later ones explain,
 * and `// params: {…}` gives the default parameters as JSON. Pure: parses text.
 */
import { z } from 'zod';
import { InputError } from '../errors.ts';
import type { QueryParams } from './parse-params.ts';

export const ExampleQuerySchema = z.object({
  /** File name without `.cypher`, e.g. `suppliers-to-country`. */
  id: z.string(),
  /** First comment line: the question the query answers. */
  title: z.string(),
  /** Further comment lines (without `params:`), joined by spaces. */
  description: z.string(),
  /** Default values of the query's `$params`. */
  params: z.record(z.string(), z.json()),
  /** The whole file, comments included (Cypher ignores them). */
  query: z.string(),
});
export type ExampleQuery = z.infer<typeof ExampleQuerySchema>;

const PARAMS_LINE = /^params:\s*(.*)$/;

/**
 * Reads the header of an example query file.
 * @example parseExampleQuery('q.cypher', '// Who supplies Belarus?\n// params: {"name": "Беларусь"}\nMATCH …')
 */
export function parseExampleQuery(file: string, text: string): ExampleQuery {
  const comments: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (!trimmed.startsWith('//')) break;
    comments.push(trimmed.slice(2).trim());
  }
  const [title, ...rest] = comments;
  if (!title) throw new InputError(file, 'an example query must start with a "// what it answers" comment');
  const paramsLine = rest.find((line) => PARAMS_LINE.test(line));
  const params = paramsLine ? parseDefaults(file, paramsLine.replace(PARAMS_LINE, '$1')) : {};
  const description = rest.filter((line) => line !== paramsLine && line).join(' ');
  const id = (file.split(/[\\/]/).pop() ?? file).replace(/\.cypher$/, '');
  return { id, title, description, params, query: text.trim() };
}

/** The header's default parameters, if the file is an example query; `{}` for plain Cypher files. */
export function defaultParamsOf(file: string, text: string): QueryParams {
  return /^\s*\/\//.test(text) ? parseExampleQuery(file, text).params : {};
}

function parseDefaults(file: string, json: string): ExampleQuery['params'] {
  try {
    const value: unknown = JSON.parse(json);
    return ExampleQuerySchema.shape.params.parse(value);
  } catch {
    throw new InputError(file, `the "// params:" line must hold a JSON object, got ${json}`);
  }
}
