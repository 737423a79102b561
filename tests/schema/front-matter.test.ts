import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../src/schema/article.ts';
import { FrontMatterSchema, parseFrontMatter } from '../../src/schema/front-matter.ts';

describe('FrontMatterSchema', () => {
  it('reads title, url, date and source, ignoring other keys', () => {
    expect(
      FrontMatterSchema.parse({ title: 'Т', url: 'https://a.example/1', date: '2024-02-29', source: 'S', tags: ['x'] }),
    ).toEqual({ title: 'Т', url: 'https://a.example/1', date: '2024-02-29', source: 'S' });
  });

  it('takes `date: unknown` (as the evaluation articles write it) for no date', () => {
    expect(FrontMatterSchema.parse({ title: 'Т', date: 'unknown' })).toEqual({ title: 'Т' });
  });

  it('omits empty fields instead of keeping undefined or null', () => {
    const read = FrontMatterSchema.parse({ title: null, date: null });
    expect(read).toEqual({});
    expect(Object.keys(read)).toEqual([]);
  });

  it('turns a YAML timestamp into its day and numbers into text', () => {
    expect(FrontMatterSchema.parse({ date: new Date('2023-04-04T00:00:00Z'), title: 2024 })).toEqual({
      date: '2023-04-04',
      title: '2024',
    });
  });

  it.each([['2024-13-45'], ['2023-02-29'], ['2024-4-4'], ['04.04.2024'], [20240404]])('refuses the date %s', (date) => {
    expect(FrontMatterSchema.safeParse({ date }).success).toBe(false);
  });
});

describe('parseFrontMatter', () => {
  it('names the field, its value and what to do', () => {
    expect(parseFrontMatter({ date: '2024-13-45' })).toEqual({
      problem:
        'front matter "date": "2024-13-45" is not accepted (expected a real date as YYYY-MM-DD); correct or remove it',
    });
    expect(parseFrontMatter({ url: ['a', 'b'] })).toEqual({
      problem: 'front matter "url": ["a","b"] is not accepted (expected text); correct or remove it',
    });
  });

  it('gives the fields when all are good', () => {
    expect(parseFrontMatter({ title: 'Т', date: '2023-04-04' })).toEqual({
      frontMatter: { title: 'Т', date: '2023-04-04' },
    });
  });
});

describe('IsoDate', () => {
  it('accepts real days only', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2024-13-45').success).toBe(false);
    expect(IsoDate.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2023-04-31').success).toBe(false);
  });
});
