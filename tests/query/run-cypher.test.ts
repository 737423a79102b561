import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusedError, StoreError } from '../../src/errors.ts';
import {
  CypherError,
  DEFAULT_RUN_OPTIONS,
  QueryTimeoutError,
  ResultTooLargeError,
  runCypher,
} from '../../src/query/index.ts';
import type { Store } from '../../src/store/index.ts';
import { loadSeedGraph, unloadSeedGraph } from './seed-graph.ts';

let store: Store;
beforeAll(async () => {
  store = await loadSeedGraph();
});
afterAll(async () => {
  await runCypher(store, 'MATCH (p:QueryProbe) DETACH DELETE p', { ...DEFAULT_RUN_OPTIONS, write: true });
  await unloadSeedGraph(store);
});

const run = (query: string, options: Partial<typeof DEFAULT_RUN_OPTIONS> = {}) =>
  runCypher(store, query, { ...DEFAULT_RUN_OPTIONS, ...options });
const probes = async () => Number((await run('MATCH (p:QueryProbe) RETURN count(p) AS n')).rows[0]?.[0]);

describe('runCypher against the real Neo4j', () => {
  it('returns columns and driver values', async () => {
    const result = await run('MATCH (e:Entity {id: $id}) RETURN e, e.name AS name', {
      params: { id: 'country:belarus' },
    });
    expect(result.columns).toEqual(['e', 'name']);
    expect(neo4j.isNode(result.rows[0]?.[0])).toBe(true);
    expect(result.rows[0]?.[1]).toBe('Беларусь');
    expect(result.truncated).toBe(false);
  });

  it.each([
    ['CREATE (p:QueryProbe) RETURN p'],
    ['MATCH (n) DETACH DELETE n'],
    ["MATCH (e:Entity {id: 'country:belarus'}) SET e.hacked = true"],
    ['CREATE INDEX query_probe FOR (p:QueryProbe) ON (p.x)'],
    ["LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row"],
    ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS'],
    ["CALL db.createLabel('QueryProbe')"],
    ['USE system SHOW DATABASES'],
  ])('refuses %s before it runs, and changes nothing', async (query) => {
    const entities = (await run('MATCH (e:Entity) RETURN count(e)')).rows[0]?.[0];
    const error = await run(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryRefusedError);
    expect((error as Error).message).toContain('--write');
    expect(await probes()).toBe(0);
    expect((await run('MATCH (e:Entity) RETURN count(e)')).rows[0]?.[0]).toEqual(entities);
    expect((await run("MATCH (e:Entity {id: 'country:belarus'}) RETURN e.hacked")).rows[0]?.[0]).toBeNull();
  });

  it('runs writes with write: true and reports what changed', async () => {
    const result = await run('CREATE (p:QueryProbe {n: $n}) RETURN p.n AS n', { write: true, params: { n: 7 } });
    expect(result.updates).toMatchObject({ nodesCreated: 1 });
    expect(await probes()).toBe(1);
  });

  it('sends whole-number parameters as Integers (LIMIT $n works)', async () => {
    const result = await run('UNWIND range(1, 10) AS i RETURN i LIMIT $n', { params: { n: 3 } });
    expect(result.rows).toHaveLength(3);
  });

  it('keeps at most `limit` rows and says it cut', async () => {
    const result = await run('UNWIND range(1, 100000) AS i RETURN i', { limit: 5 });
    expect(result.rows.map((r) => Number(r[0]))).toEqual([1, 2, 3, 4, 5]);
    expect(result.truncated).toBe(true);
  });

  it('reports syntax errors once, with the line and column of the user query', async () => {
    const error = await run('MATCH (n)\nRETRN n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CypherError);
    expect(error).toMatchObject({ line: 2, column: 1 });
    expect((error as Error).message).toMatch(/^Cypher error at line 2, column 1: Invalid input 'RETRN'/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('reports a missing parameter as a Cypher error', async () => {
    await expect(run('RETURN $missing')).rejects.toBeInstanceOf(CypherError);
  });

  it('aborts a query that runs past its timeout', async () => {
    const error = await run('UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*)', {
      timeoutSeconds: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('--timeout');
  });

  it('stops reading a result past maxBytes, with a clear error, and Neo4j keeps answering', async () => {
    const big = 'я'.repeat(50_000); // 100 KB in UTF-8 per row
    const error = await run('UNWIND range(1, 100000) AS i RETURN i, $big AS big', {
      params: { big },
      maxBytes: 1_000_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultTooLargeError);
    expect(error).toMatchObject({ maxBytes: 1_000_000, rowsRead: 9 });
    expect((error as Error).message).toMatch(/larger than 1 MB \(stopped after 9 rows\).*--max-bytes/);
    const fits = await run('UNWIND range(1, 5) AS i RETURN i, $big AS big', { params: { big }, maxBytes: 1_000_000 });
    expect(fits.rows).toHaveLength(5);
  });
});
