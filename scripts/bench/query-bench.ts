/**
 * Query latency on the loaded graph: the project's example queries (region
 * partners, shortest path, trade by year) plus neighbours of an entity and
 * full-text search, with parameters picked from the graph itself so every
 * query has something to find. Reports p50/p95 over repeated runs. Part of
 * `npm run bench`, or alone on a store of the size asked (built from the bench's
 * corpus in a temp dir, then removed) or on an existing data dir:
 *   node bin/run-ts.js scripts/bench/query-bench.ts --articles 10000 [--seed 1] [--runs 50] [--json]
 *   node bin/run-ts.js scripts/bench/query-bench.ts --data-dir DIR [--runs 50] [--json]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/config.ts';
import { describeError, UsageError } from '../../src/errors.ts';
import { loadExampleQueries } from '../../src/query/index.ts';
import { factTypesPattern, releaseEmbedded, startEmbedded, stopEmbedded } from '../../src/store/index.ts';
import { writeCorpus } from '../generate-corpus.ts';
import { loadPools } from './load-pools.ts';
import { timeCli } from './scale-bench.ts';
import { percentile } from './stats.ts';

export interface QuerySpec {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

export interface QueryLatency {
  p50: number;
  p95: number;
  rows: number;
}

const NEIGHBOURS = `MATCH (e:Entity {id: $id})-[r:${factTypesPattern()}]-(n:Entity)
RETURN type(r) AS relation, n.id AS id, n.name AS name, n.type AS type, r.articleCount AS articles
ORDER BY articles DESC LIMIT 100`;

const FULLTEXT = `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, score LIMIT 20`;

async function firstValue(driver: Driver, cypher: string): Promise<string | undefined> {
  const { records } = await driver.executeQuery(cypher, {}, { routing: 'READ' });
  const value: unknown = records[0]?.get(0);
  return typeof value === 'string' ? value : undefined;
}

/** The queries with parameters taken from the graph: its best-connected region, a person and an enterprise. */
async function chooseQueries(driver: Driver): Promise<QuerySpec[]> {
  const examples = new Map((await loadExampleQueries()).map((q) => [q.id, q]));
  const region =
    (await firstValue(
      driver,
      'MATCH (r:Region)-[x]-(:Entity) WITH r, count(x) AS c RETURN r.name ORDER BY c DESC LIMIT 1',
    )) ?? 'Калужская область';
  const hubId = await firstValue(
    driver,
    'MATCH (e:Entity)-[x]-(:Entity) WITH e, count(x) AS c RETURN e.id ORDER BY c DESC LIMIT 1',
  );
  const person = await firstValue(driver, 'MATCH (p:Person)-[]-(:Entity) RETURN p.name LIMIT 1');
  const firm = await firstValue(driver, 'MATCH (e:Enterprise)-[]-(:Entity) RETURN e.name SKIP 3 LIMIT 1');
  const example = (id: string, name: string, params: Record<string, unknown>): QuerySpec[] => {
    const q = examples.get(id);
    return q ? [{ name, cypher: q.query, params: { ...q.params, ...params } }] : [];
  };
  return [
    { name: 'neighbours', cypher: NEIGHBOURS, params: { id: hubId ?? 'country:belarus' } },
    ...example('region-partners', 'region_partners', { region, relation: 'SUPPLIES' }),
    ...example('shortest-path', 'shortest_path', { from: person ?? 'Беларусь', to: firm ?? region }),
    ...example('trade-by-year', 'trade_by_year', { name: region }),
    { name: 'fulltext_search', cypher: FULLTEXT, params: { q: region.split(' ')[0] ?? region } },
  ];
}

/** Runs each query `warmup` times untimed, then `runs` times timed (all records pulled). */
export async function benchQueries(
  connection: Neo4jConnection,
  runs: number,
  warmup = 3,
): Promise<Record<string, QueryLatency>> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    const out: Record<string, QueryLatency> = {};
    for (const spec of await chooseQueries(driver)) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < warmup + runs; i++) {
        const start = performance.now();
        const { records } = await driver.executeQuery(spec.cypher, spec.params, { routing: 'READ' });
        if (i >= warmup) times.push(performance.now() - start);
        rows = records.length;
      }
      out[spec.name] = { p50: percentile(times, 50), p95: percentile(times, 95), rows };
    }
    return out;
  } finally {
    await driver.close();
  }
}

/** A whole number ≥ 1 from a flag's text. */
function count(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} expects a whole number ≥ 1, got "${text}"`);
  return n;
}

/**
 * Builds a store of `articles` generated articles (the bench's corpus: seeded, 1–4 KB) with
 * the real `coopgraph ingest` in a fresh data dir, which the caller removes.
 */
async function buildStore(articles: number, seed: number, workDir: string): Promise<string> {
  const dataDir = join(workDir, 'data');
  const corpus = join(workDir, 'corpus');
  writeCorpus(corpus, { n: articles, seed, minBytes: 1024, maxBytes: 4096, pools: loadPools() });
  await startEmbedded(dataDir, { port: 0 });
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  process.stderr.write(`query-bench: ingesting ${articles} articles\n`);
  const ms = await timeCli(
    ['ingest', '--json', corpus],
    { ...env, COOPGRAPH_DATA_DIR: dataDir },
    join(workDir, 'ingest.json'),
  );
  process.stderr.write(`query-bench: ingested in ${(ms / 1000).toFixed(0)} s\n`);
  rmSync(corpus, { recursive: true, force: true });
  return dataDir;
}

/** The queries alone: on a fresh store of `--articles N`, or on the store of `--data-dir DIR` (left as found). */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.articles === !values['data-dir']) throw new UsageError('give either --articles N or --data-dir DIR');
  const runs = count(values.runs, '--runs');
  const workDir = values.articles ? mkdtempSync(join(tmpdir(), 'coopgraph-query-bench-')) : undefined;
  try {
    const dataDir = workDir
      ? await buildStore(count(values.articles ?? '', '--articles'), Number(values.seed), workDir)
      : (values['data-dir'] ?? '');
    const loadBefore = loadavg()[0] ?? Number.NaN;
    const latency = await benchQueries(await startEmbedded(dataDir, { port: 0 }), runs);
    const load = `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? Number.NaN).toFixed(1)} after`;
    const lines = [`query latency over ${runs} runs (ms), ${load}:`, 'query             p50      p95   rows'];
    for (const [name, q] of Object.entries(latency)) {
      lines.push(
        `${name.padEnd(16)} ${q.p50.toFixed(1).padStart(6)} ${q.p95.toFixed(1).padStart(8)} ${String(q.rows).padStart(6)}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(latency)}\n`);
  } finally {
    if (workDir) {
      await stopEmbedded(join(workDir, 'data'));
      rmSync(workDir, { recursive: true, force: true });
    } else {
      await releaseEmbedded();
    }
  }
}

if (process.argv[1]?.endsWith('query-bench.ts')) {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`query-bench: ${describeError(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
