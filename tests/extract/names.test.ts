import { beforeAll, describe, expect, it } from 'vitest';
import { entityIdFor } from '../../src/extract/entity-id.ts';
import type { Morphology } from '../../src/extract/morphology.ts';
import {
  foreignNameReadings,
  nominativePhrase,
  personName,
  personReadings,
  surnameCandidates,
  surnameInCase,
  surnameNominative,
} from '../../src/extract/names.ts';
import { resources } from './resources.ts';

let morph: Morphology;
beforeAll(async () => {
  morph = (await resources()).morph;
});

describe('people', () => {
  it('an indeclinable surname leaves the case to the first name ("Романа Петренко" is Роман)', () => {
    expect(personName(morph, 'Романа', 'Петренко')).toBe('Роман Петренко');
    expect(personName(morph, 'Сергею', 'Черных')).toBe('Сергей Черных');
    expect(personName(morph, 'Анна', 'Петренко')).toBe('Анна Петренко');
  });

  it("an adjectival surname declines as an adjective of the name's gender", () => {
    expect(personName(morph, 'Сергея', 'Белого')).toBe('Сергей Белый');
    expect(personName(morph, 'Анной', 'Чёрной')).toBe('Анна Чёрная');
    // The dictionary also knows "Бела" as a first name; that is no surname, so the adjective wins.
    expect(personName(morph, 'Натальей', 'Белой')).toBe('Наталья Белая');
    expect(personName(morph, 'Ириной', 'Козловой')).toBe('Ирина Козлова');
    expect(personName(morph, 'Александром', 'Моором')).toBe('Александр Моор');
  });

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

  it('declines the surname by its paradigm, not by the nearest common noun', () => {
    // "Лопухов" is also the genitive plural of "лопух"; "Синицыной" of "синица".
    expect(personName(morph, 'Вадимом', 'Лопуховым')).toBe('Вадим Лопухов');
    expect(personName(morph, 'Вадима', 'Лопухова', 'gent')).toBe('Вадим Лопухов');
    expect(personName(morph, 'Ириной', 'Синицыной')).toBe('Ирина Синицына');
    expect(personName(morph, 'Петра', 'Вишневского')).toBe('Петр Вишневский');
    expect(personName(morph, 'Олегом', 'Гоголем')).toBe('Олег Гоголь');
    expect(personName(morph, 'Андреем', 'Клецем')).toBe('Андрей Клец');
    expect(personName(morph, 'Иваном', 'Жуковичем')).toBe('Иван Жукович');
    expect(personName(morph, 'Игорем', 'Ковальчуком')).toBe('Игорь Ковальчук');
  });

  it('keeps indeclinable surnames and women’s consonant surnames as written', () => {
    expect(personName(morph, 'Олегом', 'Седых')).toBe('Олег Седых');
    expect(personName(morph, 'Олега', 'Седых', 'gent')).toBe('Олег Седых');
    expect(personName(morph, 'Игорем', 'Гриценко')).toBe('Игорь Гриценко');
    expect(personName(morph, 'Анной', 'Моор')).toBe('Анна Моор');
    expect(surnameInCase(morph, 'Моди', 'gent', 'masc')?.nominative).toBe('Моди');
  });

  it('never reads a first name as a plural', () => {
    // "Карлин" is also the genitive plural of a woman's name "Карлина".
    expect(personName(morph, 'Александр', 'Карлин')).toBe('Александр Карлин');
    expect(personReadings(morph, 'Александра', 'Карлина').map((r) => `${r.first} ${r.surname}`)).toEqual(
      expect.arrayContaining(['Александр Карлин', 'Александра Карлина']),
    );
  });

  it('reads names the dictionary does not know by the case that governs them', () => {
    const best = (words: string[], cases: string[]) => {
      const r = foreignNameReadings(morph, words, cases)[0];
      return r ? `${r.first} ${r.surname}` : undefined;
    };
    expect(best(['Ли', 'Сяоганом'], ['ablt'])).toBe('Ли Сяоган');
    expect(best(['Пиюшем', 'Ганготрой'], ['ablt'])).toBe('Пиюш Ганготра');
    expect(best(['Лю', 'Чжэньхуа'], ['nomn'])).toBe('Лю Чжэньхуа');
    // A man's oblique endings are not a woman's undeclined name.
    expect(best(['Нгуен', 'Синь', 'Нятом'], ['ablt'])).toBe('Нгуен Синь Нят');
    expect(best(['Данг', 'Минь', 'Кхоя'], ['gent', 'accs'])).toBe('Данг Минь Кхой');
  });

  it('lists the nominatives a surname form may stand for', () => {
    expect(surnameCandidates(morph, 'Лопуховым')).toContain('Лопухов');
    expect(surnameCandidates(morph, 'Синицыной')).toContain('Синицына');
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
