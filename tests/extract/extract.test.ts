import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.ts';
import { parseArticle } from '../../src/extract/parse-article.ts';
import type { ExtractionResources } from '../../src/extract/types.ts';
import { readArticle } from '../../src/io/read-article.ts';
import type { ExtractionResult } from '../../src/schema/extraction.ts';
import { resources } from './resources.ts';

let res: ExtractionResources;
beforeAll(async () => {
  res = await resources();
});

function run(text: string): ExtractionResult {
  return extract(parseArticle(`Заголовок статьи\n${text}`, 'text'), res);
}

function names(result: ExtractionResult, type?: string): string[] {
  return result.entities.filter((e) => !type || e.type === type).map((e) => e.name);
}

/** Relations as "TYPE source -> target" with entity names, symmetric ones sorted. */
function rels(result: ExtractionResult): string[] {
  const name = new Map(result.entities.map((e) => [e.id, e.name]));
  return result.relations
    .filter((r) => r.origin === 'text')
    .map((r) => {
      const ends = [name.get(r.source) ?? r.source, name.get(r.target) ?? r.target];
      if (['CO_PRODUCES', 'NEGOTIATES', 'TRADES_WITH', 'COOPERATES_WITH'].includes(r.type)) ends.sort();
      return `${r.type} ${ends[0]} -> ${ends[1]}`;
    });
}

