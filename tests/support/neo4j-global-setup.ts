/**
 * Vitest global setup: one Neo4j for the whole test run. When NEO4J_URI is set that
 * Neo4j is used; otherwise an embedded one starts in a temporary data dir and stops
 * at teardown. Tests reach it through `openTestStore()` (tests/support/neo4j-store.ts),
 * `inject('neo4j')`, or simply `openStore()`: COOPGRAPH_DATA_DIR points at the temporary
 * dir for every worker and every `coopgraph` process the tests spawn.
 *
 * Both the integration and the browser project list this file, and vitest runs each
 * project's global setup (in its own module instance): the first one starts Neo4j and
 * the last teardown stops it, through a count kept on `globalThis` of the vitest process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type Neo4jConnection, resolveExternalNeo4j } from '../../src/config.ts';
import { connectStore, startEmbedded, stopEmbedded } from '../../src/store/index.ts';

type TestNeo4j = Neo4jConnection & { dataDir?: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test run's Neo4j; `dataDir` is set when it is the embedded one. */
    neo4j: TestNeo4j;
  }
}

interface Shared {
  started: Promise<TestNeo4j>;
  users: number;
}

const KEY = Symbol.for('coopgraph.test-neo4j');
const registry = globalThis as typeof globalThis & { [KEY]?: Shared };

async function start(): Promise<TestNeo4j> {
  const external = resolveExternalNeo4j(process.env);
  if (external) return external;
  const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-test-neo4j-'));
  try {
    // Any free port: 7687 stays for the developer's own instance and parallel runs do not clash.
    const connection = await startEmbedded(dataDir, { port: 0, ownerPid: process.pid });
    // The schema is in place before any test runs, so parallel test files do not race to create it.
    const store = await connectStore(connection);
    await store.close();
    process.env.COOPGRAPH_DATA_DIR = dataDir;
    return { ...connection, dataDir };
  } catch (error) {
    await stopEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = registry[KEY];
  if (!shared) {
    shared = { started: start(), users: 0 };
    registry[KEY] = shared;
    // A failed start is not reused by the next project.
    shared.started.catch(() => delete registry[KEY]);
  }
  const neo4j = await shared.started;
  shared.users++;
  project.provide('neo4j', neo4j);

  return async () => {
    const current = registry[KEY];
    if (!current || --current.users > 0) return;
    delete registry[KEY];
    if (!neo4j.dataDir) return;
    await stopEmbedded(neo4j.dataDir);
    rmSync(neo4j.dataDir, { recursive: true, force: true });
  };
}
