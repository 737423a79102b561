/**
 * The embedded Neo4j's life cycle: start (a JVM running the launcher, in its own process
 * group), status and stop, with all state in `<dataDir>/neo4j/`: the database itself,
 * `password`, `state.json` (pid and port), `neo4j.log` (the JVM's output; Neo4j's own logs are
 * in `logs/`), `keep-running` and `owners/` (who keeps it alive; see the launcher's banner).
 * Everything is private to the user: folders 0700, files 0600 (the JVM runs with umask 077).
 *
 * Lifetime: an instance started on demand lives as long as the process that started it (its
 * stdin is a pipe from that process) and any process that attached to it; `keepRunning`
 * (`coopgraph neo4j start`) or `keepEmbeddedRunning()` makes it outlive them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer, Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';
import { StoreError } from '../errors.ts';
import { isAlive, withFileLock } from './file-lock.ts';
import { buildLauncher, LAUNCHER_CLASS, launcherClasspath, requireJava } from './launcher.ts';

export const EMBEDDED_HOST = '127.0.0.1';
export const DEFAULT_BOLT_PORT = 7687;
export const EMBEDDED_USERNAME = 'neo4j';

/** Defaults for starting and stopping; tests and slow machines may pass their own. */
export const DEFAULT_EMBEDDED_OPTIONS = {
  /** JVM heap cap; the machine is shared and coopgraph's graphs are small. */
  heap: '768m',
  /** Neo4j page cache (off-heap): enough to hold the store of about 50,000 articles (~400 MB). */
  pageCache: '512m',
  /** Bolt port to try first; when taken (or 0) the OS picks a free one. */
  port: DEFAULT_BOLT_PORT,
  /**
   * Keep running after every process that uses it has ended, until `coopgraph neo4j stop`
   * (the daemon of `coopgraph neo4j start`). Otherwise the instance lives as long as its users.
   */
  keepRunning: false,
  /** Another process (pid) whose life also keeps the instance running; 0: none besides this one. */
  ownerPid: 0,
  startTimeoutMs: 180_000,
  stopTimeoutMs: 60_000,
  log: (_line: string): void => {},
};
export type EmbeddedOptions = Partial<typeof DEFAULT_EMBEDDED_OPTIONS>;

/** What `coopgraph neo4j status --json` prints. */
export type EmbeddedStatus =
  | { running: true; uri: string; username: string; password: string; pid: number; dataDir: string }
  | { running: false; dataDir: string };

interface EmbeddedState {
  pid: number;
  port: number;
  /** Size of neo4j.log when this JVM started: its own output begins there. */
  logStart: number;
}

/** What the launcher prints once the password is set; before that, Bolt would refuse our credentials. */
const READY_LINE = 'coopgraph-neo4j: ready on';
/** What the launcher prints when it begins to stop. */
const SHUTTING_DOWN_LINE = 'coopgraph-neo4j: shutting down';

/** Where the embedded instance keeps its files inside the data dir. */
export function embeddedPaths(dataDir: string) {
  const home = join(dataDir, 'neo4j');
  return {
    home,
    password: join(home, 'password'),
    state: join(home, 'state.json'),
    log: join(home, 'neo4j.log'),
    lock: join(home, 'start.lock'),
    /** While this file exists the JVM outlives its users. */
    keep: join(home, 'keep-running'),
    /** One file per pid of a process using the instance; the JVM runs while one is alive. */
    owners: join(home, 'owners'),
  };
}

/** Folders coopgraph creates hold a database and a password: owner only. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * Creates a folder of coopgraph's own private to the user, and makes an existing one
 * private too: older versions created `<data dir>/neo4j` world-readable.
 */
function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  chmodSync(dir, PRIVATE_DIR);
}

/** An instance this process started or attached to. */
interface Use {
  /** The JVM's stdin pipe, when this process started it: closing it hands the decision to the JVM. */
  pipe?: Socket;
  pid: number;
}

/** The embedded instances this process uses, by data dir. */
const uses = new Map<string, Use>();

/**
 * Running means: the recorded JVM is alive, has reported ready (so the password is set)
 * and its Bolt port accepts connections.
 */
