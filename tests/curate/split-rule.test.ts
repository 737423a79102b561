/** The split rule, pure: which texts and evidence are about the alias split off. */
import { describe, expect, it } from 'vitest';
import { evidenceMoves, namesName, splitSide } from '../../src/curate/index.ts';

describe('namesName', () => {
  it('matches a name at a word start, case and ё folded, inflected forms included', () => {
    expect(namesName('Поставки «Гомсельмаша» выросли', 'Гомсельмаш')).toBe(true);
    expect(namesName('ОАО ГОМСЕЛЬМАШ', 'гомсельмаш')).toBe(true);
    expect(namesName('Объём у Агрогомсельмаша', 'Гомсельмаш')).toBe(false);
    expect(namesName('Королёв подписал', 'Королев')).toBe(true);
  });
});

describe('splitSide', () => {
  const others = ['Гомсельмаш'];
  it('tells alias, entity, both and neither apart; a name inside the alias does not count', () => {
    expect(splitSide('«Гомсельмаш Агро» поставил сеялки', 'Гомсельмаш Агро', others)).toBe('alias');
    expect(splitSide('Гомсельмаш поставил комбайны', 'Гомсельмаш Агро', others)).toBe('entity');
    expect(splitSide('Гомсельмаш и «Гомсельмаш Агро» подписали', 'Гомсельмаш Агро', others)).toBe('both');
    expect(splitSide('Завод подписал договор', 'Гомсельмаш Агро', others)).toBe('neither');
  });
});

describe('evidenceMoves', () => {
  it('moves evidence that names the alias and never the entity', () => {
    expect(evidenceMoves(['«Гомсельмаш Агро» поставит сеялки'], 'Гомсельмаш Агро', ['Гомсельмаш'])).toBe(true);
    expect(
      evidenceMoves(['«Гомсельмаш Агро» поставит сеялки', 'Гомсельмаш тоже'], 'Гомсельмаш Агро', ['Гомсельмаш']),
    ).toBe(false);
    expect(evidenceMoves(['Завод поставит сеялки'], 'Гомсельмаш Агро', ['Гомсельмаш'])).toBe(false);
  });
});
