/**
 * `coopgraph ingest`, `article rm`, `entity show` and `export` as a user runs
 * them: spawned CLI processes against the tests' own embedded Neo4j. Covers the
 * sample corpus loading and re-loading unchanged, a SIGKILL mid-run followed by
 * a rerun, two concurrent ingests of overlapping inputs, failed inputs, stdin,
 * an unreachable Neo4j, and exports that graphology's parsers read back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runRead } from '../../src/store/index.ts';
import { type GraphCounts, readGraphCounts } from '../../src/store/ingest-store.ts';
import { type OwnNeo4j, startOwnNeo4j } from '../ingest/own-neo4j.ts';

const CLI = join(PROJECT_ROOT, 'bin', 'coopgraph.js');
const ARTICLES = join(PROJECT_ROOT, 'graph-data', 'articles');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let neo: OwnNeo4j;
let cleanCounts: GraphCounts;
const tempDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NEO4J_URI: _uri, ...rest } = process.env;
  return { ...rest, COOPGRAPH_DATA_DIR: neo?.dataDir ?? '', ...extra };
}

function start(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    env: options.env ?? env(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdin.end(options.input ?? '');
  const done = new Promise<Run>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

function run(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Run> {
  return start(args, options).done;
}

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error('timed out waiting for the CLI');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function duplicates(): Promise<{ entities: number; articles: number; relations: number }> {
  const [row] = await runRead(neo.store, {
    cypher: [
      'CALL { MATCH (e:Entity) WITH e.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS entities }',
      'CALL { MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS articles }',
      'CALL { MATCH (s:Entity)-[r]->(t:Entity) WITH s, t, type(r) AS ty, count(r) AS c WHERE c > 1 RETURN count(*) AS relations }',
      'RETURN entities, articles, relations',
    ].join('\n'),
    params: {},
  });
  return { entities: Number(row?.entities), articles: Number(row?.articles), relations: Number(row?.relations) };
}

function killable(child: ChildProcess): void {
  child.kill('SIGKILL');
}

beforeAll(async () => {
  neo = await startOwnNeo4j();
}, 180_000);

afterAll(async () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  await neo?.stop();
});

// Each test spawns the CLI (tsx start-up) and some load the whole corpus; on a loaded machine that exceeds the default 60 s.
describe('coopgraph ingest (CLI)', { timeout: 240_000 }, () => {
  it('says in one line that Neo4j is unreachable and exits non-zero', async () => {
    const result = await run(['ingest', ARTICLES], {
      env: env({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' }),
    });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^coopgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('loads the sample corpus, and a second run reports all unchanged with identical counts', async () => {
    await neo.wipe();
    const first = await run(['ingest', '--json', ARTICLES]);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary.articles.failed).toBe(0);
    expect(summary.articles.new).toBeGreaterThanOrEqual(18);
    cleanCounts = await readGraphCounts(neo.store);
    expect(cleanCounts.articles).toBe(summary.articles.new);

    const second = await run(['ingest', '--json', ARTICLES]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).articles).toEqual({
      new: 0,
      unchanged: summary.articles.new,
      updated: 0,
      failed: 0,
    });
    expect(await readGraphCounts(neo.store)).toEqual(cleanCounts);

    const [talks] = await runRead(neo.store, {
      cypher: [
        "MATCH (a:Entity {name: 'Роман Головченко'})-[r:NEGOTIATES]-(b:Entity {name: 'Владислав Шапша'})",
        'RETURN r.articleCount AS articleCount, r.evidence AS evidence, r.firstSeen AS firstSeen,',
        "  COUNT { MATCH (o:Evidence {relation: type(r) + '|' + startNode(r).id + '|' + endNode(r).id}) } AS evidenceNodes",
      ].join('\n'),
      params: {},
    });
    expect(talks?.articleCount).toBeGreaterThan(0);
    expect(talks?.evidenceNodes).toBe(talks?.articleCount);
    expect(talks?.evidence).not.toHaveLength(0);
    expect(talks?.firstSeen).toBe('2023-04-04');
  });

  it('after a SIGKILL mid-run, a rerun completes the load with the same counts as one clean run', async () => {
    await neo.wipe();
    const victim = start(['ingest', '--batch-size', '2', ARTICLES]);
    // Progress prints a line every few seconds off a terminal, so watch the database instead.
    await waitFor(async () => (await readGraphCounts(neo.store)).articles >= 3, 120_000);
    killable(victim.child);
    const killed = await victim.done;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await readGraphCounts(neo.store);
    expect(partial.articles).toBeGreaterThanOrEqual(3);
    expect(partial.articles).toBeLessThan(cleanCounts.articles);

    const rerun = await run(['ingest', '--json', ARTICLES]);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.articles.unchanged).toBe(partial.articles);
    expect(await readGraphCounts(neo.store)).toEqual(cleanCounts);
    expect(await duplicates()).toEqual({ entities: 0, articles: 0, relations: 0 });
  });

  it('two concurrent ingests of overlapping inputs create no duplicates and match a clean run', async () => {
    await neo.wipe();
    const [a, b] = await Promise.all([
      run(['ingest', ARTICLES]),
      run(['ingest', ARTICLES, join(ARTICLES, '000.md'), join(ARTICLES, '001.md')]),
    ]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(await duplicates()).toEqual({ entities: 0, articles: 0, relations: 0 });
    expect(await readGraphCounts(neo.store)).toEqual(cleanCounts);
  });

  it('reports empty and binary files as failed by name, loads the rest, and exits 1', async () => {
    const before = await readGraphCounts(neo.store);
    const dir = tempDir('coopgraph-cli-bad-');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14]));
    writeFileSync(
      join(dir, 'good.md'),
      '---\nurl: https://example.org/coopgraph-test/good\ndate: 2024-06-01\ntitle: Тестовая заметка\n---\n' +
        'Губернатор Калужской области Владислав Шапша провёл переговоры с премьер-министром Беларуси Романом Головченко в Минске.\n',
    );
    const result = await run(['ingest', dir]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('1 new, 0 unchanged, 0 updated, 2 failed');
    expect(result.stdout).toContain(`${join(dir, 'empty.md')}: the file is empty`);
    expect(result.stdout).toContain(`${join(dir, 'binary.txt')}: the file is binary, not text`);
    expect((await readGraphCounts(neo.store)).articles).toBe(before.articles + 1);

    // The good one is removable by URL; everything else is as before.
    const removed = await run(['article', 'rm', 'https://example.org/coopgraph-test/good']);
    expect(removed.code).toBe(0);
    expect(await readGraphCounts(neo.store)).toEqual(before);
  });

  it('reads an article from standard input, and --dry-run writes nothing', async () => {
    const before = await readGraphCounts(neo.store);
    const text =
      '---\nurl: https://example.org/coopgraph-test/stdin\ndate: 2024-07-01\ntitle: Из стандартного ввода\n---\n' +
      'Минский тракторный завод поставит сто тракторов в Калужскую область.\n';
    const dry = await run(['ingest', '--dry-run', '--json', '-'], { input: text });
    expect(dry.code, dry.stderr).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, articles: { new: 1 } });
    expect(await readGraphCounts(neo.store)).toEqual(before);
    const real = await run(['ingest', '--json', '-'], { input: text });
    expect(JSON.parse(real.stdout).reports[0]).toMatchObject({ source: '<stdin>', outcome: 'new' });
    await run(['article', 'rm', 'https://example.org/coopgraph-test/stdin']);
    expect(await readGraphCounts(neo.store)).toEqual(before);
  });

  it('entity show prints aliases, relations and the articles behind them', async () => {
    const result = await run(['entity', 'show', 'Головченко']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Роман Головченко  [Person]  person:roman-golovchenko');
    expect(result.stdout).toMatch(/NEGOTIATES \(\d+\)/);
    expect(result.stdout).toContain('Владислав Шапша');
    expect(result.stdout).toContain('Головченко и Шапша о сотрудничестве Беларуси и Калужской области');
    const missing = await run(['entity', 'show', 'Несуществующий Человек']);
    expect(missing.code).toBe(2);
  });

  it('exports JSON that Graph.from loads, and GEXF/GraphML that graphology parses', async () => {
    const dir = tempDir('coopgraph-cli-export-');
    for (const format of ['json', 'gexf', 'graphml']) {
      const result = await run(['export', '--format', format, '--out', join(dir, `graph.${format}`)]);
      expect(result.code).toBe(0);
    }
    const json = MultiGraph.from(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')));
    expect(json.order).toBe(cleanCounts.entities);
    expect(json.size).toBe(cleanCounts.relations);
    expect(json.getAttribute('schemaVersion')).toBe(1);
    const gexf = parseGexf(MultiGraph, readFileSync(join(dir, 'graph.gexf'), 'utf8'));
    expect([gexf.order, gexf.size]).toEqual([json.order, json.size]);
    const graphml = parseGraphml(MultiGraph, readFileSync(join(dir, 'graph.graphml'), 'utf8'));
    expect([graphml.order, graphml.size]).toEqual([json.order, json.size]);

    const filtered = await run(['export', '--format', 'csv', '--out', join(dir, 'csv'), '--relations', 'NEGOTIATES']);
    expect(filtered.code).toBe(0);
    const rels = readFileSync(join(dir, 'csv', 'relationships.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rels[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    expect(rels.slice(1).every((line) => line.split(',')[2] === 'NEGOTIATES')).toBe(true);
    expect(readFileSync(join(dir, 'csv', 'nodes.csv'), 'utf8')).toMatch(/^id:ID,:LABEL,/);
  });

  it('start loads graph-data/articles quickly when nothing changed (--no-serve stops before the viewer)', async () => {
    const result = await run(['start', '--no-serve']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`0 new, ${cleanCounts.articles} unchanged, 0 updated, 0 failed`);
    expect(result.stderr).toContain('neo4j: bolt://');
    expect(await readGraphCounts(neo.store)).toEqual(cleanCounts);
  });
});