export async function embeddedStatus(dataDir: string): Promise<EmbeddedStatus> {
  const paths = embeddedPaths(dataDir);
  const state = readState(paths.state);
  const running =
    state !== undefined &&
    isLauncherProcess(state.pid) &&
    logSince(paths.log, state.logStart).includes(READY_LINE) &&
    (await isPortOpen(state.port));
  if (!running) return { running: false, dataDir };
  return {
    running: true,
    uri: `bolt://${EMBEDDED_HOST}:${state.port}`,
    username: EMBEDDED_USERNAME,
    password: readFileSync(paths.password, 'utf8').trim(),
    pid: state.pid,
    dataDir,
  };
}

/**
 * Starts the embedded Neo4j for this data dir unless it is already running, and returns
 * once Bolt answers queries with the stored password. Builds the launcher first if
 * needed. Concurrent callers wait for the first one instead of starting a second JVM.
 */
export async function startEmbedded(dataDir: string, options: EmbeddedOptions = {}): Promise<Neo4jConnection> {
  const opts = { ...DEFAULT_EMBEDDED_OPTIONS, ...options };
  const paths = embeddedPaths(dataDir);
  // A data dir coopgraph creates is private; an existing one (COOPGRAPH_DATA_DIR may name any
  // folder) keeps its mode, and the private neo4j/ inside it holds everything.
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR });
  ensurePrivateDir(paths.home);
  ensurePrivateDir(paths.owners);
  // Registered before looking: an instance found running must not stop between the look and the use.
  registerOwner(paths.owners, process.pid);
  if (opts.ownerPid && opts.ownerPid !== process.pid) registerOwner(paths.owners, opts.ownerPid);
  const runningNow = async (): Promise<Neo4jConnection | undefined> => {
    const status = await embeddedStatus(dataDir);
    if (!status.running) return undefined;
    if (!uses.has(dataDir)) uses.set(dataDir, { pid: status.pid });
    return connectionOf(status);
  };
  const connection =
    (await runningNow()) ??
    (await withFileLock(
      paths.lock,
      async () => {
        const running = await runningNow();
        if (running) return running;
        const state = readState(paths.state);
        if (state && isLauncherProcess(state.pid)) {
          if (!logSince(paths.log, state.logStart).includes(SHUTTING_DOWN_LINE)) {
            // A JVM whose starter was interrupted: let it finish rather than start a second one on the same store.
            const ready = await awaitReady(dataDir, state, opts, () => !isLauncherProcess(state.pid));
            uses.set(dataDir, { pid: state.pid });
            return ready;
          }
          // Its last user just left and it is stopping: wait, then start afresh on the same store.
          await waitForExit(state.pid, opts);
        }
        requireJava();
        await buildLauncher(opts.log);
        return launch(dataDir, opts);
      },
      runningNow,
    ));
  if (opts.keepRunning) writeFileSync(paths.keep, '', { mode: PRIVATE_FILE });
  return connection;
}

/** Adds a pid to the processes that keep the instance alive (the launcher checks them). */
function registerOwner(ownersDir: string, pid: number): void {
  writeFileSync(join(ownersDir, String(pid)), '', { mode: PRIVATE_FILE });
}

/**
 * Called when this process no longer needs the embedded Neo4j (its command ended or was
 * interrupted): withdraws its claim, and when nobody else uses the instance and nothing
 * asked to keep it, waits until the JVM has stopped. Returns the data dirs whose Neo4j stopped.
 */
export async function releaseEmbedded(options: EmbeddedOptions = {}): Promise<string[]> {
  const opts = { ...DEFAULT_EMBEDDED_OPTIONS, ...options };
  const stopped: string[] = [];
  for (const [dataDir, use] of uses) {
    uses.delete(dataDir);
    const paths = embeddedPaths(dataDir);
    rmSync(join(paths.owners, String(process.pid)), { force: true });
    use.pipe?.destroy();
    if (!isLauncherProcess(use.pid) || existsSync(paths.keep) || hasLiveOwner(paths.owners)) continue;
    opts.log('stopping the embedded Neo4j…');
    await waitForExit(use.pid, opts);
    rmSync(paths.state, { force: true });
    stopped.push(dataDir);
  }
  return stopped;
}

/**
 * Leaves every embedded Neo4j this process started running after it ends (an on-demand
 * start by a short command: restarting costs far more than the command itself) and returns
 * their data dirs so the caller can say so.
 */
