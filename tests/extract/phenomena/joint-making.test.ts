/**
 * Joint making and meeting by a verb's arguments: the comitative partner of a verb of
 * making ("вместе с X"), a maker's goods made at another company's plant, delegations
 * exchanged, and a company "из + place" that is not the source of goods.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('verbs of making', () => {
  it('"вместе с X" with a verb of making co-produces, also with the plant it is made at', async () => {
    const r = await run('Завод «Альфа» вместе с компанией «Бета» будет производить автобусы.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
    const s = await run(
      'На предприятии «Амкодор-Пинск» начали выпускать лесозаготовительную технику вместе с российской компанией «Лесмаш».',
    );
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Амкодор-Пинск -> Лесмаш']);
  });

  it('"совместно с X" is the same comitative partner, however far the verb stands', async () => {
    const r = await run('Завод «Гамма» совместно с китайской корпорацией Dongli будет выпускать экскаваторы.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Dongli -> Гамма']);
    const s = await run('Компания «Дельта» совместно с «Амкодором» собирает погрузчики.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Амкодор -> Дельта']);
  });

  it('"совместно с" a guest at a show makes nothing together', async () => {
    const r = await run('Компания «Дельта» совместно с «Амкодором» провела семинар для дилеров.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('"вместе с" without a verb of making is no co-production', async () => {
    const r = await run('Вместе с губернатором Брянской области директор посетил предприятие «Альфа».');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it("a maker's goods made at another company's site", async () => {
    const r = await run('Тракторы МТЗ будут собирать на площадке компании «Агромаш» в Калуге.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Агромаш -> МТЗ']);
    const s = await run('На заводе «Альфа» собирают двигатели для тракторов МТЗ.');
    expect(rels(s, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('exchanged delegations', () => {
  it('meet the two sides', async () => {
    const r = await run('Гомельская и Брянская области обменялись делегациями.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Брянская область -> Гомельская область']);
  });
});

describe('a company from a place', () => {
  it('supplies as itself; its place is not the source', async () => {
    const r = await run('Компания «Бета» из Екатеринбурга поставит оборудование для Гродненского азотного завода.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Бета -> Гродненский азотный завод']);
  });

  it('also with a town noun before the name («из города X»)', async () => {
    const r = await run('Фабрика «Заря» из города Новополоцк Витебской области поставит ткани в Самару.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Заря -> Самара']);
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Заря -> Новополоцк');
  });
});

describe("a place's goods made at a plant elsewhere", () => {
  it('co-produce the place and the plant, and do not locate the plant there', async () => {
    const r = await run('Стороны договорились расширить сборку белорусских тракторов на предприятии «Агромаш».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Агромаш -> Беларусь']);
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe("a place's goods made in another place", () => {
  it('co-produce the two places', async () => {
    const r = await run('Белорусские автобусы будут собирать в Узбекистане.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Узбекистан']);
  });

  it('not when made at home, nor when only shown at an event', async () => {
    const r = await run('Белорусские тракторы производят в Минске.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
    const s = await run('На выставке в Казани показали производство белорусских тракторов.');
    expect(rels(s, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('making in a place', () => {
  it('a company making goods in a place has its plant there', async () => {
    const r = await run('Компания «Омега» выпускает трубы в Екатеринбурге.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Омега -> Екатеринбург']);
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('making in another place than the company is from is localisation', async () => {
    const r = await run('Завод «Омега» из Барановичей будет собирать холодильники в Калужской области.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Калужская область -> Омега']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Омега -> Барановичи']);
  });

  it('a place that closes the project noun phrase of the making places the project, not the company', async () => {
    const r = await run('Компания «Омега» налаживает сборку грузовиков в Узбекистане.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN сборка грузовиков в Узбекистане -> Узбекистан']);
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN Омега -> сборка грузовиков в Узбекистане']);
  });

  it('a plan to make somewhere places nothing yet, and a show at an event makes nothing', async () => {
    const r = await run('Компания «Омега» будет выпускать трубы в Екатеринбурге.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
    const s = await run('На выставке в Казани компания «Омега» выпустила новую модель.');
    expect(rels(s)).toEqual([]);
  });
});

describe('starting to make in a place', () => {
  it('"начало выпуск двигателей в Твери" places the maker as "выпускает" does', async () => {
    const r = await run('Предприятие «Омега» начало выпуск двигателей в Твери.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Омега -> Тверь']);
  });

  it('discussing a production is not starting it', async () => {
    const r = await run('Компания «Омега» обсудила выпуск двигателей в Твери.');
    expect(rels(r, 'LOCATED_IN')).toEqual([]);
  });
});

describe("a brand's goods made in a place with no subject", () => {
  it('localise the brand there', async () => {
    const r = await run('В Смоленской области собирают автобусы МАЗ.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES МАЗ -> Смоленская область']);
    const s = await run('Площадка работает в Смоленской области, где с 2020 года собирают автобусы МАЗ.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES МАЗ -> Смоленская область']);
  });
});

describe('joining forces to make something', () => {
  it('«объединили усилия для выпуска …» is joint production', async () => {
    const r = await run('Завод «Кедр» и холдинг «Сож» объединили усилия для выпуска электробусов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Сож']);
  });

  it('joining forces for anything else is not', async () => {
    const r = await run('Завод «Кедр» и холдинг «Сож» объединили усилия для продвижения на рынки Азии.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('coordinated subjects of a verb that starts making', () => {
  it('make the goods together: place adjectives of one agent noun, or two names', async () => {
    const r = await run('Белорусские и казахстанские машиностроители наладили выпуск сеялок.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Беларусь -> Казахстан']);
    const s = await run('Компании «Кедр» и «Сож» запустили сборку электробусов.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Сож']);
  });

  it('a place adjective of a named company places it and is no maker of its own', async () => {
    const r = await run('Завод «Кедр» и тверская компания «Сож» запустят сборку электробусов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Сож']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Сож -> Тверская область']);
  });

  it('an adverb of jointness makes a plain verb of making one event of both', async () => {
    const r = await run('Фабрика «Кедр» и холдинг «Сож» совместно выпускают электробусы.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Сож']);
    const s = await run('Фабрика «Кедр» и холдинг «Сож» будут вместе собирать электробусы.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Сож']);
  });

  it('where a company is from belongs to its conjunct, and the conjunct after it keeps its case', async () => {
    const r = await run('Фабрика «Кедр» из Лиды и холдинг «Сож» будут вместе выпускать вагоны.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Сож']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Кедр -> Лида']);
    const s = await run('Завод «Кедр» из Лиды и Гомельский вагоностроительный завод будут вместе выпускать вагоны.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Гомельский вагоностроительный завод -> Кедр']);
  });

  it('a plain verb of making reads each maker on its own', async () => {
    const r = await run('Компании «Кедр» и «Сож» выпускают электробусы.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('a singular verb has one subject, the other name belongs to something else', async () => {
    const r = await run('Завод «Кедр» наладил выпуск кабин для холдинга «Сож».');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('a noun of making after the verb that starts it', () => {
  it('takes the comitative partner of joint making, past a place and an adjective', async () => {
    const r = await run(
      'Компания «Кедр» планирует открыть в Узбекистане сборочное производство сеялок совместно с узбекской компанией «Агротех».',
    );
    expect(rels(r, 'CO_PRODUCES')).toContain('CO_PRODUCES Агротех -> Кедр');
  });

  it('is not the object when a noun stands between: the workshop is opened, not the assembly', async () => {
    const r = await run('В Армении открыли цех по сборке тракторов МТЗ.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('localising making', () => {
  it("moves a company's production to the place named, known or not", async () => {
    const r = await run('Локализация производства лифтов компании «Кедр» в Казахстане началась весной.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Казахстан -> Кедр']);
    const s = await run('Компания «Сож» решила локализовать сборку насосов в Армении.');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Армения -> Сож']);
  });

  it('does not place the company whose making is localised there', async () => {
    const r = await run('Локализация производства лифтов компании «Кедр» в Казахстане началась весной.');
    expect(rels(r, 'LOCATED_IN').filter((x) => x.startsWith('LOCATED_IN Кедр'))).toEqual([]);
  });
});

describe('whom goods are made for', () => {
  it('is no co-producer of an assembly', async () => {
    const r = await run('Филиал компании «Кедр» в Барнауле начал сборку комбайнов для алтайских аграриев.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('two companies making together in a place', () => {
  it('is their joint making there, not localisation by the nearer one', async () => {
    const r = await run('Компания «Альфа» и казахстанская компания «Бета» наладят в Гомеле сборку сеялок.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
  });

  it('one company from elsewhere making in a place still localises there', async () => {
    const r = await run('Компания «Альфа» из Барановичей будет собирать холодильники в Калужской области.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Калужская область']);
  });
});

describe('a brand made by a company that starts making it', () => {
  it('a verb that starts a noun of making with the brand on its goods: both make them', async () => {
    const r = await run('Тамбовский завод «Ротор» организует сборку сеялок «Гомсельмаш».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Гомсельмаш -> Ротор']);
  });

  it('parts made for the brand are no joint making (guard, passes either way)', async () => {
    const r = await run('Тамбовский завод «Ротор» организует выпуск деталей для сеялок «Гомсельмаш».');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('making under licence', () => {
  it('the licensor after «по лицензии» makes the goods with the subject', async () => {
    const r = await run('Компания «Кедр» по лицензии МАЗа выпускает автобусы в Казани.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> МАЗ']);
    const b = await run('По лицензии компании «Ротор» завод «Кедр» будет собирать насосы.');
    expect(rels(b, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Ротор']);
  });

  it('a licence received names no partner (guard, passes either way)', async () => {
    const r = await run('Компания «Кедр» получила лицензию на выпуск насосов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('goods supplied just before, made at a host plant', () => {
  it('are made there with their supplier, also with a reflexive passive', async () => {
    const r = await run(
      'ОАО «Кедр» поставит в Тверскую область 300 сеялок. Часть сеялок будет собираться на площадке тверского завода «Ясень».',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Ясень']);
    const s = await run('ОАО «Кедр» поставит в Тверскую область 300 сеялок. Часть сеялок соберут на заводе «Ясень».');
    expect(rels(s, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Ясень']);
  });

  it('other goods made there are no joint making with that supplier (guard, passes either way)', async () => {
    const r = await run('ОАО «Кедр» поставит в Тверскую область 300 сеялок. Кабины соберут на заводе «Ясень».');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('«собирается» before an infinitive intends, it makes nothing (guard, passes either way)', async () => {
    const r = await run('ОАО «Кедр» поставит в Тверскую область 300 сеялок. Завод «Ясень» собирается открыть склад.');
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('«на площадке» of a company', () => {
  it('is its premises, no project; joint making there pairs the host and the partner', async () => {
    const r = await run('На площадке завода «Ясень» организовано совместное с компанией «Кедр» производство насосов.');
    expect(names(r, 'Project')).toEqual(['производство насосов']);
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Ясень']);
  });

  it('an industrial site with its adjective stays a project (guard, passes either way)', async () => {
    const r = await run('На индустриальной площадке «Ворсино» компания «Кедр» построит завод.');
    expect(names(r, 'Project')).toContain('индустриальная площадка Ворсино');
  });
});
