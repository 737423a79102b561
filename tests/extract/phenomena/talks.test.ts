/**
 * Talks between bodies and places: sides that meet or discuss hold talks (NEGOTIATES) even
 * when nothing is signed; a meeting that only frames the sentence ("в ходе встречи …") and
 * what is discussed ("обсудили сотрудничество между X и Y") name no sides; people who meet
 * are the pair, not the bodies they speak for. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('bodies that meet or discuss', () => {
  it('hold talks', async () => {
    const a = await run('Правительство Омской области и Гродненский облисполком провели встречу по видеосвязи.');
    expect(rels(a, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненский облисполком -> Правительство Омской области']);
    const b = await run('Представители Гомельской области встретились с руководством Брянской области.');
    expect(rels(b, 'NEGOTIATES')).toEqual(['NEGOTIATES Брянская область -> Гомельская область']);
  });

  it('groups named by coordinated place adjectives are their places', async () => {
    const r = await run('Белорусские и татарстанские машиностроители обсудили новые заказы.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Республика Татарстан']);
  });

  it('institutions named by coordinated place adjectives are their places, as companies are', async () => {
    const r = await run('Тульские и гомельские вузы договорились о совместной подготовке инженеров.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельская область -> Тульская область']);
    const s = await run('Белорусские банки подписали соглашение с курскими учреждениями культуры.');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Курская область']);
  });

  it('kinds of company named by place adjectives are their places, as «заводы» are', async () => {
    const r = await run('Ивановские фабрики и белорусские комбинаты договорились о поставках тканей.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Ивановская область']);
    const s = await run('Белорусские концерны подписали контракты с калужскими фирмами.');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Калужская область']);
  });

  it('partners joined by «, а также с» through their own noun are on one side, not each other’s', async () => {
    const r = await run(
      'Губернатор Тверской области встретился с делегацией Гомельской области, а также с делегацией Вьетнама.',
    );
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Вьетнам -> Тверская область',
      'NEGOTIATES Гомельская область -> Тверская область',
    ]);
  });

  it('what is discussed is the topic, not a side', async () => {
    const r = await run('Эксперты обсудили перспективы сотрудничества между Челябинской областью и Беларусью.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('a meeting that frames the sentence names no sides', async () => {
    const r = await run('В ходе встречи министр рассказал о заводах «Альфа» и «Бета».');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('people who meet are the pair, not the bodies they head', async () => {
    const r = await run(
      'Губернатор Псковской области Олег Петренко встретился с председателем Витебского облисполкома Иваном Сидоренко.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Иван Сидоренко -> Олег Петренко']);
  });
});

describe('a body and the place it governs', () => {
  it('are one side: no talks between them', async () => {
    const r = await run(
      'Холдинг «Омега» договорился с администрацией Тамбовской области о создании в регионе сервисного центра.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Администрация Тамбовской области -> Омега']);
  });
});

describe('whom the goods of a contract are for', () => {
  it('is no side of the signing: the two companies sign', async () => {
    const r = await run(
      'ОАО «Омега» и тульская компания «Бета» заключили контракт на поставку лифтов для жилых домов Тулы.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бета -> Омега']);
  });
});

describe('joint projects', () => {
  it('a bare plural delimits no project', async () => {
    const r = await run('Компания «Альфа» и завод «Бета» обсудили совместные проекты.');
    expect(r.entities.filter((e) => e.type === 'Project')).toEqual([]);
  });

  it('a qualified plural does', async () => {
    const r = await run('Компания «Альфа» и завод «Бета» реализуют совместные импортозамещающие проекты.');
    expect(r.entities.filter((e) => e.type === 'Project').map((e) => e.name)).toEqual([
      'совместные импортозамещающие проекты',
    ]);
  });
});

describe('agreeing on a document', () => {
  it('bodies that agree on ("согласовали") a plan negotiated it', async () => {
    const r = await run('Министерство экономики Беларуси и правительство Омской области согласовали план работы.');
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Министерство экономики Беларуси -> Правительство Омской области',
    ]);
  });

  it('bodies that adopt ("утвердили") a joint plan negotiated it; one body alone negotiates with nobody', async () => {
    const r = await run('Брестский облисполком и правительство Омской области утвердили план мероприятий.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Брестский облисполком -> Правительство Омской области']);
    const s = await run('Правительство Омской области утвердило план мероприятий.');
    expect(rels(s)).toEqual([]);
  });
});

describe('reaching an agreement', () => {
  it('"достигли договорённости" is talks between the sides', async () => {
    const r = await run('Витебская область и Смоленская область достигли договорённости о поставках льна.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебская область -> Смоленская область']);
  });

  it('"достигли соглашения", "пришли к соглашению": the noun carries the verb’s meaning', async () => {
    const r = await run('Саратовская область и Гомельская область достигли соглашения о поставках зерна.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельская область -> Саратовская область']);
    const s = await run('Саратовская область и Гомельская область пришли к соглашению о поставках зерна.');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельская область -> Саратовская область']);
    // A figure that reaches a sum is no agreement.
    const t = await run('Товарооборот Саратовской области и Беларуси достиг 500 млн долларов.');
    expect(rels(t, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a sitting of bodies whose names hold a place', () => {
  it('the region inside "правительства Брянской области" is no side of its own', async () => {
    const r = await run(
      'В Гомеле прошло заседание совместной рабочей группы Гомельского облисполкома и правительства Брянской области.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельский облисполком -> Правительство Брянской области']);
  });
});

describe('a company in a relative clause after the talks', () => {
  it("is the relative clause's argument, not the person's partner", async () => {
    const r = await run(
      'Губернатор Омской области Виталий Хоценко провёл переговоры с Узбекистаном о поставках комбайнов, которые выпускает завод «Кедр».',
    );
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Виталий Хоценко -> Кедр');
  });

  it('a company named as the partner, then described by a relative clause, is still met', async () => {
    const r = await run('Губернатор Олег Петров провёл переговоры с компанией «Кедр», которая выпускает комбайны.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Олег Петров']);
  });
});

describe('where talks are held', () => {
  it('the owner of a stand the talks are held at is no side', async () => {
    const r = await run(
      'Представители концерна «Альфа» на стенде Тульской области провели переговоры с министерством промышленности Беларуси.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Министерство промышленности Беларуси']);
  });
});

describe('towns as sides of an agreement', () => {
  it('a town that signs, or that partners come from, is a side', async () => {
    expect(rels(await run('Гродно подписал соглашение с Псковом.'))).toEqual(['NEGOTIATES Гродно -> Псков']);
    expect(rels(await run('Гродненские предприятия подписали договоры с партнёрами из Пскова.'))).toEqual([
      'NEGOTIATES Гродненская область -> Псков',
    ]);
  });

  it('the town a company is from («компания «X» из Y») is the company’s, no side', async () => {
    const r = await run('Фирма «Кедр» из Костромы и Бобруйский завод тракторных деталей договорились о поставках.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бобруйский завод тракторных деталей -> Кедр']);
  });

  it('the town where it is signed is no side', async () => {
    const r = await run('В Пскове Гродненская область и Смоленская область подписали соглашение.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненская область -> Смоленская область']);
  });

  it('the town goods come from («поставки … из X») is no side of the talks', async () => {
    const r = await run(
      'Гродненская область и Калужская область подписали соглашение и обсудили поставки молочной продукции из Гродно в Калугу.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненская область -> Калужская область']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гродно -> Калуга']);
  });
});

describe('where an envoy serves', () => {
  it('the place after «посол X в» is no side of the meeting', async () => {
    const r = await run('С послом Беларуси в Китае встретился губернатор Тверской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Тверская область']);
  });

  it('a meeting in a place without an envoy keeps its sides', async () => {
    const r = await run('Делегация Беларуси в Китае провела переговоры с руководством провинции Шаньдун.');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Беларусь -> Шаньдун');
  });
});

describe('an official the text does not name', () => {
  it('is another person than the subject, so the subject heads nothing by that title', async () => {
    const r = await run('Максим Егоров встретился с губернатором Курской области.');
    expect(rels(r, 'HEADS')).toEqual([]);
    const s = await run('Губернатор Курской области встретился с Максимом Егоровым.');
    expect(rels(s, 'HEADS')).toEqual([]);
  });
});

describe('companies that sign with a partner «с»', () => {
  it('each company of the subject signs with the partner, not with each other', async () => {
    const r = await run('ПАО «Сбербанк» и ВТБ подписали соглашение с правительством Калужской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Правительство Калужской области -> Сбербанк',
      'NEGOTIATES ВТБ -> Правительство Калужской области',
    ]);
  });

  it('a list of companies without «с» pairs with nobody', async () => {
    const r = await run('Сбербанк, ВТБ и правительство Калужской области подписали соглашение.');
    expect(rels(r, 'NEGOTIATES').some((x) => x.includes('Сбербанк') && x.includes('ВТБ'))).toBe(false);
  });
});

describe('what the sides set up', () => {
  it('a body the sides agree to open is no side of the talks', async () => {
    const r = await run(
      'Курганская область и Костанайская область договорились открыть в Костанае представительство Курганской области.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Костанайская область -> Курганская область']);
  });
});

describe('talks at a distance', () => {
  it('a telephone conversation between two named people is talks', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденя провёл телефонный разговор с послом Армении Вагаршаком Арутюняном.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вагаршак Арутюнян -> Игорь Руденя']);
  });

  it('a videoconference of two places is talks between them', async () => {
    const r = await run('Представители Тверской области и Гомельской области провели видеоконференцию.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельская область -> Тверская область']);
  });
});

describe('receiving an official the text does not name', () => {
  it('is talks with the place of the post, as meeting him «с» is', async () => {
    const r = await run('Губернатор Тверской области Игорь Руденя принял посла Армении.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Армения -> Игорь Руденя']);
  });

  it('taking part or a decision receives no one', async () => {
    const r = await run('Губернатор Тверской области Игорь Руденя принял решение о поддержке компании «Кедр».');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('an event named before the subject', () => {
  it('a nominative name after the event’s locative phrase is the subject, not part of the event', async () => {
    const r = await run('На выставке Курганская область подписала соглашение с Витебской областью.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебская область -> Курганская область']);
    const s = await run('На конференции в Гомеле Тульская область подписала меморандум с Гомельской областью.');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельская область -> Тульская область']);
  });

  it('a quoted name after the event takes its case from its own noun: «компания «X»» is the subject', async () => {
    const r = await run('На полях агропромышленной выставки компания «Кедр» и холдинг «Бор» подписали соглашение.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бор -> Кедр']);
  });

  it('a genitive name after the event noun still belongs to the event', async () => {
    const r = await run('На ярмарке регионов Беларуси компания «Альфа» подписала договор с компанией «Бета».');
    expect(rels(r, 'NEGOTIATES').filter((x) => x.includes('Беларусь'))).toEqual([]);
  });
});

describe('talks with those who run a company named before', () => {
  it('«обсудил с руководством завода» holds talks with the plant named in the sentence before', async () => {
    const r = await run(
      'Губернатор Курганской области Вадим Шумков посетил ОАО «Станкомаш». Он обсудил с руководством завода выпуск станков.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вадим Шумков -> Станкомаш']);
  });
});

describe('renewing a contract', () => {
  it('«продлить контракт» is signing it anew, between the two sides', async () => {
    const r = await run('Комбинат «Заря» и фабрика «Лён» продлили контракт на поставку пряжи до 2029 года.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Заря -> Лён']);
    const s = await run('Завод «Ритм» пролонгировал договор с компанией «Кедр».');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Ритм']);
  });

  it('extending something that is no agreement is no signing', async () => {
    const r = await run('Комбинат «Заря» и фабрика «Лён» продлили сроки ремонта цехов.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('talks with an unnamed official whose post is a chain of titles', () => {
  it('«с заместителем председателя правительства X» stands for the place of the post', async () => {
    const r = await run(
      'Министр промышленности Беларуси Сергей Волков провёл переговоры с заместителем председателя правительства Тамбовской области.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Сергей Волков -> Тамбовская область']);
    const s = await run(
      'В Минске прошли переговоры министра промышленности Беларуси Сергея Волкова с заместителем председателя правительства Тамбовской области.',
    );
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Сергей Волков -> Тамбовская область']);
  });
});

describe('a document signed with no signer named', () => {
  it('is signed by what the two people who just met head', async () => {
    const r = await run(
      'Губернатор Тамбовской области Евгений Первышов встретился с губернатором Липецкой области Игорем Артамоновым. По итогам встречи подписан план мероприятий.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Липецкая область -> Тамбовская область');
  });

  it('a signing with its own sides, or after no meeting of two, adds nothing', async () => {
    const r = await run(
      'Губернатор Тамбовской области Евгений Первышов посетил Минск. По итогам визита подписан план мероприятий.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a sitting of the body of «двух стран»', () => {
  it('is talks between the two countries the article named', async () => {
    const r = await run(
      'Узбекистан закупил в Беларуси тракторы. В Ташкенте пройдёт заседание межправительственной комиссии двух стран.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Узбекистан']);
  });
});

describe('a sitting the sides hold together', () => {
  it('is talks between them', async () => {
    const r = await run(
      'Законодательное собрание Псковской области и Витебский областной Совет депутатов провели совместное заседание.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Витебский областной Совет депутатов -> Законодательное собрание Псковской области',
    ]);
  });

  it('a sitting that frames the sentence is no talks of what it names (guard, passes either way)', async () => {
    const r = await run('На заседании коллегии министерства рассказали о заводах «Альфа» и «Бета».');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a document «между» two bodies', () => {
  it('a gloss inside a side’s name is no side', async () => {
    const r = await run(
      'Соглашение о сотрудничестве между правительством Республики Саха (Якутия) и Витебским облисполкомом подписано в Минске.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебский облисполком -> Правительство Республики Саха']);
  });

  it('a contract for a delivery covers the delivery, not other cooperation', async () => {
    const r = await run('Контракт на поставку 150 лифтов подписан между компанией «Альфа» и компанией «Бета».');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Бета']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it('another document of the sentence still covers cooperation (guard, passes either way)', async () => {
    const r = await run(
      'Подписаны договор о поставках масла и соглашение о сотрудничестве между компанией «Альфа» и компанией «Бета».',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Бета']);
  });

  it('covers cooperation of the body itself when its place is never named', async () => {
    const r = await run('Соглашение между Витебским облисполкомом и правительством Курганской области подписано.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебский облисполком -> Курганская область']);
  });
});

describe('a colon before the clause that names the sides', () => {
  it('the signing after the colon pairs its own subjects', async () => {
    const r = await run(
      'Собеседники обсудили вопросы туризма: Тверской университет и Витебский университет подписали меморандум о сотрудничестве.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебский университет -> Тверской университет']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебский университет -> Тверской университет']);
  });

  it('also when the first clause has a word of cooperation too', async () => {
    const r = await run(
      'Гости обсудили сотрудничество в сфере культуры: компания «Альфа» и компания «Бета» подписали соглашение о сотрудничестве.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Бета']);
  });
});

describe("the maker named as the brand of a contract's goods", () => {
  it('signs nothing', async () => {
    const r = await run('Компания «Альфа» подписала контракт с хокимиятом Ташкента на поставку 120 автобусов ЛиАЗ.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Хокимият Ташкента']);
  });

  it('unlike a company after a noun of its people', async () => {
    const r = await run('Специалисты МАЗа провели переговоры с министерством промышленности Казахстана.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES МАЗ -> Министерство промышленности Казахстана']);
    const s = await run(
      'Представители автоконцерна «Хавейл» провели переговоры с министерством промышленности Казахстана.',
    );
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Министерство промышленности Казахстана -> Хавейл']);
  });
});

describe('what named sides agree on («договорились о …»)', () => {
  it('is a topic whose places are no sides', async () => {
    const r = await run('Беларусь и Киргизия договорились о создании в Чуйской области логистического центра.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Киргизия']);
  });

  it('a «с» partner after it still is a side', async () => {
    const r = await run('Гродненская область договорилась о сотрудничестве с Чуйской областью.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненская область -> Чуйская область']);
  });
});

describe('talks with the leadership of a place named before', () => {
  it('«с руководством провинции»: the bare place noun is the province, met by the person', async () => {
    const r = await run(
      'Основным покупателем остаётся провинция Хэйлунцзян. Губернатор Амурской области Иван Орлов обсудил с руководством провинции строительство моста.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Иван Орлов -> Хэйлунцзян']);
  });

  it('(guard, passes either way) a bare place noun not governed by «с» meets no one', async () => {
    const r = await run(
      'Основным покупателем остаётся провинция Хэйлунцзян. Губернатор Амурской области Иван Орлов обсудил с коллегами развитие провинции.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('talks that name only the partner after «с»', () => {
  it('are held by the subject the sentence before opens with', async () => {
    const r = await run(
      'Компания «Северавиа» рассматривает покупку четырёх вертолётов. Переговоры о поставке ведутся с холдингом «Винтокрыл».',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Винтокрыл -> Северавиа']);
    const s = await run('Гомельская область готова закупать зерно. Сейчас идут переговоры с компанией «Агрохолд».');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Агрохолд -> Гомельская область']);
  });

  it('with «переговоры» in any case', async () => {
    const r = await run(
      'Компания «Северавиа» рассматривает покупку четырёх вертолётов. К переговорам с холдингом «Винтокрыл» подключились юристы.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Винтокрыл -> Северавиа']);
  });

  it('also when a person reports the sentence before', async () => {
    const r = await run(
      'Компания «Северавиа» рассматривает покупку вертолётов, сообщил губернатор Иван Петров. Переговоры ведутся с холдингом «Винтокрыл».',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Винтокрыл -> Северавиа');
  });

  it('not when the sentence before opens with a person, nor when the talks have a subject (guard, passes either way)', async () => {
    const r = await run(
      'Губернатор Иван Петров посетил компанию «Северавиа». Переговоры ведутся с холдингом «Винтокрыл».',
    );
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Винтокрыл -> Северавиа');
    const s = await run(
      'Компания «Северавиа» покупает вертолёты. Холдинг «Ростех» ведёт переговоры с холдингом «Винтокрыл».',
    );
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Винтокрыл -> Ростех']);
  });

  it('a pronoun that stands for a person named before meets a place as the person would', async () => {
    const r = await run(
      'Посол Казахстана в России Ерлан Жумабеков прибыл в Оренбург. Он провёл переговоры с руководством Оренбургской области.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Ерлан Жумабеков -> Оренбургская область');
  });
});

describe('an unnamed envoy as the subject of a meeting', () => {
  it('meets the one person named after «с»: the person meets the place the envoy stands for', async () => {
    const r = await run('Посол Узбекистана встретился с Анной Соколовой.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Анна Соколова -> Узбекистан']);
    const b = await run('С губернатором Тульской области Алексеем Дюминым встретился посол Армении.');
    expect(rels(b, 'NEGOTIATES')).toEqual(['NEGOTIATES Алексей Дюмин -> Армения']);
  });

  it("an unnamed head is no side: the genitive of a head's title is what they head (guard, passes either way)", async () => {
    const r = await run('Министр экономики Узбекистана встретился с Анной Соколовой.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('taking part is no receiving', () => {
  it('two heads who «приняли участие» in a forum did not thereby meet', async () => {
    const r = await run(
      'В работе форума приняли участие губернатор Тверской области Игорь Руденко и председатель Витебского облисполкома Александр Субботин.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('«принял» a guest is still a meeting (guard, passes either way)', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко принял председателя Витебского облисполкома Александра Субботина.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Александр Субботин -> Игорь Руденко']);
  });
});

describe('someone who joins the meeting stated just before', () => {
  it('meets each of its people', async () => {
    const r = await run(
      'Губернатор Омской области Андрей Петров встретился с председателем Гродненского облисполкома Иваном Сомовым. Во встрече также принял участие посол Беларуси в России Олег Лис.',
    );
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Андрей Петров -> Иван Сомов',
      'NEGOTIATES Андрей Петров -> Олег Лис',
      'NEGOTIATES Иван Сомов -> Олег Лис',
    ]);
  });

  it('taking part in something else joins no meeting (guard, passes either way)', async () => {
    const r = await run(
      'Губернатор Омской области Андрей Петров встретился с председателем Гродненского облисполкома Иваном Сомовым. Посол Олег Лис принял участие в форуме.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Андрей Петров -> Иван Сомов']);
  });
});

describe('meetings in the plural with a list of partners', () => {
  it('are one meeting with each partner, who do not meet one another', async () => {
    const r = await run(
      'Губернатор Андрей Петров провёл рабочие встречи с губернаторами Тверской и Псковской областей Иваном Сомовым и Олегом Лисом.',
    );
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Андрей Петров -> Иван Сомов',
      'NEGOTIATES Андрей Петров -> Олег Лис',
    ]);
  });

  it('one meeting with two partners joins all three (guard, passes either way)', async () => {
    const r = await run(
      'Об этом губернатор Андрей Петров заявил в ходе встречи с послом Олегом Лисом и министром Иваном Сомовым.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Иван Сомов -> Олег Лис');
  });
});

describe('a document cited as a frame («в рамках соглашения», «согласно меморандуму»)', () => {
  it('is signed by nobody in the sentence: the places it names hold no talks', async () => {
    const r = await run('В рамках соглашения клиника в Перми примет на практику студентов из Бишкека и Оша.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
    const s = await run('Согласно меморандуму, вузы Омска и Павлодара обменяются преподавателями.');
    expect(rels(s, 'NEGOTIATES')).toEqual([]);
  });

  it('a document signed in the same sentence still makes the signers meet (guard, passes either way)', async () => {
    const r = await run('В рамках соглашения Омская область и Павлодарская область подписали план мероприятий.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Омская область -> Павлодарская область']);
  });
});

describe('a visit after a contrast («, а затем посетил …»)', () => {
  it('is no talks with the plants visited: only the «с» partner of its own part meets', async () => {
    const r = await run(
      'Губернатор Тверской области Иван Петров встретился с мэром Гомеля Олегом Зайцевым, а затем посетил заводы «Кедр» и «Ясень».',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Иван Петров -> Олег Зайцев']);
  });
});