export function keepEmbeddedRunning(): string[] {
  const kept: string[] = [];
  for (const [dataDir, use] of uses) {
    const paths = embeddedPaths(dataDir);
    if (!use.pipe || !isLauncherProcess(use.pid) || existsSync(paths.keep)) continue;
    writeFileSync(paths.keep, '', { mode: PRIVATE_FILE });
    kept.push(dataDir);
  }
  return kept;
}

function hasLiveOwner(ownersDir: string): boolean {
  if (!existsSync(ownersDir)) return false;
  return readdirSync(ownersDir).some((name) => {
    const pid = Number(name);
    return Number.isInteger(pid) && pid !== process.pid && isAlive(pid);
  });
}

/** Waits (bounded by stopTimeoutMs, then SIGKILL) until the JVM has exited. */
async function waitForExit(pid: number, opts: typeof DEFAULT_EMBEDDED_OPTIONS): Promise<void> {
  const deadline = Date.now() + opts.stopTimeoutMs;
  while (isLauncherProcess(pid)) {
    if (Date.now() > deadline) {
      killQuietly(pid, 'SIGKILL');
      opts.log(`Neo4j did not stop within ${opts.stopTimeoutMs / 1000} s; killed it`);
    }
    await sleep(200);
  }
}

/** How many ports to try when another process grabs the chosen one between choice and bind. */
const PORT_ATTEMPTS = 3;

async function launch(dataDir: string, opts: typeof DEFAULT_EMBEDDED_OPTIONS): Promise<Neo4jConnection> {
  const paths = embeddedPaths(dataDir);
  ensurePassword(paths.password);
  for (let attempt = 1; ; attempt++) {
    const port = await choosePort(attempt === 1 ? opts.port : 0);
    const logStart = existsSync(paths.log) ? statSync(paths.log).size : 0;
    try {
      return await launchOnPort(dataDir, port, opts);
    } catch (error) {
      const clash = logSince(paths.log, logStart).includes('Address already in use');
      if (!clash || attempt >= PORT_ATTEMPTS) throw error;
      opts.log(`port ${port} was taken meanwhile; trying another`);
    }
  }
}

async function launchOnPort(
  dataDir: string,
  port: number,
  opts: typeof DEFAULT_EMBEDDED_OPTIONS,
): Promise<Neo4jConnection> {
  const paths = embeddedPaths(dataDir);
  opts.log(`starting Neo4j on ${EMBEDDED_HOST}:${port} (data in ${paths.home})`);
  const logStart = existsSync(paths.log) ? statSync(paths.log).size : 0;
  const logFd = openSync(paths.log, 'a', PRIVATE_FILE);
  if (opts.keepRunning) writeFileSync(paths.keep, '', { mode: PRIVATE_FILE });
  else rmSync(paths.keep, { force: true });
  // Through sh for `umask 077`: Neo4j's store and log files are then private too (exec keeps the pid).
  const child: ChildProcess = spawn(
    'sh',
    [
      '-c',
      'umask 077 && exec "$@"',
      'sh',
      'java',
      `-Xmx${opts.heap}`,
      `-Dcoopgraph.pagecache=${opts.pageCache}`,
      '-Xms64m',
      // Smallest footprint; G1 was tried at 50,000 articles: JVM RSS 774 -> 1,573 MB, query p95 no better.
      '-XX:+UseSerialGC',
      '-cp',
      launcherClasspath(),
      LAUNCHER_CLASS,
      paths.home,
      String(port),
      paths.password,
    ],
    // Own process group: a Ctrl-C in the terminal reaches coopgraph, which decides what stops.
    { detached: true, stdio: [opts.keepRunning ? 'ignore' : 'pipe', logFd, logFd] },
  );
  closeSync(logFd);
  // The pipe must not keep this process's event loop alive; it closes when this process ends.
  const pipe = child.stdin instanceof Socket ? child.stdin : undefined;
  pipe?.unref();
  pipe?.on('error', () => {});
  const pid = child.pid;
  if (pid === undefined) throw new StoreError(`could not start java for the embedded Neo4j (see ${paths.log})`);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  child.unref();
  const state: EmbeddedState = { pid, port, logStart };
  writeFileSync(paths.state, `${JSON.stringify(state)}\n`, { mode: PRIVATE_FILE });
  uses.set(dataDir, { pid, ...(pipe ? { pipe } : {}) });
  return awaitReady(dataDir, state, opts, () => exited);
}

