import { describe, expect, it } from 'vitest';
import { compoundHead, loadMorphology } from '../../src/extract/morphology.ts';
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

  it("gives the dictionary's own parses apart, the same whether or not the word was parsed before", async () => {
    const morph = await loadMorphology(azDictionariesDir());
    // Unseen forms first (dictionary only), then after a full parse (filtered from it).
    const words = ['Шумкова', 'Белого', 'Вэем', 'Сяомином', 'Козловой', 'Иваново', 'вэий', 'Головченко'];
    const fresh = words.map((w) => morph.known(w).map((p) => `${p.lemma}:${p.case}:${p.score}`));
    for (const w of words) morph.parse(w);
    const after = words.map((w) => morph.known(w).map((p) => `${p.lemma}:${p.case}:${p.score}`));
    expect(fresh).toEqual(after);
    expect(after).toEqual(
      words.map((w) =>
        morph
          .parse(w)
          .filter((p) => p.known)
          .map((p) => `${p.lemma}:${p.case}:${p.score}`),
      ),
    );
    expect(fresh[1]?.length).toBeGreaterThan(0);
    // A made-up form has guesses from its ending but no dictionary parse.
    expect(morph.known('Сяомином')).toEqual([]);
    expect(morph.parse('Сяомином').length).toBeGreaterThan(0);
  });

  it('reads a compound the dictionary lacks by its known head, and a known word not at all', async () => {
    const morph = await loadMorphology(azDictionariesDir());
    expect(morph.known('лифтостроители')).toEqual([]);
    const head = compoundHead(morph, 'лифтостроители');
    expect(head.some((p) => p.lemma === 'строитель' && p.number === 'plur' && p.animacy === 'anim')).toBe(true);
    expect(compoundHead(morph, 'строители')).toEqual([]);
    expect(compoundHead(morph, 'Шумкова')).toEqual([]);
  });
});
