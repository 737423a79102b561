/**
 * People's names: the surname follows the first name's paradigm (case, number,
 * gender), indeclinable surnames stay as written, foreign names in apposition
 * to a title are people, and initials with a surname are people; names of
 * companies are not. All sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

async function persons(text: string): Promise<string[]> {
  return names(await run(text), 'Person');
}

describe('surnames decline with the first name', () => {
  it('undoes a possessive surname the dictionary reads as a common noun', async () => {
    // "Лопухов" is also the genitive plural of "лопух"; the name paradigm decides.
    expect(await persons('Губернатор Тверской области Вадим Лопухов посетил Гомель.')).toEqual(['Вадим Лопухов']);
    expect(await persons('Делегация встретилась с Вадимом Лопуховым в Минске.')).toEqual(['Вадим Лопухов']);
  });

  it('keeps a woman’s surname feminine', async () => {
    expect(await persons('Министр провёл переговоры с Ириной Синицыной.')).toEqual(['Ирина Синицына']);
    expect(await persons('Соглашение подписала Ирина Синицына.')).toEqual(['Ирина Синицына']);
  });

  it('reads a genitive after a title in the genitive as a man’s name', async () => {
    const text = 'Встреча прошла при участии генерального директора агентства Наиля Кротова.';
    expect(await persons(text)).toEqual(['Наиль Кротов']);
  });

  it('takes the reading the article uses elsewhere for an ambiguous form', async () => {
    const text = 'Делегация побывала у Александра Ершина. Позже Александр Ершин осмотрел завод в Гомеле.';
    expect(await persons(text)).toEqual(['Александр Ершин']);
  });

  it('reads the surname in the case a preposition governs', async () => {
    expect(await persons('Документ направили Роману Кротову и Игорю Шелесту.')).toEqual(
      expect.arrayContaining(['Роман Кротов']),
    );
    expect(await persons('Министр встретился с Олегом Гоголем.')).toEqual(['Олег Гоголь']);
  });

  it('restores the fleeting «е» of a surname in «-ец»', async () => {
    const r = await run('Губернатор встретился с Андреем Сивцом и Павлом Кравцом.');
    expect(names(r, 'Person').sort()).toEqual(['Андрей Сивец', 'Павел Кравец']);
  });

  it('keeps indeclinable surnames as written', async () => {
    expect(await persons('Губернатор Пермского края Олег Седых посетил Минск.')).toEqual(['Олег Седых']);
    expect(await persons('Стороны договорились с Олегом Седых о поставках.')).toEqual(['Олег Седых']);
    expect(await persons('Переговоры с Игорем Гриценко прошли в Гомеле.')).toEqual(['Игорь Гриценко']);
    expect(await persons('Документ подписала Анна Моор.')).toEqual(['Анна Моор']);
  });

  it('declines Ukrainian and Belarusian surnames in -ук and -вич', async () => {
    expect(await persons('Переговоры с Игорем Ковальчуком прошли в Гомеле.')).toEqual(['Игорь Ковальчук']);
    expect(await persons('Соглашение подписал Иван Жукович.')).toEqual(['Иван Жукович']);
    expect(await persons('Губернатор встретился с Иваном Жуковичем.')).toEqual(['Иван Жукович']);
  });
});

describe('names after a title', () => {
  it('finds a Chinese name after a governor of a province, in any case', async () => {
    const r = await run('Губернатор провинции Ганьсу Лю Чжэньхуа посетил Новосибирск. Лю Чжэньхуа осмотрел завод.');
    expect(names(r, 'Person')).toEqual(['Лю Чжэньхуа']);
    expect(await persons('Министр встретился с губернатором провинции Ганьсу Ли Сяоганом.')).toEqual(['Ли Сяоган']);
  });

  it('finds a name after a party secretary and after an ambassador', async () => {
    expect(await persons('Секретарь парткома города Ухань Чжоу Юнхэ выступил на форуме.')).toEqual(['Чжоу Юнхэ']);
    expect(await persons('Посол Индии Рамеш Ганготра посетил Минск.')).toEqual(['Рамеш Ганготра']);
  });

  it('reads a Mongolian name after a governor in the instrumental', async () => {
    const text = 'Глава Бурятии провёл встречу с губернатором аймака Сэлэнгэ Цэрэнгийн Ганбатом.';
    expect(await persons(text)).toEqual(['Цэрэнгийн Ганбат']);
  });

  it('reads a three-part name after a title closed by a known place, in any case', async () => {
    const r = await run('Посол Беларуси провёл переговоры с министром торговли Вьетнама Чан Зуй Шоном.');
    expect(names(r, 'Person')).toEqual(['Чан Зуй Шон']);
    expect(names(r, 'Organization')).toEqual(['Министерство торговли Вьетнама']);
    const s = await run('Министр промышленности Вьетнама Нгуен Хонг Зьен посетил Минск.');
    expect(names(s, 'Person')).toEqual(['Нгуен Хонг Зьен']);
    expect(names(s, 'Organization')).toEqual(['Министерство промышленности Вьетнама']);
  });

  it("after a chain of titles the first title gives the case; «-ом» is a man's instrumental", async () => {
    const r = await run('Посол Беларуси встретился с заместителем министра торговли Вьетнама Чан Зуй Шоном.');
    expect(names(r, 'Person')).toEqual(['Чан Зуй Шон']);
  });

  it('a three-part name whose first parts the dictionary knows as first names still declines only its last', async () => {
    const r = await run('Губернатор принял посла Вьетнама Данг Минь Кхоя.');
    expect(names(r, 'Person')).toEqual(['Данг Минь Кхой']);
  });

  it('reads two words after a title as a name when the dictionary knows neither as a name', async () => {
    expect(await persons('Совещание провёл аким Гауез Нурмухамбетов.')).toEqual(['Гауез Нурмухамбетов']);
    const r = await run('Губернатор Омской области Иван Петров встретился с акимом Жанбыром Кулмухамбетовым.');
    expect(names(r, 'Person')).toEqual(['Иван Петров', 'Жанбыр Кулмухамбетов']);
  });

  it('a title whose genitives are coordinated by «и» still gives the name after them', async () => {
    const r = await run('Губернатор встретился с министром энергетики и транспорта Киргизии Канатом Сапаровым.');
    expect(names(r, 'Person')).toEqual(['Канат Сапаров']);
  });

  it('the partner of a meeting after «с», two instrumentals the second a guessed surname, is a person', async () => {
    const r = await run('Губернатор Омской области Иван Петров провёл переговоры с Канатом Сапаровым.');
    expect(names(r, 'Person')).toEqual(['Иван Петров', 'Канат Сапаров']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Иван Петров -> Канат Сапаров']);
  });

  it('a place after «с» is no partner’s name (guard, passes either way)', async () => {
    const r = await run('Губернатор провёл переговоры с Курганской областью.');
    expect(names(r, 'Person')).toEqual([]);
  });

  it('a foreign place the dictionary only guesses, between a title and a full name, is the place', async () => {
    const r = await run('В Гомеле прошла встреча губернатора Хунани Олега Зайцева и мэра Гомеля Ивана Петрова.');
    expect(names(r, 'Person')).toEqual(['Олег Зайцев', 'Иван Петров']);
    expect(rels(r, 'HEADS')).toContain('HEADS Олег Зайцев -> Хунань');
  });

  it('does not take a capitalised body after a title for a person', async () => {
    expect(await persons('Председатель Совета Федерации выступил на форуме.')).toEqual([]);
  });
});

describe('initials and a surname', () => {
  it('is a person, declined by the title before it', async () => {
    expect(await persons('В Омск прибыл заместитель представителя правительства С. Алымбеков.')).toEqual([
      'С. Алымбеков',
    ]);
    expect(await persons('Состоялся визит заместителя посла Т.Жолдошева в Омск.')).toEqual(['Т. Жолдошев']);
  });
});

describe('names of companies are not people', () => {
  it('skips two capitalised words in quotes after a company noun', async () => {
    expect(await persons('Представители концерна «Лаудан Мотор» провели переговоры в Туле.')).toEqual([]);
    expect(await persons('Представители концерна "Арина Мотор" провели переговоры в Туле.')).toEqual([]);
  });

  it('skips a brand after a company noun, even after a title', async () => {
    expect(await persons('Директор компании Фэнсин Текнолоджи посетил Минск.')).toEqual([]);
  });

  it('keeps a person named after a title and a company in the genitive', async () => {
    const r = await run('Визит генерального директора Минского моторного завода Петра Лукина прошёл успешно.');
    expect(names(r, 'Person')).toEqual(['Петр Лукин']);
    expect(rels(r, 'HEADS').length).toBeLessThanOrEqual(1);
  });
});

describe('titles and what they head', () => {
  it('reads a title set off by a comma after the name', async () => {
    const r = await run('«Мы готовы к поставкам», — сказал Иван Лопухов, губернатор Тверской области.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Лопухов -> Тверская область']);
  });

  it('gives no HEADS to a deputy named with a title after the name', async () => {
    const r = await run('«Мы готовы к поставкам», — сказал Иван Лопухов, заместитель губернатора Тверской области.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });

  it('pairs coordinated heads with coordinated places in order', async () => {
    const r = await run('Главы Гродненской и Брестской областей Иван Лопухов и Пётр Синицын подписали соглашение.');
    expect(rels(r, 'HEADS')).toEqual(
      expect.arrayContaining(['HEADS Иван Лопухов -> Гродненская область', 'HEADS Пётр Синицын -> Брестская область']),
    );
    expect(rels(r, 'HEADS')).toHaveLength(2);
  });

  it('a bare title after «во главе с» heads the company named before it, which is still the side', async () => {
    const r = await run(
      'ОАО «Кедр» во главе с генеральным директором Иваном Петровым провело переговоры с фирмой «Ясень».',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Петров -> Кедр']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Ясень']);
  });

  it('a predicate between the title and the name ends the role', async () => {
    const r = await run('Губернатором Орловской области назначен Андрей Клычков.');
    expect(attributesOf(r, 'HEADS', 'Андрей Клычков', 'Орловская область')?.role).toBe('Губернатор Орловской области');
  });

  it('does not carry a title across a verb to a later name', async () => {
    const r = await run('Губернатор Тверской области встретился в Минске с Петром Синицыным.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });

  it('states the head of an executive committee once, not also of its oblast', async () => {
    const r = await run(
      'Председатель Витебского облисполкома Иван Лопухов посетил Тверь. Глава Витебской области Иван Лопухов осмотрел завод.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Лопухов -> Витебский облисполком']);
  });
});

describe('a title before a name that has brackets or a dash inside', () => {
  it('heads the region glossed in brackets or joined by a dash', async () => {
    const r = await run('Глава Республики Саха (Якутия) Андрей Петров встретился с послом Монголии.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Андрей Петров -> Республика Саха (Якутия)']);
    const s = await run('Губернатор Ханты-Мансийского автономного округа – Югры Андрей Петров посетил Минск.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Андрей Петров -> Ханты-Мансийский автономный округ — Югра']);
  });

  it('a bracket that is no gloss still ends the title (guard, passes either way)', async () => {
    const r = await run('Губернатор (по данным пресс-службы) Андрей Петров посетил Минск.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('regional titles of one country', () => {
  it('puts a bare governor at the head of the Russian region and an akim at the head of the Kazakh one', async () => {
    const r = await run(
      'Курганская область и Костанайская область Казахстана подписали план мероприятий. Документ подписали губернатор Иван Лопухов и аким области Ерлан Сапаров.',
    );
    expect(rels(r, 'HEADS').sort()).toEqual(
      ['HEADS Иван Лопухов -> Курганская область', 'HEADS Ерлан Сапаров -> Костанайская область'].sort(),
    );
  });

  it('a governor of a bare «провинция» heads the province named before, not a Russian region', async () => {
    const r = await run(
      'Правительство Курганской области и правительство провинции Хэйлунцзян подписали меморандум. Документ подписали губернатор Иван Лопухов и губернатор провинции Ли Сяомин.',
    );
    expect(rels(r, 'HEADS').sort()).toEqual(
      ['HEADS Иван Лопухов -> Курганская область', 'HEADS Ли Сяомин -> Хэйлунцзян'].sort(),
    );
  });

  it('a title the dictionary also guesses as an adjective still heads the bare place after it', async () => {
    const r = await run('Делегация Татарстана прибыла в Минск. Делегацию возглавил раис республики Рустам Минниханов.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Рустам Минниханов -> Республика Татарстан']);
  });

  it('reads a capitalised title that could be a first name as the title of the full name after it', async () => {
    const r = await run('Аким Ерлан Сапаров и хоким Бахтияр Юсупов обсудили поставки зерна.');
    expect(names(r, 'Person').sort()).toEqual(['Бахтияр Юсупов', 'Ерлан Сапаров']);
    const s = await run('Хоким области Бахтияр Юсупов посетил Самару.');
    expect(names(s, 'Person')).toEqual(['Бахтияр Юсупов']);
    expect(names(s, 'Region')).toEqual([]);
  });
});

describe('surnames that share a stem with a town', () => {
  it('"с Виктором Ивановым" is a person, not the town Иваново', async () => {
    const r = await run('Губернатор Николай Белов встретился с Виктором Ивановым.');
    expect(names(r, 'Person')).toEqual(['Николай Белов', 'Виктор Иванов']);
    expect(names(r, 'City')).toEqual([]);
  });

  it('the town keeps its own forms', async () => {
    const r = await run('Делегация Гомельской области прибыла в Иваново.');
    expect(names(r, 'City')).toEqual(['Иваново']);
  });
});

describe('surnames that read as a town in the plural', () => {
  it('"Джамшид Ташкентов" is a person, not Ташкент', async () => {
    const r = await run('Председатель правления компании «Альфа» Джамшид Ташкентов подписал контракт.');
    expect(names(r, 'Person')).toEqual(['Джамшид Ташкентов']);
    expect(names(r, 'City')).toEqual([]);
  });

  it('a town whose own name is plural keeps its plural forms', async () => {
    const r = await run('Делегация Гомельской области прибыла в Чебоксары и побывала в Мытищах.');
    expect(names(r, 'City')).toEqual(['Чебоксары', 'Мытищи']);
  });
});

describe('surnames spelled like a town', () => {
  it('a first name makes "Борисов" the surname, in any case', async () => {
    const r = await run('Глава администрации Смоленска Андрей Борисов встретился с Олегом Пинским.');
    expect(names(r, 'Person')).toEqual(expect.arrayContaining(['Андрей Борисов']));
    expect(names(r, 'City')).toEqual(['Смоленск']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Андрей Борисов -> Смоленск']);
    expect(names(await run('Губернатор встретился с Андреем Борисовым.'), 'Person')).toEqual(['Андрей Борисов']);
  });

  it('a form the town does not have is the surname; the town keeps its own forms', async () => {
    expect(names(await run('Губернатор встретился с Борисовым.'), 'City')).toEqual([]);
    expect(names(await run('Делегация из Борисова прибыла в Гомель.'), 'City')).toEqual(['Борисов', 'Гомель']);
  });

  it('a full name after the word «город» is a person', async () => {
    const r = await run('Мэр города Андрей Борисов открыл выставку.');
    expect(names(r, 'Person')).toEqual(['Андрей Борисов']);
    expect(names(r, 'City')).toEqual([]);
  });

  it('a town after a place noun with no first name is still a town', async () => {
    expect(names(await run('Делегация посетила город Борисов.'), 'City')).toEqual(['Борисов']);
  });
});

describe('names that bodies bear', () => {
  it('«имени X» and «им. X» mention no person', async () => {
    expect(names(await run('Соглашение подписано с университетом имени Баумана.'), 'Person')).toEqual([]);
    expect(names(await run('Делегация посетила завод им. Сергея Королёва.'), 'Person')).toEqual([]);
    expect(names(await run('Соглашение подписал Сергей Королёв.'), 'Person')).toEqual(['Сергей Королёв']);
  });
});

describe('foreign names whose words the dictionary knows otherwise', () => {
  it('a Chinese name after a title is a person even when a word is also a common noun', async () => {
    const r = await run('Губернатор провинции Хэйлунцзян Лян Хуэйлин посетила Минск.');
    expect(names(r, 'Person')).toEqual(['Лян Хуэйлин']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Лян Хуэйлин -> Хэйлунцзян']);
  });

  it('without a title, ordinary capitalised words are no name', async () => {
    expect(names(await run('Компания «Мотор Сич» поставила двигатели.'), 'Person')).toEqual([]);
  });
});

describe('a passive participle of leading', () => {
  it('agrees with what it qualifies: the delegation, not the body named in its genitive', async () => {
    const r = await run(
      'Прибыла делегация Брестского облисполкома, возглавляемая заместителем председателя облисполкома Игорем Руденей.',
    );
    expect(rels(r, 'HEADS')).toEqual([]);
    const s = await run('Брестский облисполком, возглавляемый Петром Пархомчиком, подписал соглашение.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Петр Пархомчик -> Брестский облисполком']);
  });
});

describe('three-part names after a bare company noun of a title', () => {
  it('are the holder of the title, even when the dictionary only guesses a word of them', async () => {
    const r = await run(
      'Меморандум подписали губернатор Ивановской области и председатель совета директоров компании Чан Ван Хунг.',
    );
    expect(names(r, 'Person')).toEqual(['Чан Ван Хунг']);
    expect(names(await run('Генеральный директор корпорации Ле Тхи Хоа посетила Иваново.'), 'Person')).toEqual([
      'Ле Тхи Хоа',
    ]);
  });
});

describe('foreign names without a title', () => {
  it('two unknown capitalised words are a person as the subject of a verb of speech or meeting', async () => {
    expect(names(await run('Пиюш Васойя встретился с главой Котовска.'), 'Person')).toEqual(['Пиюш Васойя']);
    expect(names(await run('Хавейл Мотор сообщил о росте продаж.'), 'Person')).toEqual([]);
    // A neuter or plural verb agrees with no person.
    expect(names(await run('Ак Барс заявило о покупке акций.'), 'Person')).toEqual([]);
  });

  it('a conjunct of a known name is a name', async () => {
    const r = await run('Соглашение подписали Бахтиёр Саидов и Сергей Алейник.');
    expect(names(r, 'Person')).toEqual(['Бахтиёр Саидов', 'Сергей Алейник']);
    const s = await run('Соглашение подписали Сергей Алейник и Бахтиёр Саидов.');
    expect(names(s, 'Person')).toEqual(['Сергей Алейник', 'Бахтиёр Саидов']);
  });
});

describe('a deputy’s title', () => {
  it('is the deputy’s own, so no region is guessed for a governor', async () => {
    const r = await run(
      'В Костанае прошла встреча акима Костанайской области Кумара Аксакалова с делегацией Челябинской области во главе с заместителем губернатора Ириной Гехт.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Кумар Аксакалов -> Костанайская область']);
    expect(r.entities.find((e) => e.name === 'Ирина Гехт')?.attributes?.role).toBe('заместитель губернатора');
  });
});

describe('a first name the dictionary reads as a common word', () => {
  it('is a first name after a title, before a Russian-looking surname', async () => {
    const r = await run('Глава Калмыкии Бату Хасиков провёл встречу с послом.');
    expect(names(r, 'Person')).toEqual(['Бату Хасиков']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Бату Хасиков -> Республика Калмыкия']);
  });

  it('a capitalised company noun before a surname is no first name', async () => {
    const r = await run('Губернатор встретился с директором Завода Ивановым.');
    expect(names(r, 'Person')).toEqual(['Иванов']);
  });
});

describe('a title with a remit right after it', () => {
  it("«директор по продажам завода» heads no company; a minister's remit is his ministry", async () => {
    const r = await run('В церемонии участвовал директор по продажам Курганского автобусного завода Игорь Смирнов.');
    expect(rels(r, 'HEADS')).toEqual([]);
    const s = await run('Министр по чрезвычайным ситуациям Беларуси Вадим Синявский посетил Омск.');
    expect(rels(s, 'HEADS')).toHaveLength(1);
  });
});

describe('a role read from a title in an oblique case', () => {
  it('is written in the nominative, its dependents as they stand', async () => {
    const r = await run(
      'Переговоры с председателем Могилевского облисполкома Петром Зайцевым и с акимом Павлодарской области Асаном Бекешевым прошли в Омске.',
    );
    const role = (name: string) => r.entities.find((e) => e.name === name)?.attributes?.role;
    expect(role('Пётр Зайцев') ?? role('Петр Зайцев')).toBe('председатель Могилевского облисполкома');
    expect(role('Асан Бекешев')).toBe('аким Павлодарской области');
  });

  it('reads a title whose genitive singular is also a nominative plural as the genitive', async () => {
    const r = await run('Встреча прошла при участии генерального директора агентства «Кедр» Андрея Петрова.');
    expect(attributesOf(r, 'HEADS', 'Андрей Петров', 'Кедр')?.role).toBe('генеральный директор агентства «Кедр»');
  });

  it('keeps the adjectives of the title before it', async () => {
    const r = await run('Переговоры провёл генеральный директор холдинга «Кедр» Андрей Петров.');
    expect(attributesOf(r, 'HEADS', 'Андрей Петров', 'Кедр')?.role).toBe('генеральный директор холдинга «Кедр»');
  });
});

describe('a town that is also a first name', () => {
  it('after a city noun and before a full name is the town', async () => {
    const r = await run('Мэр города Лида Игорь Мальцев встретился с гостями из Сморгони.');
    expect(names(r, 'Person')).toEqual(['Игорь Мальцев']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Игорь Мальцев -> Лида']);
  });
});

describe('foreign names in an oblique case', () => {
  it('a first name that stays as written leaves the case to the surname', async () => {
    const r = await run('Губернатор встретился с генеральным консулом Китая Ван Лэем.');
    expect(names(r, 'Person')).toEqual(['Ван Лэй']);
  });

  it('several holders of one plural title take its case, each of the list', async () => {
    const r = await run(
      'Губернатор Андрей Петров провёл встречи с губернаторами провинций Хэбэй и Цзилинь Ли Вэем и Ван Дуном.',
    );
    expect(names(r, 'Person').sort()).toEqual(['Андрей Петров', 'Ван Дун', 'Ли Вэй']);
  });

  it("an unknown word's guessed adjective is no adjectival surname", async () => {
    const r = await run('Министр Пётр Лосев встретился с президентом корпорации Ли Мэем.');
    expect(names(r, 'Person')).toContain('Ли Мэй');
  });

  it('a Russian first name in the case of its own keeps its reading after a genitive title', async () => {
    const r = await run('Губернатор встретился с заместителем председателя правительства Игорем Лавровым.');
    expect(names(r, 'Person')).toEqual(['Игорь Лавров']);
  });
});

describe('two names alone after a title and its bare place noun', () => {
  it('are the holder, not a place', async () => {
    const r = await run(
      'Делегация провинции Цзилинь прибыла в Хабаровск. Губернатор провинции Ху Юйтин встретился с губернатором края.',
    );
    expect(names(r, 'Person')).toEqual(['Ху Юйтин']);
    expect(names(r, 'Region')).toEqual(['Цзилинь']);
  });

  it('a place and then a name make three words (guard, passes either way)', async () => {
    const r = await run('Губернатор провинции Хэбэй Ван Дун посетил Хабаровск.');
    expect(names(r, 'Person')).toEqual(['Ван Дун']);
  });
});

describe('a place in the genitive of a title, then its holder', () => {
  it('a country whose name is also read as a first name is not part of the holder', async () => {
    const r = await run('Посол Армении Гурген Арсенян встретился с губернатором Орловской области Андреем Клычковым.');
    expect(names(r, 'Person').sort()).toEqual(['Андрей Клычков', 'Гурген Арсенян']);
    expect(names(r, 'Country')).toEqual(['Армения']);
  });
});

describe('a surname-like adjective before its noun', () => {
  it('«Новополоцкий завод» is a town’s plant, not a person', async () => {
    const r = await run('Новополоцкий завод «Полимир» увеличил поставки в Россию.');
    expect(names(r, 'Person')).toEqual([]);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Полимир -> Новополоцк']);
  });

  it('the same word alone is still a surname', async () => {
    const r = await run('На встрече выступил Новополоцкий.');
    expect(names(r, 'Person')).toEqual(['Новополоцкий']);
  });

  it('a place adjective opening a quoted title before its noun is no surname', async () => {
    const r = await run('Глава района Ольга Петрова выступила на форуме «Гомельский район – земля возможностей».');
    expect(names(r, 'Person')).toEqual(['Ольга Петрова']);
  });
});

describe('a full name after a company noun', () => {
  it('a first name that can only be nominative is a person, the subject put last', async () => {
    const r = await run('Возглавляет завод Андрей Козлов.');
    expect(names(r, 'Person')).toEqual(['Андрей Козлов']);
  });
});

describe('a word in quotes', () => {
  it('is no surname guessed from its ending', async () => {
    const r = await run('Фабрика поставила в область игрушки «Ромашкины».');
    expect(names(r, 'Person')).toEqual([]);
  });
});

describe('a name after a chain of titles with adjectives', () => {
  it('agrees with the title the chain opens with, past its adjectives', async () => {
    const r = await run('Заместитель генерального директора ОАО «Кедр» Анна Смирнова рассказала о новых рынках.');
    expect(names(r, 'Person')).toEqual(['Анна Смирнова']);
  });

  it('in the genitive, with a genitive chain (guard, passes either way)', async () => {
    const r = await run('По словам заместителя генерального директора ОАО «Кедр» Анны Смирновой, рынки растут.');
    expect(names(r, 'Person')).toEqual(['Анна Смирнова']);
  });
});