/**
 * Waits until the JVM reports ready and Bolt answers a query; on exit or timeout,
 * fails with the gist of its log (and kills it on timeout).
 */
async function awaitReady(
  dataDir: string,
  state: EmbeddedState,
  opts: typeof DEFAULT_EMBEDDED_OPTIONS,
  hasExited: () => boolean,
): Promise<Neo4jConnection> {
  const paths = embeddedPaths(dataDir);
  const connection = {
    uri: `bolt://${EMBEDDED_HOST}:${state.port}`,
    username: EMBEDDED_USERNAME,
    password: readFileSync(paths.password, 'utf8').trim(),
  };
  const deadline = Date.now() + opts.startTimeoutMs;
  for (;;) {
    if (logSince(paths.log, state.logStart).includes(READY_LINE) && (await answersQueries(connection))) {
      return connection;
    }
    if (hasExited()) {
      rmSync(paths.state, { force: true });
      throw startFailure(paths.log, state.logStart, 'exited');
    }
    if (Date.now() > deadline) {
      killQuietly(state.pid, 'SIGKILL');
      rmSync(paths.state, { force: true });
      throw startFailure(paths.log, state.logStart, `did not answer within ${opts.startTimeoutMs / 1000} s`);
    }
    await sleep(300);
  }
}

/**
 * Stops the embedded Neo4j (SIGTERM: the launcher shuts the DBMS down cleanly) and
 * waits until the JVM has exited. Returns false when it was not running.
 */
export async function stopEmbedded(dataDir: string, options: EmbeddedOptions = {}): Promise<boolean> {
  const opts = { ...DEFAULT_EMBEDDED_OPTIONS, ...options };
  const paths = embeddedPaths(dataDir);
  const state = readState(paths.state);
  if (!state || !isLauncherProcess(state.pid)) {
    rmSync(paths.state, { force: true });
    return false;
  }
  killQuietly(state.pid, 'SIGTERM');
  await waitForExit(state.pid, opts);
  rmSync(paths.keep, { force: true });
  rmSync(paths.state, { force: true });
  uses.delete(dataDir);
  return true;
}

function connectionOf(status: Extract<EmbeddedStatus, { running: true }>): Neo4jConnection {
  return { uri: status.uri, username: status.username, password: status.password };
}

function readState(file: string): EmbeddedState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as Partial<EmbeddedState>;
    // logStart is missing in state files of the first version: read their whole log.
    return typeof state.pid === 'number' && typeof state.port === 'number'
      ? { pid: state.pid, port: state.port, logStart: typeof state.logStart === 'number' ? state.logStart : 0 }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Makes the password on first start: random, in a file readable by the owner only. */
function ensurePassword(file: string): void {
  if (!existsSync(file))
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: PRIVATE_FILE, flag: 'wx' });
}

/** True when the pid is alive and (where /proc exists) is our launcher, not a recycled pid. */
function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return false;
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone: nothing to stop.
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: EMBEDDED_HOST, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolvePromise(false);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

/**
 * The preferred port when free (0: no preference), else one the OS hands out, so
 * several data dirs can run side by side.
 */
async function choosePort(preferred: number): Promise<number> {
  if (preferred > 0 && (await canListen(preferred))) return preferred;
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, EMBEDDED_HOST, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePromise(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, EMBEDDED_HOST, () => server.close(() => resolvePromise(true)));
  });
}

async function answersQueries(connection: Neo4jConnection): Promise<boolean> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    // Retrying is this loop's job; the driver's 30 s of retries would hide a crashed JVM.
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** The log's text from a byte offset on: one JVM's output in a log that several runs append to. */
function logSince(logFile: string, from: number): string {
  return existsSync(logFile) ? readFileSync(logFile).subarray(from).toString('utf8') : '';
}

/**
 * One error line with the gist of this start's JVM output: the root cause of a Java
 * exception (its last "Caused by:"), else the JVM's first line (e.g. a bad -Xmx).
 */
function startFailure(logFile: string, from: number, what: string): StoreError {
  const lines = logSince(logFile, from)
    .split('\n')
    .filter((line) => line.trim().length > 0);
  const gist = lines.findLast((line) => line.startsWith('Caused by:')) ?? lines[0] ?? 'no output';
  return new StoreError(`embedded Neo4j ${what}: ${gist.trim()} (log: ${logFile})`);
}
