/** Loads the example query library from disk (graph-data/queries/*.cypher), sorted by file name. I/O: fs. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExampleQuery, parseExampleQuery } from './example-queries.ts';

export const EXAMPLE_QUERIES_DIR = fileURLToPath(new URL('../../graph-data/queries/', import.meta.url));

/** Every `*.cypher` file in `dir` with its parsed header; a malformed header throws InputError naming the file. */
export async function loadExampleQueries(dir = EXAMPLE_QUERIES_DIR): Promise<ExampleQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(files.map(async (f) => parseExampleQuery(f, await readFile(join(dir, f), 'utf8'))));
}
