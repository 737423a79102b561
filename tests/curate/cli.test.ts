/**
 * The curation commands end to end: the real `coopgraph` binary against the test run's
 * Neo4j, with a temporary curation log. A rename, a manual relation and their undo go
 * through the log and show in the store; `curate log` lists them with the undone mark.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRead, runWrite, type Store } from '../../src/store/index.ts';
import { deleteTestData, openTestStore, testToken } from '../support/neo4j-store.ts';

const BIN = new URL('../../bin/coopgraph.js', import.meta.url).pathname;
const tok = testToken();
const P = `person:t-${tok}-ivanov`;
const R = `region:t-${tok}-tula`;

let store: Store;
let dir: string;
let log: string;

async function cli(...args: string[]): Promise<{ stdout: string; code: number; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, COOPGRAPH_CURATION: log, USER: 'cli-tester' },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

async function person() {
  const [row] = await runRead(store, {
    cypher: 'MATCH (e:Entity {id: $id}) RETURN properties(e) AS props',
    params: { id: P },
  });
  return row?.props as Record<string, unknown> | undefined;
}

async function heads() {
  const rows = await runRead(store, {
    cypher: 'MATCH (:Entity {id: $p})-[r:HEADS]->(:Entity {id: $r}) RETURN properties(r) AS props',
    params: { p: P, r: R },
  });
  return rows.map((row) => row.props as Record<string, unknown>);
}

beforeAll(async () => {
  store = await openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-curate-cli-'));
  log = join(dir, 'curation.jsonl');
  await runWrite(store, {
    cypher: [
      "CREATE (:Entity:Person {id: $p, type: 'Person', name: $pName, aliases: []})",
      "CREATE (:Entity:Region {id: $r, type: 'Region', name: $rName, aliases: []})",
    ].join('\n'),
    params: { p: P, r: R, pName: `Иван Иванов ${tok}`, rName: `Тульская ${tok}` },
  });
}, 60_000);

afterAll(async () => {
  await deleteTestData(store, tok);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('coopgraph curation commands', () => {
  it('record decisions in the log, apply them, and undo them', async () => {
    const before = await person();
    const renamed = await cli('entity', 'rename', P, `Пётр Иванов ${tok}`, '--reason', 'wrong first name');
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(await person()).toMatchObject({ name: `Пётр Иванов ${tok}`, curatedBy: 'cli-tester' });

    const added = await cli('relation', 'add', 'HEADS', P, `Тульская ${tok}`, '--note', 'official site');
    expect(added.code, added.stderr).toBe(0);
    expect(await heads()).toEqual([expect.objectContaining({ manual: true, note: 'official site' })]);

    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).op)).toEqual(['rename', 'add']);
    const renameId = JSON.parse(lines[0] ?? '{}').id as string;
    const addId = JSON.parse(lines[1] ?? '{}').id as string;

    expect((await cli('curate', 'undo', renameId)).code).toBe(0);
    expect((await cli('curate', 'undo', addId)).code).toBe(0);
    expect(await person()).toEqual(before);
    expect(await heads()).toEqual([]);

    const listed = await cli('curate', 'log', '--op', 'rename');
    expect(listed.stdout).toContain(`${renameId}`);
    expect(listed.stdout).toContain('(undone)');
  }, 120_000);

  it('splits an alias off into an entity of its own, and undoes the split', async () => {
    const alias = `Тулагород ${tok}`;
    await runWrite(store, { cypher: 'MATCH (e:Entity {id: $r}) SET e.aliases = [$alias]', params: { r: R, alias } });
    const refused = await cli('entity', 'split', R, `Нет такого ${tok}`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is not an alias of/);

    const split = await cli('entity', 'split', R, alias, '--type', 'City', '--reason', 'a city, not the region');
    expect(split.code, split.stderr).toBe(0);
    const decision = JSON.parse(readFileSync(log, 'utf8').trim().split('\n').at(-1) ?? '{}');
    expect(decision).toMatchObject({ op: 'split', entity: R, alias, type: 'City', into: `city:tulagorod-${tok}` });
    const entities = async () =>
      runRead(store, {
        cypher:
          'MATCH (e:Entity) WHERE e.id IN [$r, $c] RETURN e.id AS id, e.name AS name, e.aliases AS aliases ORDER BY id',
        params: { r: R, c: decision.into },
      });
    expect(await entities()).toEqual([
      { id: decision.into, name: alias, aliases: [] },
      { id: R, name: `Тульская ${tok}`, aliases: [] },
    ]);
    expect((await cli('curate', 'undo', decision.id)).code).toBe(0);
    expect(await entities()).toEqual([{ id: R, name: `Тульская ${tok}`, aliases: [alias] }]);
  }, 120_000);

  it('refuses an unknown entity with one line and exit code 2', async () => {
    const result = await cli('entity', 'rename', `person:t-${tok}-nobody`, 'X');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^coopgraph: no stored entity/);
  }, 60_000);
});
