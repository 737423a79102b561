import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { resolveCurationPath } from '../../src/io/curation-file.ts';

describe('resolveCurationPath', () => {
  const fallback = join(PROJECT_ROOT, 'graph-data', 'curation.jsonl');

  it('takes the flag, else COOPGRAPH_CURATION (trimmed), else graph-data/curation.jsonl', () => {
    expect(resolveCurationPath('flag.jsonl', { COOPGRAPH_CURATION: 'env.jsonl' })).toBe(resolve('flag.jsonl'));
    expect(resolveCurationPath(undefined, { COOPGRAPH_CURATION: ' env.jsonl ' })).toBe(resolve('env.jsonl'));
    expect(resolveCurationPath(undefined, {})).toBe(fallback);
  });

  it('takes a blank COOPGRAPH_CURATION for unset', () => {
    expect(resolveCurationPath(undefined, { COOPGRAPH_CURATION: '  ' })).toBe(fallback);
  });
});
