import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import { OTHER_REGIONAL, RUSSIAN_BELARUSIAN, transliterate } from '../../src/schema/transliterate.ts';

/** Complete alphabets of the region's languages (lower case). */
const ALPHABETS: Record<string, string> = {
  russian: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  belarusian: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  ukrainian: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ',
  kazakh: 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя',
  kyrgyz: 'абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя',
  uzbek: 'абвгдеёжзийклмнопрстуфхцчшъэюяўқғҳ',
  tajik: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя',
  tatar: 'аәбвгдеёжҗзийклмнңоөпрстуүфхһцчшщъыьэюя',
  bashkir: 'аәбвгғдҙеёжзийкҡлмнңоөпрсҫтуүфхһцчшщъыьэюя',
  chuvash: 'аӑбвгдеёӗжзийклмнопрстуӳфхцчшщъыьэюя',
};

describe('transliterate (every Cyrillic letter of the region)', () => {
  it('keeps Kazakh, Ukrainian and Belarusian letters instead of dropping them', () => {
    expect(transliterate('ТОО «Қазақмыс»')).toBe('TOO «Qazaqmys»');
    // ТОО is a legal form (Kazakh LLP): dropped from the id, as ООО is.
    expect(entityIdFor('Enterprise', 'ТОО «Қазақмыс»')).toBe('enterprise:qazaqmys');
    expect(transliterate('Қарағанды')).toBe('Qaraghandy');
    expect(transliterate('Өскемен')).toBe('Oskemen');
    expect(transliterate('Үржар, Ұлытау, Әлихан, Шаңырақ, Һ')).toBe('Urzhar, Ulytau, Alikhan, Shangyraq, H');
    expect(transliterate('Запоріжжя, Євпаторія, Їжакевич, Ґорґани')).toBe(
      'Zaporizhzhya, Yevpatoriya, Yizhakevich, Gorgani',
    );
    expect(transliterate('Брэст, Ўздзенне')).toBe('Brest, Wzdzenne');
  });

  for (const [language, letters] of Object.entries(ALPHABETS)) {
    it(`writes every ${language} letter, lower and upper case, in ASCII`, () => {
      for (const letter of letters) {
        for (const form of [letter, letter.toUpperCase()]) {
          expect(transliterate(form), `${language} ${form}`).toMatch(/^[A-Za-z]*$/);
        }
      }
      // Only the soft and hard signs and the Ukrainian apostrophe write nothing.
      const silent = [...letters].filter((l) => transliterate(l) === '');
      expect(silent.every((l) => 'ъьʼ'.includes(l))).toBe(true);
    });
  }
});

describe('ids of stored entities (no migration needed)', () => {
  it('spells Russian and Belarusian letters as before, so ids built from them do not change', () => {
    expect(
      Object.entries(RUSSIAN_BELARUSIAN)
        .map(([c, l]) => `${c}${l}`)
        .join(' '),
    ).toBe(
      'аa бb вv гg дd еe ёyo жzh зz иi йy кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ъ ыy ь эe юyu яya іi ўw',
    );
    expect(Object.keys(OTHER_REGIONAL).filter((c) => c in RUSSIAN_BELARUSIAN)).toEqual([]);
  });

  it('spells every word of the sample corpus and the reference data as the old table did', () => {
    /** The transliteration before this change: Russian and Belarusian letters only, the rest kept as is. */
    const before = (word: string) =>
      [...word]
        .map((c) => {
          const latin = RUSSIAN_BELARUSIAN[c.toLowerCase()];
          if (latin === undefined) return c;
          return c.toLowerCase() !== c && latin ? latin[0]?.toUpperCase() + latin.slice(1) : latin;
        })
        .join('');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    const files = walk(join(PROJECT_ROOT, 'graph-data')).filter((f) => /\.(md|txt|html|json)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const words = new Set(files.flatMap((f) => readFileSync(f, 'utf8').split(/[^\p{L}ʼ]+/u)));
    expect(words.size).toBeGreaterThan(1000);
    const changed = [...words].filter((word) => before(word) !== transliterate(word));
    expect(changed).toEqual([]);
  });
});
