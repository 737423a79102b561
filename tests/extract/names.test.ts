import { beforeAll, describe, expect, it } from 'vitest';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import type { Morphology } from '../../src/extract/morphology.ts';
import { nominativePhrase, personName, surnameNominative } from '../../src/extract/names.ts';
import { resources } from './resources.ts';

let morph: Morphology;
beforeAll(async () => {
  morph = (await resources()).morph;
});

describe('people', () => {
  it('puts "Имя Фамилия" into the nominative from any case, keeping gender', () => {
    expect(personName(morph, 'Владиславом', 'Шапшой')).toBe('Владислав Шапша');
    expect(personName(morph, 'Роман', 'Головченко')).toBe('Роман Головченко');
    expect(personName(morph, 'Александром', 'Моором')).toBe('Александр Моор');
    expect(personName(morph, 'Натальей', 'Федоровой')).toBe('Наталья Федорова');
    expect(personName(morph, 'Денисом', 'Мантуровым')).toBe('Денис Мантуров');
  });

  it('lets the title before the name settle an ambiguous case', () => {
    // "губернатора … Александра Дрозденко": genitive, so the man Александр.
    expect(personName(morph, 'Александра', 'Дрозденко', 'gent')).toBe('Александр Дрозденко');
  });

  it('gives a surname alone in the nominative', () => {
    expect(surnameNominative(morph, 'Филимоновым')).toBe('Филимонов');
    expect(surnameNominative(morph, 'Лукашенко')).toBe('Лукашенко');
  });
});

describe('noun phrases', () => {
  it('inflects the adjectives and the head, keeping dependents as written', () => {
    expect(nominativePhrase(morph, ['Минском', 'заводе', 'гражданской', 'авиации'])).toBe(
      'Минский завод гражданской авиации',
    );
    expect(nominativePhrase(morph, ['прямым', 'авиарейсом', 'из', 'Калуги'])).toBe('прямой авиарейс из Калуги');
    expect(nominativePhrase(morph, ['совместных', 'импортозамещающих', 'проектов'])).toBe(
      'совместные импортозамещающие проекты',
    );
  });

  it('makes stable ids from type and name', () => {
    expect(entityIdFor('Enterprise', 'Могилёвлифтмаш')).toBe('enterprise:mogilevliftmash');
    expect(entityIdFor('Person', 'Роман Головченко')).toBe('person:roman-golovchenko');
  });
});
