/**
 * Expands the paths given to `coopgraph ingest` into the list of inputs: files
 * as named, folders walked recursively for .md/.txt/.html, `-` for standard
 * input. Paths that do not exist become failures, so the other inputs still load.
 * I/O: reads directories.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The file types an article can come in. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.txt', '.html', '.htm']);

/** The name standard input is reported under. */
export const STDIN_SOURCE = '<stdin>';

/** One thing to ingest: a file, or standard input. */
export type InputSource = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface CollectedInputs {
  sources: InputSource[];
  /** Paths that could not be used at all, with the reason. */
  missing: { source: string; reason: string }[];
}

/** How an input is named in progress lines and the summary. */
export function sourceName(source: InputSource): string {
  return source.kind === 'stdin' ? STDIN_SOURCE : source.path;
}

/** Folder notes (README.md) describe a corpus; they are not articles. */
function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme\./i.test(name) && !name.startsWith('.');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path, out);
    } else if (entry.isFile() && isArticleFile(entry.name)) {
      out.push(path);
    }
  }
}

/**
 * Expands paths in the order given; each folder's files come sorted, so a run
 * (and the ids resolution picks) is the same on every machine. A file met twice
 * is ingested once.
 */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInputs> {
  const sources: InputSource[] = [];
  const missing: CollectedInputs['missing'] = [];
  const seen = new Set<string>();
  const addFile = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    sources.push({ kind: 'file', path });
  };
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has(STDIN_SOURCE)) sources.push({ kind: 'stdin' });
      seen.add(STDIN_SOURCE);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      missing.push({ source: path, reason: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(path, files);
      files.sort();
      if (files.length === 0) missing.push({ source: path, reason: 'the folder holds no .md, .txt or .html files' });
      for (const file of files) addFile(file);
    } else {
      addFile(path);
    }
  }
  return { sources, missing };
}
