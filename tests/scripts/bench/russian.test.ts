/** The declension helper behind the corpus generator's sentences. */
import { describe, expect, it } from 'vitest';
import { canInflect, inflectPerson, inflectPlace, inflectRole } from '../../../scripts/bench/russian.ts';

describe('inflectPlace', () => {
  it.each([
    ['Калужская область', 'ins', 'Калужской областью'],
    ['Краснодарский край', 'gen', 'Краснодарского края'],
    ['Краснодарский край', 'ins', 'Краснодарским краем'],
    ['Республика Татарстан', 'pre', 'Республике Татарстан'],
    ['Беларусь', 'ins', 'Беларусью'],
    ['Россия', 'gen', 'России'],
    ['Калуга', 'acc', 'Калугу'],
    ['Калуга', 'gen', 'Калуги'],
    ['Минск', 'pre', 'Минске'],
    ['Гомель', 'gen', 'Гомеля'],
  ] as const)('%s in the %s case is %s', (name, c, expected) => {
    expect(inflectPlace(name, c)).toBe(expected);
  });

  it('only claims the name shapes it can decline', () => {
    expect(canInflect('Калужская область')).toBe(true);
    expect(canInflect('Ханты-Мансийский автономный округ — Югра')).toBe(false);
  });
});

describe('inflectPerson and inflectRole', () => {
  it('declines names and titles', () => {
    expect(inflectPerson('Игорь', 'Карпов', false, 'gen')).toBe('Игоря Карпова');
    expect(inflectPerson('Анна', 'Соколова', true, 'ins')).toBe('Анной Соколовой');
    expect(inflectRole('генеральный директор', 'ins')).toBe('генеральным директором');
    expect(inflectRole('председатель правительства', 'gen')).toBe('председателя правительства');
  });
});
