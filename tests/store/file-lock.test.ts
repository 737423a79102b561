import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/store/file-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'coopgraph-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withFileLock', () => {
  it('runs one holder at a time and releases the lock afterwards', async () => {
    const file = join(dir, 'a.lock');
    const events: string[] = [];
    const hold = (name: string) =>
      withFileLock(file, async () => {
        events.push(`${name} in`);
        await sleep(50);
        events.push(`${name} out`);
        return name;
      });
    expect(await Promise.all([hold('first'), hold('second')])).toEqual(['first', 'second']);
    expect(events).toEqual(['first in', 'first out', 'second in', 'second out']);
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock left by a dead process', async () => {
    const file = join(dir, 'b.lock');
    writeFileSync(file, '999999999');
    expect(await withFileLock(file, async () => 'taken')).toBe('taken');
  });

  it('returns what onWait finds instead of waiting for a live holder', async () => {
    const file = join(dir, 'c.lock');
    writeFileSync(file, String(process.pid));
    expect(
      await withFileLock(
        file,
        async () => 'ran',
        async () => 'done by the holder',
      ),
    ).toBe('done by the holder');
    rmSync(file);
  });
});
