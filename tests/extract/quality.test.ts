/**
 * Quality floor on the shared dev set (../shared/eval/dev): the extractor is run
 * in-process on every article and scored with the evaluation's own `scoreOne`.
 * The floor is the score reached (2026-12-05, eighth round: entity F1 0.971, relation F1 0.833
 * on 41 files) less a small margin, so a regression fails CI.
 * Skipped only when the dev set is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.ts';
import { readArticle } from '../../src/io/read-article.ts';
import { resources } from './resources.ts';

const evalDir = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'eval');
const devDir = path.join(evalDir, 'dev');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
interface Score {
  entities: Counts;
  relations: Counts;
}
type ScoreOne = (gold: unknown, pred: unknown) => Score;

function f1({ tp, fp, fn }: Counts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

describe.skipIf(!existsSync(devDir))('extraction quality on the dev set', () => {
  it('keeps entity F1 ≥ 0.96 and relation F1 ≥ 0.82', async () => {
    const { scoreOne } = (await import(pathToFileURL(path.join(evalDir, 'score.mjs')).href)) as { scoreOne: ScoreOne };
    const res = await resources();
    const total = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 } };
    const files = readdirSync(devDir).filter(
      (f) => /^\d+\.md$/.test(f) && existsSync(path.join(devDir, f.replace('.md', '.gold.json'))),
    );
    for (const file of files) {
      const gold: unknown = JSON.parse(readFileSync(path.join(devDir, file.replace('.md', '.gold.json')), 'utf8'));
      const result = extract(await readArticle(path.join(devDir, file)), res);
      const score = scoreOne(gold, result);
      for (const k of ['entities', 'relations'] as const) {
        total[k].tp += score[k].tp;
        total[k].fp += score[k].fp;
        total[k].fn += score[k].fn;
      }
    }
    expect(files.length).toBeGreaterThan(0);
    expect(f1(total.entities)).toBeGreaterThanOrEqual(0.96);
    expect(f1(total.relations)).toBeGreaterThanOrEqual(0.82);
  });
});
