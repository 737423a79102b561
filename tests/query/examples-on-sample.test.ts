/**
 * The example library on the real pipeline: the sample corpus (graph-data/articles)
 * is ingested by the real `coopgraph ingest` into a Neo4j of this file's own (the
 * shared one holds other files' fixtures), then every example runs with its default
 * params and must return rows, and `coopgraph query` prints the entity count.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { DEFAULT_RUN_OPTIONS, loadExampleQueries, runCypher } from '../../src/query/index.ts';
import { connectStore, type Store, startEmbedded, stopEmbedded } from '../../src/store/index.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'coopgraph.js');
const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-query-neo4j-'));
const env = { ...process.env, COOPGRAPH_DATA_DIR: dataDir, NEO4J_URI: '' };
let store: Store;

const coopgraph = (...args: string[]) =>
  promisify(execFile)(process.execPath, [BIN, ...args], { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });

beforeAll(async () => {
  store = await connectStore(await startEmbedded(dataDir, { heap: '512m', port: 0, ownerPid: process.pid }));
  await coopgraph('ingest', join(PROJECT_ROOT, 'graph-data', 'articles'));
}, 300_000);

afterAll(async () => {
  await store?.close();
  await stopEmbedded(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the example queries on the ingested sample corpus', () => {
  it('coopgraph query prints the entity count as JSON', async () => {
    const { stdout } = await coopgraph('query', 'MATCH (e:Entity) RETURN count(e) AS c', '--format', 'json');
    expect(stdout).toMatch(/^\[\{"c": \d+\}\]\n$/);
    expect(JSON.parse(stdout)[0].c).toBeGreaterThan(50);
  });

  it('every example returns rows with its default params', async () => {
    const examples = await loadExampleQueries();
    expect(examples.length).toBe(7);
    for (const example of examples) {
      const result = await runCypher(store, example.query, { ...DEFAULT_RUN_OPTIONS, params: example.params });
      expect(result.rows.length, example.id).toBeGreaterThan(0);
    }
  });
});
