/**
 * Reads graph-data/reference/*.json for the corpus generator's pools. Files
 * that do not parse are skipped: the benchmark must run while that data grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReferenceFile, ReferenceFileSchema } from '../../src/schema/index.ts';
import { type CorpusPools, poolsFromReference } from './corpus.ts';

/** Pools from the reference folder (absent or empty folder → the built-in fallback lists). */
export function loadPools(dir = 'graph-data/reference'): CorpusPools {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    names = [];
  }
  const files: ReferenceFile[] = [];
  for (const name of names) {
    const parsed = ReferenceFileSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (parsed.success) files.push(parsed.data);
  }
  return poolsFromReference(files);
}
