/**
 * The viewer-on-the-store step of `npm run bench` (scripts/bench/store-viewer.ts) alone, on a
 * store of any size: ingests a generated corpus into a fresh embedded Neo4j (temp dir), serves
 * it, and reports `/api/graph` as the viewer first asks for it and whole (bytes raw and gzip, per
 * node and per edge, server time), the viewer's time to interactive beside bare sigma, and
 * "Показать соседей" on a node with about 200 neighbours. `--overview N` opens the viewer with
 * `?overview=N` instead of its default. One JSON object on stdout.
 *   node bin/run-ts.js scripts/bench/expand-probe.ts [--articles 50000] [--seed 1] [--overview N] [--runs 1]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '50000' },
      seed: { type: 'string', default: '1' },
      overview: { type: 'string' },
      runs: { type: 'string', default: '1' },
    },
  });
  const n = Number(values.articles);
  const workDir = mkdtempSync(join(tmpdir(), 'coopgraph-expand-probe-'));
  const dataDir = join(workDir, 'data');
  try {
    const corpus = join(workDir, 'corpus');
    log(`generating ${n} articles`);
    writeCorpus(corpus, { n, seed: Number(values.seed), minBytes: 1024, maxBytes: 4096, pools: loadPools() });
    const connection = await startEmbedded(dataDir, { port: 0, log });
    // Constraints and indexes first, as the bench does.
    await (await connectStore(connection)).close();
    log(`ingesting ${n} articles`);
    await ingest(corpus, dataDir);
    rmSync(corpus, { recursive: true, force: true });
    const measured = await benchStoreViewer({
      dataDir,
      runs: Number(values.runs),
      browser: true,
      workDir,
      ...(values.overview ? { pageSearch: `?overview=${values.overview}` } : {}),
      log,
    });
    console.log(JSON.stringify({ articles: n, ...measured }));
  } finally {
    await stopEmbedded(dataDir);
    rmSync(workDir, { recursive: true, force: true });
  }
}

await run();
