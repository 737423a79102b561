/**
 * More supply frames: goods of a maker at work somewhere were supplied there ("техника X
 * работает в Y"), while a plant that works somewhere is only there; a deal "на поставку"
 * between a company and another party has the company as the supplier, whichever is the
 * subject; the head of a company who speaks of supplies speaks for the company. Sentences are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('goods in use', () => {
  it('the maker of goods at work supplied the place', async () => {
    const a = await run('Техника «Амкодора» работает на предприятиях Якутии.');
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Амкодор -> Республика Саха (Якутия)']);
    expect(rels(a, 'LOCATED_IN')).toEqual([]);
    // The place put first, the goods after the verb: the same reading.
    const b = await run('В Казани используются автобусы компании «Дельта».');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Казань']);
    const c = await run('Автобусы компании «Дельта» используются в Казани.');
    expect(rels(c, 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Казань']);
  });

  it("a place's adjective on goods after the verb, the place put first: its place supplied, counted or not", async () => {
    const r = await run('На фермах Вологодской области работают три тысячи белорусских доильных установок.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Вологодская область']);
    const b = await run('В Костроме курсируют 80 белорусских троллейбусов.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Кострома']);
  });

  it('people or firms of a place at work there are no goods (guard, passes either way)', async () => {
    const r = await run('В Костроме работают 200 белорусских специалистов и две белорусские компании.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('the place may be the genitive of a noun in the phrase put first', async () => {
    const r = await run('На дорогах Тверской области работают грейдеры компании «Дельта».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Тверская область']);
  });

  it('the maker named by its own noun with a place adjective supplies; the adjective only places it', async () => {
    const r = await run('Погрузчики гомельского завода «Дельта» работают в Тверской области.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Тверская область']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Дельта -> Гомельская область']);
  });

  it('goods put to use with no subject are used where the clause is set', async () => {
    const r = await run('В хозяйствах Тверской области используют сеялки гомельского завода «Дельта».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Тверская область']);
  });

  it('a plant that works somewhere is located there', async () => {
    const r = await run('Завод «Гамма» работает в Якутии.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Гамма -> Республика Саха (Якутия)']);
  });

  it('people of a company at work are no goods', async () => {
    const r = await run('Специалисты компании «Гамма» работают в Якутии.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('coordinated subjects', () => {
  it('every conjunct supplies', async () => {
    const r = await run('Завод «Альфа», компания «Бета» и МАЗ поставят технику в Амурскую область.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Альфа -> Амурская область',
      'SUPPLIES Бета -> Амурская область',
      'SUPPLIES МАЗ -> Амурская область',
    ]);
  });

  it('an elliptic list of regions supplies too', async () => {
    const r = await run('Предприятия Витебской и Могилевской областей поставляют в Псковскую область лён.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Витебская область -> Псковская область',
      'SUPPLIES Могилевская область -> Псковская область',
    ]);
  });

  it('an apposition after the subject is no second supplier', async () => {
    const r = await run(
      'ОАО «Альфа», крупнейшее химическое предприятие Беларуси, нарастило экспорт удобрений в Польшу.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Польша']);
  });

  it('buyers in a list each receive', async () => {
    const r = await run('Курганская и Омская области закупили у Беларуси 40 тракторов.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Беларусь -> Курганская область',
      'SUPPLIES Беларусь -> Омская область',
    ]);
  });
});

describe('the head of a company speaks for it', () => {
  it('its supplies to a named recipient are the company’s', async () => {
    const r = await run('Генеральный директор компании «Омега» Иван Кравченко рассказал о поставках в Беларусь.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Беларусь']);
  });

  it('a governor is no company', async () => {
    const r = await run('Губернатор Псковской области Олег Петренко рассказал о поставках в Беларусь.');
    expect(rels(r, 'SUPPLIES').filter((x) => x.startsWith('SUPPLIES Олег'))).toEqual([]);
  });
});

describe('deals «на поставку»', () => {
  it('the company supplies, as partner or as subject', async () => {
    const a = await run('Смоленская область заключила контракт с ОАО «Омега» на поставку 30 комбайнов.');
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Смоленская область']);
    const b = await run('ОАО «Омега» заключило договор со Смоленской областью на поставку 30 комбайнов.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Смоленская область']);
  });

  it("the partner's trade role gives the direction", async () => {
    const a = await run('ОАО «Омега» заключило контракт с дистрибьютором из Алма-Аты на поставку шин.');
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Алматы']);
    const b = await run('Завод «Омега» подписал договор с монгольским дилером на поставку тракторов.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Монголия']);
    const c = await run('Завод «Омега» заключил контракт с поставщиком из Турции на поставку станков.');
    expect(rels(c, 'SUPPLIES')).toEqual(['SUPPLIES Турция -> Омега']);
  });

  it('a gloss in brackets is said of its head: «входит в X» names no recipient', async () => {
    const r = await run(
      'Завод «Омега» (входит в АО «Сибмашхолдинг») подписал контракт с узбекской компанией «Бета» на поставку тепловозов.',
    );
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES Омега -> Сибмашхолдинг');
  });

  it('a deal «о поставке», an agreement on one, and a partner before the deal noun alike', async () => {
    const a = await run('Компания «Омега» подписала с Брестским облисполкомом соглашение о поставке 40 автобусов.');
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Брестский облисполком']);
    const b = await run('ООО «Омега» и администрация Тулы договорились о поставке 25 троллейбусов.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Администрация Тулы']);
    const c = await run('ООО «Омега» и администрация Тулы подписали контракт на поставку 25 троллейбусов.');
    expect(rels(c, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Администрация Тулы']);
  });

  it('of two companies, the one named for the goods makes and supplies them', async () => {
    const a = await run('Компания «Бета» заключила договор с Курским тракторным заводом о поставке 120 тракторов.');
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Курский тракторный завод -> Бета']);
    const b = await run(
      'ОАО «Орловский станкостроительный завод» подписало с компанией «Бета» контракт на поставку станков.',
    );
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Орловский станкостроительный завод -> Бета']);
    const c = await run('ОАО «Вологдалифтмаш» и компания «Бета» подписали договор о поставке лифтов.');
    expect(rels(c, 'SUPPLIES')).toEqual(['SUPPLIES Вологдалифтмаш -> Бета']);
  });

  it('(guard, passes either way) two companies neither named for the goods leave the direction unsaid', async () => {
    const r = await run('Компания «Бета» заключила договор с заводом «Омега» о поставке 120 тракторов.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бета -> Омега']);
  });

  it('the destination of the goods is no side of the signing', async () => {
    const r = await run('Завод «Омега» подписал контракт с компанией «Бета» на поставку тракторов в Монголию.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бета -> Омега']);
  });
});

describe('goods in demand', () => {
  it('goods of a maker in demand among a group from places were supplied to each place', async () => {
    const r = await run(
      'Продукция завода «Омега» пользуется спросом у аграриев Брянской, Орловской и Курской областей.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Омега -> Брянская область',
      'SUPPLIES Омега -> Орловская область',
      'SUPPLIES Омега -> Курская область',
    ]);
  });

  it('in demand in a place, with an adjective in between', async () => {
    const r = await run('Техника компании «Омега» пользуется большим спросом в Казахстане.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Казахстан']);
  });

  it('goods named by a noun with a place adjective are in demand, whichever comes first', async () => {
    const r = await run('Псковские льняные ткани пользуются спросом в Татарстане.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Псковская область -> Республика Татарстан']);
    const s = await run('В Татарстане большим спросом пользуются псковские ткани.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Псковская область -> Республика Татарстан']);
  });

  it('a person held in respect is no goods', async () => {
    const r = await run('Глава района пользуется уважением у жителей Витебской области.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('the subject of the trigger clause', () => {
  it('a reporting main clause names no supplier', async () => {
    const r = await run('Агентство «Вестник» сообщило, что компания «Сигма» поставит турбины в Казахстан.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сигма -> Казахстан']);
  });

  it('a relative clause finds its subject before it', async () => {
    const r = await run('Компания «Альфа», которая поставляет трубы в Казахстан, открыла филиал.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Казахстан']);
  });
});

describe('a body with a place in its name', () => {
  it('the place inside the subject is no second party of a deal', async () => {
    const r = await run('Правительство Ставропольского края заключило контракт с МАЗом на поставку автобусов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Правительство Ставропольского края']);
  });
});

describe('words of a name', () => {
  it("a supply word inside a project's name is no trigger", async () => {
    const r = await run('Башкортостан и Турция обсудили проект в рамках национального проекта «Кооперация и экспорт».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it("a place inside a body's name does not supply the body", async () => {
    const r = await run('В правительстве Калужской области обсудили поставки тракторов МТЗ.');
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES Калужская область -> Правительство Калужской области');
  });
});

describe('goods made with parts of another company', () => {
  it('"выпускает автобусы с двигателями ЯМЗ": the part maker supplies the maker', async () => {
    const r = await run('Завод «Альфа» выпускает автобусы с двигателями ЯМЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES ЯМЗ -> Альфа']);
  });

  it('"с компанией X" is a partner, not a part', async () => {
    const r = await run('Завод «Альфа» выпускает автобусы с компанией «Бета».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('brands of the goods', () => {
  it('the tractor brand «Беларус» is МТЗ, and a buyer region is the recipient', async () => {
    const r = await run('Курганская область закупит 40 тракторов «Беларус».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Курганская область']);
  });

  it('quotes do not count in the distance from the trigger to the brand', async () => {
    const r = await run('Курганская область получит не менее 30 машинокомплектов для сборки мини-тракторов «Беларус».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Курганская область']);
  });
});

describe('goods made for someone', () => {
  it('the maker supplies whom «для» names, a group standing for its place', async () => {
    expect(rels(await run('Завод «Вектор» собирает комбайны для казахстанских фермеров.'))).toEqual([
      'SUPPLIES Вектор -> Казахстан',
    ]);
    expect(rels(await run('Завод «Вектор» будет выпускать детали для Минского автомобильного завода.'))).toEqual([
      'SUPPLIES Вектор -> МАЗ',
    ]);
  });

  it("parts made for a place's machines go to that place, by verb or by noun of making", async () => {
    expect(rels(await run('Тверские заводы выпускают узлы для гомельских комбайнов.'))).toEqual([
      'SUPPLIES Тверская область -> Гомельская область',
    ]);
    expect(rels(await run('Тверские заводы наладили выпуск узлов для гомельской техники.'))).toEqual([
      'SUPPLIES Тверская область -> Гомельская область',
    ]);
  });

  it('«для» put first, a placed group, or «для нужд» a place, names the recipient too', async () => {
    expect(rels(await run('Для казахстанских фермеров завод «Вектор» соберёт 40 комбайнов.'))).toEqual([
      'SUPPLIES Вектор -> Казахстан',
    ]);
    expect(rels(await run('Для нужд Тюменской области завод «Вектор» соберёт 40 комбайнов.'))).toEqual([
      'SUPPLIES Вектор -> Тюменская область',
    ]);
  });

  it('the plant after «на» is the maker when the verb has no subject', async () => {
    const r = await run('На заводе «Вектор» начали собирать комбайны для казахстанских фермеров.');
    expect(rels(r)).toEqual(['SUPPLIES Вектор -> Казахстан']);
  });

  it('making without «для» supplies no one, wherever it is', async () => {
    expect(rels(await run('Завод «Вектор» собирает комбайны и тракторы.'), 'SUPPLIES')).toEqual([]);
    expect(rels(await run('Завод «Вектор» будет собирать комбайны в Казахстане.'), 'SUPPLIES')).toEqual([]);
  });
});

describe('orders', () => {
  it('who orders from a company buys from it', async () => {
    expect(rels(await run('Курганская область заказала у компании «Вектор» 30 автобусов.'))).toEqual([
      'SUPPLIES Вектор -> Курганская область',
    ]);
  });

  it('who receives an order supplies whoever placed it', async () => {
    expect(rels(await run('Компания «Вектор» получила заказ от Казахстана на изготовление 100 вагонов.'))).toEqual([
      'SUPPLIES Вектор -> Казахстан',
    ]);
    expect(rels(await run('Компания «Вектор» получила из Казахстана 100 тонн зерна.'))).toEqual([
      'SUPPLIES Казахстан -> Вектор',
    ]);
  });

  it('the order may follow the phrase of who placed it', async () => {
    const r = await run('Компания «Вектор» получила от узбекских партнёров заказ на 2 тысячи тонн муки.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектор -> Узбекистан']);
  });

  it('a deal «на поставку» between two sides: the company supplies', async () => {
    const r = await run(
      'Между ОАО «Вектор» и правительством Курганской области подписан контракт на поставку 50 автобусов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектор -> Правительство Курганской области']);
  });
});

describe('an order «на поставку» with a destination', () => {
  it('who takes it supplies the destination', async () => {
    const r = await run('Компания «Кургандормаш» получила заказ на поставку 20 машин в Беларусь.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кургандормаш -> Беларусь']);
    // «из» still names where the order came from, as in «получила заказ из Китая».
    const s = await run('Компания «Кургандормаш» получила заказ на поставку 20 машин из Китая.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Кургандормаш -> Китай']);
  });
});

describe('the object put first, the subject after the verb', () => {
  it('the name after the verb that agrees with it is the buyer', async () => {
    const r = await run('Тракторы «Беларус» закупит Курганская область.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Курганская область']);
    const s = await run('Белорусские автобусы приобрела Пенза.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Пенза']);
  });

  it('a maker in the genitive of the fronted goods supplies them', async () => {
    const r = await run('Вагоны завода «Кедр» получит Пермь.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Пермь']);
    const s = await run('Остальные трамваи предприятия «Кедр» закупят Саратов и Энгельс.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Саратов', 'SUPPLIES Кедр -> Энгельс']);
  });

  it('conjoined names after a plural verb are its buyers', async () => {
    const r = await run('Тракторы «Беларус» уже закупили Курган и Шадринск.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Курган', 'SUPPLIES МТЗ -> Шадринск']);
  });

  it('places after a verb of buying are its buyers though the fronted goods agree with it too', async () => {
    const r = await run('Белорусские тракторы закупили Курганская и Тюменская области.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Беларусь -> Курганская область',
      'SUPPLIES Беларусь -> Тюменская область',
    ]);
  });

  it('a subject before the verb keeps its role', async () => {
    const r = await run('Курганская область закупит тракторы «Беларус».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Курганская область']);
  });
});

describe('goods made in a place as the subject of a passive supply verb', () => {
  it('the place of making supplies', async () => {
    const r = await run('Произведённая в Удмуртии мебель будет поставляться в Казахстан.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Удмуртская Республика -> Казахстан']);
    const s = await run(
      'На территории Беларуси появятся новые производства, продукция которых будет поставляться в Россию.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Россия']);
  });

  it('a place named without a word of making supplies nothing', async () => {
    const r = await run('В Удмуртии мебель будет поставляться в Казахстан по железной дороге.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('parts of a place in made goods', () => {
  it('the place adjective of a part noun after a verb of making supplies the maker', async () => {
    const r = await run('Завод «Омега» собирает экскаваторы на базе японских комплектующих.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Япония -> Омега']);
  });

  it("parts from the maker's own place are no exchange", async () => {
    const r = await run('Тверской завод «Омега» выпускает вагоны из тверских комплектующих.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('goods of a place at work somewhere', () => {
  it("«белорусские лифты работают в X, Y и Z»: the adjective's place supplied every place of the list", async () => {
    const r = await run(
      'Министр отметил, что белорусские лифты уже работают в Ставрополе, Пятигорске и Невинномысске.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Беларусь -> Невинномысск',
      'SUPPLIES Беларусь -> Пятигорск',
      'SUPPLIES Беларусь -> Ставрополь',
    ]);
  });

  it('companies, people or know-how of a place at work are no goods', async () => {
    for (const text of [
      'Белорусские компании работают в Ставрополе.',
      'Белорусские специалисты работают в Ставрополе.',
      'Белорусский опыт используется в Ставрополе.',
    ]) {
      const r = await run(text);
      expect(rels(r, 'SUPPLIES')).toEqual([]);
    }
  });
});

describe('goods in use with the place put first', () => {
  it('"В X работают автобусы Y" supplied Y\'s goods to X', async () => {
    const r = await run('В Сызрани работают автобусы МАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Сызрань']);
    const s = await run('Сейчас в Сызрани работают более 40 тракторов МТЗ.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Сызрань']);
  });

  it('a place in the genitive of a noun of where goods work («на предприятиях X») receives', async () => {
    const r = await run('На предприятиях Вологодской области работают комбайны «Гомсельмаш».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомсельмаш -> Вологодская область']);
  });

  it('the place after coordinated nouns of one preposition receives («на разрезах и рудниках X»)', async () => {
    const r = await run('На угольных разрезах и медных рудниках Хакасии работают самосвалы БелАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Республика Хакасия']);
  });

  it('the region a bare «области» refers back to receives', async () => {
    const r = await run(
      'Губернатор Вологодской области Олег Кувшинов посетил Минск. На предприятиях области работают автобусы МАЗ.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Вологодская область']);
    const s = await run('Вологодская область расширяет связи с Беларусью. В области работают тракторы МТЗ.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Вологодская область']);
  });

  it('a place and a company in a row with no comma or «и» are no list of recipients', async () => {
    const r = await run('В Сызрани работают автобусы МАЗ.');
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES МАЗ -> МАЗ');
    expect(rels(r)).toHaveLength(1);
  });
});

describe('buying in a place', () => {
  it('a verb of buying takes the place in the locative as the source', async () => {
    const r = await run('Забайкальские аграрии закупают в Монголии скот.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Монголия -> Забайкальский край']);
  });

  it('a place noun referring back, in the locative, is the source as a name would be', async () => {
    const r = await run(
      'Забайкальский край и Монголия нарастили товарооборот. Монгольская сторона закупает в регионе пиломатериалы.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Забайкальский край -> Монголия']);
  });

  it('a place in the accusative after a verb of buying is no source', async () => {
    const r = await run('Компания «Омега» закупила в регион 20 автобусов.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('the buyer named in the next sentence', () => {
  it('receives what the sentence before supplied', async () => {
    const r = await run(
      'Курганская область поставила в Казахстан 30 тысяч тонн пшеницы. Главным покупателем стала Костанайская область.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Курганская область -> Казахстан',
      'SUPPLIES Курганская область -> Костанайская область',
    ]);
  });
});

describe('a passive participle of supplying', () => {
  it('takes its agent from the supply of the sentence before', async () => {
    const r = await run('Завод «Омега» отгрузил тракторы в Монголию. Первая партия отправлена в Сэлэнгэский аймак.');
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Омега -> Сэлэнгэский аймак');
  });

  it('with no supply before, names no supplier', async () => {
    const r = await run('Губернатор осмотрел выставку. Первая партия отправлена в Монголию.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('the agent of a passive verb of supplying', () => {
  it('in the instrumental, on its own or after a company noun, supplies', async () => {
    const r = await run('Комбайны для Псковской области будут отгружены компанией «Сож».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сож -> Псковская область']);
    expect(r.relations[0]?.attributes).toMatchObject({ product: 'комбайны' });
    const s = await run('Удобрения экспортируются Брестской областью в Монголию.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Монголия']);
    const t = await run('В Монголию заводом «Омега» отправлено 12 тракторов.');
    expect(rels(t, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Монголия']);
    expect(t.relations[0]?.attributes).toMatchObject({ product: 'тракторы', quantity: 12 });
  });

  it('a comitative «с» partner is no agent', async () => {
    const r = await run('Комбайны отгружены в Монголию вместе с заводом «Омега».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('two companies signing for a delivery', () => {
  it('the one at home in the destination receives; the other supplies', async () => {
    const r = await run(
      'ТОО «Павлодар Энерго» и омская компания «Сибирский кабель» подписали контракт на поставку 300 километров кабеля в Казахстан.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сибирский кабель -> Казахстан']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Павлодар Энерго -> Сибирский кабель']);
  });
});

describe('a destination named by a place adjective', () => {
  it('"поставят на омские элеваторы" delivers to the place', async () => {
    const r = await run('Павлодарские аграрии поставят на омские элеваторы 50 тысяч тонн пшеницы.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Павлодарская область -> Омская область']);
  });

  it('a place adjective in the locative is where, not whither', async () => {
    const r = await run('Завод «Омега» поставит технику в омских хозяйствах.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Завод «Омега» поставит технику в омские хозяйства.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Омега -> Омская область']);
  });
});

describe('goods «производства X» at work', () => {
  it('were supplied by X, a country or a company, which is not placed there', async () => {
    const r = await run('В Бурятии работают машины производства Беларуси.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Республика Бурятия']);
    const s = await run('Автобусы производства Минского автозавода работают в Чите.');
    expect(rels(s)).toEqual(['SUPPLIES МАЗ -> Чита']);
  });
});

describe('the owner of the destination noun', () => {
  it('«на конвейер «X»», «на заводы группы Y»: the owner named in the genitive receives', async () => {
    const r = await run('Компания «Кедр» будет поставлять детали на конвейер «Автотора».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Автотор']);
    const s = await run('Компания «Кедр» будет поставлять детали на заводы группы ГАЗ.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> ГАЗ']);
  });
});

describe('places of the destination noun', () => {
  it('«на фабрики Минска и Бреста»: the genitive places of an accusative destination receive, all of the list', async () => {
    const r = await run('Костромская область поставляет лён на фабрики Гомеля и Орши.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Костромская область -> Гомель',
      'SUPPLIES Костромская область -> Орша',
    ]);
  });

  it('«на фабрики в Гомеле и Орше»: every place of the list after the verb', async () => {
    const r = await run('Костромская область поставляет лён на фабрики в Гомеле и Орше.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Костромская область -> Гомель',
      'SUPPLIES Костромская область -> Орша',
    ]);
  });
});

describe('a fronted «для» phrase with a plural company noun before the subject', () => {
  it('«Для тверских предприятий МАЗ поставит …»: МАЗ is the subject, not the genitive of the noun, and is not placed', async () => {
    const r = await run('Для тверских предприятий МАЗ поставит 40 самосвалов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Тверская область']);
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });

  it('a compound of «предприятие» stands for its place as «предприятие» does', async () => {
    const r = await run('МАЗ поставит 40 самосвалов для тверских автопредприятий.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Тверская область']);
  });
});

describe('export and import joined by «а» with one subject', () => {
  it('the importing part trades with the exporting part’s partner, the other way', async () => {
    const r = await run('Белорусская сторона экспортирует в Монголию масло, а импортирует шерсть.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Монголия', 'SUPPLIES Монголия -> Беларусь']);
  });

  it('a part with its own source or subject keeps it', async () => {
    const r = await run('Омская область поставляет в Казахстан зерно, а закупает в Китае технику.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Омская область -> Казахстан', 'SUPPLIES Китай -> Омская область']);
  });
});

describe('parts for a place’s goods', () => {
  it('«поставляет для белорусских самосвалов кабины» supplies the place the goods are made in', async () => {
    const r = await run('Компания «Ритм» поставляет для белорусских комбайнов ремни.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Ритм -> Беларусь']);
  });
});

describe('makers of goods in use, listed', () => {
  it('every brand of «машин МАЗ и БелАЗ» supplied the place, and none works there as a company', async () => {
    const r = await run('В Якутии работают более 300 машин МАЗ и БелАЗ.');
    expect(rels(r)).toEqual(['SUPPLIES МАЗ -> Республика Саха (Якутия)', 'SUPPLIES БелАЗ -> Республика Саха (Якутия)']);
    const s = await run('В Якутии работают самосвалы БелАЗ и тракторы МТЗ.');
    expect(rels(s, 'SUPPLIES')).toEqual([
      'SUPPLIES БелАЗ -> Республика Саха (Якутия)',
      'SUPPLIES МТЗ -> Республика Саха (Якутия)',
    ]);
  });
});

describe('goods at work named by a participle', () => {
  it('«самосвалы X, работающие на разрезах Y»: the maker supplied the place', async () => {
    const r = await run('Самосвалы БелАЗ, работающие на рудниках Хакасии, прошли ремонт.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Республика Хакасия']);
  });

  it('people at work are no goods', async () => {
    const r = await run('Инженеры компании «Ритм», работающие в Хакасии, прошли обучение.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('the goods of a purchase specified in a later sentence', () => {
  it('their brands supply whoever bought, past a sentence that only says who reported it', async () => {
    const r = await run(
      'Псковская область закупит у белорусских производителей 150 единиц техники. Об этом сообщили в пресс-службе. Основная часть закупок придётся на тракторы МТЗ и комбайны «Гомсельмаш».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Беларусь -> Псковская область',
      'SUPPLIES МТЗ -> Псковская область',
      'SUPPLIES Гомсельмаш -> Псковская область',
    ]);
  });

  it('a sentence that names a party of its own is no specification', async () => {
    const r = await run(
      'Псковская область закупит у белорусских производителей 150 единиц техники. Основная часть закупок Тверской области придётся на тракторы МТЗ.',
    );
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES МТЗ -> Псковская область');
  });
});

describe('a company inside the name of its facility', () => {
  it('is not placed where the facility opened', async () => {
    const r = await run('В Пскове открылся дилерский центр Минского тракторного завода.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN дилерский центр Минского тракторного завода -> Псков']);
  });
});

describe('goods of a place and a maker as the subject of a verb of goods at work', () => {
  it('«Белорусские автобусы МАЗ курсируют по улицам X»: the place and the maker both supply', async () => {
    const r = await run('Белорусские троллейбусы «Белкоммунмаш» курсируют по улицам Твери.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Тверь', 'SUPPLIES Белкоммунмаш -> Тверь']);
  });
});

describe('goods that appear somewhere', () => {
  it('came there from their maker or their place', async () => {
    const r = await run('Троллейбусы производства «Вектора» появятся в Рязани весной.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектор -> Рязань']);
    const s = await run('На улицах Рязани появились гомельские троллейбусы.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Гомельская область -> Рязань']);
  });

  it('a plant, an office or a chance that appears was not delivered', async () => {
    const r = await run('В Рязани появится представительство компании «Вектор».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('В Рязани появится гомельский завод.');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });
});

describe('where a buyer buys', () => {
  it('a place after another verb of the sentence is not where the goods were bought', async () => {
    const r = await run('Компания «Вектор» закупает зерно у фермеров и перерабатывает его на заводе в Гомеле.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Компания «Вектор» закупает в Гомеле зерно.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Гомель -> Вектор']);
  });
});

describe('goods offered to someone', () => {
  it('are a plan to supply them, the dative receiving', async () => {
    const r = await run('Компания «Вектор» предлагает казахстанским аграриям сеялки и культиваторы.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектор -> Казахстан']);
  });

  it('not help, terms, a site or what an infinitive proposes', async () => {
    for (const text of [
      'Минская область предложила Тверской области сотрудничество в сфере туризма.',
      'Компания «Вектор» предложила тверским инвесторам площадку в Орше.',
      'Губернатор предложил белорусским коллегам провести форум в Твери.',
    ])
      expect(rels(await run(text), 'SUPPLIES')).toEqual([]);
  });
});

describe('a supplier named after the verb', () => {
  it('a quoted name after the verb is its subject, the goods fronted', async () => {
    const r = await run('Кабины в Оршу поставляет компания «Гамма».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гамма -> Орша']);
    // Adjectives before the company noun.
    const b = await run('Кабины в Оршу поставляет смоленская компания «Гамма».');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Гамма -> Орша']);
    // Its place adjective is where it is, not a market the goods go to.
    const c = await run('Технику поставит минское предприятие «Гамма».');
    expect(rels(c, 'SUPPLIES')).toEqual([]);
  });

  it('a part with its own supplier keeps the recipient of the part before', async () => {
    for (const text of [
      'Комбинат «Дельта» получает сырьё из Казахстана: уголь поставляет компания «Омега».',
      'Комбинат «Дельта» получает сырьё из Казахстана, а уголь поставляет компания «Омега».',
    ]) {
      const r = await run(text);
      expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Казахстан -> Дельта', 'SUPPLIES Омега -> Дельта']);
    }
  });

  it('a gapped part with the object before the dash names a new supplier after it', async () => {
    const r = await run(
      'Комбинат «Дельта» получает сырьё из Казахстана: уголь поставляет компания «Омега», а руду — завод «Сигма».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Казахстан -> Дельта',
      'SUPPLIES Омега -> Дельта',
      'SUPPLIES Сигма -> Дельта',
    ]);
  });

  it('the buyer of the part before supplies nothing in the part after', async () => {
    const r = await run('Комбинат «Дельта» закупает у казахстанских шахт сырьё: уголь поставляет завод.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Казахстан -> Дельта']);
  });
});

describe('goods at work in a reported clause', () => {
  it('the place opens the clause of the verb, not the sentence', async () => {
    for (const text of [
      'Губернатор напомнил, что в Пензе работают автобусы «Дельты».',
      'По его словам, в Пензе работают автобусы «Дельты».',
    ])
      expect(rels(await run(text), 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Пенза']);
  });

  it('a place in the clause before is not where the goods work', async () => {
    const r = await run('Губернатор Пензенской области заявил, что на дорогах работают автобусы «Дельты».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('what a relative clause and a copula subject hold', () => {
  it('a place in a relative clause after the supplier receives nothing', async () => {
    const r = await run(
      'Основным поставщиком остаётся завод «Дельта», который собирает машины на заводе «Омега» в Костанае.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Дельта -> Омега']);
  });

  it('conjuncts of a subject after a copula all supply', async () => {
    const r = await run(
      'Казахстан закупил в Беларуси грузовики. Основными поставщиками являются компании «Дельта» и «Омега».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Беларусь -> Казахстан',
      'SUPPLIES Дельта -> Казахстан',
      'SUPPLIES Омега -> Казахстан',
    ]);
    const b = await run('Казахстан закупил в Беларуси грузовики. Основными поставщиками являются МАЗ и БелАЗ.');
    expect(rels(b, 'SUPPLIES')).toEqual([
      'SUPPLIES Беларусь -> Казахстан',
      'SUPPLIES МАЗ -> Казахстан',
      'SUPPLIES БелАЗ -> Казахстан',
    ]);
  });
});

describe('a noun of buying governed by a verb', () => {
  it('the subject of the verb is the buyer, «у» the seller', async () => {
    for (const text of [
      'ГУП «Дормост» рассматривает закупку катков у холдинга «Амкодор».',
      'Компания «Дормост» планирует покупку катков у холдинга «Амкодор».',
    ])
      expect(rels(await run(text), 'SUPPLIES')).toEqual(['SUPPLIES Амкодор -> Дормост']);
  });

  it('two sides that discuss a purchase do not buy from each other', async () => {
    const r = await run('Брестская область и Смоленская область обсудили закупку тракторов.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('goods for the bodies or fleets of a place', () => {
  it('go to the place («для муниципалитетов», «автопаркам»)', async () => {
    const r = await run(
      'Губернатор предложил организовать поставки белорусских автобусов для муниципалитетов Тульской области.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Тульская область']);
    const s = await run('Компания «Альфа» поставит 50 автобусов автопаркам Тулы.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Тула']);
  });
});

describe('goods for people of a place named by an agent noun in «-тель»', () => {
  it('go to the place («для лесозаготовителей Карелии»)', async () => {
    const r = await run('Посол видит потенциал в поставках белорусских тракторов для лесозаготовителей Карелии.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Республика Карелия']);
  });

  it('a device in «-тель» is goods of its maker, not a group (guard, passes either way)', async () => {
    const r = await run('Завод «Альфа» поставит в Карелию двигатели МАЗ.');
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Альфа -> Республика Карелия');
  });
});

describe('two companies sign for a delivery to a place neither is at home in', () => {
  it('the one placed elsewhere supplies: the goods come from outside', async () => {
    const r = await run(
      'Компания «Вектор» и турецкая корпорация «Анкара Машин» подписали контракт на поставку в Тульскую область 30 станков.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Анкара Машин -> Тульская область']);
  });

  it('with neither placed, both conjuncts of the subject stay suppliers (guard, passes either way)', async () => {
    const r = await run(
      'Компания «Вектор» и корпорация «Бета» подписали контракт на поставку в Тульскую область 30 станков.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Бета -> Тульская область',
      'SUPPLIES Вектор -> Тульская область',
    ]);
  });
});

describe('coordinated verbs of supply and buying', () => {
  it('a second verb joined by «и» has its own arguments and shares the subject', async () => {
    const r = await run('Тамбовская область поставляет в Беларусь сахар и закупает белорусские тракторы.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Беларусь -> Тамбовская область',
      'SUPPLIES Тамбовская область -> Беларусь',
    ]);
  });

  it('also after «, а также» and with infinitives after a modal word', async () => {
    const r = await run(
      'Липецкая область готова продавать в Казахстан удобрения, а также покупать казахстанское зерно.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Липецкая область',
      'SUPPLIES Липецкая область -> Казахстан',
    ]);
  });

  it('two verbs side by side share one object (guard, passes either way)', async () => {
    const r = await run('Компания «Дельта» поставляет и монтирует лифты в Гомельской области.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Дельта -> Гомельская область']);
  });
});

describe('the subject after the verb, a destination before it', () => {
  it('a name in a prepositional phrase before the verb is not a rival subject', async () => {
    const r = await run('Станки в Казахстан поставит завод «Кедр».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
  });

  it('a quoted name with no noun before it agrees by its own word', async () => {
    const r = await run('Станки в Казахстан поставит «Агромаш».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Агромаш -> Казахстан']);
  });

  it('a singular name before the verb may be its subject (guard, passes either way)', async () => {
    const r = await run('Казахстан поставит завод «Кедр» в Тулу.');
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES Кедр -> Казахстан');
  });
});

describe('a market named by its place in the genitive', () => {
  it('«на рынок» or «для потребителей» with a place in the genitive: the place receives', async () => {
    const r = await run('Брестская область увеличит поставки мясной продукции на рынок Башкортостана.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Республика Башкортостан']);
    const b = await run('Витебская область наладила поставки льна для потребителей Казахстана.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Казахстан']);
  });

  it('a place noun in that genitive refers back to the place named before', async () => {
    const r = await run(
      'Алтайский край посетили грузинские виноделы. Грузинские компании заинтересованы в поставках вина на рынок края.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Грузия -> Алтайский край']);
  });
});

describe('a company inside a project phrase', () => {
  it('named past a preposition of the project, it is what the project serves, no recipient', async () => {
    const r = await run(
      'Соглашение предусматривает поставки белорусского молока на рынок Удмуртии, а также открытие в Ижевске сервисного центра для тракторов МТЗ.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Удмуртская Республика']);
  });
});

describe('goods on offer somewhere', () => {
  it("a maker's goods «представлены» in a place were supplied there", async () => {
    const r = await run('Продукция компании «Кедр» представлена в торговых сетях Алтайского края.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Алтайский край']);
    const b = await run('Витебская продукция широко представлена на рынке Якутии.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Республика Саха (Якутия)']);
  });

  it('goods shown at an event, or shown by their maker, are no supply (guard, passes either way)', async () => {
    const r = await run('На выставке в Якутске была представлена продукция компании «Кедр».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const b = await run('Компания «Кедр» представила в Якутске новый трактор.');
    expect(rels(b, 'SUPPLIES')).toEqual([]);
  });

  it('the companies given as examples of the recipients receive too, past a repeated preposition', async () => {
    const r = await run('Комбинат «Двина» отгружает лён на ивановские предприятия, в том числе на фабрику «Ткач».');
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Двина -> Ивановская область', 'SUPPLIES Двина -> Ткач']);
    const s = await run(
      'Комбинат «Двина» поставляет сырьё предприятиям Ивановской области, включая фабрику «Ткач» и комбинат «Шёлк».',
    );
    expect(rels(s, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Двина -> Ивановская область',
      'SUPPLIES Двина -> Ткач',
      'SUPPLIES Двина -> Шёлк',
    ]);
  });

  it('a phrase of another preposition after the example phrase is no example of the recipients (guard, passes either way)', async () => {
    const r = await run('Комбинат «Двина» отгружает лён в Ивановскую область, в том числе с помощью компании «Ткач».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Двина -> Ивановская область']);
  });
});

describe('goods listed with their makers, one with a legal form', () => {
  it('each maker supplies; a name after «ОАО» is the goods noun’s dependent, no agent of the passive', async () => {
    const r = await run(
      'В Удмуртию поставляются лифты «Могилевлифтмаша», шины «Белшины» и продукция ОАО «Лидская крынка».',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Белшина -> Удмуртская Республика',
      'SUPPLIES Лидская крынка -> Удмуртская Республика',
      'SUPPLIES Могилевлифтмаш -> Удмуртская Республика',
    ]);
  });
});

describe('a verb of support before a noun of supply', () => {
  it('its subject supports the supply and is no side of it', async () => {
    const r = await run('Фонд «Экспорт» поддержал поставки в Киргизию.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Фонд «Экспорт» поддержал поставки белорусских сеялок в Киргизию.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Киргизия']);
  });

  it('a verb of starting supplies makes its subject the supplier (guard, passes either way)', async () => {
    const r = await run('Компания «Кедр» наладила поставки в Киргизию.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Киргизия']);
  });
});
