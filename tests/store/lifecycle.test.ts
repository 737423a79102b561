/**
 * The embedded Neo4j's lifetime with real signals, as a user meets it: a command that
 * starts it on demand and is interrupted while loading (SIGINT, SIGTERM, SIGHUP), killed
 * (kill -9), or orphaned (its parent killed) leaves no JVM behind; a command that ends
 * normally leaves it running and says so; everything in the data dir is private; a Neo4j
 * that dies mid-load is reported in seconds, in one line that says what to do.
 * Each scenario has its own data dir and JVM; they run side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { embeddedStatus, stopEmbedded } from '../../src/store/index.ts';

const CLI = join(PROJECT_ROOT, 'bin', 'coopgraph.js');
const ARTICLES = join(PROJECT_ROOT, 'graph-data', 'articles');
/** How long a JVM may take to go once its owner is gone: Neo4j's clean shutdown, on a busy machine. */
const GONE_WITHIN_MS = 45_000;
const SCENARIO_TIMEOUT_MS = 480_000;

const dataDirs: string[] = [];
afterAll(async () => {
  for (const dir of dataDirs) {
    await stopEmbedded(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-lifecycle-'));
  dataDirs.push(dir);
  return dir;
}

function envFor(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, COOPGRAPH_DATA_DIR: dataDir };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  return env;
}

interface Running {
  child: ChildProcess;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
  stderr: () => string;
}

/** Runs `command args` (node bin/coopgraph.js … unless a shell command is given) in the data dir. */
function run(dataDir: string, args: string[], shell?: string): Running {
  const child = shell
    ? spawn('sh', ['-c', shell, 'sh', process.execPath, CLI, ...args], { env: envFor(dataDir), cwd: PROJECT_ROOT })
    : spawn(process.execPath, [CLI, ...args], { env: envFor(dataDir), cwd: PROJECT_ROOT });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout?.resume();
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited, stderr: () => stderr };
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** True while the process runs; an exited one waiting to be reaped (a zombie) counts as gone. */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The JVM's pid as the data dir records it (written when the JVM is spawned). */
function jvmPid(dataDir: string): number {
  return (JSON.parse(readFileSync(join(dataDir, 'neo4j', 'state.json'), 'utf8')) as { pid: number }).pid;
}

/** Starts `coopgraph start --no-serve` and returns once it is loading articles into the Neo4j it started. */
async function loading(dataDir: string, shell?: string): Promise<Running & { jvm: number }> {
  const running = run(dataDir, ['start', '--no-serve', '--articles', ARTICLES], shell);
  await waitUntil(() => running.stderr().includes('loading '), 400_000, `"loading" (stderr: ${running.stderr()})`);
  const jvm = jvmPid(dataDir);
  expect(alive(jvm)).toBe(true);
  return { ...running, jvm };
}

/** Every file and folder under dir, with its permission bits. */
function modes(dir: string): { path: string; mode: number; isDir: boolean }[] {
  const out: { path: string; mode: number; isDir: boolean }[] = [];
  const visit = (path: string) => {
    const info = lstatSync(path);
    out.push({ path, mode: info.mode & 0o777, isDir: info.isDirectory() });
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return out;
}

describe.concurrent('an embedded Neo4j started by a command', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`stops when the command gets ${signal} while loading`, { timeout: SCENARIO_TIMEOUT_MS }, async () => {
      const dataDir = newDataDir();
      const { child, exited, stderr, jvm } = await loading(dataDir);
      child.kill(signal);
      const [exitCode] = await exited;
      expect(exitCode).toBe(code);
      expect(stderr()).toContain('stopping');
      // The command waited for the JVM to stop before exiting.
      expect(alive(jvm)).toBe(false);
      expect((await embeddedStatus(dataDir)).running).toBe(false);
    });
  }

  it('stops when the command is killed with kill -9', { timeout: SCENARIO_TIMEOUT_MS }, async () => {
    const dataDir = newDataDir();
    const { child, exited, jvm } = await loading(dataDir);
    child.kill('SIGKILL');
    await exited;
    await waitUntil(() => !alive(jvm), GONE_WITHIN_MS, `JVM ${jvm} to exit after its owner's kill -9`);
  });

  it('stops when the command is orphaned (its parent killed with kill -9)', {
    timeout: SCENARIO_TIMEOUT_MS,
  }, async () => {
    const dataDir = newDataDir();
    // sh stays the CLI's parent (no exec): `"$@" & wait`.
    const { child, jvm } = await loading(dataDir, '"$@" & wait');
    const cli = Number(readFileSync(`/proc/${jvm}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] ?? Number.NaN);
    child.kill('SIGKILL'); // the shell; the CLI lives on, reparented
    await waitUntil(() => !alive(jvm), GONE_WITHIN_MS, `JVM ${jvm} to exit after its owner was orphaned`);
    if (Number.isInteger(cli) && cli > 1)
      await waitUntil(() => !alive(cli), GONE_WITHIN_MS, 'the orphaned CLI to exit');
  });

  it('is left alone by a command that only attached to it', async () => {
    const { dataDir } = inject('neo4j');
    if (!dataDir) return; // NEO4J_URI: no embedded instance in this run
    const before = await embeddedStatus(dataDir);
    expect(before.running).toBe(true);
    const listing = run(dataDir, ['article', 'ls']);
    const [code] = await listing.exited;
    expect(code).toBe(0);
    expect(listing.stderr()).not.toMatch(/stopping|keeps running/);
    expect(await embeddedStatus(dataDir)).toEqual(before);
  });

  it('keeps running after a command that ended normally, says so, and keeps its files private', {
    timeout: SCENARIO_TIMEOUT_MS,
  }, async () => {
    const dataDir = newDataDir();
    const listing = run(dataDir, ['article', 'ls']);
    const [code] = await listing.exited;
    expect(code).toBe(0);
    expect(listing.stderr()).toMatch(/keeps running .*coopgraph neo4j stop/);
    const status = await embeddedStatus(dataDir);
    expect(status.running).toBe(true);

    // Private: the data dir and everything in it, Neo4j's own store and logs included.
    const entries = modes(dataDir);
    expect(entries.some((entry) => entry.path.includes(join('neo4j', 'data')))).toBe(true);
    expect(entries.some((entry) => entry.path.endsWith('debug.log'))).toBe(true);
    expect(entries.filter((entry) => entry.mode & 0o077)).toEqual([]);
    expect(entries.filter((entry) => entry.isDir && entry.mode !== 0o700)).toEqual([]);

    // Neo4j killed mid-load: reported within seconds, in one line saying what to do.
    const load = run(dataDir, ['start', '--no-serve', '--articles', ARTICLES]);
    await waitUntil(() => load.stderr().includes('loading '), 120_000, '"loading"');
    process.kill(jvmPid(dataDir), 'SIGKILL');
    const killedAt = Date.now();
    const [loadCode] = await load.exited;
    expect(Date.now() - killedAt).toBeLessThan(20_000);
    expect(loadCode).toBe(1);
    const last = load.stderr().trim().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^coopgraph: (Neo4j is not answering|cannot reach Neo4j).*`coopgraph neo4j status`/);
    expect(existsSync(join(dataDir, 'neo4j', 'keep-running'))).toBe(true);
  });
});
