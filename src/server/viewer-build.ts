/**
 * Makes sure the built viewer exists before serving: builds `viewer/` with
 * Vite's JS API when `viewer/dist` is missing or older than its sources, so
 * `npm start` works on a fresh clone and after a `git pull`.
 */
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { withFileLock } from '../store/file-lock.ts';

export const VIEWER_ROOT = join(PROJECT_ROOT, 'viewer');
export const VIEWER_DIST = join(VIEWER_ROOT, 'dist');

/** Sources whose change makes the build stale: the viewer and the shared schema it bundles. */
const SOURCES = [
  join(VIEWER_ROOT, 'index.html'),
  join(VIEWER_ROOT, 'vite.config.ts'),
  join(VIEWER_ROOT, 'src'),
  join(PROJECT_ROOT, 'src', 'schema'),
];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether `viewer/dist` is missing or older than any of its sources. */
export async function isViewerStale(): Promise<boolean> {
  const built = await stat(join(VIEWER_DIST, 'index.html')).catch(() => undefined);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  return newest > built.mtimeMs;
}

/** Serialises builds across processes (two servers starting at once must not empty each other's dist). */
const BUILD_LOCK = join(tmpdir(), 'coopgraph-viewer-build.lock');

/** Builds the viewer when stale; returns the directory to serve. */
export async function ensureViewerBuilt(log: (line: string) => void): Promise<string> {
  if (!(await isViewerStale())) return VIEWER_DIST;
  return withFileLock(
    BUILD_LOCK,
    async () => {
      if (await isViewerStale()) await buildViewer(log);
      return VIEWER_DIST;
    },
    async () => ((await isViewerStale()) ? undefined : VIEWER_DIST),
  );
}

async function buildViewer(log: (line: string) => void): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch (error) {
    throw new ConfigError(
      'the viewer is not built and Vite is not installed; run `npm install` then `npm run build:viewer`',
      {
        cause: error,
      },
    );
  }
  log('building the viewer (viewer/dist)…');
  await vite.build({ configFile: join(VIEWER_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
