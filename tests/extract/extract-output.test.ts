/**
 * `extract()` builds its result to the schema's type without parsing it (no zod pass per article
 * on the ingest path), so this test is what keeps the output inside the contract: the schema
 * accepts the output of every sample article and of the test fixture unchanged (no unknown key
 * stripped, no default filled in, no `undefined` value, every relation end a known entity).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { extract } from '../../src/extract/extract.ts';
import type { ExtractionResources } from '../../src/extract/types.ts';
import { readArticle } from '../../src/io/read-article.ts';
import { ExtractionResultSchema } from '../../src/schema/extraction.ts';
import { resources } from './resources.ts';

const SAMPLE_DIR = path.join(PROJECT_ROOT, 'graph-data', 'articles');
const files = [
  path.join(PROJECT_ROOT, 'tests', 'fixtures', 'articles', '000.md'),
  ...readdirSync(SAMPLE_DIR)
    .filter((name) => /^\d+\.md$/.test(name))
    .sort()
    .map((name) => path.join(SAMPLE_DIR, name)),
];

let res: ExtractionResources;
beforeAll(async () => {
  res = await resources();
});

describe('extract() output against ExtractionResultSchema', () => {
  it('covers the sample corpus', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(PROJECT_ROOT, file), file]))('%s', async (_name, file) => {
    const result = extract(await readArticle(file), res);
    const parsed = ExtractionResultSchema.safeParse(result);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // Strict: a key the schema strips or an `undefined` it drops would make these differ.
    expect(parsed.data).toStrictEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });
});
