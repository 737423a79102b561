/**
 * Vitest global setup: one Neo4j for the whole test run. When NEO4J_URI is set that
 * Neo4j is used; otherwise an embedded one starts in a temporary data dir and stops
 * at teardown. Tests reach it through `openTestStore()` (tests/support/neo4j-store.ts),
 * `inject('neo4j')`, or simply `openStore()`: COOPGRAPH_DATA_DIR points at the temporary
 * dir for every worker and every `coopgraph` process the tests spawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Neo4jConnection, resolveExternalNeo4j } from '../../src/config.ts';
import { connectStore, startEmbedded, stopEmbedded } from '../../src/store/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test run's Neo4j; `dataDir` is set when it is the embedded one. */
    neo4j: Neo4jConnection & { dataDir?: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = resolveExternalNeo4j(process.env);
  const dataDir = external ? undefined : mkdtempSync(join(tmpdir(), 'coopgraph-test-neo4j-'));
  try {
    // Any free port: 7687 stays for the developer's own instance and parallel runs do not clash.
    const connection = external ?? (await startEmbedded(dataDir as string, { port: 0, ownerPid: process.pid }));
    // The schema is in place before any test runs, so parallel test files do not race to create it.
    const store = await connectStore(connection);
    await store.close();
    if (dataDir) process.env.COOPGRAPH_DATA_DIR = dataDir;
    project.provide('neo4j', { ...connection, ...(dataDir ? { dataDir } : {}) });
  } catch (error) {
    if (dataDir) {
      await stopEmbedded(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    }
    throw error;
  }

  return async () => {
    if (!dataDir) return;
    await stopEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
