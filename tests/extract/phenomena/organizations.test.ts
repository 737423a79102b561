/**
 * Companies and public bodies: legal forms as an open class, abbreviations that
 * need evidence, Latin names, unquoted plant names and bodies named by a head
 * noun with genitive dependents. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('legal forms and abbreviations', () => {
  it('an abbreviation before a quoted name is its legal form, not a company', async () => {
    const r = await run('Казахстанское ТОО «Степной двор» и ЧУП «Агроснаб» подписали договор о поставках зерна.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Агроснаб', 'Степной двор']);
    expect(rels(r)).toContain('LOCATED_IN Степной двор -> Казахстан');
  });

  it('a non-commercial legal form makes the quoted name an organisation', async () => {
    const r = await run('Соглашение подписали АНО «Центр поддержки экспорта» и ООО «Полимерпласт».');
    expect(names(r, 'Organization')).toContain('Центр поддержки экспорта');
    expect(names(r, 'Enterprise')).toEqual(['Полимерпласт']);
  });

  it('a media abbreviation before a quoted name is no legal form', async () => {
    const r = await run('Об этом сообщает РИА «Северный вестник».');
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it('generic abbreviations are not companies', async () => {
    const r = await run('Рядом с ТРЦ построят АЗС, а резидентом ОЭЗ станет новый ТЦ.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it('an abbreviation with evidence is a company: a company noun, quotes, an alias in brackets', async () => {
    const r = await run(
      'Завод ЧТЗ и «ТТУ» договорились о ремонте. Брестский комбинат строительных материалов (БКСМ) поставит плиты. Продукцию БКСМ ждут в Омске.',
    );
    expect(names(r, 'Enterprise')).toEqual(
      expect.arrayContaining(['ЧТЗ', 'ТТУ', 'Брестский комбинат строительных материалов']),
    );
    expect(names(r, 'Enterprise')).not.toContain('БКСМ');
  });

  it('known abbreviations and mixed-case names stay companies', async () => {
    const r = await run('МАЗ, БелАЗ, МТЗ и КАМАЗ покажут технику, а ТрансАвтоСнаб её продаст.');
    expect(names(r, 'Enterprise')).toEqual(expect.arrayContaining(['МАЗ', 'БелАЗ', 'МТЗ', 'КАМАЗ']));
  });
});

describe('quoted and Latin names', () => {
  it('a place adjective before a quoted name stands for an elided company noun', async () => {
    const r = await run('Смоленское предприятие «Альфапак» и белорусский «Рыбпром» будут сотрудничать.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Альфапак', 'Рыбпром']);
    expect(rels(r)).toContain('LOCATED_IN Рыбпром -> Беларусь');
  });

  it('a quoted Latin name is one company', async () => {
    const r = await run('Меморандум подписали российская «KT Group» и китайская компания «Хуа Синь».');
    expect(names(r, 'Enterprise').sort()).toEqual(['KT Group', 'Хуа Синь']);
  });

  it('a Latin word sequence after a company noun or with an English company head is one name', async () => {
    const r = await run(
      'Вьетнамская компания SaiGon Motor Works начнёт сборку. Соглашение с Delta Trade Group подписано.',
    );
    expect(names(r, 'Enterprise').sort()).toEqual(['Delta Trade Group', 'SaiGon Motor Works']);
    expect(rels(r)).toContain('LOCATED_IN SaiGon Motor Works -> Вьетнам');
  });

  it('a Latin subject of a verb is a company; a Latin abbreviation alone is not', async () => {
    const r = await run('Northwind сообщает о росте продаж. Рынок IT растёт.');
    expect(names(r, 'Enterprise')).toEqual(['Northwind']);
  });

  it('a company noun compounded with a prefix still introduces a name', async () => {
    const r = await run('Автоконцерн «Вега Моторс» откроет склад в Гродно.');
    expect(names(r, 'Enterprise')).toEqual(['Вега Моторс']);
  });
});

describe('plants named by a noun phrase', () => {
  it('a place adjective, adjectives and a company head are a proper name in the nominative', async () => {
    const r = await run('Контракт с Курганским арматурным заводом подписан, и Омский шинный завод тоже готов.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Курганский арматурный завод', 'Омский шинный завод']);
    expect(names(r, 'Region')).toEqual([]);
  });

  it('a shipping company is named so too', async () => {
    const r = await run('Губернатор встретился с руководством Северного речного пароходства.');
    expect(names(r, 'Enterprise')).toEqual(['Северное речное пароходство']);
  });

  it('at the start of a sentence a place adjective with a bare head is not a name', async () => {
    const r = await run('Белорусский завод выпустил новую технику.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it("a broad area's adjective with more description names a company or an institution there too", async () => {
    const r = await run('Уральский завод тяжёлого машиностроения отправит в Узбекистан десять кранов.');
    expect(names(r, 'Enterprise')).toEqual(['Уральский завод тяжёлого машиностроения']);
    expect(rels(r)).toContain('SUPPLIES Уральский завод тяжёлого машиностроения -> Узбекистан');
    const s = await run('Сибирский федеральный университет и Гродненский университет откроют общую кафедру.');
    expect(names(s, 'Organization')).toContain('Сибирский федеральный университет');
  });

  it("a broad area's adjective with a bare head at the start of a sentence is no name (guard, passes either way)", async () => {
    const r = await run('Уральский завод выпустил новую технику.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it('ordinal numbers name plants; coordinated ordinals share the plural head', async () => {
    const r = await run('Российские 312-й и 725-й ремонтные заводы помогут, а на 940-й завод придут заказы.');
    expect(names(r, 'Enterprise').sort()).toEqual(['312-й ремонтный завод', '725-й ремонтный завод', '940-й завод']);
    expect(rels(r)).toContain('LOCATED_IN 312-й ремонтный завод -> Россия');
  });

  it('coordinated adjectives with a plural head are two plants, known ones by their reference name', async () => {
    const r = await run('Сотрудничество наладили с Белшиной, а также Минский тракторный и автомобильный заводы.');
    expect(names(r, 'Enterprise')).toEqual(expect.arrayContaining(['МТЗ', 'МАЗ']));
  });

  it('a compound and its full spelling are one company', async () => {
    const r = await run(
      'Партия отправлена Курскому автозаводу. Контракт между ОАО «МТЗ» и ПО «Курский автомобильный завод» подписан.',
    );
    expect(names(r, 'Enterprise').filter((n) => n.startsWith('Курский'))).toEqual(['Курский автомобильный завод']);
  });
});

describe('public bodies with genitive dependents', () => {
  it('a ministry with coordinated genitives keeps them all', async () => {
    const r = await run('Министерство развития туризма и экономики Тверской области подписало соглашение.');
    expect(names(r, 'Organization')).toEqual(['Министерство развития туризма и экономики Тверской области']);
  });

  it('a short adjective after the genitives is the predicate, not one more genitive', async () => {
    const r = await run('Акимат Костанайской области готов выделить участок под склад.');
    expect(names(r, 'Organization')).toEqual(['Акимат Костанайской области']);
    const s = await run('Хокимият Наманганской области рад новым инвесторам.');
    expect(names(s, 'Organization')).toEqual(['Хокимият Наманганской области']);
  });

  it('a country’s capital described by its adjective is named as the city', async () => {
    const r = await run('Завод «Кедр» подписал договор с мэрией узбекской столицы.');
    expect(names(r, 'Organization')).toEqual(['Мэрия Ташкента']);
  });

  it('genitives listed with commas and closed by «и» stay in the name, also in a title', async () => {
    const r = await run('Министерство энергетики, транспорта и связи Киргизии подписало соглашение с Омской областью.');
    expect(names(r, 'Organization')).toEqual(['Министерство энергетики, транспорта и связи Киргизии']);
    const s = await run('Министр энергетики, транспорта и связи Киргизии Канат Сапаров посетил Омск.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Канат Сапаров -> Министерство энергетики, транспорта и связи Киргизии']);
    expect(rels(s, 'TRADES_WITH')).toEqual([]);
  });

  it('a list of bodies in the genitive is no one body (guard, passes either way)', async () => {
    const r = await run(
      'В совещании участвовали представители министерства экономики, министерства финансов и палаты.',
    );
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('a generic genitive refers back to the region named before', async () => {
    const r = await run(
      'Делегация Курганской области прибыла в Гомель. Министерство промышленности региона подписало договор.',
    );
    expect(names(r, 'Organization')).toEqual(['Министерство промышленности Курганской области']);
  });

  it('a minister of the region heads the ministry of that region', async () => {
    const r = await run(
      'Делегация Курганской области прибыла в Гомель. По словам министра сельского хозяйства региона Ивана Петрова, ферма построена.',
    );
    expect(rels(r, 'HEADS')).toContain('HEADS Иван Петров -> Министерство сельского хозяйства Курганской области');
  });

  it('a place adjective and lower-case adjectives before the head belong to the name, also first in a sentence', async () => {
    const r = await run('Гомельский районный Совет депутатов и Совет депутатов Бердска подписали меморандум.');
    expect(names(r, 'Organization').sort()).toEqual(['Гомельский районный Совет депутатов', 'Совет депутатов Бердска']);
    const s = await run('Меморандум подписали Совет депутатов Бердска и Гомельский городской Совет депутатов.');
    expect(names(s, 'Organization').sort()).toEqual([
      'Гомельский городской Совет депутатов',
      'Совет депутатов Бердска',
    ]);
  });

  it('capitalised heads: a legislature, an association, a council of deputies', async () => {
    const r = await run(
      'Законодательное собрание Курганской области, Ассоциация пчеловодов Алтая и Совет депутатов Бердска подписали меморандум.',
    );
    expect(names(r, 'Organization').sort()).toEqual([
      'Ассоциация пчеловодов Алтая',
      'Законодательное собрание Курганской области',
      'Совет депутатов Бердска',
    ]);
  });

  it('a council of regions is an event and a board of directors names no body', async () => {
    const r = await run(
      'Совет регионов Беларуси и Казахстана пройдёт в Омске. Совет директоров компании одобрил сделку.',
    );
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('a mission includes its seat, "г." dropped, and a country by initials', async () => {
    const r = await run(
      'Делегация Кыргызской Республики прибыла в Омск. При содействии Генерального консульства КР в г. Томске прошли переговоры. ' +
        'При содействии Генерального консульства были подписаны соглашения.',
    );
    expect(names(r, 'Organization')).toEqual(['Генеральное консульство КР в Томске']);
  });

  it('an envoy office and a trade mission include where they sit', async () => {
    const r = await run(
      'Аппарат полномочного представителя Президента КР в Иссык-Кульской области и торгпредство России в Египте провели встречу.',
    );
    expect(names(r, 'Organization').sort()).toEqual([
      'Аппарат полномочного представителя Президента КР в Иссык-Кульской области',
      'Торгпредство России в Египте',
    ]);
  });

  it('representatives of a body still name it; the press service of a ministry does not', async () => {
    const r = await run(
      'Гости встретились с представителями Ассоциации производителей мебели Казахстана, сообщила пресс-служба МИД Киргизии.',
    );
    expect(names(r, 'Organization')).toEqual(['Ассоциация производителей мебели Казахстана']);
  });

  it('a body after "страны"/"государства-члены" names a group of countries, not a party', async () => {
    const r = await run(
      'Торговля со странами СНГ выросла, а государства-члены ЕАЭС договорились. ЕАЭС приняла решение.',
    );
    expect(names(r, 'Organization')).toEqual(['ЕАЭС']);
    expect(r.entities.find((e) => e.name === 'ЕАЭС')?.mentions).toHaveLength(1);
  });
});

describe('a hyphenated company noun before a quoted name', () => {
  it('is headed by its first noun («завод-изготовитель «X»»)', async () => {
    const r = await run('Завод-изготовитель «Кедр» поставит технику в Омск.');
    expect(names(r, 'Enterprise')).toEqual(['Кедр']);
    const s = await run('Компания-производитель «Кедр» расширила выпуск насосов.');
    expect(names(s, 'Enterprise')).toEqual(['Кедр']);
  });
});

describe('one capitalised word that compounds a company noun', () => {
  it('is the company when the dictionary lists it as an organisation, declined or not', async () => {
    const r = await run('Делегация посетила Уралвагонзавод и Курганмашзавод.');
    expect(names(r, 'Enterprise')).toEqual(['Уралвагонзавод', 'Курганмашзавод']);
    const s = await run('Специалисты Уралвагонзавода обучат белорусских коллег.');
    expect(names(s, 'Enterprise')).toEqual(['Уралвагонзавод']);
  });

  it('a common compound at the start of a sentence is no name', async () => {
    const r = await run('Автозавод выпустил сто машин.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('railways named by a capitalised adjective', () => {
  it("a place's or a compound adjective before «железная дорога» names a railway company", async () => {
    const r = await run('Западно-Сибирская железная дорога перевозит уголь в Омск.');
    expect(names(r, 'Enterprise')).toEqual(['Западно-Сибирская железная дорога']);
    const s = await run('Уголь перевозит Свердловская железная дорога.');
    expect(names(s, 'Enterprise')).toEqual(['Свердловская железная дорога']);
  });

  it('an ordinary adjective names no railway', async () => {
    const r = await run('Новая железная дорога соединит два города.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('mines run as companies', () => {
  it('«рудник / шахта «X»» names a company', async () => {
    const r = await run('Завод «Кедр» поставит на рудник «Кумтор» шесть экскаваторов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Кумтор']);
  });
});

describe('an office of a company named next', () => {
  it('is no body of its own: «представительство астраханской компании / ОАО «X»»', async () => {
    const r = await run('В Ашхабаде откроется представительство омской компании «Сибирский путь».');
    expect(names(r, 'Organization')).toEqual([]);
    expect(names(r, 'Enterprise')).toEqual(['Сибирский путь']);
    const s = await run('В Ташкенте открылось представительство ОАО «Кедр».');
    expect(names(s, 'Organization')).toEqual([]);
  });

  it("a state's trade mission stays a body", async () => {
    const r = await run('В Ташкенте открылось торговое представительство Беларуси.');
    expect(names(r, 'Organization')).toEqual(['Торговое представительство Беларуси']);
  });
});

describe('brackets', () => {
  it('a known short name in brackets after a plant phrase is that company', async () => {
    const r = await run('Минский завод колёсных тягачей («МЗКТ») представил новую машину.');
    expect(names(r, 'Enterprise')).toEqual(['МЗКТ']);
  });
});

describe('subdivisions inside and around body names', () => {
  it('an unknown subdivision named by an adjective and its noun is a region', async () => {
    const r = await run('Делегация из Нарынской области и Южного аймака посетила Омск.');
    expect(names(r, 'Region').sort()).toEqual(['Нарынская область', 'Южный аймак']);
  });

  it('adjectives joined by «и» or commas that share a plural noun are a region each', async () => {
    const r = await run('Компания «Кедр» поставит тракторы в Увсский, Ховдский и Западный аймаки.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Кедр -> Увсский аймак',
      'SUPPLIES Кедр -> Ховдский аймак',
      'SUPPLIES Кедр -> Западный аймак',
    ]);
    const s = await run('Техника предназначена для хозяйств Южной и Северной провинций.');
    expect(names(s, 'Region')).toEqual(['Южная провинция', 'Северная провинция']);
  });
});

describe('an acronym of a body named before', () => {
  it('refers to it, up to a dedication and by each part of a hyphenated word', async () => {
    const r = await run(
      'Омский государственный технический университет имени Ивана Петрова подписал договор. Ректор ОГТУ Пётр Лосев выступил на форуме.',
    );
    expect(rels(r, 'HEADS')).toContain(
      'HEADS Пётр Лосев -> Омский государственный технический университет имени Ивана Петрова',
    );
    const s = await run(
      'Казанский научно-исследовательский институт подписал договор. Директор КНИИ Иван Сидоров выступил.',
    );
    expect(rels(s, 'HEADS')).toEqual(['HEADS Иван Сидоров -> Казанский научно-исследовательский институт']);
  });
});

describe('an abbreviation of opening letters, in mixed case', () => {
  it('takes a capital and the small letters after it from each word of a body named before', async () => {
    const r = await run(
      'Вчера Сибирский государственный университет подписал договор с Гомельским университетом. Ректор СибГУ Олег Белов выступил на форуме.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Олег Белов -> Сибирский государственный университет']);
    expect(names(r, 'Enterprise')).toEqual([]);
  });

  it("a hyphenated word gives one chunk per part, also after a broad area's compound adjective at the start", async () => {
    const r = await run(
      'Южно-Уральский технический университет откроет кафедру в Гомеле. Ректор ЮУрТУ Пётр Рудаков подписал приказ.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Пётр Рудаков -> Южно-Уральский технический университет']);
  });

  it('a coined name whose letters do not match is its own company (guard, passes either way)', async () => {
    const r = await run('Вчера Сибирский государственный университет и компания «ТехноСиб» подписали договор.');
    expect(names(r, 'Enterprise')).toEqual(['ТехноСиб']);
  });
});

describe('a ministry of several fields', () => {
  it('listed with commas is one body, which the minister heads', async () => {
    const r = await run(
      'Посол встретился с министром транспорта, связи и цифрового развития Казахстана Бауыржаном Сарсеновым.',
    );
    expect(names(r, 'Organization')).toEqual(['Министерство транспорта, связи и цифрового развития Казахстана']);
    expect(rels(r, 'HEADS')).toEqual([
      'HEADS Бауыржан Сарсенов -> Министерство транспорта, связи и цифрового развития Казахстана',
    ]);
  });
});

describe('a ministry with a remit «по» + dative', () => {
  it('is named in full in any case, and its abbreviation is the same body', async () => {
    const r = await run('Завод «Кедр» передал Министерству по чрезвычайным ситуациям Беларуси два вертолёта.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Министерство по чрезвычайным ситуациям Беларуси']);
    const s = await run('Глава МЧС Беларуси Андрей Петров посетил Казань.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Андрей Петров -> Министерство по чрезвычайным ситуациям Беларуси']);
  });
});

describe('bodies in a title', () => {
  it('the chairman of a government heads it; a deputy chairman names no body', async () => {
    const r = await run(
      'Делегация Курганской области прибыла в Минск. Гостей принял председатель правительства области Иван Петров. ' +
        'Заместитель председателя правительства Омской области Павел Сидоров тоже приехал.',
    );
    expect(names(r, 'Organization')).toEqual(['Правительство Курганской области']);
    expect(rels(r, 'HEADS')).toContain('HEADS Иван Петров -> Правительство Курганской области');
  });

  it('institutions named by adjectives and an institution head, without quotes', async () => {
    const r = await run(
      'Томский политехнический университет и Гродненский государственный университет договорились о сотрудничестве.',
    );
    expect(names(r, 'Organization').sort()).toEqual([
      'Гродненский государственный университет',
      'Томский политехнический университет',
    ]);
    const s = await run('Иск рассмотрел Арбитражный суд Омской области.');
    expect(names(s, 'Organization')).toEqual(['Арбитражный суд Омской области']);
  });

  it('"торговый дом" with a quoted name is a company', async () => {
    const r = await run('В Оренбурге открылся торговый дом «Славянка».');
    expect(names(r, 'Enterprise')).toEqual(['Славянка']);
  });

  it('a brand abbreviation declined with a case ending is the brand ("МАЗа", "БЕЛАЗов")', async () => {
    const r = await run('Тульские предприятия производят комплектующие для БелАЗа и МАЗа.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Тульская область -> БелАЗ',
      'SUPPLIES Тульская область -> МАЗ',
    ]);
    const s = await run('Завод выпускает детали для БЕЛАЗов.');
    expect(names(s, 'Enterprise')).toEqual(['БелАЗ']);
  });
});

describe('regional bodies and heads of Kazakhstan, Uzbekistan and Turkmenistan', () => {
  it('"акимат X" is a body, "хоким X" heads X', async () => {
    const r = await run('Акимат Костанайской области и правительство Курганской области подписали дорожную карту.');
    expect(names(r, 'Organization')).toContain('Акимат Костанайской области');
    const s = await run('Хоким Андижанской области Шухрат Каримов принял делегацию.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Шухрат Каримов -> Андижанская область']);
  });

  it('a government named by the adjective of a kind of region is that of the region in view', async () => {
    const r = await run(
      'Министр транспорта Самарской области Иван Петров посетил Минск. Областное правительство закупило 120 белорусских автобусов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Правительство Самарской области']);
    const s = await run('Областное правительство закупило 120 белорусских автобусов.');
    expect(names(s, 'Organization')).toEqual([]);
  });

  it('an executive named by its place adjective is a body, as «Минский облисполком» is', async () => {
    const r = await run('Ташкентский хокимият и ОАО «Кедр» подписали договор о поставке лифтов.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Ташкентский хокимият']);
    const s = await run('Павлодарский областной акимат и ОАО «Кедр» подписали договор.');
    expect(names(s, 'Organization')).toEqual(['Павлодарский областной акимат']);
  });

  it('a Turkmen «хяким» heads the velayat named with him', async () => {
    const r = await run('Губернатор провёл переговоры с хякимом Лебапского велаята Русланом Тагиевым.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Руслан Тагиев -> Лебапский велаят']);
  });
});

describe('a capital inside the sentence marks a body’s proper name', () => {
  it('a capitalised head with lower-case genitives is a body', async () => {
    expect(names(await run('Меморандум подписали с Фондом развития промышленности.'), 'Organization')).toEqual([
      'Фонд развития промышленности',
    ]);
    const r = await run(
      'Российский экспортный центр и Белорусский фонд поддержки предпринимателей подписали меморандум.',
    );
    expect(names(r, 'Organization')).toContain('Белорусский фонд поддержки предпринимателей');
  });

  it('a central or national bank is a body; a lower-case head is no name', async () => {
    expect(names(await run('Решение принял Центральный банк России.'), 'Organization')).toEqual([
      'Центральный банк России',
    ]);
    expect(names(await run('Меморандум подписали с фондом развития промышленности.'), 'Organization')).toEqual([]);
    expect(names(await run('Кредит выдал банк.'), 'Organization')).toEqual([]);
  });
});

describe('a body named at the start of a sentence', () => {
  it('a head with two genitives or a remit is a body there too', async () => {
    const r = await run('Фонд развития промышленности выделит заём компании «Альфа».');
    expect(names(r, 'Organization')).toEqual(['Фонд развития промышленности']);
    const s = await run('Агентство по развитию предпринимательства выделит грант компании «Альфа».');
    expect(names(s, 'Organization')).toEqual(['Агентство по развитию предпринимательства']);
  });

  it('a head with one genitive is no name there (guard, passes either way)', async () => {
    expect(names(await run('Фонд помощи выделит грант компании «Альфа».'), 'Organization')).toEqual([]);
  });
});

describe('research and teaching bodies', () => {
  it('the name a body bears belongs to its name', async () => {
    const r = await run(
      'Стороны обсудили сотрудничество с Московским государственным техническим университетом имени Баумана.',
    );
    expect(names(r, 'Organization')).toEqual(['Московский государственный технический университет имени Баумана']);
    const s = await run('Делегация посетила Гомельский государственный университет имени Франциска Скорины.');
    expect(names(s, 'Organization')).toEqual(['Гомельский государственный университет имени Франциска Скорины']);
    expect(names(s, 'Person')).toEqual([]);
  });

  it('a capitalised institute or academy with genitive dependents is a body', async () => {
    const r = await run(
      'Меморандум подписали Институт физики им. Б. И. Степанова и Томский политехнический университет.',
    );
    expect(names(r, 'Organization')).toEqual([
      'Институт физики им. Б. И. Степанова',
      'Томский политехнический университет',
    ]);
    const s = await run('Соглашение подписали Институт физики НАН Беларуси и Томский политехнический университет.');
    expect(names(s, 'Organization')).toContain('Институт физики НАН Беларуси');
    // A sentence-initial adjective that is also a noun does not join a genitive head.
    const t = await run('Ученые Академии наук Татарстана приедут в Минск.');
    expect(names(t, 'Organization')).toEqual(['Академия наук Татарстана']);
    // Lower case, or no name among the dependents: no particular body.
    expect(names(await run('Они окончили институт физики.'), 'Organization')).toEqual([]);
    expect(names(await run('Институт физики провёл конференцию.'), 'Organization')).toEqual([]);
  });
});

describe('quoted names inside quoted names', () => {
  it('the innermost name is the company, the description around it an alias', async () => {
    const r = await run(
      'ОАО «Витебский станкостроительный завод «Вистан»» и Череповецкий металлургический комбинат договорились о выпуске станков.',
    );
    expect(names(r, 'Enterprise')).toEqual(['Вистан', 'Череповецкий металлургический комбинат']);
    expect(r.entities.find((e) => e.name === 'Вистан')?.aliases).toContain('Витебский станкостроительный завод Вистан');
  });

  it('also when the outer closing mark is dropped, and the bare name later is the same company', async () => {
    expect(names(await run('Продукцию поставит ОАО «Минский завод «Термопласт».'), 'Enterprise')).toEqual([
      'Термопласт',
    ]);
    const r = await run('Контракт подписало ОАО «Минский завод «Термопласт»». Продукцию «Термопласта» получит Омск.');
    expect(names(r, 'Enterprise')).toEqual(['Термопласт']);
  });
});

describe('bodies named by a capitalised adjective', () => {
  it('inside the sentence, a capitalised adjective and a body head are a proper name', async () => {
    const r = await run('В переговорах участвовали представители Евразийской экономической комиссии.');
    expect(names(r, 'Organization')).toEqual(['Евразийская экономическая комиссия']);
    // At the start of a sentence a capital proves nothing.
    expect(names(await run('Экономическая комиссия собралась в Минске.'), 'Organization')).toEqual([]);
  });

  it('representatives of a body make it a party; one representative’s office does not', async () => {
    const r = await run('Делегация встретилась с представителями Федеральной таможенной службы.');
    expect(names(r, 'Organization')).toEqual(['ФТС России']);
    const s = await run('Об этом сообщил заместитель руководителя Федеральной таможенной службы.');
    expect(names(s, 'Organization')).toEqual([]);
  });
});

describe('an institution named by its town at the start of a sentence', () => {
  it('"Полоцкий университет" opening a sentence is the university, as inside one', async () => {
    const r = await run('Пинский университет заключил договор с Тверским государственным университетом.');
    expect(names(r, 'Organization').sort()).toEqual(['Пинский университет', 'Тверской государственный университет']);
  });

  it('a country adjective singles out no university', async () => {
    const r = await run('Российский университет заключил договор с Тверским государственным университетом.');
    expect(names(r, 'Organization')).toEqual(['Тверской государственный университет']);
  });
});

describe('a body of an elliptic list of places', () => {
  it('"комиссия Тульской и Гродненской областей" is no body named after the first place', async () => {
    const r = await run('Комиссия Курской и Брестской областей обсудила поставки зерна.');
    expect(names(r, 'Organization')).toEqual([]);
    expect(names(r, 'Region').sort()).toEqual(['Брестская область', 'Курская область']);
  });

  it('a ministry whose remit is a list of adjectives keeps its name', async () => {
    const r = await run('Министерство сельского и лесного хозяйства Беларуси подписало соглашение.');
    expect(names(r, 'Organization')).toEqual(['Министерство сельского и лесного хозяйства Беларуси']);
  });
});

describe('an executive committee spelt out and abbreviated', () => {
  it('is one body, the one the reference data knows', async () => {
    const r = await run(
      'Минский городской исполнительный комитет подписал программу с правительством Тульской области. Председатель Мингорисполкома провёл встречу.',
    );
    expect(names(r, 'Organization').filter((n) => n.includes('горисполком'))).toEqual(['Минский горисполком']);
  });
});

describe('a bare «горисполком» after a Belarusian town', () => {
  it('is that town’s executive committee, which its chairman heads', async () => {
    const r = await run('Делегация Гомеля во главе с председателем горисполкома Сергеем Ракитой прибыла в Брянск.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Сергей Ракита -> Гомельский горисполком']);
    const s = await run('Делегация Мозыря во главе с председателем горисполкома Иваном Петровым прибыла в Брянск.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Иван Петров -> Мозырский горисполком']);
  });

  it('a Russian town has none (guard, passes either way)', async () => {
    const r = await run('Делегация Брянска во главе с председателем горисполкома Иваном Петровым прибыла в Гомель.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('a regional executive the dictionary does not know', () => {
  it('is a body by its noun reading, though its likeliest guess is another part of speech', async () => {
    const r = await run('Компания «Альфа» подписала договор с хокимиятом Наманганской области на поставку насосов.');
    expect(names(r, 'Organization')).toEqual(['Хокимият Наманганской области']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Хокимият Наманганской области']);
  });
});

describe('a shipyard before a quoted name', () => {
  it('«судоверфь» is a company noun, and what it builds for a buyer it supplies', async () => {
    const r = await run('Астраханская судоверфь «Каспий» построит для Казахстана два танкера.');
    expect(names(r, 'Enterprise')).toEqual(['Каспий']);
    expect(rels(r)).toContain('SUPPLIES Каспий -> Казахстан');
  });
});

describe('a genitive dependent that opens with an adjective', () => {
  it('belongs to the plant’s name though the adjective alone reads nominative, also at the start of a sentence', async () => {
    const r = await run('Тульский завод бытовой химии отправил в Казахстан сорок тонн порошка.');
    expect(names(r, 'Enterprise')).toEqual(['Тульский завод бытовой химии']);
    expect(rels(r)).toContain('SUPPLIES Тульский завод бытовой химии -> Казахстан');
    const s = await run('Контракт подписал Курский завод морской техники.');
    expect(names(s, 'Enterprise')).toEqual(['Курский завод морской техники']);
  });
});

describe('a hospital named by its place', () => {
  it('is an institution, as a university is', async () => {
    const r = await run('Томский университет и Гомельская областная больница договорились об обмене врачами.');
    expect(names(r, 'Organization')).toContain('Гомельская областная больница');
  });

  it('a hospital being built is still a project (guard, passes either way)', async () => {
    const r = await run('Компания «Вектор» построит в Омске новую больницу.');
    expect(names(r, 'Project')).toEqual(['новая больница']);
  });
});

describe('the source of the news', () => {
  it('a regional ministry whose press service reports is no party, nor the federal body its bare abbreviation names', async () => {
    const r = await run(
      'Как сообщила пресс-служба Минпромторга Омской области, завод «Кедр» и компания «Бор» подписали соглашение о сотрудничестве.',
    );
    expect(names(r, 'Organization')).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бор -> Кедр']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Бор -> Кедр']);
  });

  it('whoever reports, before the first comma or after the last, is no party of what is reported', async () => {
    const before = await run(
      'Как сообщили в администрации Тюменской области, завод «Кедр» и компания «Бор» подписали соглашение о сотрудничестве.',
    );
    expect(rels(before, 'NEGOTIATES')).toEqual(['NEGOTIATES Бор -> Кедр']);
    expect(rels(before, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Бор -> Кедр']);
    const after = await run(
      'Завод «Кедр» и компания «Бор» подписали соглашение о сотрудничестве, сообщает пресс-служба губернатора Тюменской области.',
    );
    expect(rels(after, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Бор -> Кедр']);
  });

  it('a medium cited as the source is no entity of the article', async () => {
    const r = await run('По данным агентства Bloomberg, Беларусь увеличила экспорт калия в Китай.');
    expect(names(r, 'Enterprise')).toEqual([]);
    const s = await run('Как сообщает агентство «Вестник», завод «Кедр» и компания «Бор» подписали соглашение.');
    expect(names(s).filter((n) => n === 'Вестник')).toEqual([]);
  });

  it('a medium that is a party is one (guard, passes either way)', async () => {
    const r = await run('Агентство «Вестник» подписало соглашение с заводом «Кедр».');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вестник -> Кедр']);
  });
});

describe('bodies named by where they sit', () => {
  it('an office with a seat but no owner in the genitive is no body', async () => {
    const r = await run('Компания «Бета» весной откроет представительство в Новосибирске.');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('an office of a named owner with its seat is a body (guard, passes either way)', async () => {
    const r = await run('Торговое представительство Беларуси в Новосибирске провело деловой форум.');
    expect(names(r, 'Organization')).toEqual(['Торговое представительство Беларуси в Новосибирске']);
  });
});

describe('quotes inside quotes', () => {
  it('the inner „…“ of Russian typesetting nest as inner guillemets do: the innermost name is the company', async () => {
    const r = await run('ОАО «Бобруйский завод „Ротор“» выпускает насосы.');
    expect(names(r, 'Enterprise')).toEqual(['Ротор']);
    const b = await run('ОАО «Бобруйский завод «Ротор»» выпускает насосы.');
    expect(names(b, 'Enterprise')).toEqual(['Ротор']);
  });
});

describe("a Latin name after a head's title", () => {
  it('is the company the person heads', async () => {
    const r = await run('Генеральный директор Lenovo в Казахстане Ван Мин посетил Минск.');
    expect(names(r, 'Enterprise')).toEqual(['Lenovo']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Ван Мин -> Lenovo']);
  });
});

describe("a declined quoted name after a head's title", () => {
  it('is the company headed, in its nominative', async () => {
    const r = await run('Гендиректор «Ротора» Павел Орлов подписал контракт с Казахстаном.');
    expect(names(r, 'Enterprise')).toEqual(['Ротор']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Павел Орлов -> Ротор']);
  });
});

describe('examples introduced by «, как»', () => {
  it('quoted names after «такие компании, как» are companies', async () => {
    const r = await run('Такие компании, как «Кедр», «Ротор» и «Вектор», уже поставляют продукцию в Киргизию.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Вектор', 'Кедр', 'Ротор']);
  });

  it('«как» with no class noun before it types nothing (guard, passes either way)', async () => {
    const r = await run('Проект, как и «Северный поток», обсуждался долго.');
    expect(names(r, 'Enterprise')).toEqual([]);
  });
});

describe('an executive committee named from its oblast', () => {
  it('is the body the reference knows, however the adjective is spelt', async () => {
    const r = await run(
      'Делегация Могилёвской области во главе с председателем облисполкома Петром Ивановым прибыла в Пермь. Соглашение подписали правительство Пермского края и Могилевский облисполком.',
    );
    expect(names(r, 'Organization').filter((n) => n.includes('облисполком'))).toEqual(['Могилевский облисполком']);
  });
});
