/** Duplicate suggestions, pure: what counts as a candidate pair and in which order. */
import { describe, expect, it } from 'vitest';
import { comparableName, jaroWinkler, type SuggestEntity, suggestMerges } from '../../src/curate/index.ts';

const e = (id: string, name: string, aliases: string[] = [], type: SuggestEntity['type'] = 'Enterprise') => ({
  id,
  type,
  name,
  aliases,
});

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('comparableName', () => {
  it('drops legal forms, quotes and case', () => {
    expect(comparableName('ОАО «Гомсельмаш»')).toBe(comparableName('Гомсельмаш ОАО'));
  });
});

describe('suggestMerges', () => {
  it('finds same names, transliterations and near spellings of one type, best first', () => {
    const pairs = suggestMerges([
      e('enterprise:gomselmash', 'Гомсельмаш', ['ОАО «Гомсельмаш»']),
      e('enterprise:gomselmash-oao', 'Гомсельмаш ОАО'),
      e('enterprise:gomselmash-latin', 'Gomselmash'),
      e('enterprise:belshina', 'Белшина'),
      e('enterprise:belshyna', 'Белшына'),
      e('region:gomselmash', 'Гомсельмаш', [], 'Region'),
    ]);
    const keys = pairs.map((p) => `${p.from.id}>${p.into.id}:${p.why}`);
    expect(keys[0]).toBe('enterprise:gomselmash-oao>enterprise:gomselmash:same name');
    expect(keys).toContain('enterprise:gomselmash-latin>enterprise:gomselmash:transliteration');
    expect(keys.some((k) => k.includes('belsh') && k.endsWith('similar name'))).toBe(true);
    expect(keys.some((k) => k.includes('region:'))).toBe(false);
    expect(pairs.map((p) => p.score)).toEqual([...pairs.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('lists nothing for unrelated names', () => {
    expect(suggestMerges([e('enterprise:maz', 'МАЗ'), e('enterprise:belaz', 'Белшина')])).toEqual([]);
  });
});
