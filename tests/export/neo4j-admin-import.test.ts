/**
 * The neo4j-admin CSV export round-trips through Neo4j's own import tool: the sample
 * corpus is ingested into a Neo4j of this file's own, exported with `coopgraph export
 * --format csv`, imported with `neo4j-admin database import full` (run from the jars
 * resolved for the embedded Neo4j) into a second data dir, completed with the export's
 * post-import.cypher, and then every example query in graph-data/queries must answer
 * the same on both: same rows in the same order, same value types (integer vs float),
 * nodes compared by labels and properties (internal ids differ between two databases),
 * the lists `collect` builds compared as multisets (Cypher leaves their order open), and
 * for shortestPath the length and ends (any of several equally short paths is right).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { NEO4J_IMPORT_COMMAND, POST_IMPORT_FILE } from '../../src/export/index.ts';
import { DEFAULT_RUN_OPTIONS, loadExampleQueries, runCypher } from '../../src/query/index.ts';
import { connectStore, type Store, startEmbedded, stopEmbedded } from '../../src/store/index.ts';
import { launcherClasspath } from '../../src/store/launcher.ts';

const run = promisify(execFile);
const BIN = join(PROJECT_ROOT, 'bin', 'coopgraph.js');
const root = mkdtempSync(join(tmpdir(), 'coopgraph-admin-import-'));
const original = join(root, 'original');
const imported = join(root, 'imported');
const csv = join(root, 'csv');
const stores: Store[] = [];

const coopgraph = (dataDir: string, ...args: string[]) =>
  run(process.execPath, [BIN, ...args], {
    env: { ...process.env, COOPGRAPH_DATA_DIR: dataDir, NEO4J_URI: '' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });

/** A driver value as comparable data: integers and floats kept apart, graph elements without their internal ids. */
function comparable(value: unknown, top = false): unknown {
  if (neo4j.isInt(value)) return { int: value.toString() };
  if (typeof value === 'number') return { float: value };
  if (neo4j.isNode(value)) return { labels: [...value.labels].sort(), properties: comparable(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: comparable(value.properties) };
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => [comparable(s.start), comparable(s.relationship), comparable(s.end)]);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => comparable(v));
    return top ? items.map((i) => JSON.stringify(i)).sort() : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, comparable(v)]),
    );
  }
  return value;
}

beforeAll(async () => {
  mkdirSync(join(imported, 'neo4j', 'conf'), { recursive: true });
  stores.push(await connectStore(await startEmbedded(original, { heap: '512m', port: 0, ownerPid: process.pid })));
  await coopgraph(original, 'ingest', join(PROJECT_ROOT, 'graph-data', 'articles'));
  await coopgraph(original, 'export', '--format', 'csv', '--out', csv);
  // The documented command, run with the jars of the embedded Neo4j as neo4j-admin.
  const args = NEO4J_IMPORT_COMMAND.replace(/^neo4j-admin /, '').split(' ');
  const home = join(imported, 'neo4j');
  await run(
    'java',
    [
      '-Xmx256m',
      '-cp',
      launcherClasspath(),
      'org.neo4j.cli.AdminTool',
      ...args,
      '--max-off-heap-memory=256m',
      `--report-file=${join(root, 'import.report')}`,
    ],
    {
      cwd: csv,
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  stores.push(await connectStore(await startEmbedded(imported, { heap: '512m', port: 0, ownerPid: process.pid })));
  await coopgraph(imported, 'query', '--write', '-f', join(csv, POST_IMPORT_FILE));
}, 600_000);

afterAll(async () => {
  for (const store of stores) await store.close();
  await stopEmbedded(original);
  await stopEmbedded(imported);
  rmSync(root, { recursive: true, force: true });
});

describe('neo4j-admin import of the CSV export', () => {
  it('writes the five CSV files and the post-import statement', () => {
    expect(readdirSync(csv).sort()).toEqual([
      'articles.csv',
      'mentions.csv',
      'nodes.csv',
      'other-nodes.csv',
      POST_IMPORT_FILE,
      'relationships.csv',
    ]);
  });

  it('answers every example query exactly as the original database', async () => {
    const [before, after] = stores;
    if (!before || !after) throw new Error('both databases must be running');
    const examples = await loadExampleQueries();
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const example of examples) {
      const options = { ...DEFAULT_RUN_OPTIONS, params: example.params };
      const expected = await runCypher(before, example.query, options);
      const actual = await runCypher(after, example.query, options);
      expect(expected.rows.length, example.id).toBeGreaterThan(0);
      expect(actual.columns, example.id).toEqual(expected.columns);
      if (example.id === 'shortest-path') {
        // Several paths can be equally short; which one shortestPath returns depends on storage order.
        const hops = expected.columns.indexOf('hops');
        const names = expected.columns.indexOf('names');
        const ends = (rows: unknown[][]) =>
          rows.map((row) => {
            const list = row[names] as string[];
            return [comparable(row[hops]), list[0], list.at(-1)];
          });
        expect(ends(actual.rows), example.id).toEqual(ends(expected.rows));
        continue;
      }
      expect(
        actual.rows.map((row) => row.map((cell) => comparable(cell, true))),
        example.id,
      ).toEqual(expected.rows.map((row) => row.map((cell) => comparable(cell, true))));
    }
  });
});
