/**
 * A cross-process lock as a file holding the owner's pid: enough to keep two coopgraph
 * processes from starting the same Neo4j or running the same Maven build at once.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Takes the lock (waiting while a live process holds it), runs `fn`, releases it. A lock
 * left by a dead process is taken over, so a crash does not block the next run forever.
 * `onWait` runs between attempts; when it returns a value, that value is returned
 * without taking the lock (e.g. "another process finished the job meanwhile").
 */
export async function withFileLock<T>(
  file: string,
  fn: () => Promise<T>,
  onWait: () => Promise<T | undefined> = async () => undefined,
): Promise<T> {
  while (!tryLock(file)) {
    const done = await onWait();
    if (done !== undefined) return done;
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}

function tryLock(file: string): boolean {
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
    return true;
  } catch {
    let owner = Number.NaN;
    try {
      owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      // Released between our attempt and the read: try again.
    }
    if (!Number.isInteger(owner) || !isAlive(owner)) rmSync(file, { force: true });
    return false;
  }
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
