import { describe, expect, it } from 'vitest';
import { loadMorphology } from '../../src/extract/morphology.ts';
import { azDictionariesDir } from '../../src/io/extraction-resources.ts';

describe('morphology (az)', () => {
  it('loads the dictionaries in under 2 s and gives lemmas, case and name tags', async () => {
    const started = performance.now();
    const morph = await loadMorphology(azDictionariesDir());
    expect(performance.now() - started).toBeLessThan(2000);
    expect(morph.lemmas('Калужской')).toContain('калужский');
    expect(morph.lemmas('области')).toContain('область');
    const name = morph.parse('Владиславом').find((p) => p.tags.has('Name'));
    expect(name).toMatchObject({ lemma: 'владислав', case: 'ablt' });
    expect(morph.parse('Минске')[0]?.tags.has('Geox')).toBe(true);
    expect(morph.parse('Головченко').some((p) => p.tags.has('Surn'))).toBe(true);
  });

  it('inflects to the nominative and caches parses per word form', async () => {
    const morph = await loadMorphology(azDictionariesDir());
    const parse = morph.parse('Калужской').find((p) => p.pos === 'ADJF' && p.case === 'gent');
    expect(parse?.inflect({ CAse: 'nomn', NMbr: 'sing', GNdr: 'femn' })).toBe('калужская');
    expect(morph.parse('Калужской')).toBe(morph.parse('Калужской'));
  });

  it('inflects to the standard form where the dictionary lists an informal variant first', async () => {
    const morph = await loadMorphology(azDictionariesDir());
    const noun = morph.parse('тракторов').find((p) => p.pos === 'NOUN');
    expect(noun?.inflect({ CAse: 'nomn', NMbr: 'plur' })).toBe('тракторы');
    const year = morph.parse('годов').find((p) => p.pos === 'NOUN');
    expect(year?.inflect({ CAse: 'nomn', NMbr: 'plur' })).toBe('годы');
  });
});
