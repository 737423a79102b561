/**
 * `coopgraph neo4j start | status | stop` end to end, as a user runs them: a second
 * embedded Neo4j in its own data dir (side by side with the test run's), reached by a
 * separate driver with the credentials `status --json` prints.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { isPortOpen } from '../../src/store/embedded.ts';
import { stopEmbedded } from '../../src/store/index.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-cli-neo4j-'));
const env: NodeJS.ProcessEnv = { ...process.env, COOPGRAPH_DATA_DIR: dataDir };
for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];

function coopgraph(...args: string[]) {
  return run(process.execPath, [join(PROJECT_ROOT, 'bin', 'coopgraph.js'), ...args], { env, cwd: PROJECT_ROOT });
}

interface Status {
  running: boolean;
  uri?: string;
  username?: string;
  password?: string;
  pid?: number;
  dataDir: string;
}

async function status(): Promise<Status> {
  return JSON.parse((await coopgraph('neo4j', 'status', '--json')).stdout) as Status;
}

afterAll(async () => {
  await stopEmbedded(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('coopgraph neo4j', () => {
  let running: Status;

  it('reports "not running" before the first start', async () => {
    expect(await status()).toEqual({ running: false, dataDir });
  });

  it('starts, and status --json prints how to connect', { timeout: 240_000 }, async () => {
    // Two starts at once: the second waits for the first instead of launching a second JVM.
    await Promise.all([coopgraph('neo4j', 'start'), coopgraph('neo4j', 'start')]);
    const log = readFileSync(join(dataDir, 'neo4j', 'neo4j.log'), 'utf8');
    expect(log.match(/ready on/g)).toHaveLength(1);
    running = await status();
    expect(Object.keys(running)).toEqual(['running', 'uri', 'username', 'password', 'pid', 'dataDir']);
    expect(running).toMatchObject({ running: true, username: 'neo4j', dataDir });
    expect(running.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(running.password?.length).toBeGreaterThanOrEqual(24);
    expect(statSync(join(dataDir, 'neo4j', 'password')).mode & 0o777).toBe(0o600);
    // A daemon: it outlives the command that started it, and says so to the launcher.
    expect(existsSync(join(dataDir, 'neo4j', 'keep-running'))).toBe(true);
    expect(statSync(join(dataDir, 'neo4j')).mode & 0o777).toBe(0o700);
  });

  it('accepts queries from another process with those credentials', async () => {
    const driver = neo4j.driver(running.uri ?? '', neo4j.auth.basic('neo4j', running.password ?? ''));
    try {
      const result = await driver.executeQuery('RETURN 1 AS one');
      expect(result.records[0]?.get('one').toNumber()).toBe(1);
      const constraints = await driver.executeQuery(
        'SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN type, labelsOrTypes, properties',
      );
      expect(constraints.records.map((r) => r.toObject())).toEqual(
        expect.arrayContaining([
          { type: 'UNIQUENESS', labelsOrTypes: ['Entity'], properties: ['id'] },
          { type: 'UNIQUENESS', labelsOrTypes: ['Article'], properties: ['id'] },
        ]),
      );
    } finally {
      await driver.close();
    }
  });

  it('refuses a wrong password', async () => {
    const driver = neo4j.driver(running.uri ?? '', neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await driver.close();
    }
  });

  it('does nothing when started again', async () => {
    await coopgraph('neo4j', 'start');
    expect((await status()).pid).toBe(running.pid);
  });

  it('says in one line what to install when Java is missing', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'coopgraph-no-java-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const otherDir = join(bin, 'data');
    try {
      const error = await run(process.execPath, [join(PROJECT_ROOT, 'bin', 'coopgraph.js'), 'neo4j', 'start'], {
        env: { ...env, PATH: bin, COOPGRAPH_DATA_DIR: otherDir },
      }).catch((e: unknown) => e as { code: number; stderr: string });
      expect(error).toMatchObject({ code: 1 });
      const { stderr } = error as { stderr: string };
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('apt-get install');
      expect(stderr).toContain('NEO4J_URI');
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('stops cleanly and the port closes', { timeout: 120_000 }, async () => {
    const port = Number(new URL(running.uri ?? '').port);
    await coopgraph('neo4j', 'stop');
    expect(await isPortOpen(port)).toBe(false);
    expect(await status()).toEqual({ running: false, dataDir });
    expect(existsSync(join(dataDir, 'neo4j', 'keep-running'))).toBe(false);
  });
});
