/**
 * A ministry named from a title without its place is the ministry the article names in full.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './phenomena/helpers.ts';

describe('a ministry from a title without its place', () => {
  it('is the ministry the article names in full, which the minister heads', async () => {
    const r = await run(
      'В Омск прибыл министр сельского хозяйства Игорь Брыло. Министерство сельского хозяйства Беларуси и правительство Омской области подписали соглашение.',
    );
    expect(names(r, 'Organization')).toEqual([
      'Министерство сельского хозяйства Беларуси',
      'Правительство Омской области',
    ]);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Игорь Брыло -> Министерство сельского хозяйства Беларуси']);
  });

  it('stays apart from a ministry whose name only begins the same', async () => {
    const r = await run(
      'Министр промышленности Иван Петров выступил на форуме. Министерство промышленности и торговли Татарстана провело выставку.',
    );
    expect(names(r, 'Organization')).toEqual([
      'Министерство промышленности',
      'Министерство промышленности и торговли Татарстана',
    ]);
  });
});
