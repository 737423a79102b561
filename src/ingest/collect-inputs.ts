/**
 * Expands the paths given to `coopgraph ingest` into the list of inputs: files
 * as named, folders walked recursively for .md/.txt/.html (symbolic links to files
 * and folders followed, each folder read once, so link loops end), `-` for standard
 * input. Paths that do not exist become failures, so the other inputs still load.
 * I/O: reads directories.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The file types an article can come in. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.txt', '.html', '.htm']);

/** The name standard input is reported under. */
export const STDIN_SOURCE = '<stdin>';

/** One thing to ingest: a file, standard input, or a web page (fetched by src/web/). */
export type InputSource = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'url'; url: string };

export interface CollectedInputs {
  sources: InputSource[];
  /** Paths that could not be used at all, with the reason. */
  missing: { source: string; reason: string }[];
}

/** How an input is named in progress lines and the summary. */
export function sourceName(source: InputSource): string {
  if (source.kind === 'url') return source.url;
  return source.kind === 'stdin' ? STDIN_SOURCE : source.path;
}

/** A command-line argument that names a URL (`scheme://…` or `file:`) rather than a path. */
const URL_ARGUMENT = /^([a-z][a-z0-9+.-]*):\/\/|^(file):/i;

/** Folder notes (README.md) describe a corpus; they are not articles. */
function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme\./i.test(name) && !name.startsWith('.');
}

/**
 * Collects a folder's article files, following symbolic links to files and folders.
 * `walked` holds the real paths of the folders already read: a link back to one of
 * them (a loop, or a second way into the same folder) is not read again. Broken
 * links to article files are reported in `broken`.
 */
async function walk(dir: string, out: string[], walked: Set<string>, broken: string[]): Promise<void> {
  const real = await realpath(dir);
  if (walked.has(real)) return;
  walked.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        if (isArticleFile(entry.name)) broken.push(path);
        continue;
      }
    }
    if (isDirectory) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path, out, walked, broken);
    } else if (isFile && isArticleFile(entry.name)) {
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
  // Keyed by real path: a file reached through a link and directly is ingested once.
  const addFile = async (path: string) => {
    const key = await realpath(path).catch(() => path);
    if (seen.has(key)) return;
    seen.add(key);
    sources.push({ kind: 'file', path });
  };
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has(STDIN_SOURCE)) sources.push({ kind: 'stdin' });
      seen.add(STDIN_SOURCE);
      continue;
    }
    const match = URL_ARGUMENT.exec(path);
    const scheme = (match?.[1] ?? match?.[2])?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') {
      if (!seen.has(path)) sources.push({ kind: 'url', url: path });
      seen.add(path);
      continue;
    }
    if (scheme) {
      missing.push({ source: path, reason: `only http and https URLs are fetched, not ${scheme}:` });
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
      const broken: string[] = [];
      await walk(path, files, new Set(), broken);
      files.sort();
      for (const link of broken) missing.push({ source: link, reason: 'broken symbolic link' });
      if (files.length === 0 && broken.length === 0) {
        missing.push({ source: path, reason: 'the folder holds no .md, .txt or .html files' });
      }
      for (const file of files) await addFile(file);
    } else {
      await addFile(path);
    }
  }
  return { sources, missing };
}
