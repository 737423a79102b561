/**
 * Latin transliteration of Russian and Belarusian names (simplified BGN/PCGN).
 * Shared by the entity ids (ASCII, readable in Cypher) and the viewer's English
 * toggle (the fallback label when the data has no `nameEn`), so both agree.
 */
const TABLE: Readonly<Record<string, string>> = {
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

/** "Калужская область" → "Kaluzhskaya oblast". */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = TABLE[lower];
    if (latin === undefined) out += char;
    else if (lower !== char && latin) out += latin[0]?.toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}
