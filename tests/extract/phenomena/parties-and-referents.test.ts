/**
 * Who is a party, and whom a word refers to: a witness, a set compared within
 * («среди»), an envoy's post and the sides of talks are no side of what the
 * sentence states; an object pronoun next to a verb of receiving is the visitor;
 * names after «в том числе» are examples of the class before. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

describe('who is no party', () => {
  it('a place in an event’s name, however far from the event noun, signs nothing', async () => {
    const r = await run(
      'В рамках Форума межрегионального сотрудничества России и Казахстана предприятия Омской и Павлодарской областей подписали 12 контрактов.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Омская область -> Павлодарская область']);
  });

  it('a person «в присутствии» witnesses the signing, and talks with no one', async () => {
    const r = await run(
      'Договор подписали директор завода «Кедр» Иван Соколов и глава компании «Бор» Олег Лисин в присутствии губернатора Пермского края Дмитрия Махонина.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Иван Соколов -> Олег Лисин');
    expect(rels(r, 'NEGOTIATES').filter((x) => x.includes('Махонин'))).toEqual([]);
  });

  it('the set a partner is compared within is no trade partner', async () => {
    const r = await run(
      'Пермский край остаётся крупнейшим торговым партнёром Киргизии среди российских регионов: товарооборот достиг 300 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Киргизия -> Пермский край']);
  });

  it("an envoy's post is not the wider place of a later locative", async () => {
    const r = await run('Посол Киргизии в России Болот Отунбаев прибыл с визитом в Пермский край.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });

  it('sides that discuss supplies do not say which way the goods go', async () => {
    const r = await run(
      'Губернатор Пермского края Дмитрий Махонин встретился с председателем Минского облисполкома Александром Турчиным. Стороны обсудили поставки оборудования.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const origin = await run('Пермский край и Беларусь обсудили поставки белорусских автобусов.');
    expect(rels(origin, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Пермский край']);
  });

  it('sides that discuss a supply to one side’s own state: the other side supplies', async () => {
    const r = await run(
      'Губернатор Пермского края Дмитрий Махонин встретился с делегацией Костанайской области. Стороны обсудили поставки зерна в Россию.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Костанайская область -> Россия']);
    const neither = await run(
      'Губернатор Пермского края Дмитрий Махонин встретился с делегацией Костанайской области. Стороны обсудили поставки зерна в Китай.',
    );
    expect(rels(neither, 'SUPPLIES')).toEqual([]);
  });

  it('examples of the delegation’s members are not «стороны»', async () => {
    const r = await run(
      'Губернатор Пермского края Дмитрий Махонин встретился с делегацией Костанайской области. ' +
        'В составе делегации – руководители предприятий, в том числе ТОО «Астык» и ТОО «Дала». ' +
        'Стороны обсудили сотрудничество в сфере машиностроения.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Костанайская область -> Пермский край']);
  });

  it('a named official and an unnamed one who discuss supplies are two sides too', async () => {
    const r = await run(
      'Министр сельского хозяйства Казахстана Ержан Ахметов и губернатор Пермского края обсудили поставки зерна.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    // One person and the company they head are one side, which supplies.
    const one = await run('Директор завода «Кедр» Иван Петров обсудил поставки тракторов в Казахстан.');
    expect(rels(one, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
  });
});

describe('an unnamed official stands for the place of the post', () => {
  it('a meeting «с послом X» or «с министром … X» is talks with X', async () => {
    const envoy = await run('Губернатор Тамбовской области Максим Егоров встретился с послом Узбекистана.');
    expect(rels(envoy, 'NEGOTIATES')).toEqual(['NEGOTIATES Максим Егоров -> Узбекистан']);
    const minister = await run(
      'Губернатор Тамбовской области Максим Егоров провёл переговоры с министром энергетики Казахстана.',
    );
    expect(rels(minister, 'NEGOTIATES')).toEqual(['NEGOTIATES Казахстан -> Максим Егоров']);
  });

  it('a named official is the side, even one whose name is not recognised as a person', async () => {
    const named = await run(
      'Губернатор Тамбовской области Максим Егоров встретился с министром энергетики Казахстана Алмасом Сатпаевым.',
    );
    expect(rels(named, 'NEGOTIATES')).toEqual(['NEGOTIATES Алмас Сатпаев -> Максим Егоров']);
    const foreign = await run('Губернатор Тамбовской области Максим Егоров встретился с послом Монголии Батсайханом.');
    expect(rels(foreign, 'NEGOTIATES').filter((x) => x.includes('Монголия'))).toEqual([]);
  });
});

describe('referents', () => {
  it('an object pronoun next to a verb of receiving is the visitor named before', async () => {
    const r = await run(
      'Посол Беларуси Дмитрий Крутой прибыл с визитом в Пермский край. В четверг его принял губернатор Дмитрий Махонин.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Дмитрий Крутой -> Дмитрий Махонин');
  });

  it('«гостей» greeted or received are the visitors named before, whom their leader stands for', async () => {
    const r = await run(
      'В Пермь прибыла делегация Гомельской области во главе с Иваном Крупко. Гостей встретил губернатор Дмитрий Махонин.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Дмитрий Махонин -> Иван Крупко');
    // A host named before the noun greets them; the noun does not stand for the host.
    const host = await run('Губернатор Дмитрий Махонин встретил гостей в аэропорту.');
    expect(rels(host, 'NEGOTIATES')).toEqual([]);
  });

  it('a place adjective that places a company is not one of «стороны»', async () => {
    const r = await run(
      'Стороны договорились, что компания «Тамбовагромаш» и белорусское предприятие «Бобруйскмаш» создадут совместное производство косилок.',
    );
    expect(rels(r, 'PARTICIPATES_IN').filter((x) => x.includes('Беларусь'))).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бобруйскмаш -> Тамбовагромаш']);
  });

  it('without a person before, the pronoun stands for no one', async () => {
    const r = await run('В четверг его принял губернатор Дмитрий Махонин.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('names after «в том числе» are examples of the company noun before', async () => {
    const r = await run('В ярмарке участвовали десять компаний, в том числе «Утёс», «Заря» и «Колос».');
    expect(names(r, 'Enterprise').sort()).toEqual(['Заря', 'Колос', 'Утёс']);
    const notCompanies = await run('Гости посетили музеи, в том числе «Заря».');
    expect(names(notCompanies, 'Enterprise')).toEqual([]);
  });

  it("a region's executive in lower case is a body, not inside a title or an office", async () => {
    const r = await run('Министерство экономики Армении и администрация Пермского края подписали меморандум.');
    expect(names(r, 'Organization').sort()).toEqual(['Администрация Пермского края', 'Министерство экономики Армении']);
    const title = await run('Глава администрации Перми Эдуард Соснин открыл форум.');
    expect(names(title, 'Organization')).toEqual([]);
  });
});

describe('groups and places of buying', () => {
  it("farms of a place that operate a brand's machines received them", async () => {
    const r = await run('Пермские хозяйства эксплуатируют более 500 комбайнов «Гомсельмаш».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомсельмаш -> Пермский край']);
  });

  it('a verb of buying with «в» and a form both accusative and prepositional: where it buys', async () => {
    const r = await run('Китайская сторона закупает в Прикамье лес.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Пермский край -> Китай']);
  });

  it('goods put first, bought by a group named by a common noun where the clause is set', async () => {
    const r = await run('Белорусские товары в Калининграде закупают торговые сети.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Калининград']);
    expect(attributesOf(r, 'SUPPLIES', 'Беларусь', 'Калининград')?.product).toBe('товары');
  });
});

describe('a company noun in the clause of a named company', () => {
  it('is another company, so the named one keeps its partner named after the dash', async () => {
    const r = await run('Комбинат «Север» наладил кооперацию с крупным предприятием — заводом «Юг».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Север -> Юг']);
  });

  it('in the next sentence it still refers back', async () => {
    const r = await run('Комбинат «Север» открыл цех в Гомеле. Предприятие поставит в Брянск 500 окон.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Север -> Брянск']);
  });
});

describe('the heads of a kind of company or institution, in the plural', () => {
  it('are the heads of the companies just named', async () => {
    const r = await run(
      'Завод «Альфа» и компания «Бета» наладят выпуск насосов. Руководители предприятий подписали контракт.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Бета']);
  });

  it('are the heads of the institutions just named', async () => {
    const r = await run(
      'Полоцкий государственный университет и Псковский государственный университет откроют общую магистратуру. Соглашение ректоры вузов подписали в Пскове.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Полоцкий государственный университет -> Псковский государственный университет',
    ]);
  });

  it('companies are no institutions (guard, passes either way)', async () => {
    const r = await run(
      'Завод «Альфа» и компания «Бета» наладят выпуск насосов. Соглашение ректоры вузов подписали в Пскове.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('«стороны» inside a sentence', () => {
  it('a plural verb after it makes it the plural subject: the two companies of the sentence before', async () => {
    const r = await run(
      'Завод «Кедр» в будущем году отгрузит холдингу «Сож» 500 двигателей. Кроме того, стороны обсуждают создание сервисного центра.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Сож']);
  });

  it('a body named only in a title is not one of them', async () => {
    const r = await run(
      'Губернатор Псковской области Михаил Ведерников и председатель Брестского горисполкома Александр Рогачук обсудили сотрудничество. В частности, стороны расширят сотрудничество в сфере туризма.',
    );
    expect(rels(r, 'COOPERATES_WITH').filter((x) => x.includes('горисполком'))).toEqual([]);
  });
});

describe('a bare place noun after «стороны» and one named party', () => {
  it('is the other party, not the one the clause names', async () => {
    const r = await run(
      'На встрече присутствовали министр сельского хозяйства Беларуси Иван Лопухов и министр сельского хозяйства Татарстана Ильдар Гарипов. Стороны договорились о поставках белорусских тракторов в республику.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Республика Татарстан']);
  });
});

describe('the two who met, referred to together', () => {
  const met =
    'Губернатор Тверской области Игорь Руденя встретился с акимом Карагандинской области Ермаганбетом Булекпаевым.';

  it('«стороны» are the places they head, when no side is named but in their titles', async () => {
    const r = await run(`${met} Стороны обсудили развитие сотрудничества в туризме.`);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Карагандинская область -> Тверская область']);
  });

  it('«руководители» with no genitive of their own are the same two sides', async () => {
    const r = await run(`${met} Руководители обсудили развитие сотрудничества в туризме.`);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Карагандинская область -> Тверская область']);
  });

  it('«главы регионов» are the regions in their titles', async () => {
    const r = await run(`${met} Главы регионов обсудили развитие сотрудничества в туризме.`);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Карагандинская область -> Тверская область']);
  });

  it('«главы регионов» are the regions also when a title names the body that governs one', async () => {
    const r = await run(
      'Председатель Витебского облисполкома Иван Петров встретился с губернатором Псковской области Сергеем Соколовым. Главы регионов договорились провести ярмарку.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Витебская область -> Псковская область');
  });

  it('a plural title with a plural verb is no one person', async () => {
    const r = await run(
      'Председатель Витебского облисполкома Иван Петров встретился с губернатором Псковской области Сергеем Соколовым. Главы регионов договорились провести ярмарку.',
    );
    const person = r.entities.find((e) => e.name === 'Сергей Соколов');
    expect(person?.mentions?.map((m) => m.text)).toEqual(['Сергеем Соколовым']);
  });

  it('a title coordinated with another shares its plural verb and is one person (guard, passes either way)', async () => {
    const r = await run(
      'Делегация Псковской области во главе с губернатором Сергеем Соколовым посетила Витебскую область. Председатель Витебского облисполкома Иван Петров и губернатор Псковской области подписали план мероприятий.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Иван Петров -> Сергей Соколов');
  });

  it('two people who head nothing leave the sides unknown', async () => {
    const r = await run(
      'Предприниматель Игорь Руденко встретился с инженером Ермеком Булатовым. Стороны обсудили развитие сотрудничества.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('the people of a place', () => {
  it('a plural name of a country’s people is a group from it, a party as «белорусские строители» are', async () => {
    const r = await run('Белорусы построят в Тверской области завод по выпуску комбикормов.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Беларусь -> завод по выпуску комбикормов']);
    const buyers = await run('Казахстанцы закупят у Омской области 500 тонн семян подсолнечника.');
    expect(rels(buyers, 'SUPPLIES')).toEqual(['SUPPLIES Омская область -> Казахстан']);
  });

  it('in the dative they receive what the subject supplies', async () => {
    const r = await run('Курганская область поставит узбекистанцам 300 тонн льняного масла.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Курганская область -> Узбекистан']);
  });

  it('two peoples coordinated are the two sides', async () => {
    const r = await run('Туркменистанцы и белорусы договорились о поставках зерна.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Туркменистан']);
  });

  it('one of them is a person, not a side; a capital inside a sentence is a surname (guard, passes either way)', async () => {
    const one = await run('Иван Соколов, белорус по происхождению, возглавил завод в Твери.');
    expect(names(one, 'Country')).toEqual([]);
    const surname = await run('Директор завода «Кедр» Олег Поляков рассказал, что Поляков-старший основал завод.');
    expect(names(surname, 'Country')).toEqual([]);
  });

  it('people who act in no relation leave no entity (guard, passes either way)', async () => {
    const r = await run('Белорусы составляют пять процентов населения Тверской области.');
    expect(names(r, 'Country')).toEqual([]);
  });

  it('a compound the dictionary lacks is read by its head: «лифтостроители» are people as «строители» are', async () => {
    const r = await run('Могилёвские лифтостроители поставят в Мурманск 120 пассажирских лифтов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Могилевская область -> Мурманск']);
    const two = await run('Брестские лифтостроители и тульские оружейники договорились о сотрудничестве.');
    expect(rels(two, 'NEGOTIATES')).toEqual(['NEGOTIATES Брестская область -> Тульская область']);
  });
});
