import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from '../../src/schema/index.ts';
import { createSearchIndex } from '../../viewer/src/search-index.ts';
import { fixtureExport } from './fixture.ts';

const index = createSearchIndex(fixtureExport().nodes, () => 1);
const keys = (q: string) => index.search(q).map((s) => s.key);

describe('search normalisation', () => {
  it('folds case, ё and spaces', () => {
    expect(normalizeSearchText('  Полёт   ЖОДИНО ')).toBe('полет жодино');
  });
});

describe('viewer search index', () => {
  it('suggests by prefix, case-insensitively', () => {
    expect(keys('Калуж')).toEqual(['region:kaluga-oblast']);
    expect(keys('калуж')).toEqual(['region:kaluga-oblast']);
  });

  it('matches ё and е alike in both directions', () => {
    expect(keys('полет')).toEqual(['enterprise:polyot']);
    expect(keys('ПОЛЁТ')).toEqual(['enterprise:polyot']);
  });

  it('matches aliases and English names, saying which one matched', () => {
    expect(index.search('калужщ')).toEqual([
      { key: 'region:kaluga-oblast', name: 'Калужская область', type: 'Region', matched: 'Калужщина' },
    ]);
    expect(keys('belar')).toEqual(['country:belarus']);
  });

  it('ranks a prefix match above a substring match', () => {
    const hits = keys('шап');
    expect(hits[0]).toBe('person:shapsha');
    expect(keys('область')).toEqual(['region:kaluga-oblast']);
    expect(keys('')).toEqual([]);
  });
});
