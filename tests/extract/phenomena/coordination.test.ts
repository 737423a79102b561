/**
 * Clauses and coordination decide who is whose partner: conjuncts of one side
 * are not partners of each other, a participial clause or a gloss in brackets
 * gives no partners to the main clause. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('sides of a cooperation', () => {
  it('"X сотрудничает с Y и Z": pairs across the sides only', async () => {
    const r = await run('Гродненская область сотрудничает с Тверской областью и Псковской областью.');
    expect(rels(r, 'COOPERATES_WITH').sort()).toEqual(
      [
        'COOPERATES_WITH Гродненская область -> Тверская область',
        'COOPERATES_WITH Гродненская область -> Псковская область',
      ].sort(),
    );
  });

  it('a reciprocal subject: "X и Y сотрудничают" pairs the conjuncts', async () => {
    const r = await run('Витебская область и Смоленская область давно сотрудничают в сфере туризма.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебская область -> Смоленская область']);
  });

  it('a list after "с такими …, как" is one side; without the other side nothing pairs', async () => {
    const r = await run('Налажено сотрудничество с такими предприятиями, как МАЗ, БелАЗ и МТЗ.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it('"партнёры X-gen" pair each partner with X, not the partners among themselves', async () => {
    const r = await run('Партнёрами Курганской области являются компании «Альфа», «Бета» и «Гамма».');
    expect(rels(r, 'COOPERATES_WITH').sort()).toEqual(
      [
        'COOPERATES_WITH Альфа -> Курганская область',
        'COOPERATES_WITH Бета -> Курганская область',
        'COOPERATES_WITH Гамма -> Курганская область',
      ].sort(),
    );
    const s = await run('Компании «Альфа» и «Бета» стали партнёрами.');
    expect(rels(s, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Бета']);
  });

  it('a bare quoted name listed with a known company is a company too', async () => {
    const r = await run('«Тверьмаш» и «Амкодор» будут совместно выпускать погрузчики.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Амкодор -> Тверьмаш']);
    const s = await run('Журнал «Вектор» и «Амкодор» провели конкурс.');
    expect(names(s, 'Enterprise')).toEqual(['Амкодор']);
  });

  it('every partner «с» governs is on one side ("с X, а также с Y и Z")', async () => {
    const r = await run('Псковская область сотрудничает с Беларусью, а также с Казахстаном и Арменией.');
    expect(rels(r, 'COOPERATES_WITH').sort()).toEqual([
      'COOPERATES_WITH Армения -> Псковская область',
      'COOPERATES_WITH Беларусь -> Псковская область',
      'COOPERATES_WITH Казахстан -> Псковская область',
    ]);
  });

  it('a witness «в присутствии» is no party', async () => {
    const r = await run(
      'Соглашение подписали Брестский облисполком и правительство Псковской области в присутствии посла Казахстана.',
    );
    expect(rels(r).some((x) => x.includes('Казахстан'))).toBe(false);
  });

  it('a participial clause describes its noun, not the partners', async () => {
    const r = await run(
      'Партнёром Гомельской области стала Тульская область, поставляющая продукцию в Казахстан и Узбекистан.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гомельская область -> Тульская область']);
  });

  it('a gloss in brackets is no partner', async () => {
    const r = await run(
      'Витебский облисполком (Республика Беларусь) и правительство Псковской области (Российская Федерация) развивают сотрудничество.',
    );
    const coop = rels(r, 'COOPERATES_WITH');
    expect(coop.some((x) => x.includes('Россия') || x.includes('Беларусь'))).toBe(false);
  });
});

describe('place adjectives of partners', () => {
  it('"тверская компания «Альфа» и белорусская «Бета»": the companies cooperate, not their places', async () => {
    const r = await run(
      'Тверская компания «Верхневолжский текстиль» и белорусская компания «Льнотех» будут сотрудничать.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Верхневолжский текстиль -> Льнотех']);
  });

  it('an elliptic list of plants is one side', async () => {
    const r = await run(
      'Налажено сотрудничество с такими предприятиями, как Белшина, Минский тракторный и автомобильный заводы.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('the speaker as a side', () => {
  it('"глава X отметил, что отношения с Y …" pairs the speaker\'s place with Y', async () => {
    const r = await run(
      'Губернатор Омской области отметил, что выстроенные с Казахстаном отношения помогают экспорту.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Казахстан -> Омская область']);
  });
});

describe('parentheses', () => {
  it('an alias in brackets keeps the subject in the clause of its verb', async () => {
    const r = await run(
      'Министерство промышленности Беларуси и Ульяновский автомобильный завод (УАЗ) договорились о переговорах.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Министерство промышленности Беларуси -> УАЗ');
  });
});

describe('documents between pairs', () => {
  it('"между X и Y, а также между Z и W" gives two pairs, not every pair', async () => {
    const r = await run(
      'Подписаны соглашения о сотрудничестве между Правительством Омской области и Гродненским облисполкомом, ' +
        'а также между Правительством Омской области и Брестским облисполкомом.',
    );
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Брестский облисполком -> Правительство Омской области',
      'NEGOTIATES Гродненский облисполком -> Правительство Омской области',
    ]);
    expect(rels(r, 'COOPERATES_WITH').some((x) => x.includes('Брестский') && x.includes('Гродненский'))).toBe(false);
  });

  it('twin towns cooperate, also when the trigger is part of a compound word', async () => {
    const r = await run('Орша и Вязьма стали городами-побратимами.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Вязьма -> Орша']);
  });

  it('coordinated place adjectives share one plural place noun', async () => {
    const r = await run('Смоленская и Витебская области развивают сотрудничество с Китаем.');
    expect(rels(r, 'COOPERATES_WITH').sort()).toEqual([
      'COOPERATES_WITH Витебская область -> Китай',
      'COOPERATES_WITH Китай -> Смоленская область',
    ]);
  });

  it('an adjective whose place noun is elided names the place of the neighbouring phrase', async () => {
    const r = await run('Из Брянской в Могилёвскую область отправили 30 вагонов зерна.');
    expect(names(r, 'Region').sort()).toEqual(['Брянская область', 'Могилевская область']);
    const s = await run('В Псковскую область из Витебской поставили 15 комбайнов.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Псковская область']);
    // With a noun of its own the adjective qualifies that noun, not the place noun nearby.
    const own = await run('В Псковскую область по Витебской трассе шли фуры.');
    expect(names(own, 'Region')).toEqual(['Псковская область']);
  });

  it('a delegation visiting a list of regions meets each of them', async () => {
    const r = await run('Белорусская делегация посетила Брянскую, Орловскую и Курскую области.');
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Беларусь -> Брянская область',
      'NEGOTIATES Беларусь -> Курская область',
      'NEGOTIATES Беларусь -> Орловская область',
    ]);
  });

  it('plants working in a list of towns are located in each', async () => {
    const r = await run('Заводы компании «Альфа» работают в Гродно, Лиде и Слониме.');
    expect(rels(r, 'LOCATED_IN').sort()).toEqual([
      'LOCATED_IN Альфа -> Гродно',
      'LOCATED_IN Альфа -> Лида',
      'LOCATED_IN Альфа -> Слоним',
    ]);
  });
});

describe('quoted names in a list of recipients', () => {
  it('every quoted name of the list receives, the unknown ones typed by their known neighbours', async () => {
    const r = await run('Завод «Альфа» поставляет насосы на «Ростсельмаш», «Гранит» и «КамАЗ».');
    expect(names(r, 'Enterprise')).toContain('Гранит');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Альфа -> Ростсельмаш',
      'SUPPLIES Альфа -> Гранит',
      'SUPPLIES Альфа -> КАМАЗ',
    ]);
  });

  it('a dative list of quoted names', async () => {
    const r = await run('Завод «Альфа» поставляет насосы «Ростсельмашу» и «КамАЗу».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Ростсельмаш', 'SUPPLIES Альфа -> КАМАЗ']);
  });
});

describe('groups of people from a place', () => {
  it('a place adjective on any plural noun of people makes the place a party', async () => {
    const r = await run('Тульские селекционеры организуют производство семян подсолнечника в Гродненской области.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN Тульская область -> производство семян подсолнечника в Гродненской области',
    ]);
  });

  it('not on things', async () => {
    const r = await run('Тульские пряники организуют производство семян в Гродненской области.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual([]);
  });
});

describe('located in a list of places', () => {
  it('"расположены в A, B и C" places the company in each', async () => {
    const r = await run('Заводы холдинга «Альфа» расположены в Минске, Пинске и Лиде.');
    expect(rels(r, 'LOCATED_IN')).toEqual([
      'LOCATED_IN Альфа -> Минск',
      'LOCATED_IN Альфа -> Пинск',
      'LOCATED_IN Альфа -> Лида',
    ]);
  });
});

describe('gapping', () => {
  it('"…, а в Гродненскую – 15" repeats the supply with a new destination, the noun left out too', async () => {
    const r = await run('Компания «Альфа» поставит в Брестскую область 20 автобусов, а в Гродненскую – 15.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Альфа -> Брестская область',
      'SUPPLIES Альфа -> Гродненская область',
    ]);
  });

  it('a contrast span with its own verb is no gap', async () => {
    const r = await run('Компания «Альфа» поставит в Брестскую область 20 автобусов, а в Гродно откроет магазин.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Брестская область']);
  });
});

describe('gapping with a new subject', () => {
  it('"…, а Якутия – алмазы": the recipient before supplies back', async () => {
    const r = await run('Могилёвская область поставляет в Якутию молоко, а Якутия – алмазы.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Могилевская область -> Республика Саха (Якутия)',
      'SUPPLIES Республика Саха (Якутия) -> Могилевская область',
    ]);
  });

  it('a subject whose country holds the recipient before supplies back too', async () => {
    const r = await run(
      'Тверские предприятия поставляют в Витебскую область станки, а белорусские партнёры — молочную продукцию.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Тверская область -> Витебская область',
      'SUPPLIES Беларусь -> Тверская область',
    ]);
  });

  it('another subject supplies the same recipients', async () => {
    const r = await run('Гомельская область поставляет в Якутию молоко, а Брестская – сыры.');
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Гомельская область -> Республика Саха (Якутия)',
      'SUPPLIES Брестская область -> Республика Саха (Якутия)',
    ]);
  });
});

describe('gapping in talks and cooperation', () => {
  it('"X … с Y, а Z — с W": the part without its verb repeats the frame with its own sides', async () => {
    const r = await run(
      'Тульская область заключила соглашение с Гродненской областью, а Калужская область — с Брестской областью.',
    );
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Брестская область -> Калужская область',
      'NEGOTIATES Гродненская область -> Тульская область',
    ]);
    const s = await run(
      'Вологодская область намерена сотрудничать с Минской областью, а Ярославская область — с Витебской областью.',
    );
    expect(rels(s, 'COOPERATES_WITH').sort()).toEqual([
      'COOPERATES_WITH Витебская область -> Ярославская область',
      'COOPERATES_WITH Вологодская область -> Минская область',
    ]);
  });

  it('a part whose gap is filled by a place («— в Гомеле») names no partner', async () => {
    const r = await run(
      'Тульская область заключила соглашение с Гродненской областью, а Калужская область — в Минске.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненская область -> Тульская область']);
  });
});

describe('coordinated place adjectives on the builders of a project', () => {
  it('each adjective agreeing with a nominative plural noun names a participant', async () => {
    // «смоленские» alone reads likelier as an accusative; «машиностроители» can only be a nominative.
    const r = await run('Гомельские и смоленские машиностроители откроют совместное производство сеялок.');
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гомельская область -> совместное производство сеялок',
      'PARTICIPATES_IN Смоленская область -> совместное производство сеялок',
    ]);
  });

  it('an adjective with an inanimate noun after the verb is its object (guard, passes either way)', async () => {
    const r = await run('Компания «Дельта» откроет в Гомеле цех по ремонту белорусских комбайнов.');
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Дельта -> цех по ремонту белорусских комбайнов']);
  });
});

describe('a list of quoted names whose first is read without its quotes', () => {
  it('its closing quote does not end the list, and later one-word conjuncts share its case', async () => {
    const r = await run('Продукция «Белшины», «Кедра» и «Ротора» пользуется спросом в Киргизии.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Белшина -> Киргизия',
      'SUPPLIES Кедр -> Киргизия',
      'SUPPLIES Ротор -> Киргизия',
    ]);
  });
});

describe('conjuncts of a declined one-word name', () => {
  it('share its case: each is named in the nominative', async () => {
    const r = await run('Продукция «Кедра» и «Ротора» пользуется спросом в Киргизии.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Кедр', 'Ротор']);
  });

  it('after a name as written the next stays as written (guard, passes either way)', async () => {
    const r = await run('Компании «Кедр» и «Ротор» поставляют продукцию в Киргизию.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Кедр', 'Ротор']);
  });
});

describe('a conjunct described by a phrase set off by commas', () => {
  it('stays in the list: the phrase ends at «, и» and the sides sign together', async () => {
    const r = await run('Компания «Кедр», созданная в 2015 году, и фирма «Ясень» подписали соглашение.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Ясень']);
  });

  it('goods the participle makes are its object, no supply; the supply after the phrase is mutual', async () => {
    const r = await run(
      'Тульский завод «Кедр», выпускающий комплектующие для вагонов, и компания «Ясень» договорились о взаимных поставках.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Кедр -> Ясень', 'SUPPLIES Ясень -> Кедр']);
  });
});
