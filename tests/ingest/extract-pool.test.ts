/** How many extraction workers a run starts when not told, and how `--workers` is read. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultWorkerCount, loadingWorkerCount, parseWorkerCount } from '../../src/ingest/extract-pool.ts';

describe('extraction worker counts', () => {
  it('extracting alone uses every core; loading leaves one to the writer and Neo4j, never fewer than one worker', () => {
    const cores = availableParallelism();
    expect(defaultWorkerCount()).toBe(cores);
    expect(loadingWorkerCount()).toBe(Math.max(1, cores - 1));
    expect(loadingWorkerCount()).toBeGreaterThanOrEqual(1);
  });

  it('reads --workers as a whole number of at least 1, naming what it got otherwise', () => {
    expect(parseWorkerCount('3')).toBe(3);
    expect(() => parseWorkerCount('0')).toThrow(/at least 1, got "0"/);
    expect(() => parseWorkerCount('two')).toThrow(/got "two"/);
  });
});
