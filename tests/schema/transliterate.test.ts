import { describe, expect, it } from 'vitest';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import { transliterate } from '../../src/schema/transliterate.ts';

describe('transliterate', () => {
  it('writes Russian and Belarusian names in Latin letters, keeping capitals', () => {
    expect(transliterate('Калужская область')).toBe('Kaluzhskaya oblast');
    expect(transliterate('Жодино')).toBe('Zhodino');
    expect(transliterate('Шапша')).toBe('Shapsha');
  });

  it('gives extraction and resolution the same ASCII ids', () => {
    expect(entityIdFor('Person', 'Роман Головченко')).toBe('person:roman-golovchenko');
    expect(entityIdFor('Enterprise', 'ОАО «Могилёвлифтмаш»')).toBe('enterprise:mogilevliftmash');
  });
});
