/**
 * Supplier and recipient come from the trigger's frame: the subject of a
 * selling verb supplies, the subject of a buying verb receives; "у/из X" is
 * the source, "в/для X" the destination; a noun trigger's genitive or place
 * adjective names the goods' origin. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

describe('supply frames', () => {
  it('a selling verb: the subject supplies, "в" + accusative receives', async () => {
    const r = await run('Гомельская область поставляет в Смоленскую область молочную продукцию.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомельская область -> Смоленская область']);
  });

  it('a buying verb: the subject receives, "у" + genitive supplies', async () => {
    const r = await run('Курганская область закупит у Беларуси 40 тракторов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Курганская область']);
  });

  it('a buying verb with the origin as a place adjective of the goods', async () => {
    const r = await run('Казахстан импортирует белорусские грузовики и автобусы.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Казахстан']);
  });

  it('"получит из X": the subject receives from the source', async () => {
    const r = await run('Псковская область получит из Беларуси партию автобусов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Псковская область']);
  });

  it('a noun trigger: the place adjective of the goods supplies, "в" receives', async () => {
    const r = await run('Поставки белорусской техники в Тверскую область выросли вдвое.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Тверская область']);
  });

  it('a coordinated list of destinations shares the preposition', async () => {
    const r = await run('Завод отгружает лифты в Брянскую, Орловскую и Курскую области.', 'Лифты');
    const r2 = await run('Беларусь поставляет лифты в Брянскую область, Орловскую область и Курскую область.');
    expect(rels(r2, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Беларусь -> Брянская область',
      'SUPPLIES Беларусь -> Курская область',
      'SUPPLIES Беларусь -> Орловская область',
    ]);
    expect(r.relations.every((x) => x.type !== 'SUPPLIES' || x.origin !== 'text' || x.source !== x.target)).toBe(true);
  });

  it('"на белорусский рынок": the market adjective receives', async () => {
    const r = await run('Калужская область поставляет на белорусский рынок автомобильные комплектующие.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Калужская область -> Беларусь']);
  });

  it('no supply without a trigger, and "получить поддержку" is no purchase', async () => {
    const r = await run('Тульская область получила поддержку Беларуси в реализации программы.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('modality: a future perfective verb is a plan, a past one a fact', async () => {
    const plan = await run('Беларусь поставит в Омскую область 50 автобусов.');
    expect(attributesOf(plan, 'SUPPLIES', 'Беларусь', 'Омская область')?.modality).toBe('plan');
    const fact = await run('Беларусь поставила в Омскую область 50 автобусов.');
    expect(attributesOf(fact, 'SUPPLIES', 'Беларусь', 'Омская область')?.modality).toBe('fact');
    const intention = await run('Беларусь намерена поставлять в Омскую область автобусы.');
    expect(attributesOf(intention, 'SUPPLIES', 'Беларусь', 'Омская область')?.modality).toBe('intention');
  });
});

describe('passive supply verbs', () => {
  it('the goods are the subject; their owner or origin supplies', async () => {
    const a = await run('Белорусская техника поставляется в Новгородскую область.');
    expect(rels(a, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Новгородская область']);
    const b = await run('Продукция заводов Беларуси будет поставляться в Омскую область.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Омская область']);
    const c = await run('Комбайны поступили в Алтайский край из Беларуси.');
    expect(rels(c, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Алтайский край']);
  });
});

describe('reflexive passives and capitalised generic states', () => {
  it('"из X в Y экспортируется" supplies X → Y', async () => {
    const r = await run('Из Архангельской области в Беларусь экспортируется лес.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Архангельская область -> Беларусь']);
  });

  it('"между Республикой и российским регионом": the capitalised generic is the state named before', async () => {
    const r = await run(
      'Губернатор Архангельской области встретился с послом Беларуси. Товарооборот между Республикой и российским регионом вырос вдвое.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Архангельская область -> Беларусь']);
  });
});

describe('export deals and reciprocal supplies', () => {
  it('"экспортный контракт с X": the subject exports to the partner', async () => {
    const r = await run('Пензенская область подписала экспортный контракт с Республикой Беларусь.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Пензенская область -> Беларусь']);
  });

  it('«экспортный» on a noun that is no deal is no trigger: a later noun of supply is', async () => {
    const r = await run('Посольство Беларуси провело презентацию экспортного потенциала Гомельской области.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Экспортные поставки Гомельской области в Китай выросли.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Гомельская область -> Китай']);
  });

  it('"X и Y поставляют друг другу": both directions', async () => {
    const r = await run('Завод «Тверьлифт» и компания «Гродномаш» договорились поставлять друг другу комплектующие.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Гродномаш -> Тверьлифт', 'SUPPLIES Тверьлифт -> Гродномаш']);
  });

  it('"X и Y договорились о взаимных поставках": both directions too', async () => {
    const r = await run('Тверская и Гродненская области договорились о взаимных поставках стройматериалов.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Гродненская область -> Тверская область',
      'SUPPLIES Тверская область -> Гродненская область',
    ]);
  });

  it('a place adjective that describes one of the companies is no side of the mutual supply', async () => {
    const r = await run('Тверской завод «Лифт» и гродненское ОАО «Гроднопласт» договорились о взаимных поставках.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Гроднопласт -> Лифт', 'SUPPLIES Лифт -> Гроднопласт']);
  });

  it('a place adjective of an agent noun after "у" is the seller, whatever the noun', async () => {
    for (const noun of ['предприятий', 'компаний', 'производителей']) {
      const r = await run(`Омская область закупает у белорусских ${noun} технику.`);
      expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Омская область']);
    }
  });

  it('a market noun in the dative is still the recipient', async () => {
    const r = await run('Завод «Альфа» поставляет продукцию российским предприятиям.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Россия']);
  });

  it('the maker named after the goods supplies them ("комбайнов «Гомсельмаш»")', async () => {
    const r = await run('Хозяйства Тамбовской области получили 30 комбайнов «Гомсельмаш».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомсельмаш -> Тамбовская область']);
  });

  it('goods in use somewhere were supplied there; their brand is no company working there', async () => {
    const r = await run('В Якутии эксплуатируются более 200 самосвалов БелАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Республика Саха (Якутия)']);
    const s = await run('На предприятиях Кузбасса работает свыше 500 самосвалов БелАЗ.');
    expect(rels(s, 'LOCATED_IN')).toEqual([]);
  });
});

describe('the instrumental agent of a noun of buying or supplying', () => {
  it('buys, after a noun of buying; supplies, after a noun of supplying', async () => {
    const buying = await run('Обсуждались закупки удмуртской лесной продукции предприятиями Гродненской области.');
    expect(rels(buying, 'SUPPLIES')).toEqual(['SUPPLIES Удмуртская Республика -> Гродненская область']);
    const supplying = await run('Обсуждались поставки удобрений в Удмуртию компанией «Гродно Азот».');
    expect(rels(supplying, 'SUPPLIES')).toEqual(['SUPPLIES Гродно Азот -> Удмуртская Республика']);
  });

  it('an instrumental of means is no agent (guard, passes either way)', async () => {
    const r = await run('Обсуждались поставки удобрений в Удмуртию железнодорожным транспортом.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('supplies discussed in talks', () => {
  it("one side's goods with no destination go to the other side of the talks", async () => {
    const r = await run(
      'Губернатор Ярославской области обсудил с послом Беларуси расширение поставок белорусской техники.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Ярославская область']);
  });

  it('a company placed by its adjective is the side that signs, not its region', async () => {
    const r = await run(
      'Ярославский моторный завод «Автодизель» подписал с Минским автомобильным заводом контракт на поставку двигателей.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES МАЗ -> ЯМЗ']);
  });
});

describe('supplies of goods from elsewhere', () => {
  it("the subject interested in another place's goods receives them", async () => {
    const r = await run('Китайская сторона заинтересована в поставках новосибирского оборудования для энергетики.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Новосибирская область -> Китай']);
  });

  it('"в провинцию" refers back to the province named before', async () => {
    const r = await run(
      'Губернатор встретился с вице-губернатором провинции Хэйлунцзян. Новосибирские аграрии готовы экспортировать в провинцию рапс.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Новосибирская область -> Хэйлунцзян']);
  });
});

describe('a supplier named in the next sentence', () => {
  it('"Их изготовит X" after a supply with a recipient only', async () => {
    const r = await run('В Челябинскую область поставят 300 тракторов. Их изготовит Минский тракторный завод.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Челябинская область']);
    const s = await run('Омская область закупит 40 комбайнов. Их произведет «Гомсельмаш».');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Гомсельмаш -> Омская область']);
  });

  it('not a company the next sentence only mentions', async () => {
    const r = await run('В Челябинскую область поставят 300 тракторов. Губернатор посетил завод «Альфа».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('«поставить» as «to set»', () => {
  it('only with such an object of its own: a condition elsewhere in the sentence sets nothing', async () => {
    const r = await run('По условиям договора завод «Альфа» поставит в Тулу пряжу.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Тула']);
    const s = await run('Губернатор поставил перед заводом «Альфа» задачу выйти на рынок Казахстана.');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });
});

describe('brands of goods coordinated with their counts', () => {
  it('each supplies, a quoted brand first or second', async () => {
    const a = await run('В Курганскую область поставлены 40 тракторов «Беларус» и 15 самосвалов БЕЛАЗ.');
    expect(rels(a, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES БелАЗ -> Курганская область',
      'SUPPLIES МТЗ -> Курганская область',
    ]);
    const b = await run('В Курганскую область поставлены 15 самосвалов БЕЛАЗ и 40 тракторов «Беларус».');
    expect(rels(b, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES БелАЗ -> Курганская область',
      'SUPPLIES МТЗ -> Курганская область',
    ]);
  });
});

describe('suppliers named in the plural', () => {
  it('«Основными поставщиками являются X и Y»: each supplies whoever received before', async () => {
    const r = await run(
      'Приморский край ежегодно закупает в Брестской области сыры. Основными поставщиками являются ОАО «Альфа» и ОАО «Бета».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(
      expect.arrayContaining(['SUPPLIES Альфа -> Приморский край', 'SUPPLIES Бета -> Приморский край']),
    );
  });

  it('a genitive of whose supplier between the noun and the copula («экспортёром региона остаётся X»)', async () => {
    const r = await run(
      'Тамбовская область поставила в Армению муку. Крупнейшим экспортёром региона остаётся ОАО «Альфа».',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Альфа -> Армения');
    const s = await run('Армения закупила муку. Крупнейшим поставщиком Армении стало ОАО «Альфа».');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Армения']);
  });
});

describe('buyers named in one list joined by «, а также»', () => {
  it('each receives what the sentence before supplied', async () => {
    const r = await run(
      'ОАО «Кедр» отгрузило российским потребителям миллион шин. Основными покупателями остаются компании Кузбасса, а также автозаводы КАМАЗ и ГАЗ.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Кедр -> ГАЗ',
      'SUPPLIES Кедр -> КАМАЗ',
      'SUPPLIES Кедр -> Кемеровская область — Кузбасс',
      'SUPPLIES Кедр -> Россия',
    ]);
  });
});

describe('goods that began work somewhere', () => {
  it('were supplied there, as goods at work were', async () => {
    const r = await run('В Самаре начали работу 30 новых автобусов МАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Самара']);
  });
});

describe('a sentence that only says who reported, between a supply and its suppliers', () => {
  it('is no break: the suppliers named next still supply whoever received', async () => {
    const r = await run(
      'Белорусские производители поставили в Приморский край 3 тысячи тонн сыров. Это вдвое больше, чем годом ранее, сообщает посольство Беларуси в России. Крупнейшими поставщиками стали ОАО «Альфа» и ОАО «Бета».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(
      expect.arrayContaining(['SUPPLIES Альфа -> Приморский край', 'SUPPLIES Бета -> Приморский край']),
    );
  });

  it('a sentence about another matter is one (guard, passes either way)', async () => {
    const r = await run(
      'Белорусские производители поставили в Приморский край 3 тысячи тонн сыров. Губернатор края встретился с послом Беларуси в России. Крупнейшими поставщиками стали ОАО «Альфа» и ОАО «Бета».',
    );
    expect(rels(r, 'SUPPLIES').filter((x) => x.includes('Альфа'))).toEqual([]);
  });
});

describe('handing goods over', () => {
  it('«передать» with goods, also counted, and a dative recipient is a supply', async () => {
    const r = await run('Завод «Альфа» до конца года передаст авиакомпании «Бета» четыре самолёта.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Бета']);
    // Adjectives between the numeral and the counted goods.
    const b = await run('Гродненские селекционеры передадут псковским хозяйствам 12 новых сортов картофеля.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Гродненская область -> Псковская область']);
  });

  it('a long name of the recipient counts as one word before the goods', async () => {
    const r = await run('Завод «Альфа» передал Брестскому городскому исполнительному комитету 12 автобусов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Брестский горисполком']);
  });

  it('handing over experience, powers or greetings is none', async () => {
    for (const text of [
      'Компания «Альфа» передаст Тверской области опыт.',
      'Губернатор передал привет жителям Лиды.',
      'Компания «Альфа» передала Тверской области полномочия по управлению парком.',
    ])
      expect(rels(await run(text), 'SUPPLIES')).toEqual([]);
  });

  it('a company noun right after the verb is its dative, though it reads as a genitive too', async () => {
    const r = await run('Завод «Альфа» поставит компании «Бета» двадцать вагонов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Бета']);
  });
});

describe('a quoted destination takes its case from its company noun', () => {
  it('«на шахту «Южная»» is where goods go, «на руднике «Кумтор»» where they are', async () => {
    const r = await run('Компания «Кедр» поставит оборудование на шахту «Южная».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Южная']);
    const s = await run('Компания «Кедр» поставит оборудование на руднике «Кумтор».');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });
});

describe('«в» with the accusative of direction or the prepositional of location', () => {
  it('a place in the prepositional case is no destination of a supply', async () => {
    const r = await run(
      'Подписано соглашение о поставках автокомпонентов компанией «Альфа», а также о создании в Фергане совместного предприятия.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Компания «Альфа» поставит автокомпоненты в Фергану.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Фергана']);
  });

  it('goods in use are where they work, in the prepositional case', async () => {
    const r = await run('Белорусские самосвалы эксплуатируются в Фергане.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Фергана']);
  });
});

describe('a second clause that shares the subject', () => {
  it('"а импортирует оттуда": the subject of the first clause buys from the place named there', async () => {
    const r = await run(
      'Витебская область экспортирует в Псковскую область продукты питания, а импортирует оттуда лесоматериалы.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Витебская область -> Псковская область',
      'SUPPLIES Псковская область -> Витебская область',
    ]);
    const s = await run('Алтайский край поставляет в Беларусь зерно, а получает оттуда технику.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Алтайский край -> Беларусь', 'SUPPLIES Беларусь -> Алтайский край']);
  });

  it('a clause with a subject of its own keeps it', async () => {
    const r = await run(
      'Витебская область поставляет в Псковскую область молоко, а Смоленская область закупает там мясо.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Псковская область']);
  });
});

describe('verbs of providing: the object is supplied with goods in the instrumental', () => {
  it('«обеспечивать / снабжать» + instrumental goods + accusative recipient', async () => {
    const r = await run('Завод «Кедр» обеспечивает комплектующими Минский автомобильный завод.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> МАЗ']);
    const list = await run('Компания «Кедр» снабжает удобрениями Гродненскую область и Брестскую область.');
    expect(rels(list, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Кедр -> Брестская область',
      'SUPPLIES Кедр -> Гродненская область',
    ]);
    expect(attributesOf(list, 'SUPPLIES', 'Кедр', 'Гродненская область')?.product).toBe('удобрение');
  });

  it('the recipient as a company noun with a quoted name, or a group of a place', async () => {
    const r = await run('Комбинат «Север» снабжает металлом завод «Колос».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Север -> Колос']);
    const group = await run('Компания «Север» много лет снабжает газом казахстанские химические предприятия.');
    expect(rels(group, 'SUPPLIES')).toEqual(['SUPPLIES Север -> Казахстан']);
  });

  it('a group of people of a place as the object receives for the place', async () => {
    const r = await run('Компания «Север» обеспечит киргизских горняков электродвигателями.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Север -> Киргизия']);
    const s = await run('Компания «Север» снабжает удобрениями белорусских фермеров.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Север -> Беларусь']);
  });

  it('a place adjective in the genitive after the goods still names their maker', async () => {
    const r = await run('Компания «Север» закупает продукцию брестских предприятий.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Север']);
  });

  it('no goods, no supply: jobs, a site, a meeting with people, a growth', async () => {
    for (const text of [
      'Новый завод обеспечит работой жителей Гродно.',
      'Омская область обеспечит компанию «Кедр» производственной площадкой.',
      'Визит в Казахстан обеспечит знакомство делегации с представителями бизнеса.',
      'Соглашение обеспечит рост поставок в Гродненскую область.',
    ]) {
      const r = await run(text);
      expect(rels(r, 'SUPPLIES')).toEqual([]);
    }
  });
});

describe('a buyer noun as the predicate of a copula', () => {
  it('the origin of the goods after it supplies the party named outside them', async () => {
    const adjective = await run('Основным потребителем брянских двигателей является Минский тракторный завод.');
    expect(rels(adjective, 'SUPPLIES')).toEqual(['SUPPLIES Брянская область -> МТЗ']);
    expect(attributesOf(adjective, 'SUPPLIES', 'Брянская область', 'МТЗ')?.product).toBe('двигатель');
    const maker = await run('Крупнейшим покупателем продукции завода «Кедр» стала Гродненская область.');
    expect(rels(maker, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Гродненская область']);
    const subjectFirst = await run('Гродненская область стала крупнейшим покупателем продукции завода «Кедр».');
    expect(rels(subjectFirst, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Гродненская область']);
  });

  it('a company noun that refers back makes the maker, and a list of buyers each buys', async () => {
    const r = await run(
      'Завод «Кедр» наращивает выпуск. Основными покупателями продукции предприятия остаются компании Тверской и Псковской областей.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Тверская область', 'SUPPLIES Кедр -> Псковская область']);
  });

  it('goods of no stated origin name no supplier', async () => {
    const r = await run('Заказчиком оборудования выступил Минский тракторный завод.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a noun of making with a beneficiary', () => {
  it('supplies whom the goods are made for, as the verb of making does', async () => {
    const r = await run('Компания «Кедр» начала сборку комбайнов для алтайских аграриев.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Алтайский край']);
  });

  it('supplies no one when the goods are for no party', async () => {
    const r = await run('Компания «Кедр» расширила производство кормов для животных.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a verb of building with a beneficiary', () => {
  it('supplies whom a vessel or a machine is built for', async () => {
    const r = await run('Верфь «Волна» построит для Туркменистана два танкера.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Волна -> Туркменистан']);
    const s = await run('Завод «Волна» построил для казахстанского заказчика буксир.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Волна -> Казахстан']);
  });

  it('the beneficiary phrase with a quoted name counts as one word before the goods', async () => {
    const r = await run('Верфь «Волна» построит для казахстанской компании «Кама Шиппинг» два буксира.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Волна -> Кама Шиппинг']);
  });

  it('supplies no one with what stays where it is built', async () => {
    const r = await run('Компания «Волна» построит для Омской области новую школу и жилой дом.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a source after «у» described by a place adjective', () => {
  it('is the company its noun names, which the adjective places', async () => {
    const r = await run('Омская компания «Кедр» закупила у казахстанского завода «Сож» 20 самосвалов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сож -> Кедр']);
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Сож -> Казахстан');
  });
});

describe('verbs of arrival', () => {
  it('supply where goods arrive from their origin or maker', async () => {
    const r = await run('В Приморский край прибыла первая партия казахстанских вагонов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Казахстан -> Приморский край']);
    const s = await run('Партия самосвалов БелАЗ прибыла в Кемерово.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Кемерово']);
  });

  it('supply nothing when people arrive', async () => {
    const r = await run('Делегация Брестской области прибыла в Тверь.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('goods arriving with no sender named come from the one supplier of the sentence before', async () => {
    const r = await run(
      'Компания «Альфа» начала поставки сыров в Хабаровский край. Первая партия продукции уже поступила в магазины Владивостока.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Хабаровский край', 'SUPPLIES Альфа -> Владивосток']);
    const s = await run('Губернатор посетил Минск. Первая партия техники поступила в хозяйства Омской области.');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });
});

describe('a gapped contrast with a new subject', () => {
  it('takes a place adjective of those who act as the subject', async () => {
    const r = await run('Омские предприятия поставляют в Казахстан удобрения, а казахстанские компании — зерно.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Омская область',
      'SUPPLIES Омская область -> Казахстан',
    ]);
  });

  it('with no conjunction: a lower-case subject and a dash after the comma', async () => {
    const r = await run('Омские предприятия поставляют в Казахстан удобрения, казахстанские — зерно и уголь.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Омская область',
      'SUPPLIES Омская область -> Казахстан',
    ]);
  });

  it('a list of names before a dash is no gapped part (guard, passes either way)', async () => {
    const r = await run(
      'Омские предприятия поставляют удобрения в Казахстан, Узбекистан — крупнейший покупатель зерна.',
    );
    expect(rels(r, 'SUPPLIES').filter((x) => x.startsWith('SUPPLIES Узбекистан'))).toEqual([]);
  });
});

describe('goods with both a place adjective and a maker', () => {
  it('are supplied by the place and by the maker', async () => {
    const r = await run('Омская область закупит 40 белорусских тракторов МТЗ.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Беларусь -> Омская область',
      'SUPPLIES МТЗ -> Омская область',
    ]);
  });

  it('and a place as the source does not hide the maker', async () => {
    const r = await run('Омская область получит из Беларуси 40 тракторов МТЗ.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Беларусь -> Омская область',
      'SUPPLIES МТЗ -> Омская область',
    ]);
  });

  it('a company as the source is the only supplier', async () => {
    const r = await run('Компания «Кедр» закупила у завода «Сож» 20 самосвалов МАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сож -> Кедр']);
  });
});

describe('a buyer after the verb named by a group of a place', () => {
  it('is that place, counted or not, and the goods put first are what was bought', async () => {
    const r = await run('Тракторы «Беларус» закупили хозяйства Омской области.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Омская область']);
    expect(attributesOf(r, 'SUPPLIES', 'МТЗ', 'Омская область')?.product).not.toBe('хозяйство');
    const s = await run('Автобусы МАЗ закупили три автопарка Омской области.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Омская область']);
  });
});

describe('a maker counted as its products', () => {
  it('"20 МАЗов", "пять новых БелАЗов": the maker supplies whoever receives them', async () => {
    const r = await run('Курганская область закупит двенадцать новых БелАЗов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Курганская область']);
    const s = await run('В Тюмень прибыли 30 МАЗов.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Тюмень']);
  });

  it('a year before the name counts nothing', async () => {
    const r = await run('Тюмень получит в 2026 МАЗ и КамАЗ для городских маршрутов.');
    expect(rels(r, 'SUPPLIES').filter((x) => x.startsWith('SUPPLIES МАЗ'))).toEqual([]);
  });
});

describe('an agent noun of supplying put first, before a copula', () => {
  it('«Поставщиком X для Y выступит Z»: Z supplies Y with X', async () => {
    const r = await run('Поставщиком кабеля для завода «Кедр» выступит гомельская компания «Провод».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Провод -> Кедр']);
    expect(attributesOf(r, 'SUPPLIES', 'Провод', 'Кедр')?.product).toBe('кабель');
  });

  it('without a copula the noun is no predicate and names no supplier', async () => {
    const r = await run('Поставщиком кабеля для завода «Кедр» интересуется компания «Провод».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a passive participle of supplying', () => {
  it('«Автобусы, поставленные МАЗом в Казань, …»: the instrumental agent supplies the destination, and is not placed there', async () => {
    const r = await run('Троллейбусы, отгруженные заводом «Вега» в Тулу, вышли на линии.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вега -> Тула']);
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });

  it("the clause's subject is not the agent of the participle", async () => {
    const r = await run('Завод «Вега» отремонтировал поставленные в Тулу троллейбусы.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('goods qualified by a passive participle of making, then supplied', () => {
  it('«Тракторы, выпускаемые заводом X, поставляются в Y»: the maker supplies', async () => {
    const r = await run('Сеялки, выпускаемые заводом «Лидагро», поставляются в Омскую область.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Лидагро -> Омская область']);
    const s = await run('Сеялки, изготовленные компанией «Лидагро», отправлены в Казахстан.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Лидагро -> Казахстан']);
  });
});

describe('sales in a place', () => {
  it('where goods are sold, in the prepositional case, receives them', async () => {
    const r = await run('Компания «Зодчий» удвоила продажи в Пермском крае.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Зодчий -> Пермский край']);
    const s = await run('Фабрика «Лён» продаёт скатерти в Казахстане.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Лён -> Казахстан']);
  });
});

describe('goods put to use by the subject', () => {
  it('«используют технику X»: the maker supplied those who use it', async () => {
    const r = await run('Хозяйства Вологодской области используют сеялки «Сельхозмаша».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Сельхозмаш -> Вологодская область']);
  });

  it('know-how and things that are no goods are not supplied', async () => {
    const r = await run('Хозяйства Вологодской области используют опыт компании «Лидагро».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Хозяйства Вологодской области применяют технологии «Сельхозмаша».');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });

  it('goods of a maker installed somewhere were supplied there', async () => {
    const r = await run('Лифты «Могилёвлифтмаша» установлены в жилых домах Бухары.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Могилевлифтмаш -> Бухара']);
    const s = await run('Белорусские лифты устанавливаются в новых домах Саратова.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Саратов']);
  });

  it('a company that installs is no goods (guard, passes either way)', async () => {
    const r = await run('Компания «Вектор» установила в Бухаре новый рекорд.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('«эксплуатировать» is a verb of use: where the user runs something is no seller', async () => {
    const r = await run('Компания «Вектор» будет эксплуатировать в Бресте собственный терминал.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Компания «Вектор» эксплуатирует 40 самосвалов БелАЗ.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Вектор']);
  });
});

describe('verbs of carrying goods', () => {
  it('«везут / вывозят из X в Y»: the source supplies the destination', async () => {
    const r = await run('Из Курганской области в Таджикистан везут пшеницу.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Курганская область -> Таджикистан']);
    const s = await run('Фабрика «Лён» вывозит в Казахстан скатерти.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Лён -> Казахстан']);
  });

  it('a carrier that moves goods supplies nothing; where they come from does', async () => {
    const r = await run('Компания «Трансвектор» перевезла из Китая в Беларусь 40 тысяч контейнеров.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Китай -> Беларусь']);
    const s = await run('Компания «Трансвектор» перевезла в Казахстан белорусские станки.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Казахстан']);
  });

  it('the goods’ makers after a destination put first supply it', async () => {
    const r = await run('Состав доставит в Пермский край продукцию гомельских предприятий.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомельская область -> Пермский край']);
  });
});

describe('the supplier named in the sentence after a supply', () => {
  it('«Крупнейшим поставщиком остаётся X» delivers to whoever received before', async () => {
    const r = await run(
      'Белорусские производители обуви нарастили продажи в Пермском крае. Крупнейшим поставщиком остаётся фабрика «Марко».',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Марко -> Пермский край');
  });

  it('«Одним из таких поставщиков является X»: one of the suppliers before, the same way', async () => {
    const r = await run(
      'Завод «Кедр» получает от белорусских поставщиков шины и подшипники. Одним из таких поставщиков является ОАО «Ясень».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Кедр', 'SUPPLIES Ясень -> Кедр']);
  });

  it('«Часть техники поставит X» after a supply with its own supplier: X supplies the same recipient', async () => {
    const r = await run(
      'Тверская область закупит у белорусских производителей 150 тракторов. Часть техники поставит завод «Кедр».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Тверская область', 'SUPPLIES Кедр -> Тверская область']);
  });

  it('«Контракт на их поставку заключило X» after a supply: X is the customer', async () => {
    const r = await run(
      'Завод «Кедр» до конца года передаст Твери 20 трамваев. Контракт на их поставку заключило МУП «Тверьтранс».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Тверь', 'SUPPLIES Кедр -> Тверьтранс']);
  });

  it('(guard, passes either way) a deal with goods of its own after the supply noun names no customer of the supply before', async () => {
    const r = await run(
      'Завод «Кедр» до конца года передаст Твери 20 трамваев. Контракт на поставку рельсов заключило МУП «Тверьтранс».',
    );
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES Кедр -> Тверьтранс');
  });

  it('sentences that name no one between the supply and its supplier are no break', async () => {
    const r = await run(
      'В Тверскую область поступила партия белорусских комбайнов. Машины получили хозяйства двух районов. Технику закупили в лизинг. Её поставщиком стала компания «Кедр».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Тверская область', 'SUPPLIES Кедр -> Тверская область']);
  });

  it('without a supply before, the supplier has no recipient', async () => {
    const r = await run('Пермский край развивает связи с Беларусью. Крупнейшим поставщиком остаётся фабрика «Марко».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('buyers named after a supply, inside a reported clause', () => {
  it('«По словам X, основными потребителями продукции являются …» lists buyers of the supply before', async () => {
    const r = await run(
      'Компания «Азотник» планирует нарастить экспорт удобрений в Россию. По словам директора компании, основными потребителями продукции являются аграрии Курской и Орловской областей.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Азотник -> Россия',
      'SUPPLIES Азотник -> Курская область',
      'SUPPLIES Азотник -> Орловская область',
    ]);
  });
});

describe('promoting goods on a market', () => {
  it('«продвигать продукцию на рынок X» brings the goods there', async () => {
    const r = await run('Торговый дом будет продвигать на белорусский рынок продукцию курских производителей.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Курская область -> Беларусь']);
  });
});

describe('a gapped contrast whose new recipient is a company', () => {
  it('after the frame’s preposition', async () => {
    const r = await run('Компания «Альфа» поставляет шины на завод «Гамма», а компания «Бета» — на КАМАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Гамма', 'SUPPLIES Бета -> КАМАЗ']);
  });

  it('in the dative, after a verb whose subject supplies', async () => {
    const r = await run('Компания «Альфа» поставляет стекло МАЗу, а компания «Бета» — КАМАЗу.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> МАЗ', 'SUPPLIES Бета -> КАМАЗ']);
  });
});

describe('a destination past a chain of nouns in the genitive', () => {
  it('takes its case from the noun the preposition governs', async () => {
    const r = await run('Компания «Альфа» поставляет шины на конвейер завода «Гамма».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Гамма']);
  });

  it('a locative there is still where, not whither', async () => {
    const r = await run('Компания «Альфа» испытывает шины на полигоне завода «Гамма».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('the maker in a participle of making after the goods', () => {
  it('supplies whoever receives or buys them', async () => {
    const r = await run('Мэрия Оша получила 30 автобусов, произведённых на Ликинском автобусном заводе.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES ЛиАЗ -> Мэрия Оша']);
    const s = await run('Мэрия Оша закупила 30 тракторов, выпущенных компанией «Альфа».');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Мэрия Оша']);
  });

  it('a company in another participle is no maker', async () => {
    const r = await run('Мэрия Оша получила 30 автобусов, отремонтированных на заводе «Альфа».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('«направить» goods', () => {
  it('sends them to the recipient', async () => {
    const r = await run('Завод «Альфа» направит брянским аграриям 40 тракторов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Брянская область']);
  });

  it('not people, letters or money', async () => {
    const r = await run('Компания «Альфа» направила в Казахстан своих инженеров.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Компания «Альфа» направила письмо в правительство Казахстана.');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });
});

describe('a public body that signs a contract for a supply', () => {
  it('is the customer for its own place; the maker of the goods supplies', async () => {
    const r = await run(
      'Правительство Псковской области заключило контракт на поставку 30 автобусов МАЗ для Великих Лук.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Великие Луки']);
    const s = await run('Мэрия Оша подписала с компанией «Альфа» контракт на поставку 50 автобусов.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Мэрия Оша']);
  });

  it('supplies goods it sends to another country', async () => {
    const r = await run('Министерство промышленности Беларуси подписало контракт на поставку 100 тракторов в Кению.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Министерство промышленности Беларуси -> Кения']);
  });
});

describe('buying at a company («закупает … на заводе X»)', () => {
  it('makes the company the seller, after a verb or a noun of buying', async () => {
    const r = await run('Завод «Альфа» закупает металлопрокат на заводе «Бета».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Бета -> Альфа']);
    const s = await run(
      'Завод «Альфа» рассматривает возможность закупки проката на Белорусском металлургическом заводе.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES БМЗ -> Альфа']);
  });

  it('not where another phrase places the making', async () => {
    const r = await run('Завод «Альфа» закупает сырьё для производства на заводе «Бета».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe("goods at work at a company's sites", () => {
  it('were supplied to the company', async () => {
    const r = await run('Сейчас на предприятиях АК «Алмазы Якутии» работают более 300 самосвалов БелАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES БелАЗ -> Алмазы Якутии']);
    const s = await run('На заводах компании «Альфа» работают 40 погрузчиков МАЗ.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Альфа']);
  });

  it('people at work there are no goods', async () => {
    const r = await run('На заводах компании «Альфа» работают 300 человек.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('verbs of bringing goods in', () => {
  it('«в» after them is where the goods come in; «из» where from', async () => {
    const r = await run('Из Казахстана в Курганскую область ввезено свыше 10 тысяч тонн пшеницы.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Казахстан -> Курганская область']);
    const b = await run('Компания «Кедр» ввозит в Беларусь турецкие станки.');
    expect(rels(b, 'SUPPLIES')).toEqual(['SUPPLIES Турция -> Беларусь']);
  });
});

describe('«реализовать» with goods', () => {
  it('sells the goods where it says', async () => {
    const r = await run('Предприятия Витебской области реализовали в Псковской области продукции на 20 млн долларов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Псковская область']);
  });

  it('carrying out a project sells nothing (guard, passes either way)', async () => {
    const r = await run('Компания «Кедр» реализует в Казахстане проект по строительству завода.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a noun of supplying with its source after «из» and no destination', () => {
  it('brings the goods to its subject', async () => {
    const r = await run('Индийская компания «Махиндра» заинтересована в поставках комплектующих из Татарстана.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Республика Татарстан -> Махиндра']);
    const set = await run('Компания «Кедр» наладила поставки комплектующих из Удмуртии.');
    expect(rels(set, 'SUPPLIES')).toEqual(['SUPPLIES Удмуртская Республика -> Кедр']);
  });

  it('not to the sides of talks, nor to the place the source lies in (guard, passes either way)', async () => {
    const talks = await run('Стороны обсудили поставки комплектующих из Татарстана.');
    expect(rels(talks, 'SUPPLIES')).toEqual([]);
    const inside = await run('Татарстан наладил поставки комплектующих из Казани.');
    expect(rels(inside, 'SUPPLIES')).toEqual([]);
  });
});

describe('the customer after «по заказу»', () => {
  it('is the declined quoted name’s company, and the goods made or supplied go to it', async () => {
    const made = await run('Завод «Кедр» изготовил 20 вагонов по заказу компании «Ротор».');
    expect(rels(made, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Ротор']);
    const supplied = await run('Завод «Кедр» поставит 20 вагонов по заказу «Уралвагонзавода».');
    expect(rels(supplied, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Уралвагонзавод']);
    const named = await run('Детали для самолётов изготавливают на заводе «Кедр» по заказу «Иркута».');
    expect(names(named, 'Enterprise')).toContain('Иркут');
  });

  it('«по заказу» with no customer named makes nothing (guard, passes either way)', async () => {
    const r = await run('Завод «Кедр» изготовил 20 вагонов по заказу.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a verb of buying with no subject', () => {
  it('has its buyers in the place the clause is set in', async () => {
    const r = await run('В Челябинской области закупили 50 автобусов МАЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Челябинская область']);
    const from = await run('В Минске закупили 20 тракторов у завода «Кедр».');
    expect(rels(from, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Минск']);
  });

  it('a subject of its own buys, wherever the clause is set (guard, passes either way)', async () => {
    const r = await run('В Минске компания «Ротор» закупила 20 тракторов у завода «Кедр».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Ротор']);
  });
});

describe('goods «X-ского производства» at work somewhere', () => {
  it('come from the place of the making, as «X-ские» goods do', async () => {
    const r = await run('На дорогах Курганской области работают автобусы белорусского производства.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Курганская область']);
  });
});

describe('the party after «в адрес»', () => {
  it('receives the goods sent, named or described by its place', async () => {
    const named = await run('Завод «Кедр» отправил партию насосов в адрес компании «Ротор».');
    expect(rels(named, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Ротор']);
    const described = await run('Завод «Кедр» отправил первую партию шасси в адрес казахстанского заказчика.');
    expect(rels(described, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
  });
});

describe('entering a market', () => {
  it('«выйти на рынок X» sells there, a plan as a fact', async () => {
    const r = await run('Компания «Кедр» намерена выйти на рынок Казахстана со своей продукцией.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
    const adjective = await run('Компания «Кедр» вышла на узбекский рынок.');
    expect(rels(adjective, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Узбекистан']);
  });

  it('«выйти» on anything else sells nothing (guard, passes either way)', async () => {
    const r = await run('Компания «Кедр» вышла на связь с партнёрами из Казахстана.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a word of supply that yields nothing', () => {
  it('gives way to the next of its part: a relative clause’s own supply', async () => {
    const r = await run(
      'Омская область экспортировала в Казахстан зерно. Импорт из Казахстана составил 40 миллионов долларов. Крупнейшим экспортёром стало ОАО «Кедр», которое поставляет в Казахстан муку.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Омская область',
      'SUPPLIES Кедр -> Казахстан',
      'SUPPLIES Омская область -> Казахстан',
    ]);
  });
});

describe('goods meant for someone («предназначены для»)', () => {
  it('go to them from whoever supplied them in the sentence before', async () => {
    const r = await run(
      'Завод «Кедр» поставит в Монголию 40 сеялок. Машины предназначены для хозяйств Увсского и Ховдского аймаков.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Кедр -> Монголия',
      'SUPPLIES Кедр -> Увсский аймак',
      'SUPPLIES Кедр -> Ховдский аймак',
    ]);
  });

  it('money or a plant meant for a place is no supply (guard, passes either way)', async () => {
    const r = await run(
      'Завод «Кедр» поставит в Казахстан 40 сеялок. Средства предназначены для Костанайской области.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
    const s = await run(
      'Завод «Кедр» поставит в Казахстан 40 сеялок. Новый цех предназначен для Костанайской области.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
  });
});

describe('a deal concluded «с» a company right after a purchase with no seller', () => {
  it('the company is the seller', async () => {
    const r = await run('Курганские аграрии закупят 20 сеялок. Контракт подписан с ОАО «Кедр».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Курганская область']);
  });

  it('a purchase whose seller is named keeps it (guard, passes either way)', async () => {
    const r = await run('Курганские аграрии закупят белорусские сеялки. Контракт подписан с ОАО «Кедр».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Курганская область']);
  });
});
