/**
 * A Neo4j of the ingest tests' own (embedded, in a temp data dir): these tests
 * compare whole-graph counts and spawn the CLI, so they cannot share the test
 * run's database with files running in parallel. Stopped and deleted in afterAll.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectStore, runWrite, type Store, startEmbedded, stopEmbedded } from '../../src/store/index.ts';

export interface OwnNeo4j {
  dataDir: string;
  store: Store;
  /** Deletes everything, so a scenario starts from an empty graph. */
  wipe(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-ingest-neo4j-'));
  const connection = await startEmbedded(dataDir, { heap: '512m', ownerPid: process.pid });
  const store = await connectStore(connection);
  return {
    dataDir,
    store,
    wipe: async () => {
      await runWrite(store, { cypher: 'MATCH (n) DETACH DELETE n', params: {} });
    },
    stop: async () => {
      await store.close();
      await stopEmbedded(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
