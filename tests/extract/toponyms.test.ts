import { describe, expect, it } from 'vitest';
import { isToponymicAdjective } from '../../src/extract/toponyms.ts';
import { resources } from './resources.ts';

describe('isToponymicAdjective', () => {
  it('knows adjectives of towns the dictionary lists, by their suffix patterns', async () => {
    const { morph } = await resources();
    for (const w of ['Бобруйский', 'Лидский', 'Жодинский', 'Гродненский', 'Тульский', 'Слуцкий'])
      expect(isToponymicAdjective(w, morph), w).toBe(true);
  });

  it('undoes a linking -ан- and finds plural town names', async () => {
    const { morph } = await resources();
    for (const w of ['Оршанский', 'Барановичский', 'Мытищинский', 'Чебоксарский', 'Ляховичский'])
      expect(isToponymicAdjective(w, morph), w).toBe(true);
  });

  it('rejects ordinary adjectives, even when a predicted "town" would fit', async () => {
    const { morph } = await resources();
    for (const w of [
      'Детский',
      'Городской',
      'Технический',
      'Женский',
      'Дизельный',
      'Президентский',
      'Российский',
      'Английский',
      'Партнерский',
      'Банковский',
      'Политический',
    ])
      expect(isToponymicAdjective(w, morph), w).toBe(false);
  });

  it('leaves adjectives of broad areas to no town: "уральские металлурги" are not from Уральск', async () => {
    const { morph } = await resources();
    for (const w of ['Уральские', 'уральского', 'Сибирский']) expect(isToponymicAdjective(w, morph), w).toBe(false);
    expect(isToponymicAdjective('Тобольский', morph)).toBe(true);
  });
});
