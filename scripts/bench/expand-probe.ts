/**
 * The viewer-on-the-store step of `npm run bench` (scripts/bench/store-viewer.ts) alone, on a
 * store of any size: ingests a generated corpus into a fresh embedded Neo4j (temp dir), serves
 * it, and reports `/api/graph` as the viewer first asks for it and whole (bytes raw and gzip, per
 * node and per edge, server time), the viewer's time to interactive beside bare sigma, and
 * "Показать соседей" on a node with about 200 neighbours. `--overview N` opens the viewer with
 * `?overview=N` instead of its default (`--page '?overview=1&edgesPerNode=5'` with any query).
 * `--data-dir DIR` keeps the store in DIR and reuses it on the next run with the same articles and
 * seed (a 50,000-article ingest takes minutes). One JSON object on stdout.
 *   node bin/run-ts.js scripts/bench/expand-probe.ts [--articles 50000] [--seed 1] [--overview N] [--runs 1]
 *     [--data-dir DIR] [--page QUERY] [--viewer-dir DIR] [--no-browser]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectStore, startEmbedded, stopEmbedded } from '../../src/store/index.ts';
import { writeCorpus } from '../generate-corpus.ts';
import { loadPools } from './load-pools.ts';
import { benchStoreViewer } from './store-viewer.ts';

const T0 = Date.now();
const log = (line: string): void => {
  process.stderr.write(`expand-probe [${((Date.now() - T0) / 1000).toFixed(0)} s]: ${line}\n`);
};

/** `coopgraph ingest DIR` against the probe's embedded Neo4j (never the caller's NEO4J_URI). */
function ingest(dir: string, dataDir: string): Promise<void> {
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/coopgraph.js', 'ingest', dir], {
      env: { ...env, COOPGRAPH_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`ingest exited ${code}`))));
  });
}

const USAGE = `Usage: node bin/run-ts.js scripts/bench/expand-probe.ts [options]
The bench's "viewer on the store" step alone; one JSON object on stdout.
  --articles N      generated articles to ingest (default 50000)
  --seed N          corpus seed (default 1)
  --overview N      open the viewer with ?overview=N
  --page QUERY      the viewer page's query instead, e.g. '?overview=1&edgesPerNode=5&edges=5000'
                    (edgesPerNode and edges also go to the measured first view's /api/graph)
  --runs N          page loads and expands per measure (default 1; medians reported)
  --data-dir DIR    keep the store in DIR and reuse it when it holds the same articles and seed
  --viewer-dir DIR  measure this built viewer instead of viewer/dist (e.g. a build before a change)
  --no-browser      payloads and server times only, no Chromium`;

/** What a kept data dir holds, written once its ingest finished: a dir without it is ingested again. */
const STORE_MARK = 'expand-probe-store.json';

/** Whether `dataDir` already holds the finished ingest of this corpus. */
function holdsCorpus(dataDir: string, corpus: { articles: number; seed: number }): boolean {
  const mark = join(dataDir, STORE_MARK);
  if (!existsSync(mark)) return false;
  const held = JSON.parse(readFileSync(mark, 'utf8')) as Partial<typeof corpus>;
  return held.articles === corpus.articles && held.seed === corpus.seed;
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '50000' },
      seed: { type: 'string', default: '1' },
      overview: { type: 'string' },
      page: { type: 'string' },
      runs: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      'viewer-dir': { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const corpusSpec = { articles: Number(values.articles), seed: Number(values.seed) };
  const n = corpusSpec.articles;
  const workDir = mkdtempSync(join(tmpdir(), 'coopgraph-expand-probe-'));
  const keptDir = values['data-dir'];
  const dataDir = keptDir ?? join(workDir, 'data');
  try {
    const connection = await startEmbedded(dataDir, { port: 0, log });
    // Constraints and indexes first, as the bench does.
    await (await connectStore(connection)).close();
    if (keptDir && holdsCorpus(keptDir, corpusSpec)) log(`reusing the store of ${n} articles in ${keptDir}`);
    else {
      const corpus = join(workDir, 'corpus');
      log(`generating ${n} articles`);
      writeCorpus(corpus, { n, seed: corpusSpec.seed, minBytes: 1024, maxBytes: 4096, pools: loadPools() });
      log(`ingesting ${n} articles`);
      await ingest(corpus, dataDir);
      rmSync(corpus, { recursive: true, force: true });
      if (keptDir) writeFileSync(join(keptDir, STORE_MARK), JSON.stringify(corpusSpec));
    }
    const pageSearch = values.page ?? (values.overview ? `?overview=${values.overview}` : undefined);
    const measured = await benchStoreViewer({
      dataDir,
      runs: Number(values.runs),
      browser: !values['no-browser'],
      workDir,
      ...(pageSearch ? { pageSearch } : {}),
      ...(values['viewer-dir'] ? { viewerDir: values['viewer-dir'] } : {}),
      log,
    });
    console.log(JSON.stringify({ articles: n, ...measured }));
  } finally {
    await stopEmbedded(dataDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}

await run();
