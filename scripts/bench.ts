/**
 * `npm run bench`: extraction speed, loading into Neo4j beside a plain-driver
 * baseline, query latency, the viewer on the largest store (payload, interactive,
 * expand), viewer speed beside bare sigma, and how loading scales, all on
 * generated data and a fresh embedded Neo4j in a temp dir (stopped at the end).
 * Prints a table; with --json, one JSON object last.
 *   npm run bench [-- --quick] [-- --json] [-- --tiny] [-- --no-viewer] [-- --seed N]
 *                 [-- --load-sizes 1000,10000] [-- --viewer-sizes 1000,10000,50000]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Neo4jConnection } from '../src/config.ts';
import { describeError, UsageError } from '../src/errors.ts';
import { defaultWorkerCount } from '../src/ingest/extract-pool.ts';
import type { IngestSummary } from '../src/ingest/index.ts';
import { connectStore, embeddedStatus, startEmbedded, stopEmbedded } from '../src/store/index.ts';
import { clearDatabase, writeBaseline } from './bench/baseline-writer.ts';
import { type CorpusOptions, type CorpusPools, generateArticles } from './bench/corpus.ts';
import { benchExtract } from './bench/extract-bench.ts';
import { loadPools } from './bench/load-pools.ts';
import { benchQueries } from './bench/query-bench.ts';
import {
  type FeedMeasurements,
  formatReport,
  type Measurements,
  type ScaleMeasurements,
  type ScalingPoint,
  type StoreViewerOutcome,
  toJson,
} from './bench/report.ts';
import { batchWriteGrowth, extractedFile, timeExtractJsonl } from './bench/scale-bench.ts';
import { benchStoreViewer } from './bench/store-viewer.ts';
import { benchViewer, type ViewerBenchResult } from './bench/viewer-bench.ts';
import { writeCorpus } from './generate-corpus.ts';

/** How much a run measures. */
interface Profile {
  extractArticles: number;
  /** A first, unreported ingest: a freshly started Neo4j plans and compiles for a while. */
  warmupArticles: number;
  /** Ingest sizes of the scaling series; queries run on the largest. */
  loadSizes: readonly number[];
  /** The size at which ingest is compared with the plain-driver baseline. */
  baselineSize: number;
  queryRuns: number;
  viewerSizes: readonly number[];
  viewerRuns: number;
  panMs: number;
  /** Items of the local feed `feed pull` reads. */
  feedItems: number;
}

/** The modes; `tiny` only exists so the smoke test stays short. */
const PROFILES: Record<'full' | 'quick' | 'tiny', Profile> = {
  full: {
    extractArticles: 2000,
    warmupArticles: 200,
    loadSizes: [1000, 10_000, 50_000],
    baselineSize: 10_000,
    queryRuns: 50,
    viewerSizes: [1000, 10_000, 50_000],
    viewerRuns: 2,
    panMs: 3000,
    feedItems: 200,
  },
  quick: {
    extractArticles: 500,
    warmupArticles: 50,
    loadSizes: [100, 500],
    baselineSize: 500,
    queryRuns: 20,
    viewerSizes: [1000, 10_000],
    viewerRuns: 1,
    panMs: 2000,
    feedItems: 50,
  },
  tiny: {
    extractArticles: 40,
    warmupArticles: 10,
    loadSizes: [20, 40],
    baselineSize: 40,
    queryRuns: 3,
    viewerSizes: [300],
    viewerRuns: 1,
    panMs: 500,
    feedItems: 10,
  },
};

const T0 = Date.now();
const log = (line: string): void => {
  process.stderr.write(`bench [${((Date.now() - T0) / 1000).toFixed(0)} s]: ${line}\n`);
};

/** What one `coopgraph ingest` run cost. */
interface IngestRun {
  /** The summary's duration: every article read, extracted, resolved and written (dictionary load included). */
  ingestMs: number;
  failed: number;
  relations: number;
  peakRssMb: number;
  /** Wall time of the whole process (start-up and connection included), as extraction alone is timed. */
  wallMs: number;
  batchWriteMs: number[];
}

const RSS_PRELOAD = fileURLToPath(new URL('./bench/rss-on-exit.js', import.meta.url));

/**
 * Runs the real CLI, `coopgraph ingest --json DIR`, against the bench's embedded Neo4j
 * (never a NEO4J_URI of the caller); a preload reports the process's peak RSS.
 */
