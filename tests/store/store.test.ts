import { describe, expect, inject, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { connectStore, openStore, runRead } from '../../src/store/index.ts';

describe('connectStore / openStore', () => {
  it('shares one driver per process; the last close() closes it', async () => {
    const first = await connectStore(inject('neo4j'));
    const second = await openStore();
    expect(second.driver).toBe(first.driver);
    await first.close();
    await first.close(); // closing a handle twice releases it once
    expect(await runRead(second, { cypher: 'RETURN 2 AS two', params: {} })).toEqual([{ two: 2 }]);
    await second.close();
    const third = await openStore();
    expect(third.driver).not.toBe(first.driver);
    await third.close();
  });

  it('fails with a StoreError naming the URI when Neo4j cannot be reached', async () => {
    const error = await connectStore({ uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toContain('bolt://127.0.0.1:9');
  });

  it('fails with a StoreError on wrong credentials', async () => {
    const { uri } = inject('neo4j');
    // An unknown user, so the failed login cannot rate-limit "neo4j" for the other test files.
    await expect(connectStore({ uri, username: 'nobody', password: 'wrong-password' })).rejects.toBeInstanceOf(
      StoreError,
    );
  });
});
