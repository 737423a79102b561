import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { loadSeedGraph, unloadSeedGraph } from './seed-graph.ts';

const BIN = new URL('../../bin/coopgraph.js', import.meta.url).pathname;

/** Runs the real CLI in a child process (same environment, so the same Neo4j). */
async function coopgraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let store: Store;
beforeAll(async () => {
  store = await loadSeedGraph();
});
afterAll(async () => {
  await coopgraph('query', 'MATCH (x:Probe) DETACH DELETE x', '--write');
  await unloadSeedGraph(store);
});

describe('coopgraph query', () => {
  it('prints [{"c": N}] with --format json', async () => {
    const { code, stdout } = await coopgraph('query', 'MATCH (e:Entity) RETURN count(e) AS c', '--format', 'json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\[\{"c": \d+\}\]\n$/);
    expect(JSON.parse(stdout)[0].c).toBeGreaterThan(0);
  });

  it('refuses a write without --write, creates nothing, and allows it with --write', async () => {
    const refused = await coopgraph('query', 'CREATE (x:Probe) RETURN x');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^coopgraph: read-only query refused: .*--write/);
    const count = async () =>
      JSON.parse((await coopgraph('query', 'MATCH (x:Probe) RETURN count(x) AS n', '--format', 'json')).stdout)[0].n;
    expect(await count()).toBe(0);
    const allowed = await coopgraph('query', 'CREATE (x:Probe) RETURN x', '--write', '--format', 'json');
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)[0].x.labels).toEqual(['Probe']);
    expect(allowed.stderr).toContain('1 node created');
    expect(await count()).toBe(1);
  });

  it('takes typed --param values and prints csv', async () => {
    const { stdout } = await coopgraph(
      'query',
      'RETURN $year + 1 AS next, $name AS name, $flags AS flags',
      '--param',
      'year=2022',
      '-P',
      'name=Калужская область',
      '-P',
      'flags=[true, null]',
      '--format',
      'csv',
    );
    expect(stdout).toBe('next,name,flags\r\n2023,Калужская область,"[true,null]"\r\n');
  });

  it('prints an aligned table and cuts at --limit', async () => {
    const { stdout } = await coopgraph(
      'query',
      "UNWIND ['Минск', 'Калужская область', 'Жодино'] AS name RETURN name",
      '--limit',
      '2',
    );
    expect(stdout).toBe(' name\n-------------------\n Минск\n Калужская область\n(2 rows, more not shown)\n');
  });

  it('runs an example file with its default params, overridable by --param', async () => {
    const file = new URL('../../graph-data/queries/suppliers-to-country.cypher', import.meta.url).pathname;
    const json = await coopgraph('query', '-f', file, '--format', 'json');
    expect(JSON.parse(json.stdout).map((r: { supplier: string }) => r.supplier)).toContain('Синара');
    const none = await coopgraph('query', '-f', file, '-P', 'country=Атлантида', '--format', 'json');
    expect(none.stdout).toBe('[]\n');
  });

  it('shows one clean line for a syntax error, and usage errors for bad input', async () => {
    const file = join(tmpdir(), `coopgraph-query-${process.pid}.cypher`);
    await writeFile(file, 'MATCH (n)\nRETRN n\n');
    const bad = await coopgraph('query', '-f', file).finally(() => rm(file, { force: true }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^coopgraph: Cypher error at line 2, column 1: Invalid input 'RETRN'[^\n]*\n$/);
    expect((await coopgraph('query')).code).toBe(2);
    expect((await coopgraph('query', 'RETURN 1', '-P', 'no-equals-sign')).code).toBe(2);
    expect((await coopgraph('query', 'RETURN 1', '--format', 'xml')).code).toBe(2);
  });

  it('reports every usage error as one coopgraph: line with exit code 2', async () => {
    for (const args of [
      ['query', '--timeout', '0', 'RETURN 1'],
      ['query', '--limit', '-3', 'RETURN 1'],
      ['query', '--max-bytes', 'lots', 'RETURN 1'],
      ['query', 'RETURN 1', '--format', 'xml'],
      ['query', '--no-such-option', 'RETURN 1'],
      ['no-such-command'],
    ]) {
      const { code, stderr } = await coopgraph(...args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(/^coopgraph: [^\n]+\n$/);
    }
  });

  it('stops a result past --max-bytes with one line naming the option', async () => {
    const { code, stderr } = await coopgraph(
      'query',
      "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 100) | s + 'abcdefghij') AS s",
      '--max-bytes',
      '50000',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^coopgraph: the result is larger than 50 KB \(stopped after \d+ rows\).*--max-bytes\n$/);
  });
});
