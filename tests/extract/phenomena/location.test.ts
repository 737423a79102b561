/**
 * LOCATED_IN from the noun phrase: a place adjective in apposition to a
 * company, a genitive place after a town, "в + place" inside an organisation's
 * name. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('location inside the noun phrase', () => {
  it('a place adjective before a company name', async () => {
    const r = await run('Белорусский Гомельский литейный завод отправил партию отливок в Курганскую область.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Гомельский литейный завод -> Беларусь');
  });

  it('a place adjective before a descriptive noun and the quoted name', async () => {
    const r = await run('Договор подписали с казахстанским производителем кузовов ТОО «Степной металл».');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Степной металл -> Казахстан');
  });

  it("a town's own adjective, unlike its region's, places a company in the town", async () => {
    const r = await run('Уфимская компания «Гамма» и бобруйский завод «Бета» подписали договор о поставках.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Гамма -> Уфа', 'LOCATED_IN Бета -> Бобруйск']);
  });

  it("a place in the locative, then «на» + the company's noun in the locative, places the company", async () => {
    const r = await run('Кабины изготавливают в Челябинске на заводе «Уралприцеп».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Уралприцеп -> Челябинск']);
    const s = await run('Тракторы собирают в Казахстане на машиностроительном заводе «Агромаш».');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Агромаш -> Казахстан']);
  });

  it('a destination in the accusative before «на завод» places no company', async () => {
    const r = await run('Детали отвезут в Казань на завод «Альфа».');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });

  it('a town followed by its region in the genitive', async () => {
    const r = await run('Новый цех откроется в Шадринске Курганской области.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Шадринск -> Курганская область');
  });

  it('"в + город" inside an organisation name', async () => {
    const r = await run('Генеральное консульство Беларуси в Казани провело приём.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Генеральное консульство Беларуси в Казани -> Казань');
  });
});

describe('place adjectives of other nouns', () => {
  it('do not locate a later company', async () => {
    const r = await run('Белорусские лифты закупает компания «Уралстрой».');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('seats written with a town noun', () => {
  it('"в г. X" inside an organisation name', async () => {
    const r = await run('Торговое представительство Беларуси в г. Казани открыло выставку.');
    expect(rels(r, 'LOCATED_IN').some((x) => x.endsWith('-> Казань'))).toBe(true);
  });

  it('a company name that modifies another noun is not placed by that noun\'s "в + place"', async () => {
    const r = await run('Стороны обсудили сборку тракторов МТЗ во Вьетнаме.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
    const s = await run('На заводе «Альфа» в Орше выпускают насосы.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Альфа -> Орша']);
  });

  it('"работает в X" places its subject, not a company in a prepositional phrase', async () => {
    const r = await run('В Витебской области работает совместное предприятие с участием компании «Альфа».');
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN Альфа -> Витебская область');
  });

  it('a place right after the noun of a «с» partner is where the partners are, not the subject', async () => {
    const r = await run('Компания «Кедр» работает с казахскими дилерами в Костанайской и Павлодарской областях.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
    const s = await run('Компания «Кедр» работает в Костанайской области.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Костанайская область']);
  });

  it('a facility of a company named in the genitive works there, not the company', async () => {
    const r = await run('В Элисте работает дилерский центр Минского тракторного завода.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN дилерский центр Минского тракторного завода -> Элиста']);
    const s = await run('В Элисте работает Минский тракторный завод.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN МТЗ -> Элиста']);
  });

  it('a company noun of two words («торговый дом») is the company itself, which opens there', async () => {
    const r = await run('Торговый дом «Полесские сыры» открылся в Омске.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Полесские сыры -> Омск']);
    const s = await run('В Омске открылся торговый дом «Полесские сыры».');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Полесские сыры -> Омск']);
  });

  it('a country adjective right before a town places the town', async () => {
    const r = await run('Форум прошёл в казахстанском Павлодаре.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Павлодар -> Казахстан']);
  });
});

describe('a participle of location', () => {
  it('after a company places that company, not the next conjunct', async () => {
    const r = await run('Фабрика «Кедр», расположенная в Орше, и завод «Сож» из Гомеля подписали договор.');
    expect(rels(r, 'LOCATED_IN').sort()).toEqual(['LOCATED_IN Кедр -> Орша', 'LOCATED_IN Сож -> Гомель']);
  });

  it('before a company noun places the company after it', async () => {
    const r = await run('Расположенный в Орше завод «Кедр» подписал договор.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Орша']);
  });
});

describe('a place glossed in brackets', () => {
  it('locates the town or company before it', async () => {
    expect(rels(await run('Форум прошёл в Павлодаре (Казахстан).'), 'LOCATED_IN')).toEqual([
      'LOCATED_IN Павлодар -> Казахстан',
    ]);
    const r = await run('Соглашение подписали компании «Вектор» (Гродно) и «Сигма» (Челябинск).');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Вектор -> Гродно', 'LOCATED_IN Сигма -> Челябинск']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вектор -> Сигма']);
  });

  it('two companies glossed with their regions are the only two sides', async () => {
    const r = await run('Договор подписали ООО «Кедр» (Тверская область) и ОАО «Вектор» (Минская область).');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вектор -> Кедр']);
  });

  it('a gloss may name the kind of town before it', async () => {
    const r = await run('Завод «Кедр» (г. Орша) поставит ткани в Омск.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Орша']);
  });

  it('a gloss of a town and its region locates the company in the town', async () => {
    const r = await run('Фабрика «Кедр» (Орша, Витебская область) поставит ткани в Омск.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Орша']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Омск']);
  });

  it('a body glossed with its country is not located, and the glosses are no partners', async () => {
    const r = await run(
      'Соглашение подписали Гродненский облисполком (Республика Беларусь) и правительство Курганской области (Российская Федерация).',
    );
    expect(rels(r)).toEqual(['NEGOTIATES Гродненский облисполком -> Правительство Курганской области']);
  });
});

describe('the adjective of a town the reference lacks', () => {
  it('places a company when the article names the town', async () => {
    const r = await run(
      'Лида и Серпухов подписали соглашение. Серпуховская компания «Упакс» поставит в Лиду упаковку.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Упакс -> Серпухов']);
  });
});

describe('«в X» after an agent of a company', () => {
  it('places the dealer or representative, not the company they act for', async () => {
    const r = await run('Официальным дистрибьютором БелАЗ в Индонезии выступает компания «Тамбанг Сервис».');
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN БелАЗ -> Индонезия');
    const s = await run('Представитель МАЗ в Казахстане открыл склад запчастей.');
    expect(rels(s, 'LOCATED_IN')).not.toContain('LOCATED_IN МАЗ -> Казахстан');
  });

  it('(guard, passes either way) a quoted name after «дилер» is the dealer itself, placed by «в X»', async () => {
    const r = await run('Дилер «Агро Трейд» в Костанае продал 40 тракторов.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Агро Трейд -> Костанай']);
  });
});

describe('a country in the genitive after a region', () => {
  it('says whose region it is and is no side of its own', async () => {
    const r = await run('Делегация Костанайской области Казахстана посетила Курган и обсудила сотрудничество.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Костанайская область -> Курган']);
    expect(names(r, 'Country')).toEqual(['Казахстан']);
    const s = await run('Глава Бурятии обсудил сотрудничество с губернатором Центрального аймака Монголии.');
    expect(rels(s).some((x) => x.includes('Монголия'))).toBe(false);
  });

  it('a country after «и» is a side', async () => {
    const r = await run('Костанайская область и Казахстан обсудили сотрудничество с Курганом.');
    expect(rels(r, 'COOPERATES_WITH')).toContain('COOPERATES_WITH Казахстан -> Курган');
  });
});

describe('«на территории X»', () => {
  it('says what «в X» says: a facility opened there is located there', async () => {
    const r = await run('На территории Тверской области открылся логистический центр компании «Омега».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN логистический центр компании Омега -> Тверская область']);
  });

  it('does not place the company that owns what opened', async () => {
    const r = await run('В Гродно открылся филиал компании «Омега».');
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN Омега -> Гродно');
    const s = await run('Компания «Омега» работает в Гродно.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Омега -> Гродно']);
  });

  it('a place inside one project phrase does not locate a later project', async () => {
    const r = await run(
      'Стороны обсудили строительство элеватора на территории Курганской области в рамках государственной программы «Зерно».',
    );
    expect(rels(r, 'LOCATED_IN')).toHaveLength(1);
    expect(rels(r, 'LOCATED_IN')[0]).toMatch(/^LOCATED_IN строительство элеватора .* -> Курганская область$/u);
  });
});

describe('stacked locatives', () => {
  it('a wider place first puts the narrower one of the same clause inside it', async () => {
    const r = await run('В Тверской области в Торжке откроется завод по выпуску вагонов.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Торжок -> Тверская область');
    const s = await run('В Казахстане в Павлодарской области построят элеватор.');
    expect(rels(s, 'LOCATED_IN')).toContain('LOCATED_IN Павлодарская область -> Казахстан');
  });

  it('not where the reference data places the narrower one elsewhere', async () => {
    const r = await run('В Гродненской области в Минске прошла встреча.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('hyphenated town names', () => {
  it('a noun and an agreeing adjective after a preposition name a town, in the nominative', async () => {
    const r = await run('Новый цех откроется в Гусь-Хрустальном. Продукция пойдёт из Петропавловска-Камчатского.');
    expect(names(r, 'City').sort()).toEqual(['Гусь-Хрустальный', 'Петропавловск-Камчатский']);
  });

  it('a hyphenated adjective of a noun after it names no town', async () => {
    const r = await run('Завод построят в Наро-Фоминском городском округе.');
    expect(names(r, 'City')).toEqual([]);
  });
});

describe('an unknown place named again', () => {
  it('keeps the type it was first given with its noun', async () => {
    const r = await run('Делегация побывала в штате Керала. В Керале работают три белорусских предприятия.');
    expect(names(r, 'Region')).toContain('Керала');
    expect(names(r, 'City')).not.toContain('Керала');
  });
});

describe('a town name after its noun', () => {
  it('declines when it agrees with the noun, keeps the nominative of apposition otherwise', async () => {
    const r = await run('Глава администрации города Орла Юрий Парахин встретился с послом.');
    expect(names(r, 'City')).toEqual(['Орёл']);
    const s = await run('Завод открылся в городе Лида.');
    expect(names(s, 'City')).toEqual(['Лида']);
  });
});

describe('short town names in oblique cases', () => {
  it('are found by the reference data however they end («в Уфу», «Орше»), also as a second conjunct', async () => {
    const r = await run('Рейсы свяжут Минск с Казанью и Уфой. Завод в Орше поставит вагоны в Казань и Уфу.');
    expect(names(r, 'City').sort()).toEqual(['Казань', 'Минск', 'Орша', 'Уфа']);
  });
});

describe('verbs and participles of location', () => {
  it('a finite verb, a short or full participle, a relative clause: the company is there', async () => {
    for (const text of [
      'Завод «Кедр» находится в Твери.',
      'Завод «Кедр» расположен в Твери.',
      'Завод «Кедр», базирующийся в Твери, выпускает станки.',
      'Завод «Кедр», который находится в Твери, выпускает станки.',
    ]) {
      const r = await run(text);
      expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Тверь']);
    }
  });

  it('a participle of location before the company noun places the company', async () => {
    const r = await run('Расположенный в Твери завод «Кедр» выпускает станки.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Тверь']);
    // A participle of another verb says where that event was, not where the company is.
    const event = await run('Открытая в Твери выставка компании «Кедр» собрала гостей.');
    expect(rels(event, 'LOCATED_IN')).toEqual([]);
  });

  it('the place put first, the verb, then the companies that are there', async () => {
    const r = await run('В Твери расположены заводы «Кедр» и «Вектор».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Тверь', 'LOCATED_IN Вектор -> Тверь']);
    const branch = await run('В Твери находится филиал компании «Кедр».');
    expect(rels(branch, 'LOCATED_IN')).toEqual([]);
  });

  it("a company's head office is where the company is; a branch is not", async () => {
    const office = await run('Штаб-квартира холдинга «Кедр» находится в Казани.');
    expect(rels(office, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Казань']);
    const branch = await run('Филиал компании «Кедр» находится в Минске.');
    expect(rels(branch, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a region in the genitive of a district', () => {
  it('"в X-ском районе Y-ской области": the project is in the region', async () => {
    const r = await run('В Лиозненском районе Витебской области появится цех по переработке льна.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN цех по переработке льна -> Витебская область']);
  });

  it('a genitive that is no place word’s dependent says nothing of where', async () => {
    const r = await run('В павильоне Беларуси откроется выставка тракторов.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a place the goods go to is not where they are made', () => {
  it('«производит упаковку, начнёт поставки в Витебск» does not place the company in Витебск', async () => {
    const r = await run('Компания «Альфа», которая производит упаковку, начнёт поставки в Витебск.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Витебск']);
  });

  it('a place in the prepositional case after the verb of making still places it', async () => {
    const r = await run('Компания «Альфа» производит упаковку в Витебске.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Альфа -> Витебск']);
  });
});

describe('«местный»: a company of the place in view', () => {
  it('is located where the sentence says the action happens', async () => {
    const r = await run('Фабрика «Лён» наладила пошив одежды в Тверской области совместно с местной компанией «Нить».');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Нить -> Тверская область');
    const s = await run('В Рязани завод «Ритм» открыл склад вместе с местным дилером — компанией «Ока».');
    expect(rels(s, 'LOCATED_IN')).toContain('LOCATED_IN Ока -> Рязань');
  });

  it('with no place in view it places nothing', async () => {
    const r = await run('Фабрика «Лён» подписала соглашение с местной компанией «Нить».');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('broad areas', () => {
  it('«в Сибирь», «в Поволжье» name no town, region or country', async () => {
    const r = await run('Завод «Ритм» нарастит поставки тракторов в Сибирь и Поволжье.');
    expect(names(r, 'City')).toEqual([]);
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('a town the dictionary knows is still one', async () => {
    const r = await run('Завод «Ритм» нарастит поставки тракторов в Тобольск.');
    expect(names(r, 'City')).toEqual(['Тобольск']);
  });
});

describe('districts named like towns or regions', () => {
  it('«Тамбовский район» names neither Тамбов nor Тамбовская область, also in a list', async () => {
    const r = await run('Компания «Вектор» закупает зерно у хозяйств Тамбовского и Рязанского районов.');
    expect(names(r)).toEqual(['Вектор']);
    const s = await run('Хозяйства Ивановского района Амурской области закупили сеялки.');
    expect(names(s)).toEqual(['Амурская область']);
  });
});

describe('towns the reference lacks', () => {
  it('a town the dictionary knows, joined to a known town, is a town too', async () => {
    const r = await run('Гомель и Серпухов развивают сотрудничество.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гомель -> Серпухов']);
  });

  it('«городской округ X» is the town X, not a region', async () => {
    const r = await run('Глава городского округа Серпухов Иван Петров посетил Гомель.');
    expect(names(r, 'City')).toEqual(['Серпухов', 'Гомель']);
  });
});

describe('a site a company owns', () => {
  it('a participle of belonging after the site and its place names the owner, which is there', async () => {
    const r = await run(
      'ПАО «Омега» подписало соглашение. На заводе в Термезе, принадлежащем совместному предприятию «Кедр», собирают автобусы.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Термез']);
    const s = await run('Завод в Экибастузе, принадлежащий компании «Кедр», выпускает прицепы.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Экибастуз']);
  });

  it('a participle of belonging before the site, and the subject of «владеть»', async () => {
    const r = await run('Принадлежащий холдингу «Кедр» завод в Экибастузе выпускает прицепы.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Экибастуз']);
    const s = await run('Компания «Ясень» подписала договор. Компания «Кедр» владеет заводом в Экибастузе.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Экибастуз']);
  });
});

describe('where companies work, in parts of a contrast', () => {
  it('each part has its own verb and place: a company of the other part is not there', async () => {
    const r = await run('Компания «Кедр» работает в Твери, а завод «Ясень» открыл склад в Пскове.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Кедр -> Тверь');
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN Ясень -> Тверь');
  });
});

describe('a company that has sites in places', () => {
  it('«X имеет производства в Y и Z», «У X есть филиал в Y»: it is in each', async () => {
    const r = await run('Холдинг «Кедр» имеет сборочные производства в Пскове и Великих Луках.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Псков', 'LOCATED_IN Кедр -> Великие Луки']);
    const s = await run('У компании «Кедр» есть филиал в Пскове.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Псков']);
  });

  it('«X открыла представительства в Y и Z»: a company that opens offices of its own is in each place', async () => {
    const r = await run('Фабрика «Заря» открыла представительства в Самаре и Саратове.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Заря -> Самара', 'LOCATED_IN Заря -> Саратов']);
    // A plant it opens is a project of its own, which is there instead.
    const s = await run('Фабрика «Заря» открыла цех в Самаре.');
    expect(rels(s, 'LOCATED_IN')).not.toContain('LOCATED_IN Заря -> Самара');
  });

  it('(guard, passes either way) having something else there places nothing', async () => {
    const r = await run('Компания «Кедр» имеет большой опыт работы в Пскове.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a place after a company that owns a project', () => {
  it('is the project’s place, not the company’s', async () => {
    const r = await run('Среди них — сборочное производство ОАО «Гидромаш» в Коломне.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN сборочное производство Гидромаш в Коломне -> Коломна']);
  });

  it('a company named as the site by a preposition is there (guard, passes either way)', async () => {
    const r = await run('Главным проектом станет сборка насосов на заводе «Гидромаш» в Коломне.');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Гидромаш -> Коломна');
  });
});

describe('the sites of a company referred to back, working in a list of places', () => {
  it('place the company in each: by a bare company noun or a possessive pronoun', async () => {
    const r = await run('Холдинг «Кедр» выпускает фанеру. Заводы компании работают в Бобруйске, Лиде и Пинске.');
    expect(rels(r, 'LOCATED_IN')).toEqual([
      'LOCATED_IN Кедр -> Бобруйск',
      'LOCATED_IN Кедр -> Лида',
      'LOCATED_IN Кедр -> Пинск',
    ]);
    const s = await run('Холдинг «Кедр» выпускает фанеру. Его фабрики работают в Бобруйске и Пинске.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Бобруйск', 'LOCATED_IN Кедр -> Пинск']);
  });

  it('not after a person named last (guard, passes either way)', async () => {
    const r = await run('Холдинг «Кедр» возглавляет Иван Петров. Его фабрики работают в Бобруйске и Пинске.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a town whose name is also an adjective', () => {
  it('is the town when the word after it does not agree with it in number and gender', async () => {
    const r = await run('Визит в Иваново делегации Гомельского облисполкома завершился подписанием соглашения.');
    expect(names(r, 'City')).toContain('Иваново');
  });
});

describe('«в/на» with an accusative after a facility', () => {
  it('says where something goes, so it is no part of the facility and places it nowhere', async () => {
    const r = await run('Через порт в Казахстан отправляется около ста тысяч тонн зерна.');
    expect(names(r, 'Project')).toEqual([]);
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });

  it('a locative still names the facility’s place (guard, passes either way)', async () => {
    const r = await run('Компания «Вектор» построит логистический терминал в Актобе.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN логистический терминал в Актобе -> Актобе']);
  });
});

describe('a relative «где» clause after a place', () => {
  it('a company that is there, works there or that visitors see there is in that place', async () => {
    const r = await run('Делегация посетила Витебскую область, где осмотрела завод «Ротор».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Ротор -> Витебская область']);
    const b = await run('Министр побывал в Пинске, где находится фабрика «Кедр».');
    expect(rels(b, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Пинск']);
  });

  it('a compound of a company noun introduces the company as the noun itself does', async () => {
    const r = await run('Губернатор побывал в Орше, где находится льнокомбинат «Ранок».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Ранок -> Орша']);
  });

  it('a mine named in quotes after its noun is a company', async () => {
    const r = await run(
      'Гости побывали в Павлодарской области, где ознакомились с работой угольного разреза «Степной».',
    );
    expect(names(r, 'Enterprise')).toEqual(['Степной']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Степной -> Павлодарская область']);
  });

  it('a clause that signs with a company names no place of it (guard, passes either way)', async () => {
    const r = await run('Делегация прибыла в Минск, где подписала соглашение с компанией «Кедр».');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('«местный» with the place in the sentence before', () => {
  it('a local company is where the sentence before says the action is', async () => {
    const r = await run('В Бобруйске откроют сборочный цех. Проект реализуют совместно с местным предприятием «Кедр».');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Кедр -> Бобруйск');
  });

  it('a place in its own sentence comes first (guard, passes either way)', async () => {
    const r = await run('В Бобруйске откроют сборочный цех. В Гомеле его построят с местной компанией «Кедр».');
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Кедр -> Гомель');
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN Кедр -> Бобруйск');
  });
});

describe('a place adjective with a plural town noun and a list of towns', () => {
  it('each town of the list lies in the place', async () => {
    const r = await run('Ярмарки пройдут в казахстанских городах Актобе, Уральск и Атырау.');
    expect(rels(r, 'LOCATED_IN').sort()).toEqual([
      'LOCATED_IN Актобе -> Казахстан',
      'LOCATED_IN Атырау -> Казахстан',
      'LOCATED_IN Уральск -> Казахстан',
    ]);
  });

  it('a singular town noun places its one town only (guard, passes either way)', async () => {
    const r = await run('Ярмарка пройдёт в казахстанском городе Актобе и в Оренбурге.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Актобе -> Казахстан']);
  });
});

describe('a legal form after a conjunction', () => {
  it('«и ООО «X» из Y»: the conjunction is no noun the company would own', async () => {
    const r = await run('ОАО «Кедр» из Пинска и ООО «Ротор» из Казани подписали договор.');
    expect(rels(r, 'LOCATED_IN').sort()).toEqual(['LOCATED_IN Кедр -> Пинск', 'LOCATED_IN Ротор -> Казань']);
  });
});

describe('a plural place adjective before a list of companies', () => {
  it('places each company of the list', async () => {
    const r = await run('Казахстанские компании «Кедр», «Ротор» и «Вектор» поставят зерно в Омскую область.');
    expect(rels(r, 'LOCATED_IN').sort()).toEqual([
      'LOCATED_IN Вектор -> Казахстан',
      'LOCATED_IN Кедр -> Казахстан',
      'LOCATED_IN Ротор -> Казахстан',
    ]);
  });

  it('a singular one places its one company (guard, passes either way)', async () => {
    const r = await run('Казахстанская компания «Кедр» и «Ротор» поставят зерно в Омскую область.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Казахстан']);
  });
});

describe('founded in a place', () => {
  it('a company said in the short passive to be created, founded or opened in a place is there', async () => {
    const r = await run('Совместное предприятие «Кедр-Ротор» создано в Гродно в 2024 году.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр-Ротор -> Гродно']);
    const b = await run('Завод «Кедр» был основан в Пинске в 1950 году.');
    expect(rels(b, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Пинск']);
  });

  it('a place «в» does not govern is not where (guard, passes either way)', async () => {
    const r = await run('Компания «Кедр» создана в рамках соглашения с Беларусью.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('companies given as examples of a placed class', () => {
  it('are in the place of the class, also where the list repeats its preposition', async () => {
    const r = await run('Комбинат «Двина» отгружает лён на ивановские предприятия, в том числе на фабрику «Ткач».');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Ткач -> Ивановская область']);
    const s = await run('Станки завода «Кедр» работают на тульских заводах, например на заводе «Ротор».');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Ротор -> Тульская область']);
  });
});

describe('a list of towns after a plural town noun and a place adjective', () => {
  it('puts every town of the list in the place, though «города» may read as a singular', async () => {
    const r = await run('Делегация посетила монгольские города Дархан и Эрдэнэт.');
    expect(rels(r, 'LOCATED_IN').sort()).toEqual(['LOCATED_IN Дархан -> Монголия', 'LOCATED_IN Эрдэнэт -> Монголия']);
  });
});

describe('a company in a district of a region', () => {
  it('is in the region named in the genitive after the district, with a verb of location or without', async () => {
    const r = await run('Сыродельный завод «Полесье» находится в Пружанском районе Брестской области.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Полесье -> Брестская область']);
    const s = await run('Завод «Полесье» в Пружанском районе Брестской области выпускает сыры.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Полесье -> Брестская область']);
  });
});

describe('«под» with the instrumental of a town', () => {
  it('places a company on the town’s outskirts at the town, with a verb of being there or of working', async () => {
    const r = await run('Завод «Кедр», расположенный под Минском, выпускает насосы.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Минск']);
    const s = await run('Компания «Кедр» работает под Минском.');
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Минск']);
  });

  it('«под» of something else than a place places nothing (guard, passes either way)', async () => {
    const r = await run('Завод «Кедр», работающий под брендом «Минск», выпускает насосы.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a company that opens the part after a colon', () => {
  it('is an instance of the place’s companies the sentence opens with', async () => {
    const r = await run(
      'Гомельские предприятия давно работают с брянскими: мясокомбинат «Сож» поставляет колбасы в Брянск.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Сож -> Гомельская область']);
  });

  it('a colon after a sentence about no class places nothing (guard, passes either way)', async () => {
    const r = await run('Губернатор сообщил главное: мясокомбинат «Сож» поставляет колбасы в Брянск.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe('a country adjective before the noun of a place’s kind and its name', () => {
  it('places the place in the country', async () => {
    const r = await run('Форум прошёл во вьетнамской провинции Тханьхоа.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Тханьхоа -> Вьетнам']);
  });

  it('and says where the recipient of a supply is, not who sends it', async () => {
    const r = await run('Делегация обсудила поставки тракторов во вьетнамскую провинцию Тханьхоа.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});
