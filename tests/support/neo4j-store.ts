/**
 * Helpers for integration tests against the test run's Neo4j (see neo4j-global-setup.ts):
 * a connected store, and a token that keeps one test file's ids apart from the others'
 * (test files run in parallel on the same database).
 */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connectStore, runWrite, type Store } from '../../src/store/index.ts';

/** A store connected to the test run's Neo4j; close it in afterAll. */
export function openTestStore(): Promise<Store> {
  return connectStore(inject('neo4j'));
}

/** A short random lowercase token for ids (`region:t-<token>-kaluga`), unique per call. */
export function testToken(): string {
  return randomBytes(5).toString('hex');
}

/** Deletes the entities and articles whose ids contain the token (a test file's own data). */
export async function deleteTestData(store: Store, token: string): Promise<void> {
  await runWrite(store, {
    cypher: 'MATCH (n) WHERE (n:Entity OR n:Article OR n:Evidence) AND n.id CONTAINS $token DETACH DELETE n',
    params: { token },
  });
}
