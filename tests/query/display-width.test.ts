import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, truncateToWidth } from '../../src/query/display-width.ts';

describe('displayWidth', () => {
  it('counts Cyrillic letters as one column, combining marks as none, CJK as two', () => {
    expect(displayWidth('Калужская область')).toBe(17);
    expect(displayWidth('и\u0306')).toBe(1); // «й» decomposed
    expect(displayWidth('中国')).toBe(4);
    expect(displayWidth('a\u200Bb')).toBe(2);
  });

  it('pads and truncates by columns', () => {
    expect(padToWidth('и\u0306', 3)).toBe('и\u0306  ');
    expect(padToWidth('7', 3, 'right')).toBe('  7');
    expect(truncateToWidth('Беларусь', 5)).toBe('Бела…');
    expect(truncateToWidth('Беларусь', 8)).toBe('Беларусь');
  });
});
