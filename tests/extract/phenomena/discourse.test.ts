/**
 * Discourse across sentences: an office named without its holder refers to
 * the one person the article names without a title. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

describe('office-only titles', () => {
  it('a governor by office, named later without a title', async () => {
    const r = await run(
      'Губернатор Тверской области встретился с генеральным директором завода «Гомельагромаш» Олегом Соколовым. ' +
        'Стороны обсудили поставки комбайнов. «Мы заинтересованы в новых контрактах», — отметил Игорь Лебедев.',
    );
    expect(rels(r, 'HEADS')).toContain('HEADS Игорь Лебедев -> Тверская область');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Игорь Лебедев -> Олег Соколов');
  });

  it('a place adjective before the title names the office', async () => {
    const r = await run('Псковский губернатор посетил Витебск. Михаил Ершов осмотрел предприятия города.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Михаил Ершов -> Псковская область']);
  });

  it('two untitled people: the office stays unresolved', async () => {
    const r = await run(
      'Губернатор Тверской области посетил Минск. Игорь Лебедев и Олег Смирнов осмотрели выставку техники.',
    );
    expect(rels(r, 'HEADS')).toEqual([]);
  });

  it('a titled holder is not replaced', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Лебедев посетил Минск. Его встретил Олег Смирнов. Губернатор Тверской области осмотрел заводы.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Игорь Лебедев -> Тверская область']);
  });
});

describe('a bare title as the subject, its partner named after the verb', () => {
  it('the title is the person named with it before, the name after the verb another person', async () => {
    const r = await run(
      'Омскую область посетил министр экономики Армении Геворг Папоян. Министр встретился с губернатором Андреем Травниковым.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Андрей Травников -> Геворг Папоян']);
  });

  it('a name right after the title is still its holder', async () => {
    const r = await run('Министр экономики Армении Геворг Папоян посетил Омск.');
    expect(names(r, 'Person')).toEqual(['Геворг Папоян']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Геворг Папоян -> Министерство экономики Армении']);
  });
});

describe('«стороны» after a meeting with a consul', () => {
  it("the seat of the consul's office is no side", async () => {
    const r = await run(
      'Председатель облисполкома Иван Петров встретился с генеральным консулом КНР в Санкт-Петербурге Ван Вэньли. Стороны обсудили сотрудничество в текстильной отрасли.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Ван Вэньли -> Иван Петров']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('offices with a named holder elsewhere', () => {
  it('do not block the resolution of another office', async () => {
    const r = await run(
      'Ярославский губернатор встретился с директором завода «Гроднолифт». ' +
        'Губернатор Ярославской области обсудил с директором завода «Гроднолифт» Павлом Зуевым поставки. ' +
        '«Мы довольны партнёрами», — сказал Николай Орлов.',
    );
    expect(rels(r, 'HEADS').sort()).toEqual([
      'HEADS Николай Орлов -> Ярославская область',
      'HEADS Павел Зуев -> Гроднолифт',
    ]);
  });
});

describe('a delegation stands for its leader', () => {
  it('a meeting with the delegation is a meeting with the person who leads it', async () => {
    const r = await run(
      'Губернатор Орловской области Андрей Клычков провёл встречу с белорусской делегацией. ' +
        'Делегацию возглавил посол Беларуси Дмитрий Крутой.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Андрей Клычков -> Дмитрий Крутой');
  });

  it('two people named as leaders: no one is chosen', async () => {
    const r = await run(
      'Губернатор Орловской области Андрей Клычков провёл встречу с делегацией. ' +
        'Делегацию возглавили Дмитрий Крутой и Игорь Петришенко.',
    );
    expect(rels(r, 'NEGOTIATES').filter((x) => x.includes('Клычков'))).toEqual([]);
  });

  it('so do «гости» of an article about its visit', async () => {
    const r = await run(
      'Делегация Киргизии во главе с министром экономики Данияром Амангельдиевым посетила Курган. ' +
        'Гости провели встречу с губернатором Вадимом Шумковым.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Вадим Шумков -> Данияр Амангельдиев');
  });
});

describe('signatures and encounters', () => {
  it('"подписи поставили X и Y" is a signing, not a supply', async () => {
    const r = await run(
      'Подписи под соглашением поставили губернатор Курской области Роман Старовойт и председатель Гомельского облисполкома Иван Крупко.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Иван Крупко -> Роман Старовойт');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('bare company nouns', () => {
  it('"предприятие поставляет …" refers to the company named before', async () => {
    const r = await run(
      'Губернатор Курганской области посетил завод «Гомельлифт». Предприятие поставляет в Курганскую область лифты.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомельлифт -> Курганская область']);
  });

  it("a place adjective before the noun does not take the company's role", async () => {
    const r = await run(
      'Делегация осмотрела завод «Гомельлифт». Белорусский завод отгружает лифты в Курганскую область.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомельлифт -> Курганская область']);
  });

  it('"продукция предприятия": the genitive after a noun is the company named before', async () => {
    const r = await run('Завод «Гомельлифт» отметил юбилей. Продукция предприятия поставляется в Монголию и Вьетнам.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Гомельлифт -> Вьетнам', 'SUPPLIES Гомельлифт -> Монголия']);
  });

  it('a place after the noun picks the company known to be there', async () => {
    const r = await run(
      'МАЗ поставит автобусы в Монголию. Сервис обеспечит местная компания «Тэнгэр Моторс». Министр посетил завод в Минске.',
    );
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN Тэнгэр Моторс -> Минск');
  });

  it('"завод компании «X»" is the plant of the company named after it, not an earlier one', async () => {
    const r = await run(
      'Делегация осмотрела завод «Гомельлифт». Затем гости посетили завод компании «Сибмаш», которая закупает лифты МАЗ.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МАЗ -> Сибмаш']);
  });

  it('"местное предприятие" is a company of the place, a new referent', async () => {
    const r = await run(
      'Завод «Техмаш» поставляет станки в Тверскую область. В Ржеве на базе местного предприятия наладят сборку тракторов.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Техмаш -> сборка тракторов');
  });

  it('"совместное предприятие" is a new referent', async () => {
    const r = await run(
      'Делегация осмотрела завод «Гомельлифт». Совместное предприятие поставляет лифты в Курганскую область.',
    );
    expect(rels(r, 'SUPPLIES').some((x) => x.includes('Гомельлифт'))).toBe(false);
  });
});

describe('a bare company noun after a title, two companies named before', () => {
  it('is the subject of the sentence before, not the company named after it there', async () => {
    const r = await run(
      'Завод «Кедр» в этом году отгрузил компании «Бета» 300 насосов. Об этом сообщил генеральный директор предприятия Олег Смирнов.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Олег Смирнов -> Кедр']);
  });
});

describe('a title of a bare company noun', () => {
  it('"директор предприятия X" heads the company named before', async () => {
    const r = await run(
      'Компания «Белшина» поставит в Якутию 500 шин. Об этом сообщил генеральный директор предприятия Сергей Никитин.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Сергей Никитин -> Белшина']);
    const s = await run('Завод «Гомсельмаш» расширяет экспорт. Директор завода Алексей Шпак рассказал о планах.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Алексей Шпак -> Гомсельмаш']);
  });

  it('needs a company named before, and yields to a name after the noun', async () => {
    const r = await run('Об этом сообщил генеральный директор предприятия Сергей Никитин.');
    expect(rels(r, 'HEADS')).toEqual([]);
    const s = await run(
      'Завод «Гомсельмаш» расширяет экспорт. Директор компании «Лидсельмаш» Иван Петров приехал в Гомель.',
    );
    expect(rels(s, 'HEADS')).toEqual(['HEADS Иван Петров -> Лидсельмаш']);
  });

  it('"ректор университета" heads the institution its noun names, not the last one named', async () => {
    const r = await run(
      'Витебский технологический университет и Тверской аграрный институт подписали договор. ' +
        'Ректор университета Ольга Панова рассказала о планах.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Ольга Панова -> Витебский технологический университет']);
  });
});

describe('a bare «области» governed by a noun or a preposition', () => {
  it('is the region named before, though a plural verb follows', async () => {
    const r = await run('Вологодская область расширяет связи с Беларусью. Хозяйства области закупили тракторы МТЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Вологодская область']);
  });

  it('at the head of its clause before a plural verb it may still be plural', async () => {
    const r = await run('Вологодская и Гродненская области подписали соглашение. Области обменяются делегациями.');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Вологодская область -> Гродненская область');
  });
});

describe('plural company nouns', () => {
  it('"калужские предприятия" are a group of the place, not the company named before', async () => {
    const r = await run(
      'Делегация осмотрела завод «Гомельлифт». Калужские предприятия поставляют детали для завода «Гомельлифт».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Калужская область -> Гомельлифт']);
  });
});

describe('delegation visits', () => {
  it('"тверская делегация посетила Гомельскую область" is talks between the two places', async () => {
    const r = await run('Тверская делегация посетила Гомельскую область.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомельская область -> Тверская область']);
  });

  it('"делегация X прибыла в Y"', async () => {
    const r = await run('Делегация Курской области прибыла в Беларусь.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Курская область']);
  });

  it('a delegation without a place of its own gives nothing', async () => {
    const r = await run('Делегация посетила Гомельскую область.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a governor named without a region', () => {
  it('heads the region the article is about, though it is named later', async () => {
    const r = await run(
      'Генеральный директор компании «Гомсельмаш» провел рабочую встречу с губернатором Александром Карлиным. Как отметил глава региона, в Алтайском крае обновляют парк техники. Алтайский край закупает белорусские комбайны.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Александр Карлин -> Алтайский край']);
  });

  it('a Russian region before a foreign province named since', async () => {
    const r = await run(
      'Омская область продаёт пшеницу в провинцию Ганьсу. Губернатор Олег Петров рассчитывает на рост поставок.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Олег Петров -> Омская область']);
  });

  it('nor a Kazakh oblast, which has an akim', async () => {
    const r = await run('Губернатор Олег Петров принял делегацию Павлодарской области.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });

  it('not when two regions are named as often, nor a Belarusian oblast', async () => {
    const r = await run(
      'Губернатор Олег Петров принял делегацию. Курская область и Орловская область подписали соглашение.',
    );
    expect(rels(r, 'HEADS')).toEqual([]);
    const s = await run('Губернатор Олег Петров принял делегацию. Гомельская область поставляет технику.');
    expect(rels(s, 'HEADS')).toEqual([]);
  });
});

describe('a bare body noun referring back', () => {
  it('"Председатель облисполкома" heads the облисполком named before', async () => {
    const r = await run(
      'В Гомеле прошла встреча представителей Гомельского облисполкома и бизнеса. Председатель облисполкома Иван Крупко отметил рост экспорта.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Крупко -> Гомельский облисполком']);
  });

  it('with a genitive after it, the noun is not a reference back', async () => {
    const r = await run(
      'Гомельский облисполком подписал соглашение. Председатель правительства области Иван Крупко отметил рост экспорта.',
    );
    expect(rels(r, 'HEADS')).not.toContain('HEADS Иван Крупко -> Гомельский облисполком');
  });
});

describe('«стороны» of a company and a place', () => {
  it('"Стороны" after a company and a region are those two', async () => {
    const r = await run(
      'Сотрудничество ОАО «Альфа» с Красноярским краем выходит на новый этап. Стороны обсудили создание центра техподдержки.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Красноярский край']);
  });
});

describe('a quoted name introduced once, then used alone', () => {
  it('the bare name after its introduction is the company, declined or not', async () => {
    const r = await run('Компания «Вектра» работает в Гомеле. Казахстан закупит вагоны у «Вектры».');
    expect(names(r, 'Enterprise')).toEqual(['Вектра']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектра -> Казахстан']);
  });

  it('the bare name before its introduction too (the title often comes first)', async () => {
    const r = await run('Казахстан закупит вагоны у «Вектры». Об этом сообщили в компании «Вектра».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектра -> Казахстан']);
  });

  it('a longer name is matched as written', async () => {
    const r = await run('ООО «Нова Трейд Групп» открыло склад. Контракт подписан с «Нова Трейд Групп».');
    expect(names(r, 'Enterprise')).toEqual(['Нова Трейд Групп']);
  });

  it('a bare quoted name the article never introduces stays unknown', async () => {
    expect(names(await run('Вагоны закупят у «Вектры».'), 'Enterprise')).toEqual([]);
  });
});

describe('a town inside a quoted name', () => {
  it('is part of the name, not a mention of the town', async () => {
    expect(names(await run('Вагоны закупят у «Вектра Минск».'), 'City')).toEqual([]);
    const r = await run('Компания «Вектра Минск» поставит вагоны в Казахстан.');
    expect(names(r, 'City')).toEqual([]);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Вектра Минск -> Казахстан']);
  });

  it('a country in a name is still a mention, and a town in quoted speech is a town', async () => {
    expect(names(await run('Работает выставка «Союз Беларусь».'), 'Country')).toEqual(['Беларусь']);
    const r = await run('«Мы поставим технику в Гомель и Брест», — сказал губернатор.');
    expect(names(r, 'City')).toEqual(['Гомель', 'Брест']);
  });
});

describe('a bare «облисполком» of the Belarusian oblast in the article', () => {
  it('its chairman heads the committee of the oblast named before', async () => {
    const r = await run('Делегацию Гродненской области возглавил председатель облисполкома Юрий Караев.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Юрий Караев -> Гродненский облисполком']);
  });

  it('a Russian region has no executive committee', async () => {
    const r = await run(
      'В Гомельской области побывал губернатор Брянской области Александр Богомаз. Его встретил председатель облисполкома Иван Крупко.',
    );
    expect(rels(r, 'HEADS')).toEqual([
      'HEADS Александр Богомаз -> Брянская область',
      'HEADS Иван Крупко -> Гомельский облисполком',
    ]);
    expect(names(await run('Председатель облисполкома Иван Крупко посетил Брянскую область.'), 'Organization')).toEqual(
      [],
    );
  });
});

describe('a company described by its place further back', () => {
  it('"белорусский завод" several sentences on is the one Belarusian company of the article', async () => {
    const r = await run(
      'ОАО «Могилевлифтмаш» и узбекская компания «Сигма» подписали соглашение. Документ подписали директора. ' +
        'Мощность предприятия составит 500 лифтов. Первые лифты выпустят в 2027 году. Ранее белорусский завод поставил в Узбекистан 3 тысячи лифтов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Могилевлифтмаш -> Узбекистан']);
  });

  it('with two companies of that place it stays the place', async () => {
    const r = await run(
      'ОАО «Могилевлифтмаш» и ОАО «МАЗ» подписали соглашение. Документ подписали директора. ' +
        'Мощность предприятия составит 500 лифтов. Первые лифты выпустят в 2027 году. Ранее белорусский завод поставил в Узбекистан 3 тысячи лифтов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Узбекистан']);
  });
});

describe('a pronoun after a preposition', () => {
  it('"для него" is the company named last', async () => {
    const r = await run(
      'На заводе «СарыаркаАвтоПром» собирают грузовики, а челябинские предприятия поставляют для него комплектующие.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Челябинская область -> СарыаркаАвтоПром']);
  });

  it('is no company when a person was named last', async () => {
    const r = await run(
      'Компания «Альфа» открыла офис. Губернатор встретился с Иваном Петровым. Для него челябинские предприятия подготовили подарки.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a bare «республика»', () => {
  it('refers back to a republic whose name ends in «Республика» as to one that begins with it', async () => {
    const r = await run(
      'Глава Удмуртии Иван Петров встретился с послом. Республика намерена увеличить поставки мебели в Беларусь.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Удмуртская Республика -> Беларусь']);
  });

  it('is the republic the subject heads, not the partners addressed before it', async () => {
    const r = await run(
      'Глава Якутии Айсен Николаев предложил белорусским партнёрам организовать в республике сборку самосвалов.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN сборка самосвалов -> Республика Саха (Якутия)']);
  });
});

describe('a bare «регион» or «область» in the sentence of a regional head', () => {
  it('is the region the subject heads, not the region of the visitors named before', async () => {
    const r = await run(
      'В Кострому прибыла делегация Гомельской области. Губернатор Костромской области Сергей Ситников предложил гостям открыть в регионе сервисный центр белорусской техники.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN сервисный центр белорусской техники -> Костромская область']);
    const s = await run(
      'В Кострому прибыла делегация Гомельской области. Губернатор Костромской области Сергей Ситников предложил гостям открыть в области сервисный центр белорусской техники.',
    );
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN сервисный центр белорусской техники -> Костромская область']);
  });
});

describe('a country adjective on «сторона»', () => {
  it('in talks between two regions names the region of that country', async () => {
    const r = await run(
      'Гродненская область и Тверская область провели переговоры. Белорусская сторона предложила тверским коллегам наладить сборку автобусов. Гродненская область и Тверская область подписали соглашение.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Гродненская область -> Тверская область']);
  });

  it('the country of goods («белорусской техники») is no side of the article', async () => {
    const r = await run(
      'Гродненская область поставит в Якутию самосвалы. Белорусская сторона предложила якутским коллегам наладить сборку белорусской техники. В Якутии работают 700 единиц белорусской техники и машин производства Беларуси.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Гродненская область -> Республика Саха (Якутия)']);
  });

  it('where the country itself is a main party, the side is the country', async () => {
    const r = await run(
      'Беларусь и Тверская область провели переговоры. Белорусская сторона предложила тверским коллегам наладить сборку автобусов. Беларусь и Тверская область подписали соглашение.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Тверская область']);
  });
});

describe('«стороны» and «два города» of two towns', () => {
  it('are the two towns the article names most', async () => {
    const r = await run(
      'Мэр Костромы Иван Петров посетил Гродно. Кострома и Гродно подписали соглашение о побратимстве. Две стороны договорились об обмене студентами между вузами двух городов.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гродно -> Кострома']);
  });
});

describe('a bare «область» after a sentence of several regions', () => {
  it("continues that sentence's subject, not the last region listed", async () => {
    const r = await run(
      'Губернатор Орловской области Андрей Клычков провёл переговоры с делегациями Гомельской и Брестской областей. Область готова поставлять в Беларусь сахар.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Орловская область -> Беларусь']);
  });

  it('with one region before, it is that region', async () => {
    const r = await run('Делегация посетила Брестскую область. Область готова закупать российский сахар.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Россия -> Брестская область']);
  });
});

describe('a bare «область» after a body of an oblast', () => {
  it('is the oblast the body governs, when no region is named', async () => {
    const r = await run(
      'Председатель Брестского облисполкома Пётр Пархомчик заявил, что область готова поставлять в Самару сыры.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Самара']);
  });
});

describe('«речь идёт о» specifying goods', () => {
  it('makes the brands of the goods suppliers of whoever received before, in the same modality', async () => {
    const r = await run(
      'Тверская область заинтересована в закупке казахстанского зерна. Речь идёт о пшенице компании «Кедр».',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Тверская область',
      'SUPPLIES Кедр -> Тверская область',
    ]);
    expect(attributesOf(r, 'SUPPLIES', 'Кедр', 'Тверская область')?.modality).toBe('intention');
  });

  it('supplies nothing after a sentence without a supply', async () => {
    const r = await run('Губернатор Тверской области провёл совещание. Речь шла о тракторах МТЗ.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('an institution referred back to after a title', () => {
  it('is the one the article named, chosen by its adjective when there are several', async () => {
    const r = await run(
      'Брестский государственный университет и Тверской государственный университет подписали договор. Ректор тверского вуза Андрей Ивушкин отметил его значение.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Андрей Ивушкин -> Тверской государственный университет']);
    const s = await run(
      'Тверской государственный университет подписал договор с компанией «Кедр». Ректор университета Андрей Ивушкин выступил.',
    );
    expect(rels(s, 'HEADS')).toEqual(['HEADS Андрей Ивушкин -> Тверской государственный университет']);
  });

  it('is none when the adjective fits no institution named', async () => {
    const r = await run(
      'Тверской государственный университет подписал договор. Ректор омского вуза Андрей Ивушкин выступил.',
    );
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('a subject pronoun in a later clause of the sentence', () => {
  it('continues the company that opens the sentence, when its head noun agrees', async () => {
    const r = await run('Фабрика «Лён» наращивает выпуск: в следующем году она отгрузит в Казахстан 200 тонн пряжи.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Лён -> Казахстан']);
  });

  it('not a pronoun of another gender', async () => {
    const r = await run('Фабрика «Лён» наращивает выпуск: в следующем году он отгрузит в Казахстан 200 тонн пряжи.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a personal pronoun and the person it stands for', () => {
  it('agrees in gender with the first name', async () => {
    const text =
      'Делегацию возглавил заместитель губернатора Виктор Малашко. Она побывала на заводе. Он осмотрел цеха.';
    const r = await run(text);
    const person = r.entities.find((e) => e.name === 'Виктор Малашко');
    expect(person?.mentions?.map((m) => m.text)).toEqual(['Виктор Малашко', 'Он']);
  });

  it('a woman is «она» (guard, passes either way)', async () => {
    const r = await run('Делегацию возглавила министр Ольга Петрова. Она осмотрела цеха.');
    const person = r.entities.find((e) => e.name === 'Ольга Петрова');
    expect(person?.mentions?.map((m) => m.text)).toEqual(['Ольга Петрова', 'Она']);
  });
});

describe('a possessive before those who act for someone', () => {
  it('«обсудил с его руководством» talks with the company named just before', async () => {
    const r = await run(
      'Губернатор Олег Кувшинов посетил завод «Ритм» и обсудил с его руководством поставки станков в Вологодскую область.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Олег Кувшинов -> Ритм']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Ритм -> Вологодская область']);
  });

  it('after a person it refers to nobody’s company', async () => {
    const r = await run('Губернатор Олег Кувшинов встретился с Иваном Петровым и обсудил с его руководством планы.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Иван Петров -> Олег Кувшинов']);
  });
});

describe('«столица X»', () => {
  it('names the city that is the capital of the place in the genitive', async () => {
    const r = await run('Завод «Ритм» поставит в столицу Удмуртии 40 лифтов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Ритм -> Ижевск']);
  });
});

describe('a bare «города» after the title of a town’s head', () => {
  it('is the town named before, or the subject town of the sentence before', async () => {
    const r = await run('Делегацию Орши возглавил мэр города Павел Синицын.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Павел Синицын -> Орша']);
    const s = await run('Делегация Орши прибыла в Псков. Её возглавил глава города Павел Синицын.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Павел Синицын -> Орша']);
  });

  it('a town named after the noun is its own', async () => {
    const r = await run('Делегацию Орши принял мэр города Пскова Павел Синицын.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Павел Синицын -> Псков']);
  });
});

describe('«стороны» after a meeting and a sentence of other places', () => {
  it('are the sides of the meeting, not the places named since', async () => {
    const r = await run(
      'Аким Павлодарской области Асаин Байханов встретился с губернатором Омской области Виталием Хоценко. Омская область поставляет в Казахстан зерно и металл. Стороны договорились о создании торгового дома.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Омская область -> Павлодарская область');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Казахстан -> Омская область');
  });
});

describe('a bare «область» in reported speech', () => {
  it('is the region its speaker heads, not the last region named', async () => {
    const r = await run(
      'Председатель Витебского облисполкома Пётр Орлов прибыл в Тверскую область. Как отметил Пётр Орлов, область готова поставлять в Тверь молочную продукцию.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Тверь']);
  });
});

describe('heads of two towns who sign', () => {
  it('sign for their towns; a town committee governs the town of its adjective', async () => {
    const r = await run(
      'Бобруйск отметил день города. Председатель Бобруйского горисполкома Иван Петров и мэр Новосибирска Анатолий Локоть подписали соглашение о сотрудничестве.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Бобруйск -> Новосибирск');
  });
});

describe('a bare «область» of its own kind', () => {
  it('is an oblast, not a province or krai named last', async () => {
    const r = await run(
      'Делегация провинции Хэйлунцзян посетила Витебскую область. Продукция предприятий области поставляется в Китай.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Китай']);
  });
});

describe('«стороны» after places of a visit', () => {
  it('a company or body visited is no side of the talks', async () => {
    const r = await run(
      'Делегация провинции Ляонин посетила Могилевскую область. Гости побывали на заводе «Альфа» и в Могилевском государственном университете. Губернатор предложил наладить выпуск удобрений. Стороны обсудили поставки молока.',
    );
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Альфа -> Могилевский государственный университет');
  });
});

describe('a bare «город»', () => {
  it('is the town named before', async () => {
    const r = await run('Мэр Рязани провёл совещание. До конца года город получит 30 белорусских троллейбусов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Рязань']);
  });

  it('not a town of its own clause, nor one with a name after it', async () => {
    const r = await run('Мэр Рязани провёл совещание. Город Тверь получит 30 белорусских троллейбусов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Тверь']);
  });
});

describe('a plural generic after two of its kind in its own sentence', () => {
  it('refers to those two, not to the article’s first places', async () => {
    const r = await run(
      'В Бресте прошёл форум. Гомель и Брянск стали побратимами, города договорились о сотрудничестве.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Брянск -> Гомель']);
  });
});

describe('«республика» in the speech of its head', () => {
  it('is the republic the speaker heads, not a republic named since', async () => {
    const r = await run(
      'Глава Чувашии Олег Николаев встретился с послом. Часть продукции уйдёт в Киргизию. Олег Николаев напомнил, что в республике работают тракторы МТЗ.',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES МТЗ -> Чувашская Республика');
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES МТЗ -> Киргизия');
  });
});

describe('«стороны» some sentences after a meeting of two heads', () => {
  it('are the places the two head, not the place the article names most', async () => {
    const r = await run(
      'Губернатор Курганской области Вадим Шумков встретился с акимом Костанайской области Кумаром Аксакаловым. Казахстан закупает зерно. Казахстан закупает технику. За год в Казахстан отгружено 40 тысяч тонн муки. Стороны договорились о новых поставках.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Костанайская область -> Курганская область');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Казахстан -> Курганская область');
  });
});

describe('a bare company noun as a subject', () => {
  it('is the company the article introduced with that noun, not the company named last', async () => {
    const r = await run(
      'Директор холдинга «Кедр» Иван Орлов посетил Тулу. Сборку ведёт ООО «Ясень», которое получает из Гомеля рамы. Холдинг также ведёт переговоры с Пензенской областью о поставке сеялок.',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Кедр -> Пензенская область');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Пензенская область']);
  });

  it('or whose name has that noun', async () => {
    const r = await run(
      'Тульский завод прицепов подписал договор с компанией «Ясень». Завод поставит в Пензу 20 прицепов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Тульский завод прицепов -> Пенза']);
  });

  it('(guard, passes either way) a company noun with a name of its own is another company', async () => {
    const r = await run('Холдинг «Кедр» открыл склад в Туле. Холдинг «Ясень» поставит в Пензу 20 сеялок.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Ясень -> Пенза']);
  });
});

describe('«стороны» after a meeting of a deputy and a head', () => {
  it('a deputy speaks for what their title names, as its head would', async () => {
    const r = await run(
      'Вице-губернатор Псковской области Иван Орлов и председатель Брестского облисполкома Пётр Сидоров провели встречу. Стороны договорились развивать сотрудничество в сфере строительства.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брестская область -> Псковская область']);
    expect(rels(r, 'HEADS')).toEqual(['HEADS Пётр Сидоров -> Брестский облисполком']);
  });

  it('a town committee known by its one-word name governs its town', async () => {
    const r = await run(
      'Губернатор Псковской области Иван Орлов и председатель Мингорисполкома Пётр Сидоров провели встречу. Стороны договорились развивать сотрудничество в сфере строительства.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Минск -> Псковская область']);
  });
});

describe('a bare «области» after a town named in its sentence', () => {
  it('is the region the town lies in, not the region named last', async () => {
    const r = await run(
      'Удобрения покупают хозяйства Тверской, Псковской и Калужской областей. Газ поступает по трубопроводу. Директор завода Иван Орлов встретился в Твери с губернатором области Петром Сидоровым.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Петр Сидоров -> Тверская область']);
  });
});

describe('a bare noun of a kind of plant', () => {
  it('refers to no company known as another kind', async () => {
    const r = await run(
      'Комбинат «Кедр» поставляет прокат в Костанай. Крупнейшим покупателем остаётся Костанайский тракторный завод. Аким Костанайской области Иван Орлов посетил комбинат «Кедр» и провёл переговоры с руководством комбината.',
    );
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Иван Орлов -> Костанайский тракторный завод');
  });
});

describe('a bare company noun after a description resolved to a company', () => {
  it('refers to the company the description named, not to the company named last', async () => {
    const r = await run(
      'ТОО «Дала» из Костаная поставит компании «Вектор» 50 цистерн. ' +
        'По словам директора казахстанского предприятия, завод расширяет выпуск. ' +
        'Компания уже выпускает рамы для Курганского машиностроительного завода.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Дала -> Вектор',
      'SUPPLIES Дала -> Курганский машиностроительный завод',
    ]);
  });

  it('without the description the company named last is meant (guard, passes either way)', async () => {
    const r = await run(
      'ТОО «Дала» из Костаная поставит компании «Вектор» 50 цистерн. ' +
        'Компания уже выпускает рамы для Курганского машиностроительного завода.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Дала -> Вектор',
      'SUPPLIES Вектор -> Курганский машиностроительный завод',
    ]);
  });
});

describe('«стороны» after a sentence of two companies', () => {
  it('are the two companies, not the countries of an event’s compound adjective', async () => {
    const r = await run(
      'ООО «Полимер» поставит компании «Тара Плюс» 300 тонн гранул. ' +
        'Контракт стороны подписали на полях Российско-казахстанского форума в Омске.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Полимер -> Тара Плюс']);
  });

  it('a company’s origin after «из» is no third side', async () => {
    const r = await run(
      'ООО «Полимер» из Омска поставит компании «Тара Плюс» 300 тонн гранул. ' +
        'Контракт стороны подписали на полях Российско-казахстанского форума в Омске.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Полимер -> Тара Плюс']);
  });
});

describe('«стороны» of an article about two companies', () => {
  it('places that only describe the companies (adjectives on a company noun, an origin) are no sides', async () => {
    const r = await run(
      'ОАО «Кедр» из Гомеля в следующем году поставит компании «Дон» более 12 тысяч насосов. Контракт был заключён на выставке «Агросалон».\n\n' +
        'Белорусское предприятие сотрудничает с ростовским производителем уже десять лет. По словам директора «Кедра» Ивана Петрова, доля российского рынка в выручке завода составляет около 60 процентов.\n\n' +
        'Помимо этого, стороны договорились о создании в Ростове-на-Дону сервисного центра.',
      'Гомельские насосы для донских комбайнов',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Дон -> Кедр']);
  });
});

describe('«стороны» where a country and a region of its own are named', () => {
  it('the region is that country’s side', async () => {
    const r = await run(
      'В Казани прошло заседание рабочей группы Гродненской области и Республики Татарстан. ' +
        'Белорусскую делегацию возглавил заместитель председателя Гродненского облисполкома Иван Петров. ' +
        'По итогам встречи стороны подписали план мероприятий. Белорусские предприятия готовы поставлять в Татарстан мебель.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненская область -> Республика Татарстан']);
  });
});

describe('«республика» before the adjective of another place in its clause', () => {
  it('is not the place of that adjective', async () => {
    const r = await run(
      'Гродненская область и Республика Татарстан подписали план. Белорусскую делегацию возглавил Иван Петров. ' +
        'План предусматривает поставки в республику белорусских тракторов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Республика Татарстан']);
  });
});

describe('a bare «завод» and a known company whose other names have the noun', () => {
  it('refers to the plant named as a plant here, not to a group named by its short name after it', async () => {
    const r = await run(
      'Ликинский автобусный завод, входящий в группу ГАЗ, поставит в Бишкек 30 автобусов. В прошлом году завод отправил в Киргизию 20 машин.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES ЛиАЗ -> Бишкек', 'SUPPLIES ЛиАЗ -> Киргизия']);
  });

  it('a known company named here by its full name with the noun is a plant (guard, passes either way)', async () => {
    const r = await run(
      'Компания «Вектор» закупила автобусы у Горьковского автомобильного завода. В прошлом году завод отправил в Киргизию 20 машин.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES ГАЗ -> Вектор', 'SUPPLIES ГАЗ -> Киргизия']);
  });
});

describe('nouns of countries and regions that refer to no place named before', () => {
  it('«в страны …» after «в» is plural, so it is not the country named last', async () => {
    const r = await run('Белорусские предприятия будут отправлять продукцию через приморские порты в страны Азии.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('a region noun after a capitalised adjective of no known place names another area', async () => {
    const r = await run(
      'Губернатор Омской области встретился с послом Казахстана. Белорусские тракторы поступят в хозяйства Центрально-Азиатского региона.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('«страны» singular after a preposition of the genitive still refers back (guard, passes either way)', async () => {
    const r = await run(
      'Губернатор Омской области встретился с послом Казахстана. Область закупит у страны 100 тонн зерна.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Казахстан -> Омская область']);
  });
});

describe('«стороны» with no meeting and no two companies before', () => {
  it('are not a route’s end and a venue', async () => {
    const r = await run(
      'Стороны договорились о запуске паромной линии Махачкала — Актау. Паромы построят на верфи в Нижнем Новгороде.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a company referred to by a resolved description', () => {
  it('is the one a bare company noun after it refers to, not a company named in between', async () => {
    const r = await run(
      'Курский завод насосного оборудования отправил в Казахстан первую партию насосов. Контракт заключён с торговой сетью «Бета». ' +
        'Генеральный директор завода Иван Петров сообщил, что предприятие планирует наладить сборку насосов в Алматы.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Петров -> Курский завод насосного оборудования']);
    expect(rels(r, 'PARTICIPATES_IN')).toContain(
      'PARTICIPATES_IN Курский завод насосного оборудования -> сборка насосов в Алматы',
    );
    expect(rels(r, 'PARTICIPATES_IN').filter((x) => x.includes('Бета'))).toEqual([]);
  });
});

describe('a head title before a bare company noun of a kind', () => {
  it('the company the article introduced with that noun, before one named since', async () => {
    const r = await run(
      'Завод «Кедр» отправил в Казахстан насосы. Контракт заключён с торговой сетью «Бета». Генеральный директор завода Иван Петров сообщил об этом.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Петров -> Кедр']);
  });
});

describe('asides', () => {
  it('a company named in parentheses is no antecedent of a later company noun', async () => {
    const r = await run(
      'ОАО «Кедр» (входит в холдинг «Бор») и ОАО «МАЗ» подписали соглашение. Омское предприятие будет поставлять на МАЗ насосы.',
    );
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Омская область']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> МАЗ']);
  });
});

describe('«глава региона» after another region was named', () => {
  it('is the one head of a region in view, not a head of the region named last', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденя прибыл с визитом в Витебскую область. Глава региона встретился с председателем Витебского облисполкома Александром Субботиным.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Александр Субботин -> Игорь Руденя']);
  });
});

describe('«между ними» after a plural reference', () => {
  it('is the two a counted reference of the sentence before stands for', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденя встретился с председателем Витебского облисполкома Александром Субботиным. Губернатор отметил, что две области связывает давняя дружба. Товарооборот между ними вырос на 12%.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Витебская область -> Тверская область']);
  });
});

describe('a plural noun of a kind of company or institution as a subject', () => {
  it('is the ones of that kind named in the sentences before', async () => {
    const r = await run(
      'Гомельский государственный университет и Брянский государственный университет подписали соглашение. Студенты смогут проходить практику в Брянске. Кроме того, университеты планируют открыть совместную лабораторию.',
    );
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Брянский государственный университет -> совместная лаборатория',
      'PARTICIPATES_IN Гомельский государственный университет -> совместная лаборатория',
    ]);
  });

  it('with a place adjective it is a group of that place, no reference back (guard, passes either way)', async () => {
    const r = await run(
      'Компания «Кедр» и компания «Ротор» подписали соглашение. Рабочие пройдут обучение. Брянские компании планируют открыть совместный цех.',
    );
    expect(rels(r, 'PARTICIPATES_IN')).not.toContain('PARTICIPATES_IN Кедр -> совместный цех');
  });
});

describe('a bare specific title with no holder named for it', () => {
  it('is the one who chairs the government for «премьер-министр», never a governor', async () => {
    const r = await run(
      'Председатель Совета Министров Беларуси Андрей Петров провёл переговоры с губернатором Пермского края Иваном Сомовым. По словам премьер-министра, товарооборот Беларуси с регионом вырос.',
    );
    const premier = r.entities.find((e) => e.name === 'Андрей Петров');
    const governor = r.entities.find((e) => e.name === 'Иван Сомов');
    expect(premier?.mentions?.length).toBe(2);
    expect(governor?.mentions?.length).toBe(1);
  });
});

describe('one relation stated twice', () => {
  it('keeps the statement that gives what the other leaves out', async () => {
    const r = await run(
      'Беларусь и Пермский край нацелены на рост товарооборота. По словам министра, товарооборот Беларуси с Пермским краем составил 400 миллионов долларов.',
    );
    expect(attributesOf(r, 'TRADES_WITH', 'Беларусь', 'Пермский край')).toMatchObject({ value: 400000000 });
  });
});
