/**
 * `coopgraph serve` as a user runs it: a child process on a free port, the
 * viewer and API answering, Ctrl-C (SIGINT) stopping it cleanly; and the
 * embedded Neo4j it started itself stopped with it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePort } from '../../src/cli/commands/serve.ts';
import { PROJECT_ROOT, resolveDataDir, resolveExternalNeo4j } from '../../src/config.ts';
import { UsageError } from '../../src/errors.ts';
import { embeddedStatus, stopEmbedded } from '../../src/store/index.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'coopgraph.js');

function startServe(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /coopgraph viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(([code]) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  // Tests that expect an early exit never await the URL; keep its rejection from going unhandled.
  url.catch(() => undefined);
  return { child, url, exited, stderr: () => stderr };
}

async function stop(child: ChildProcess, exited: Promise<[number | null, NodeJS.Signals | null]>) {
  child.kill('SIGINT');
  const [code] = await exited;
  return code;
}

describe('resolvePort', () => {
  it('takes --port, else PORT, else 5173, and refuses anything but a port number', () => {
    expect(resolvePort('8080', '9090')).toBe(8080);
    expect(resolvePort(undefined, '9090')).toBe(9090);
    expect(resolvePort(undefined, undefined)).toBe(5173);
    expect(() => resolvePort('http', undefined)).toThrow(UsageError);
    expect(() => resolvePort(undefined, '70000')).toThrow(UsageError);
  });
});

describe('coopgraph serve', () => {
  it('serves the viewer and the API until SIGINT, leaving an already running Neo4j alone', async () => {
    const serve = startServe(['--port', '0']);
    const url = await serve.url;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('aria-label="Search"');
    const graph = await fetch(new URL('/api/graph', url));
    expect(graph.status).toBe(200);
    expect(await stop(serve.child, serve.exited)).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
    if (!resolveExternalNeo4j()) expect((await embeddedStatus(resolveDataDir())).running).toBe(true);
  }, 120_000);

  it('exits with a usage error on a bad port, and names a taken one', async () => {
    const bad = startServe(['--port', 'abc']);
    expect((await bad.exited)[0]).toBe(2);
    expect(bad.stderr()).toContain('coopgraph: invalid port "abc"');

    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const taken = startServe(['--port', String(port)]);
    expect((await taken.exited)[0]).toBe(1);
    expect(taken.stderr()).toContain(`port ${port} on 127.0.0.1 is taken`);
    blocker.close();
  }, 120_000);

  it.skipIf(Boolean(resolveExternalNeo4j()))(
    'stops the embedded Neo4j it started itself on Ctrl-C',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'coopgraph-serve-'));
      try {
        const serve = startServe(['--port', '0'], { ...process.env, COOPGRAPH_DATA_DIR: dataDir });
        await serve.url;
        expect((await embeddedStatus(dataDir)).running).toBe(true);
        expect(await stop(serve.child, serve.exited)).toBe(0);
        expect((await embeddedStatus(dataDir)).running).toBe(false);
      } finally {
        await stopEmbedded(dataDir);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
