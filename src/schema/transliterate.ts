/**
 * Latin transliteration of names written in the Cyrillic alphabets of the region:
 * Russian and Belarusian (simplified BGN/PCGN, as before), plus every letter Ukrainian,
 * Kazakh, Kyrgyz, Uzbek, Tajik, Tatar, Bashkir, Chuvash, Azerbaijani, Mongolian and the
 * South Slavic alphabets add (`ТОО «Қазақмыс»` → `TOO «Qazaqmys»`), all in plain ASCII.
 * Shared by the entity ids (ASCII, readable in Cypher) and the viewer's English toggle
 * (the fallback label when the data has no `nameEn`), so both agree.
 *
 * The Russian and Belarusian letters keep their earlier spelling, so no stored id
 * changes: only names holding one of the added letters, which used to lose it, get new ids.
 */

/** Russian, with Belarusian і and ў: the table ids have always used. */
export const RUSSIAN_BELARUSIAN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ў: 'w',
};

/**
 * The letters the other alphabets of the region add, by the common ASCII romanisation
 * of the language that uses them (Kazakh Latin for қ ғ ң ұ, Ukrainian national for є ї ґ …).
 */
export const OTHER_REGIONAL: Readonly<Record<string, string>> = {
  // Ukrainian (і is above); the apostrophe (U+02BC) marks a hard sign and is not pronounced.
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
  ʼ: '',
  // Kazakh, Kyrgyz, Tatar, Bashkir, Azerbaijani, Mongolian.
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  җ: 'zh',
  ҙ: 'dh',
  ҫ: 'th',
  ҡ: 'q',
  ҝ: 'g',
  ҹ: 'j',
  ј: 'y',
  // Uzbek and Tajik.
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  // Chuvash.
  ӑ: 'a',
  ӗ: 'e',
  ӳ: 'u',
  // Serbian, Macedonian, Montenegrin.
  ђ: 'dj',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

const TABLE: Readonly<Record<string, string>> = { ...RUSSIAN_BELARUSIAN, ...OTHER_REGIONAL };

/** "Калужская область" → "Kaluzhskaya oblast"; "Қарағанды" → "Qaraghandy". */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const lower = char.toLowerCase();
    const latin = TABLE[lower];
    if (latin === undefined) out += char;
    else if (lower !== char && latin) out += latin[0]?.toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}