function runIngestCli(
  dir: string,
  dataDir: string,
  workDir: string,
  flags: readonly string[] = [],
): Promise<IngestRun> {
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  const rssFile = join(workDir, 'ingest-rss.txt');
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/coopgraph.js', 'ingest', '--json', ...flags, dir], {
      env: {
        ...env,
        COOPGRAPH_DATA_DIR: dataDir,
        COOPGRAPH_BENCH_RSS_FILE: rssFile,
        NODE_OPTIONS: `--import ${pathToFileURL(RSS_PRELOAD).href}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    let stderrTail = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        // Exit code 1 only says some inputs failed; the summary still tells how many.
        if (code !== 0 && code !== 1) throw new Error(stderrTail.trim().split('\n').at(-1));
        const summary = JSON.parse(Buffer.concat(stdout).toString('utf8')) as IngestSummary;
        resolve({
          ingestMs: summary.durationMs,
          failed: summary.articles.failed,
          relations: summary.relations.created + summary.relations.updated,
          peakRssMb: Number(readFileSync(rssFile, 'utf8')),
          wallMs: performance.now() - start,
          batchWriteMs: summary.batchWriteMs ?? [],
        });
      } catch (error) {
        reject(new Error(`coopgraph ingest failed (exit ${code}): ${describeError(error)}`));
      }
    });
  });
}

/** Peak resident memory (VmHWM) of a process, from /proc; NaN where unavailable. */
function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

interface LoadOutcome {
  load: Measurements['load'];
  queries: Measurements['queries'];
  scaling: ScalingPoint[];
  scale: ScaleMeasurements;
  storeViewer: StoreViewerOutcome;
}

/**
 * The viewer on the store just ingested (issue 14), served by the real server; with
 * --no-viewer only payloads and server times. A failure becomes a note, as the viewer part's does.
 */
async function benchViewerOnStore(
  articles: number,
  profile: Profile,
  dataDir: string,
  workDir: string,
  browser: boolean,
): Promise<StoreViewerOutcome> {
  log(`viewer on the store of ${articles} articles`);
  try {
    const measured = await benchStoreViewer({ dataDir, runs: profile.viewerRuns, browser, workDir, log });
    return { articles, measured, ...(browser ? {} : { note: 'browser part skipped (--no-viewer)' }) };
  } catch (error) {
    log(`viewer on the store failed: ${describeError(error)}`);
    return { articles, note: `not measured: ${describeError(error)}` };
  }
}

/**
 * Issue 12 at one corpus size: extraction alone (`extract --jsonl`) and ingest with the
 * same worker count (1 and all cores), then `ingest --extracted` of the all-cores output.
 */
async function benchScale(
  options: CorpusOptions,
  dataDir: string,
  workDir: string,
  connection: Neo4jConnection,
): Promise<Omit<ScaleMeasurements, 'batchWrite'>> {
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  const dir = join(workDir, `scale-${options.n}`);
  writeCorpus(dir, options);
  const all = defaultWorkerCount();
  const workers: ScaleMeasurements['workers'] = [];
  for (const count of [...new Set([1, all])]) {
    log(`extraction alone with ${count} worker(s), then ingest with ${count} worker(s), ${options.n} articles`);
    const out = count === all ? extractedFile(workDir) : join(workDir, `extracted-${count}.jsonl`);
    const extractMs = await timeExtractJsonl(dir, count, { ...env, COOPGRAPH_DATA_DIR: dataDir }, out);
    await clearDatabase(connection);
    const ingest = await runIngestCli(dir, dataDir, workDir, ['--workers', String(count)]);
    workers.push({
      workers: count,
      extractArticlesPerS: (options.n * 1000) / extractMs,
      ingestArticlesPerS: (options.n * 1000) / ingest.wallMs,
    });
  }
  rmSync(dir, { recursive: true, force: true });
  log(`ingest --extracted of ${options.n} pre-extracted articles`);
  await clearDatabase(connection);
  const extracted = await runIngestCli(extractedFile(workDir), dataDir, workDir, ['--extracted']);
  return {
    articles: options.n,
    workers,
    extractedRelationsPerS: (extracted.relations * 1000) / extracted.ingestMs,
  };
}

/**
 * Ingest at every size (fresh database each), queries and the viewer on the largest graph
 * (before the baseline clears it), the baseline at its size.
 */
async function benchLoading(
  profile: Profile,
  seed: number,
  pools: CorpusPools,
  workDir: string,
  dataDir: string,
  connection: Neo4jConnection,
  browser: boolean,
): Promise<LoadOutcome> {
  const scaling: ScalingPoint[] = [];
  let queries: Measurements['queries'] = { articles: 0, p50: {}, p95: {} };
  let load: Measurements['load'] | undefined;
  let scale: Omit<ScaleMeasurements, 'batchWrite'> | undefined;
  let batchWrite: ScaleMeasurements['batchWrite'] = {
    articles: 0,
    firstMs: Number.NaN,
    lastMs: Number.NaN,
    growth: Number.NaN,
  };
  const largest = Math.max(...profile.loadSizes);
  let storeViewer: StoreViewerOutcome = { articles: largest, note: 'not measured' };
  const warmupDir = join(workDir, 'warmup');
  writeCorpus(warmupDir, { n: profile.warmupArticles, seed: seed + 1000, minBytes: 1024, maxBytes: 4096, pools });
  log(`warm-up ingest of ${profile.warmupArticles} articles (not reported)`);
  await runIngestCli(warmupDir, dataDir, workDir);
  rmSync(warmupDir, { recursive: true, force: true });
  for (const n of profile.loadSizes) {
    const options: CorpusOptions = { n, seed, minBytes: 1024, maxBytes: 4096, pools };
    const dir = join(workDir, `corpus-${n}`);
    log(`generating ${n} articles`);
    writeCorpus(dir, options);
    await clearDatabase(connection);
    log(`ingesting ${n} articles`);
    const run = await runIngestCli(dir, dataDir, workDir);
    if (run.failed > 0) log(`warning: ${run.failed} of ${n} articles failed to ingest`);
    scaling.push({ articles: n, ingestMs: run.ingestMs, relations: run.relations, peakRssMb: run.peakRssMb });
    if (n === largest) batchWrite = { articles: n, ...batchWriteGrowth(run.batchWriteMs) };
    rmSync(dir, { recursive: true, force: true });
    if (n === largest) {
      log(`queries on ${n} articles`);
      const latency = await benchQueries(connection, profile.queryRuns);
      const pick = (key: 'p50' | 'p95') => Object.fromEntries(Object.entries(latency).map(([q, v]) => [q, v[key]]));
      queries = { articles: n, p50: pick('p50'), p95: pick('p95') };
      storeViewer = await benchViewerOnStore(n, profile, dataDir, workDir, browser);
    }
    if (n !== profile.baselineSize) continue;
    log(`baseline: extracting ${n} articles in memory, then writing them with plain UNWIND … MERGE`);
    const articles = [...generateArticles(options)];
    const { results } = await benchExtract(articles);
    await clearDatabase(connection);
    const baseline = await writeBaseline(connection, articles, results, 'lists');
    log(`baseline again, writing the records as ingest stores them (Evidence nodes, bounded samples)`);
    await clearDatabase(connection);
    const sameRecords = await writeBaseline(connection, articles, results, 'evidence');
    // Both rates count the extracted relation records, so their ratio is the ratio of the times.
    load = {
      articles: n,
      ingestArticlesPerS: (n * 1000) / run.ingestMs,
      ingestRelationsPerS: (baseline.relations * 1000) / run.ingestMs,
      baselineRelationsPerS: (baseline.relations * 1000) / baseline.ms,
      evidenceBaselineRelationsPerS: (sameRecords.relations * 1000) / sameRecords.ms,
      ingestPeakRssMb: run.peakRssMb,
      neo4jPeakRssMb: Number.NaN,
    };
    scale = await benchScale(options, dataDir, workDir, connection);
  }
  if (!load || !scale) throw new Error('the baseline size must be one of the load sizes');
  const status = await embeddedStatus(dataDir);
  if (status.running) load.neo4jPeakRssMb = peakRssMb(status.pid);
  return { load, queries, scaling, scale: { ...scale, batchWrite }, storeViewer };
}

async function benchBrowser(
  profile: Profile,
  seed: number,
  workDir: string,
  enabled: boolean,
): Promise<Measurements['viewer']> {
  const empty = Object.fromEntries(profile.viewerSizes.map((n) => [String(n), null]));
  if (!enabled)
    return {
      interactive: empty,
      baselineInteractive: empty,
      panFps: empty,
      baselinePanFps: empty,
      note: 'skipped (--no-viewer)',
    };
  let result: ViewerBenchResult;
  try {
    result = await benchViewer({
      sizes: profile.viewerSizes,
      seed,
      panMs: profile.panMs,
      runs: profile.viewerRuns,
      workDir,
      log,
    });
  } catch (error) {
    log(`viewer benchmark failed: ${describeError(error)}`);
    return {
      interactive: empty,
      baselineInteractive: empty,
      panFps: empty,
      baselinePanFps: empty,
      note: `not measured: ${describeError(error)}`,
    };
  }
  const pick = (side: ViewerBenchResult['viewer'], key: 'interactiveMs' | 'panFps') =>
    Object.fromEntries(Object.entries(side).map(([n, m]) => [n, m[key]]));
  return {
    interactive: pick(result.viewer, 'interactiveMs'),
    baselineInteractive: pick(result.baseline, 'interactiveMs'),
    panFps: pick(result.viewer, 'panFps'),
    baselinePanFps: pick(result.baseline, 'panFps'),
  };
}

/** Extraction speed on 1 KB articles, as the target is stated. */
async function benchExtraction(profile: Profile, seed: number, pools: CorpusPools): Promise<Measurements['extract']> {
  const articles = [...generateArticles({ n: profile.extractArticles, seed, minBytes: 1000, maxBytes: 1100, pools })];
  log(`extracting ${articles.length} articles of about 1 KB`);
  const r = await benchExtract(articles);
  return {
    articlesPerS: r.articlesPerS,
    tokensPerS: r.tokensPerS,
    loadMs: r.loadMs,
    peakRssMb: r.peakRssMb,
    articles: r.articles,
  };
}

/** A comma-separated list of positive whole numbers ("1000,10000"), ascending. */
function parseSizes(text: string, flag: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new UsageError(`${flag} expects sizes such as 1000,10000, got "${text}"`);
  }
  return sizes.sort((a, b) => a - b);
}

/** `feed pull` of a local feed, in its own process and embedded Neo4j (`scripts/bench/feed-bench.ts`). */
async function benchFeed(items: number, seed: number): Promise<FeedMeasurements> {
  log(`feed pull of ${items} local items`);
  const script = fileURLToPath(new URL('./bench/feed-bench.ts', import.meta.url));
  const runTs = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const child = spawn(process.execPath, [runTs, script, '--items', String(items), '--seed', String(seed), '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`the feed benchmark exited with ${code}`);
  const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
  return {
    items: Number(result.feed_items),
    pageBytes: Number(result.feed_page_bytes),
    pagesPerS: Number(result.feed_pages_per_s),
    failed: Number(result.feed_failed),
    unchangedRequests: Number(result.feed_unchanged_requests),
  };
}

/** What `npm run bench -- --help` prints. */
const BENCH_HELP = `Usage: npm run bench [-- options]

Measures extraction, loading (beside a plain-driver baseline), ingest at scale, queries, the
viewer on the store and beside bare sigma, and the feed reader, on generated data and a fresh
embedded Neo4j in a temporary folder; prints a table of figures and targets.

Options:
  --quick               smaller sizes (about a minute or two)
  --tiny                the smallest sizes (the test suite's smoke run)
  --no-viewer           skip everything that needs the browser
  --load-sizes A,B      corpus sizes to load (baseline and scale measures at one of them)
  --viewer-sizes A,B    node counts for the viewer against bare sigma
  --seed N              seed of the generated corpus (default 1)
  --json                print one JSON object of every figure last
  -h, --help            show this help
`;

async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      tiny: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'no-viewer': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      'load-sizes': { type: 'string' },
      'viewer-sizes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(BENCH_HELP);
    return;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed expects a whole number, got "${values.seed}"`);
  const tiny = values.tiny || process.env.COOPGRAPH_BENCH_TINY === '1';
  const mode = tiny ? 'tiny' : values.quick ? 'quick' : 'full';
  const profile: Profile = { ...PROFILES[mode] };
  if (values['load-sizes']) {
    profile.loadSizes = parseSizes(values['load-sizes'], '--load-sizes');
    profile.baselineSize = profile.loadSizes.find((n) => n >= profile.baselineSize) ?? Math.max(...profile.loadSizes);
  }
  if (values['viewer-sizes']) profile.viewerSizes = parseSizes(values['viewer-sizes'], '--viewer-sizes');
  const pools = loadPools();
  const workDir = mkdtempSync(join(tmpdir(), 'coopgraph-bench-'));
  const dataDir = join(workDir, 'data');
  const started = Date.now();
  try {
    const extract = await benchExtraction(profile, seed, pools);
    log(`starting an embedded Neo4j in ${dataDir}`);
    let loading: LoadOutcome;
    try {
      const connection = await startEmbedded(dataDir, { port: 0, log });
      // Constraints and indexes first, so the baseline's MERGEs use them as ingest's do.
      await (await connectStore(connection)).close();
      loading = await benchLoading(profile, seed, pools, workDir, dataDir, connection, !values['no-viewer']);
    } finally {
      log('stopping the embedded Neo4j');
      await stopEmbedded(dataDir);
    }
    const viewer = await benchBrowser(profile, seed, workDir, !values['no-viewer']);
    const feed = await benchFeed(profile.feedItems, seed);
    const measurements: Measurements = {
      mode,
      date: new Date().toISOString(),
      machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      extract,
      ...loading,
      viewer,
      feed,
    };
    const lines = formatReport(measurements);
    lines.push('', `total ${((Date.now() - started) / 1000).toFixed(0)} s`);
    process.stdout.write(`${lines.join('\n')}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(toJson(measurements))}\n`);
  } finally {
    if (existsSync(workDir)) rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${describeError(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
