/**
 * Entities named by open patterns rather than lists: a public body whose name states its remit
 * with «по» + dative ("Комитет по науке и технологиям Беларуси"), and facilities that
 * partners open or build ("совместная лаборатория в Екатеринбурге"). Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('bodies with a remit', () => {
  it('keep the remit and the place in the name', async () => {
    const r = await run('Государственный комитет по науке и технологиям Беларуси объявил конкурс.');
    expect(names(r, 'Organization')).toEqual(['Государственный комитет по науке и технологиям Беларуси']);
  });

  it('a joint commission with a remit stays an event of its sides', async () => {
    const r = await run('Прошло заседание Комиссии по сотрудничеству Псковской области и Беларуси.');
    expect(names(r, 'Organization')).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Псковская область']);
  });
});

describe('facilities partners open', () => {
  it('a joint laboratory in a city is a project of both', async () => {
    const r = await run(
      'Гомельский государственный университет и Уральский федеральный университет открыли совместную лабораторию в Екатеринбурге.',
    );
    expect(names(r, 'Project')).toEqual(['совместная лаборатория в Екатеринбурге']);
    expect(rels(r, 'PARTICIPATES_IN')).toHaveLength(2);
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN совместная лаборатория в Екатеринбурге -> Екатеринбург');
  });

  it('a maker’s dealer centre is a facility as its service centre is, with no verb of opening', async () => {
    const r = await run('В Курганской области действует дилерский центр Гомельского завода «Гомсельмаш».');
    expect(names(r, 'Project')).toEqual(['дилерский центр Гомельского завода Гомсельмаш']);
    expect(rels(r)).toEqual([
      'LOCATED_IN Гомсельмаш -> Гомельская область',
      'LOCATED_IN дилерский центр Гомельского завода Гомсельмаш -> Курганская область',
      'PARTICIPATES_IN Гомсельмаш -> дилерский центр Гомельского завода Гомсельмаш',
    ]);
  });
});

describe('a town’s adjective before an area noun', () => {
  it('names the area, not the town', async () => {
    const r = await run('Компания «Альфа» открыла склад в Уральском федеральном округе.');
    expect(names(r, 'City')).toEqual([]);
    const s = await run('Компания «Альфа» открыла офис в Уральском регионе.');
    expect(names(s, 'City')).toEqual([]);
  });

  it('an unknown town the dictionary only guesses as an adjective qualifies nothing', async () => {
    const r = await run('Завод «Альфа» поставит в Актобе тракторы.');
    expect(names(r, 'City')).toEqual(['Актобе']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Актобе']);
  });

  it('the town itself is still a town', async () => {
    const r = await run('Компания «Альфа» открыла офис в Уральске.');
    expect(names(r, 'City')).toEqual(['Уральск']);
  });

  it('an adjective of a broad area alone names no town ("уральские металлурги" are not from Уральск)', async () => {
    const r = await run('Уральские металлурги поставляют сталь на белорусские заводы.');
    expect(names(r, 'City')).toEqual([]);
    expect(rels(r).filter((x) => x.startsWith('SUPPLIES'))).toEqual([]);
  });
});

describe("towns the dictionary knows, as a verb's object", () => {
  it('"посетил Котовск" names the town', async () => {
    const r = await run('Посол Индии посетил Котовск.');
    expect(names(r, 'City')).toEqual(['Котовск']);
  });
});

describe('compound company nouns', () => {
  it('"Оршанский льнокомбинат" is a company like "Оршанский комбинат", and its director speaks for it', async () => {
    const r = await run(
      'Директор Оршанского льнокомбината Сергей Курилец рассказал о поставках льна в Ивановскую область.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Сергей Курилец -> Оршанский льнокомбинат']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Оршанский льнокомбинат -> Ивановская область']);
  });

  it('at the start of a sentence the compound describes the company enough', async () => {
    const r = await run('Минский мясокомбинат поставляет колбасы в Смоленск.');
    expect(names(r, 'Enterprise')).toEqual(['Минский мясокомбинат']);
  });
});

describe('builders and traders before a quoted name', () => {
  it('«трест», «дилер», «подрядчик» introduce a company as «компания» does', async () => {
    const r = await run('Белорусский трест «Монолит» построит склад в Пензе.');
    expect(names(r, 'Enterprise')).toEqual(['Монолит']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Монолит -> склад в Пензе']);
    expect(names(await run('Тракторы продаёт официальный дилер «Агроцентр».'), 'Enterprise')).toEqual(['Агроцентр']);
    expect(names(await run('Работы выполнит подрядчик «Стройресурс».'), 'Enterprise')).toEqual(['Стройресурс']);
  });
});

describe('a farm before a quoted name', () => {
  it('«хозяйство «X»» is a company (the guidelines count farms)', async () => {
    const r = await run('Фермерское хозяйство «Колос» из Курганской области поставило в Казахстан пшеницу.');
    expect(names(r, 'Enterprise')).toEqual(['Колос']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Колос -> Казахстан']);
  });

  it('«сельское хозяйство» of a country names no company (guard, passes either way)', async () => {
    const r = await run('Министр сельского хозяйства Беларуси посетил Курган.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('a quoted name declined as an owner', () => {
  it('a one-word name in the genitive after a goods noun is the maker', async () => {
    const r = await run('Аграрии Вологодской области закупили сеялки «Сельхозмаша».');
    expect(names(r, 'Enterprise')).toEqual(['Сельхозмаш']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сельхозмаш -> Вологодская область']);
  });

  it('also after «производства» and after goods that open the sentence', async () => {
    const r = await run('В Рязань поступят троллейбусы производства «Вектора».');
    expect(names(r, 'Enterprise')).toEqual(['Вектор']);
    const s = await run('Сеялки «Сельхозмаша» работают в Вологодской области.');
    expect(names(s, 'Enterprise')).toEqual(['Сельхозмаш']);
  });

  it('a brand in apposition keeps the nominative and names no maker', async () => {
    const r = await run('Аграрии Вологодской области закупили сеялки «Сибирь».');
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it('the genitive of a frame or venue noun names an event, not a maker', async () => {
    const r = await run('На площадке «Иннопрома» подписали соглашение.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('abbreviations of a kind of plant after a place adjective', () => {
  it('«Ачинский НПЗ», «Качканарский ГОК» name companies', async () => {
    const r = await run('Соглашение подписали Павлодарский нефтехимический завод и Ачинский НПЗ.');
    expect(names(r, 'Enterprise')).toEqual(['Павлодарский нефтехимический завод', 'Ачинский НПЗ']);
    const s = await run('Качканарский ГОК поставит в Беларусь окатыши.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Качканарский ГОК -> Беларусь']);
  });

  it('a plant of that kind being built is a project', async () => {
    const r = await run('Китайская компания построит в Казахстане новый НПЗ.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('a quoted name compounded of clipped stems', () => {
  it('ending in an industry stem is a company without a company noun', async () => {
    const r = await run('Кроме того, «Кузбассхиммаш» изготовит для компании «Тулпар» резервуары.');
    expect(names(r, 'Enterprise')).toEqual(['Кузбассхиммаш', 'Тулпар']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кузбассхиммаш -> Тулпар']);
    const s = await run('Кроме того, «Витебскстрой» построит в Смоленске жилой дом.');
    expect(names(s, 'Enterprise')).toEqual(['Витебскстрой']);
  });

  it('other quoted words are not', async () => {
    const r = await run('Кроме того, «Снежинка» появится в Смоленске.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it('in apposition to an exhibition or a forum names the event, no company', async () => {
    const r = await run('На выставке «Агропромэкспо» в Оренбурге компания «Тулпар» подписала контракт.');
    expect(names(r, 'Enterprise')).toEqual(['Тулпар']);
    const s = await run('Делегация приняла участие в форуме «Стройпром» в Курске.');
    expect(names(s, 'Enterprise')).toEqual([]);
  });
});

describe('a bare quoted name as the subject of a verb of acting', () => {
  it('is a company, at the start of a sentence or of a clause', async () => {
    const r = await run('«Тверьмебель» уже открыла в Казани фирменный салон.');
    expect(names(r, 'Enterprise')).toEqual(['Тверьмебель']);
    const s = await run('Кроме того, «Полесские сыры» поставляют в Казань молоко, а «Лидский хлеб» построит склад.');
    expect(names(s, 'Enterprise')).toEqual(['Лидский хлеб']);
  });

  it('(guard, passes either way) not before a verb an event or goods may have as subject, nor after a noun of its own', async () => {
    const r = await run('«Славянские встречи» пройдут в Гомеле.');
    expect(names(r, 'Enterprise')).toEqual([]);
    const s = await run('«Золотая нива» пользуется спросом в Казани.');
    expect(names(s, 'Enterprise')).toEqual([]);
    const t = await run('Ярмарка «Золотая нива» откроет сезон в Казани.');
    expect(names(t, 'Enterprise')).toEqual([]);
  });
});

describe('a production association and an underground railway named by a place adjective', () => {
  it('are companies, the town inside the name no entity', async () => {
    const r = await run('Кроме того, Пермское моторостроительное производственное объединение закупит станки.');
    expect(names(r, 'Enterprise')).toEqual(['Пермское моторостроительное производственное объединение']);
    const s = await run('Завод «Кедр» поставит Казанскому метрополитену 10 составов.');
    expect(names(s, 'Enterprise')).toEqual(['Кедр', 'Казанский метрополитен']);
    expect(names(s, 'City')).toEqual([]);
  });

  it('(guard, passes either way) an association of another kind is none', async () => {
    const r = await run('Кроме того, Пермское краевое общественное объединение провело форум.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('a plant named after a town whose name ends in an adjective', () => {
  it('takes the whole town name, and the town is no entity of its own', async () => {
    const r = await run('Делегация посетила Каменск-Уральский литейный завод.');
    expect(names(r, 'Enterprise')).toEqual(['Каменск-Уральский литейный завод']);
    expect(names(r, 'City')).toEqual([]);
    const s = await run('Компания «Альфа» поставила станки Каменск-Уральскому литейному заводу.');
    expect(names(s, 'Enterprise')).toEqual(['Альфа', 'Каменск-Уральский литейный завод']);
  });

  it('the town alone stays a town', async () => {
    const r = await run('Делегация посетила Каменск-Уральский.');
    expect(names(r, 'City')).toEqual(['Каменск-Уральский']);
  });
});

describe('a place adjective right before a quoted name', () => {
  it('makes the name a company of that place', async () => {
    const r = await run('Брестский «Кедр» поставит смоленским аграриям 40 сеялок.');
    expect(names(r, 'Enterprise')).toEqual(['Кедр']);
    expect(rels(r)).toEqual(['LOCATED_IN Кедр -> Брестская область', 'SUPPLIES Кедр -> Смоленская область']);
  });

  it('not when a noun stands between', async () => {
    const r = await run('Участники посмотрели белорусский фильм «Кедр».');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('a plant named by the adjective of a hyphenated town', () => {
  it('opening the sentence: the reference lists the town the dictionary does not know', async () => {
    const r = await run('Усть-Каменогорский механический завод подписал соглашение с компанией «Альфа».');
    expect(names(r, 'Enterprise')).toEqual(['Усть-Каменогорский механический завод', 'Альфа']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Усть-Каменогорский механический завод']);
  });

  it('after «и» and a town: the adjective agrees with the noun after it, so it is no second town', async () => {
    const r = await run(
      'Компания «Альфа» из Новоалтайска и Южно-Сахалинский рыбоконсервный завод подписали соглашение о кооперации.',
    );
    expect(names(r, 'City')).toEqual(['Новоалтайск']);
    expect(names(r, 'Enterprise')).toEqual(['Альфа', 'Южно-Сахалинский рыбоконсервный завод']);
  });

  it('a town after «и» in the same case is still listed (guard, passes either way)', async () => {
    const r = await run('Делегация из Новоалтайска и Бердска прибыла в Минск.');
    expect(names(r, 'City')).toEqual(['Новоалтайск', 'Бердск', 'Минск']);
  });
});

describe('a port named by a place adjective', () => {
  it('is a company, like a plant so named', async () => {
    const r = await run('Мурманский морской торговый порт увеличил перевалку белорусских удобрений.');
    expect(names(r, 'Enterprise')).toEqual(['Мурманский морской торговый порт']);
    const s = await run('Белорусские грузы идут через Новороссийский морской порт.');
    expect(names(s, 'Enterprise')).toEqual(['Новороссийский морской порт']);
  });

  it('ports in the plural are no company (guard, passes either way)', async () => {
    const r = await run('Белорусские грузы идут через порты Ленинградской области.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('a plant’s adjective whose form is also a town’s name in another case', () => {
  it('«на Уральском заводе» is the adjective of the noun it agrees with, not the town Уральск', async () => {
    const r = await run('Вагоны соберут на Уральском заводе транспортного машиностроения в Екатеринбурге.');
    expect(names(r, 'Enterprise')).toEqual(['Уральский завод транспортного машиностроения']);
    expect(names(r, 'City')).toEqual(['Екатеринбург']);
  });

  it('the town in its own case stays the town (guard, passes either way)', async () => {
    const r = await run('Делегация встретилась с Уральском и Актобе.');
    expect(names(r, 'City')).toContain('Уральск');
  });
});

describe('a company named after a place', () => {
  it('is the company after its noun, and the place adjective before locates it', async () => {
    const r = await run('Краснодарский агрохолдинг «Кубань» поставит в Беларусь 5 тысяч тонн риса.');
    expect(names(r, 'Enterprise')).toEqual(['Кубань']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кубань -> Беларусь']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кубань -> Краснодарский край']);
  });

  it('is a partner of the company it is coordinated with', async () => {
    const r = await run('Завод «Сибирь» и торговая компания «Кубань» договорились о поставках муки.');
    expect(names(r, 'Enterprise')).toEqual(['Сибирь', 'Кубань']);
    expect(names(r, 'Region')).toEqual([]);
  });

  it('a place in quotes after an event noun stays the place (guard, passes either way)', async () => {
    const r = await run('Компания «Альфа» открыла склад в особой экономической зоне «Липецк».');
    expect(names(r, 'Enterprise')).toEqual(['Альфа']);
  });
});

describe('a town named by an adjective and a common noun the reference lacks', () => {
  it('is a town in the case of its preposition, also as a second conjunct', async () => {
    const r = await run('Завод «Альфа» откроет склад в Минеральных Водах.');
    expect(names(r, 'City')).toEqual(['Минеральные Воды']);
    const s = await run('Делегация побывала в Красном Селе и Минеральных Водах.');
    expect(names(s, 'City')).toEqual(['Красное Село', 'Минеральные Воды']);
  });

  it('not an area or a country the dictionary knows as a place, nor a body or a kind of company (guard, passes either way)', async () => {
    expect(names(await run('Делегация прибыла в Центральную Азию.'), 'City')).toEqual([]);
    expect(names(await run('Компания «Альфа» работает в Новой Зеландии.'), 'City')).toEqual([]);
    expect(names(await run('Делегация побывала в Национальном Банке.'), 'City')).toEqual([]);
    expect(names(await run('Переговоры прошли в Торговом Доме «Альфа».'), 'City')).toEqual([]);
  });
});