describe('extract on the seed article', () => {
  let result: ExtractionResult;
  beforeAll(async () => {
    result = extract(await readArticle(path.join(import.meta.dirname, '..', 'fixtures', 'articles', '000.md')), res);
  });

  it('finds people, places and companies under their canonical names', () => {
    expect(names(result, 'Person').sort()).toEqual(['Владислав Шапша', 'Роман Головченко']);
    expect(names(result, 'Country')).toEqual(expect.arrayContaining(['Беларусь', 'Россия']));
    expect(names(result, 'Region')).toEqual(['Калужская область']);
    expect(names(result, 'City')).toEqual(expect.arrayContaining(['Калуга', 'Обнинск']));
    expect(names(result, 'Enterprise')).toEqual(expect.arrayContaining(['БелАЗ', 'МАЗ', 'Меркатор', 'Синара']));
    expect(names(result, 'Project')).toContain('центр сервисной поддержки и обслуживания белорусской техники');
  });

  it('does not take the agency from the dateline or anything from the trailing links', () => {
    expect(names(result).join(' ')).not.toMatch(/Sputnik|Волгоград/);
  });

  it('finds the relations the article states, with evidence offsets', () => {
    expect(rels(result)).toEqual(
      expect.arrayContaining([
        'HEADS Роман Головченко -> Беларусь',
        'HEADS Владислав Шапша -> Калужская область',
        'NEGOTIATES Владислав Шапша -> Роман Головченко',
        'TRADES_WITH Беларусь -> Калужская область',
        'SUPPLIES Синара -> Беларусь',
        'LOCATED_IN Меркатор -> Калужская область',
        'LOCATED_IN центр сервисной поддержки и обслуживания белорусской техники -> Калужская область',
      ]),
    );
    // Only a fact the headline alone states has no offsets into the article text.
    for (const r of result.relations.filter((x) => x.origin === 'text')) {
      if (r.evidence !== result.article.title) expect(r.evidenceStart).toBeDefined();
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives trade figures their value and currency, and plans their modality', () => {
    const trade = result.relations.find((r) => r.type === 'TRADES_WITH');
    expect(trade?.attributes).toMatchObject({ value: 1e9, currency: 'USD' });
    const supply = result.relations.find((r) => r.type === 'SUPPLIES' && r.source === 'enterprise:sinara');
    expect(supply?.attributes.modality).toBe('plan');
  });
});

describe('coreference', () => {
  it('resolves titles and generic phrases to the entity they refer to', () => {
    const result = run(
      'Губернатор Брянской области Александр Богомаз встретился с премьер-министром Беларуси Романом Головченко. ' +
        'Глава белорусского правительства отметил, что российский регион поставляет в республику зерно. ' +
        'Губернатор провел переговоры с белорусской стороной.',
    );
    expect(names(result, 'Person').sort()).toEqual(['Александр Богомаз', 'Роман Головченко']);
    expect(rels(result)).toEqual(
      expect.arrayContaining([
        'HEADS Александр Богомаз -> Брянская область',
        'HEADS Роман Головченко -> Беларусь',
        'NEGOTIATES Александр Богомаз -> Роман Головченко',
        'SUPPLIES Брянская область -> Беларусь',
      ]),
    );
  });

  it('resolves a surname alone to the full name given earlier', () => {
    const result = run(
      'Губернатор Тульской области Дмитрий Миляев прибыл в Минск. Миляев встретился с Александром Лукашенко.',
    );
    expect(names(result, 'Person').sort()).toEqual(['Александр Лукашенко', 'Дмитрий Миляев']);
    expect(rels(result)).toContain('NEGOTIATES Александр Лукашенко -> Дмитрий Миляев');
  });
});

describe('entities outside the reference data', () => {
  it('takes quoted names after company nouns, without legal forms, and places their adjective', () => {
    const result = run('Смоленская компания «Стройдеталь» и ООО «Агроконтракт» откроют склад.');
    expect(names(result, 'Enterprise').sort()).toEqual(['Агроконтракт', 'Стройдеталь']);
    expect(rels(result)).toContain('LOCATED_IN Стройдеталь -> Смоленская область');
  });

  it('names ministries, executive committees and projects from the text', () => {
    const result = run(
      'Министерство промышленности Республики Беларусь и Гомельский облисполком планируют строительство завода по выпуску кабеля в Гомеле.',
    );
    expect(names(result, 'Organization').sort()).toEqual([
      'Гомельский облисполком',
      'Министерство промышленности Республики Беларусь',
    ]);
    const project = names(result, 'Project')[0] ?? '';
    expect(project).toMatch(/^строительство завода по выпуску кабеля/);
    expect(rels(result)).toEqual(expect.arrayContaining([`LOCATED_IN ${project} -> Гомель`]));
  });

  it('ignores a bare adjective with no relation', () => {
    const result = run('На выставке показали белорусские тракторы и калужские конфеты.');
    expect(names(result)).toEqual([]);
  });
});

describe('relations from triggers', () => {
  it('reads supplier and recipient from prepositions, and lists after them', () => {
    const result = run('В Астраханскую область через Иран доставляются товары из Индии, Китая и ОАЭ.');
    expect(rels(result)).toEqual(
      expect.arrayContaining([
        'SUPPLIES Индия -> Астраханская область',
        'SUPPLIES Китай -> Астраханская область',
        'SUPPLIES ОАЭ -> Астраханская область',
      ]),
    );
    expect(rels(result).some((r) => r.startsWith('SUPPLIES Иран'))).toBe(false);
  });

  it('finds turnover, cooperation and joint production between parties', () => {
    const result = run(
      'Товарооборот между Беларусью и Псковской областью в 2024 году составил 300 млн долларов. ' +
        'Псковская область и Витебская область развивают сотрудничество в сфере туризма. ' +
        'Предприятия Беларуси и Казахстана наладили совместное производство комбайнов.',
    );
    expect(rels(result)).toEqual(
      expect.arrayContaining([
        'TRADES_WITH Беларусь -> Псковская область',
        'COOPERATES_WITH Витебская область -> Псковская область',
        'CO_PRODUCES Беларусь -> Казахстан',
      ]),
    );
    const trade = result.relations.find((r) => r.type === 'TRADES_WITH');
    expect(trade?.attributes).toMatchObject({ value: 3e8, currency: 'USD', year: 2024 });
  });
});

describe('conventions of the guidelines', () => {
  it('takes a document signed "между X и Y" as NEGOTIATES, and its subject as cooperation of their places', () => {
    const result = run(
      'Подписана программа сотрудничества между Правительством Курской области и Правительством Республики Беларусь.',
    );
    expect(rels(result)).toEqual(
      expect.arrayContaining([
        'NEGOTIATES Правительство Курской области -> Правительство Республики Беларусь',
        'COOPERATES_WITH Беларусь -> Курская область',
      ]),
    );
    expect(names(result, 'Project')).toEqual([]);
  });

  it('gives a minister the ministry, written short or in full', () => {
    const result = run(
      'Минсельхоз Татарстана подписал соглашение с холдингом «Амкодор». Министр сельского хозяйства Татарстана Марат Зяббаров назвал его важным.',
    );
    expect(names(result, 'Organization')).toEqual(['Министерство сельского хозяйства Татарстана']);
    expect(rels(result)).toContain('HEADS Марат Зяббаров -> Министерство сельского хозяйства Татарстана');
  });

  it('does not make the venues of talks negotiate with each other, nor deputies head anything', () => {
    const result = run(
      'Делегация Орловской области провела переговоры в Министерстве промышленности Беларуси и Гомельском облисполкоме. ' +
        'Заместитель генерального директора МАЗ Иван Петров встретился с гостями.',
    );
    const found = rels(result);
    expect(found).toEqual(
      expect.arrayContaining([
        'NEGOTIATES Министерство промышленности Беларуси -> Орловская область',
        'NEGOTIATES Гомельский облисполком -> Орловская область',
      ]),
    );
    expect(found).not.toContain('NEGOTIATES Гомельский облисполком -> Министерство промышленности Беларуси');
    expect(found.some((r) => r.startsWith('HEADS Иван Петров'))).toBe(false);
  });

  it('does not take countries inside an event name as partners', () => {
    const result = run('На форуме регионов России и Беларуси в Казани обсудили сотрудничество.');
    expect(rels(result)).toEqual([]);
    expect(names(result, 'Country').sort()).toEqual(['Беларусь', 'Россия']);
  });
});
