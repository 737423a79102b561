import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { embeddedPaths, embeddedStatus, openStore, runRead, startEmbedded } from '../../src/store/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-failing-neo4j-'));

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded Neo4j', () => {
  it('fails a start with one line carrying the gist of the JVM log', async () => {
    const error = await startEmbedded(dataDir, { heap: 'plenty', port: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('Invalid maximum heap size');
    expect(message).toContain(embeddedPaths(dataDir).log);
    expect(existsSync(embeddedPaths(dataDir).state)).toBe(false);
    expect(await embeddedStatus(dataDir)).toEqual({ running: false, dataDir });
  });

  it("lets other tests reach the run's Neo4j with a plain openStore()", async () => {
    const store = await openStore();
    try {
      expect(store.connection.uri).toBe(inject('neo4j').uri);
      expect(await runRead(store, { cypher: 'RETURN 1 AS one', params: {} })).toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  });
});
