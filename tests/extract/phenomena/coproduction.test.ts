/**
 * Joint production: "кооперация" and "локализация" name it by themselves, a
 * production word with "совместный"/"сборка" does too; the partners are the
 * two sides of the clause. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('co-production', () => {
  it('"X и Y расширят кооперацию" pairs the reciprocal subject', async () => {
    const r = await run('Пензенская область и Беларусь расширят кооперацию в машиностроении.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Пензенская область']);
  });

  it('"кооперация X с Y" pairs across the sides only', async () => {
    const r = await run('МАЗ развивает кооперацию с Ярославским моторным заводом и Белшиной.');
    expect(rels(r, 'CO_PRODUCES').sort()).toEqual(['CO_PRODUCES Белшина -> МАЗ', 'CO_PRODUCES МАЗ -> ЯМЗ']);
  });

  it('"совместно" with a production verb pairs the producers', async () => {
    const r = await run('Компания «Альфа» и Брестский машиностроительный завод будут совместно выпускать насосы.');
    expect(rels(r, 'CO_PRODUCES')).toHaveLength(1);
    const s = await run('Предприятия Тульской области наладят производство кранов совместно с компанией «Бета».');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Бета -> Тульская область']);
  });

  it('an agreement about a noun of making is an agreement to produce together', async () => {
    const r = await run('Компания «Альфа» и завод «Бета» договорились о выпуске фронтальных погрузчиков.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
    const s = await run('Компания «Альфа» и завод «Бета» договорились о производстве погрузчиков в Алматы.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
  });

  it('an agreement about deliveries is none (guard, passes either way)', async () => {
    const r = await run('Компания «Альфа» и завод «Бета» договорились о поставках погрузчиков.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('a production word without a joint one is no co-production', async () => {
    const r = await run('МТЗ выпускает тракторы для Казахстана.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('goods of a place made in a list of places', () => {
  it('every place of the list makes them with the goods’ place', async () => {
    const r = await run('В Ярославле и Рыбинске будут собирать белорусские автобусы.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Ярославль', 'CO_PRODUCES Беларусь -> Рыбинск']);
    // A place of another verb is not in the list.
    const s = await run('Белорусские автобусы будут собирать в Ярославле, а продавать в Рыбинске.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Ярославль']);
  });
});

describe("a company elsewhere making another place's goods", () => {
  it('co-produces with that place: «Омский завод «Кварц» собирает белорусские автобусы»', async () => {
    const r = await run('Омский завод «Кварц» собирает белорусские автобусы.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Кварц']);
    const s = await run('Омский завод «Кварц» наладил выпуск белорусских автобусов.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Кварц']);
  });

  it('not when the company is in that place or nothing says where it is', async () => {
    expect(rels(await run('Гродненский завод «Кварц» собирает белорусские автобусы.'), 'CO_PRODUCES')).toEqual([]);
    expect(rels(await run('Компания «Кварц» собирает белорусские автобусы.'), 'CO_PRODUCES')).toEqual([]);
  });
});

describe('the founders of a joint plant', () => {
  it('co-produce what it makes, also when named by a participle or in the sentence after', async () => {
    const r = await run('Совместное предприятие, созданное заводом «Ритм» и компанией «Кедр», начнёт выпуск насосов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Ритм']);
    const s = await run(
      'В Тульской области открылось совместное предприятие по выпуску насосов. Его учредителями стали завод «Ритм» и компания «Кедр».',
    );
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Ритм']);
  });

  it('a joint venture that makes nothing the text names is no co-production', async () => {
    const r = await run('В Туле создано совместное предприятие завода «Ритм» и компании «Кедр».');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('taking part in making a maker’s goods', () => {
  it('«участвуют в производстве троллейбусов X» makes them with X', async () => {
    const r = await run('Предприятия Пензенской области участвуют в производстве лифтов «Могилёвлифтмаша».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Могилевлифтмаш -> Пензенская область']);
    const s = await run('Компания «Кедр» принимает участие в выпуске тракторов МТЗ.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> МТЗ']);
  });

  it('taking part in something else is no making', async () => {
    const r = await run('Компания «Кедр» участвует в выставке тракторов МТЗ.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('making at another company’s site', () => {
  it('the subject that makes on the host’s premises co-produces with the host', async () => {
    const r = await run('Холдинг «Агромаш» организует сборку прицепов на мощностях тюменского завода «Сибирь».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Агромаш -> Сибирь']);
    const s = await run(
      'Холдинг «Агромаш» расширяет поставки. Кроме того, предприятие рассматривает возможность организации сборки прицепов на мощностях завода «Сибирь».',
    );
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Агромаш -> Сибирь']);
  });
});

describe('makers named in talks about making', () => {
  it('two companies make the goods; the sides of the talks are not makers with them', async () => {
    const r = await run(
      'Министр промышленности Беларуси встретился с министром Вьетнама. Стороны обсудили сборку тракторов МТЗ на предприятии «Меконг Моторс» в провинции Лонган.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES МТЗ -> Меконг Моторс']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Меконг Моторс -> Лонган']);
  });
});

describe('a fronted «в кооперации с» phrase', () => {
  it('the subject after it is the other maker; its lower-case adjective is not governed by «с»', async () => {
    const r = await run('В кооперации с гомельскими предприятиями брянские заводы выпускают станки.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Брянская область -> Гомельская область']);
  });
});

describe('a host plant named with its quoted name', () => {
  it('«на заводе «X» в Y»: the host makes the goods with their place, not the town', async () => {
    const r = await run('На заводе «Вектор» в Твери налажена сборка гомельских комбайнов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Вектор -> Гомельская область']);
  });
});

describe('a joint venture by name', () => {
  it('is made by the places of its adjective or by its founders, not a co-maker with them', async () => {
    const r = await run('Совместное белорусско-казахстанское предприятие «КазБелАгро» выпускает сеялки.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Казахстан']);
    const s = await run('Учредителями совместного предприятия «КазБелАгро» стали ОАО «Альфа» и компания «Бета».');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
  });
});

describe('the place of the site where partners make something', () => {
  it('is no co-producer («на заводе в X»)', async () => {
    const r = await run('Компания «Альфа» и компания «Бета» начнут сборку тракторов на заводе в Наманганской области.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
    const s = await run('Компания «Альфа» и компания «Бета» наладят сборку тракторов на новой площадке в Жодино.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
  });
});

describe('the founders of a joint venture with a name of its own', () => {
  it('make things together, named by a participle of founding or by their role before a copula', async () => {
    const r = await run(
      'Совместное предприятие «Полесье-Агро», созданное ОАО «Кедр» и узбекской компанией «Навои Техник», увеличит выпуск сеялок.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Навои Техник']);
    const s = await run('Учредителями СП «Полесье-Агро» стали ОАО «Кедр» и компания «Навои Техник».');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Навои Техник']);
  });

  it('a bare «СП» later is the venture', async () => {
    const r = await run(
      'Совместное предприятие «Полесье-Агро» выпускает сеялки. Продукция СП поставляется в Таджикистан.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Полесье-Агро -> Таджикистан']);
  });

  it('a company named after its founders’ verb is no founder (guard, passes either way)', async () => {
    const r = await run('Совместное предприятие «Полесье-Агро» поставило сеялки компании «Навои Техник».');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('the action noun of a verb of making, and processing, done jointly are joint production', async () => {
    const processing = await run(
      'Курганские и костанайские фермеры договорились о совместной переработке подсолнечника.',
    );
    expect(rels(processing, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Костанайская область -> Курганская область']);
    const making = await run('Предприятия Гомельской и Брянской областей начнут совместное изготовление вагонов.');
    expect(rels(making, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Брянская область -> Гомельская область']);
  });

  it('processing in one place beside cooperation with another is no joint production (guard, passes either way)', async () => {
    const r = await run(
      'Переработка зерна в Омской области выросла, а сотрудничество с Павлодарской областью расширяется.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('a company inside a participial phrase is the participle’s argument, not a maker', async () => {
    const r = await run(
      'Завод «Вега», входящий в концерн «Орион», освоил выпуск насосов совместно с компанией «Лира».',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Вега -> Лира']);
    const s = await run(
      'Фабрика «Заря», основанная при участии фонда «Наследие», наладила сборку станков вместе с заводом «Гранит».',
    );
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Гранит -> Заря']);
  });

  it('a partner’s place adjective after «с» is no origin of parts (no supply)', async () => {
    const r = await run('Завод «Вега» освоил выпуск деталей совместно с узбекскими партнёрами.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Вега -> Узбекистан']);
  });

  it('parts with their origin after «из» still come from there (guard, passes either way)', async () => {
    const r = await run('Завод «Вега» закупает детали из узбекских регионов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Узбекистан -> Вега']);
  });
});

describe('the origin adjective of the goods localised', () => {
  it('makes them with the place they are localised in', async () => {
    const r = await run('Локализация белорусских лифтов в Иркутской области достигла 50 процентов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Иркутская область']);
  });

  it('an origin adjective of goods only sold makes nothing (guard, passes either way)', async () => {
    const r = await run('Продажи белорусских лифтов в Иркутской области выросли на 50 процентов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});
