/**
 * Definite descriptions of companies ("белорусское предприятие", "российский завод")
 * refer back to a company named shortly before; their place adjective chooses which
 * company and places it (LOCATED_IN). A company named with "из + place" is from there.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('company descriptions with a place adjective', () => {
  it('place the company they refer to, and keep its relations', async () => {
    const r = await run(
      'Губернатор Смоленской области встретился с директором Гродненского стекольного завода Игорем Петровым. Белорусское предприятие поставляет в регион стеклотару.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Гродненский стекольный завод -> Беларусь']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гродненский стекольный завод -> Смоленская область']);
  });

  it('choose the company that fits the place, not simply the last one named', async () => {
    const r = await run(
      'Завод «Тверской вагон» и компания «Минскстроймаш» подписали договор. Российский завод закупит у партнера краны.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Тверской вагон -> Россия']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it('in a genitive ("в пресс-службе белорусского холдинга") the place is not a party', async () => {
    const r = await run(
      'Курская область и ОАО «Амкодор» обсудили сотрудничество. Как сообщили в пресс-службе белорусского холдинга, стороны договорились о поставках погрузчиков.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Амкодор -> Беларусь']);
    expect(rels(r).filter((x) => x.startsWith('NEGOTIATES'))).toEqual(['NEGOTIATES Амкодор -> Курская область']);
  });

  it('without a company named before, the adjective stays a place', async () => {
    const r = await run('Белорусское предприятие поставит в Смоленскую область стеклотару.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Смоленская область']);
  });
});

describe('"из + place" after a company name', () => {
  it('places the company', async () => {
    const r = await run('Компания «Вектор» из Китая построит в Омской области завод по выпуску шин.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Вектор -> Китай');
    const s = await run('На форуме свою продукцию представил «Лидский литейный завод» из Белоруссии.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Лидский литейный завод -> Беларусь']);
  });
});

describe('adjectives of listed towns the reference gives no adjective for', () => {
  it('"харбинский холдинг «X»" places the company in the town', async () => {
    const r = await run('Компания «Сибагро» заключила контракт с харбинским холдингом «Бэйда».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Бэйда -> Харбин']);
  });
});

describe('a description in apposition after the name', () => {
  it('places the company by its genitive or adjective', async () => {
    const a = await run('ОАО «Альфа», крупнейшее химическое предприятие Беларуси, открыло склад.');
    expect(rels(a, 'LOCATED_IN')).toEqual(['LOCATED_IN Альфа -> Беларусь']);
    const b = await run('Компания «Бета», белорусский производитель шин, открыла склад.');
    expect(rels(b, 'LOCATED_IN')).toEqual(['LOCATED_IN Бета -> Беларусь']);
  });

  it('a partner is no place', async () => {
    const r = await run('Компания «Бета», давний партнер Беларуси, открыла склад.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a long description before a quoted name', () => {
  it('describes the named company and is no company of its own', async () => {
    const r = await run(
      'Казахстанский концерн строительных материалов «Кедр» и компания «Сож» обсудили поставки цемента.',
    );
    expect(names(r, 'Enterprise')).toEqual(['Кедр', 'Сож']);
    expect(rels(r)).toEqual(['LOCATED_IN Кедр -> Казахстан', 'NEGOTIATES Кедр -> Сож']);
  });

  it('a noun of making before goods leaves the quoted brand to the goods', async () => {
    const r = await run('В Омске планируют организовать производство сеялок «Кедр».');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('a known company name that describes a quoted one', () => {
  it('«Кировский завод «Маяк»» is the plant «Маяк» in Киров, not the known Кировский завод', async () => {
    const r = await run('Кировский завод «Маяк» закупил у МАЗа 20 грузовиков.');
    expect(names(r, 'Enterprise').sort()).toEqual(['МАЗ', 'Маяк']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Маяк -> Киров']);
  });

  it('without a quoted name after it the known company stays', async () => {
    expect(names(await run('Кировский завод поставит в Минск 20 тракторов.'), 'Enterprise')).toEqual([
      'Кировский завод',
    ]);
  });
});

describe('a company described by its trade or size before its name', () => {
  it('«экспортёр «X»» names a company (a listed word spelt with ё matches however the text spells it)', async () => {
    for (const noun of ['экспортёр', 'экспортер']) {
      const r = await run(`Казахстанский ${noun} «Степь Агро» поставит в Курганскую область пшеницу.`);
      expect(names(r, 'Enterprise')).toEqual(['Степь Агро']);
      expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Степь Агро -> Казахстан']);
    }
  });

  it('an agent noun with the name in apposition is no predicate: the verb after it gives the supplier', async () => {
    const r = await run('Белорусский поставщик «Полесье Трейд» отгрузил в Тюменскую область партию кормов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Полесье Трейд -> Тюменская область']);
  });

  it('«машиностроитель», «гигант» and compounds such as «автогигант» describe the company named after them', async () => {
    const r = await run(
      'Курганский машиностроитель «Зауралмаш» и татарстанский автогигант «Камский мотор» поставят в Узбекистан технику. Белорусский молочный гигант «Лидское молоко» откроет склад в Казани.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(
      expect.arrayContaining([
        'LOCATED_IN Зауралмаш -> Курганская область',
        'LOCATED_IN Камский мотор -> Республика Татарстан',
        'LOCATED_IN Лидское молоко -> Беларусь',
      ]),
    );
  });
});

describe('a compound company noun used bare', () => {
  it('refers back to the company whose name has it, as subject or after a title', async () => {
    const a = await run(
      'Гродненский мясокомбинат расширяет экспорт. Мясокомбинат поставит в Смоленск 200 тонн колбас.',
    );
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Гродненский мясокомбинат -> Смоленск']);
    const b = await run(
      'Оршанский льнокомбинат подписал договор. Генеральный директор льнокомбината Андрей Мельников рассказал о планах.',
    );
    expect(rels(b, 'HEADS')).toEqual(['HEADS Андрей Мельников -> Оршанский льнокомбинат']);
  });

  it('never to a company not so named', async () => {
    const a = await run('Компания «Альфа» расширяет экспорт. Мясокомбинат поставит в Смоленск 200 тонн колбас.');
    expect(rels(a, 'SUPPLIES')).toEqual([]);
    const b = await run(
      'Компания «Альфа» подписала договор. Директор мясокомбината Андрей Мельников рассказал о планах.',
    );
    expect(rels(b, 'HEADS')).toEqual([]);
  });
});

describe('a head title before a company described by its place', () => {
  it('heads the company the description picks, not the one named last', async () => {
    const r = await run(
      'Предприятие «Авиаремонт» из Орши и Казанский вертолётный завод создадут совместное производство. Соглашение подписал директор оршанского предприятия Сергей Ковалёв.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Сергей Ковалёв -> Авиаремонт']);
  });

  it('each of two titled people heads the company of their own description', async () => {
    const r = await run(
      'Завод «Авиаремонт» из Орши и Казанский вертолётный завод создадут совместное производство. Соглашение подписали директор казанского завода Вадим Лигай и директор оршанского предприятия Сергей Ковалёв.',
    );
    expect(rels(r, 'HEADS')).toEqual([
      'HEADS Вадим Лигай -> Казанский вертолётный завод',
      'HEADS Сергей Ковалёв -> Авиаремонт',
    ]);
  });

  it('the title may govern a board before the description («председатель правления»)', async () => {
    const r = await run(
      'АО «Вагонмаш» из Экибастуза поставит 200 полувагонов. Об этом сообщил председатель правления казахстанского предприятия Нурлан Кадыров.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Нурлан Кадыров -> Вагонмаш']);
    const s = await run(
      'АО «Вагонмаш» из Экибастуза поставит 200 полувагонов. Об этом сообщил председатель совета директоров казахстанского предприятия Нурлан Кадыров.',
    );
    expect(rels(s, 'HEADS')).toEqual(['HEADS Нурлан Кадыров -> Вагонмаш']);
  });

  it("a deputy's title heads nothing (guard, passes either way)", async () => {
    const r = await run(
      'Предприятие «Авиаремонт» из Орши и Казанский вертолётный завод создадут совместное производство. Соглашение подписал заместитель директора оршанского предприятия Сергей Ковалёв.',
    );
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('a kind of company by trade used bare', () => {
  it('«автопроизводитель» refers back to the company named before, as «производитель» does', async () => {
    const r = await run(
      'Компания «Волга-Авто» поставит в Минск автобусы. Ранее ярославский автопроизводитель и Минский автомобильный завод договорились о поставках двигателей.',
    );
    expect(rels(r)).toEqual(
      expect.arrayContaining(['LOCATED_IN Волга-Авто -> Ярославская область', 'NEGOTIATES Волга-Авто -> МАЗ']),
    );
  });
});
