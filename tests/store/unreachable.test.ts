/**
 * A Neo4j nobody answers for is reported within seconds, as one line that says what to
 * do (the driver's defaults waited 30 s and more), by the store and by the CLI.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { StoreError } from '../../src/errors.ts';
import { connectStore } from '../../src/store/index.ts';

/** A port that was free a moment ago: nothing listens on it. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

describe('an unreachable Neo4j', () => {
  it('fails connectStore within seconds with what to do', async () => {
    const uri = `bolt://127.0.0.1:${await deadPort()}`;
    const started = Date.now();
    const error = await connectStore({ uri, username: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(`cannot reach Neo4j at ${uri} (`);
    expect(message).toContain('`coopgraph neo4j status`');
  });

  it('is one `coopgraph: …` line from the CLI, exit code 1', async () => {
    const env = { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${await deadPort()}`, NEO4J_PASSWORD: 'x' };
    const started = Date.now();
    const result = await promisify(execFile)(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'coopgraph.js'), 'article', 'ls'],
      { env, cwd: PROJECT_ROOT },
    ).catch((e: unknown) => e as { code: number; stderr: string });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result).toMatchObject({ code: 1 });
    const lines = (result as { stderr: string }).stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^coopgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+ .*coopgraph neo4j status/);
  });
});
