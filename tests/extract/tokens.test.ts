import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/extract/tokens.ts';

describe('splitSentences', () => {
  it('does not split after "г." before a name or at initials', () => {
    const text = 'В 2023 г. Башкирия получит 30 машинокомплектов. А.Г. Лукашенко принял гостей в г. Минске.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'В 2023 г. Башкирия получит 30 машинокомплектов.',
      'А.Г. Лукашенко принял гостей в г. Минске.',
    ]);
  });

  it('keeps units and short forms inside the sentence but ends one after "млрд." before a capital', () => {
    const text = 'Товарооборот достиг $1 млрд. Где резервы? Рост на 17%, т.е. почти 118 млн руб. в год.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Товарооборот достиг $1 млрд.',
      'Где резервы?',
      'Рост на 17%, т.е. почти 118 млн руб. в год.',
    ]);
  });

  it('splits inside quoted speech and at line breaks, with offsets into the text', () => {
    const text = '"Мы имеем товарооборот. Притом он сбалансирован", – сказал он.\nКалужский интерес';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[2]?.text).toBe('Калужский интерес');
  });
});

describe('tokenize', () => {
  it('keeps decimals, hyphenated words and quotes as tokens with offsets', () => {
    const tokens = tokenize('вырос в 1,5 раза; «Могилёвлифтмаш» и мини-тракторы МАЗ-203', 10);
    expect(tokens.map((t) => t.text)).toEqual([
      'вырос',
      'в',
      '1,5',
      'раза',
      ';',
      '«',
      'Могилёвлифтмаш',
      '»',
      'и',
      'мини-тракторы',
      'МАЗ-203',
    ]);
    expect(tokens[2]).toMatchObject({ kind: 'number', start: 18, end: 21 });
  });
});
