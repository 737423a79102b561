/**
 * Trade turnover (TRADES_WITH) in its wordings: «оборот» is trade only with a trade adjective
 * or "между X и Y", not a company's own turnover; a figure whose sides the next sentence names
 * ("Об этом сообщил губернатор X после встречи с послом Y") takes them from there. Sentences are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, rels, run } from './helpers.ts';

describe('«оборот»', () => {
  it('"оборот между X и Y" and "торговый оборот" are trade', async () => {
    const a = await run('Оборот между предприятиями Татарстана и Беларуси составил 1 млрд долларов.');
    expect(rels(a, 'TRADES_WITH')).toEqual(['TRADES_WITH Беларусь -> Республика Татарстан']);
    const b = await run('Торговый оборот Брянской области и Гомельской области вырос на 5%.');
    expect(rels(b, 'TRADES_WITH')).toEqual(['TRADES_WITH Брянская область -> Гомельская область']);
  });

  it("a company's turnover is no trade between places", async () => {
    const r = await run('Оборот компании «Альфа» в Брянской области и Гомельской области вырос на 5%.');
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
  });
});

describe('a mutual turnover with no sides of its own', () => {
  it('is between the two sides of the sentence before, which need not speak of trade', async () => {
    const r = await run(
      'Могилёвская область — давний партнёр Смоленщины. В прошлом году взаимный товарооборот достиг 300 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Могилевская область -> Смоленская область']);
  });

  it('a turnover not called mutual takes no sides from such a sentence', async () => {
    const r = await run(
      'Могилёвская область — давний партнёр Смоленщины. В прошлом году товарооборот достиг 300 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
  });
});

describe('a trade word inside a body named before the figure', () => {
  it('does not part the sides of the turnover', async () => {
    const r = await run(
      'По данным министерства промышленности и торговли Чувашии, товарооборот Чувашии с Казахстаном в 2025 году составил 90 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Казахстан -> Чувашская Республика']);
  });
});

describe('sides named by the attribution after the figure', () => {
  it('"Об этом сообщил …" names the sides of the figure before it', async () => {
    const r = await run(
      'Объём взаимной торговли превысил 500 млн долларов. Об этом сообщил губернатор Курганской области по итогам встречи с послом Беларуси.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Беларусь -> Курганская область']);
  });

  it('another next sentence does not', async () => {
    const r = await run(
      'Объём взаимной торговли превысил 500 млн долларов. Губернатор Курганской области встретился с послом Беларуси.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
  });
});

describe('«между регионами» named far back', () => {
  it('are the two regions the article names most, and only they trade', async () => {
    const r = await run(
      'Губернатор Курской области Иван Лопухов встретился с председателем Витебского облисполкома. Курская область и Витебская область обсудили поставки. Губернатор отметил рост поставок зерна. Товарооборот между регионами составил 90 млн долларов, из них белорусский экспорт — 60 млн.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Витебская область -> Курская область']);
  });
});

describe('a turnover with a «с» partner and a list of places', () => {
  it('pairs the partner with each place of the list, not the places with each other', async () => {
    const r = await run('Основная часть торговли с Казахстаном приходится на Омскую, Курганскую и Тюменскую области.');
    expect(rels(r, 'TRADES_WITH').sort()).toEqual([
      'TRADES_WITH Казахстан -> Курганская область',
      'TRADES_WITH Казахстан -> Омская область',
      'TRADES_WITH Казахстан -> Тюменская область',
    ]);
  });
});

describe('export and import in contrast, the second without its owner', () => {
  it('«экспорт X в Y …, а импорт из Y — …»: the import is X’s too', async () => {
    const r = await run(
      'Экспорт Псковской области в Казахстан составил 40 млн долларов, а импорт из Казахстана — 25 млн долларов.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Псковская область',
      'SUPPLIES Псковская область -> Казахстан',
    ]);
  });

  it('and the other way round: «импорт X из Y …, а экспорт в Y — …»', async () => {
    const r = await run('Импорт Псковской области из Казахстана вырос на 10%, а экспорт в Казахстан — на 5%.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Псковская область',
      'SUPPLIES Псковская область -> Казахстан',
    ]);
  });
});

describe('nouns of selling and buying joined by «и»', () => {
  it('«нарастила поставки X в Y и закупки Z-ских W»: each noun has its own arguments and the same owner', async () => {
    const r = await run('Тверская область нарастила поставки льна в Казахстан и закупки казахстанского зерна.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Тверская область',
      'SUPPLIES Тверская область -> Казахстан',
    ]);
  });

  it('«, а также» joins a second act of trade as «и» does', async () => {
    const r = await run('Курская область нарастила поставки сахара в Узбекистан, а также закупки узбекского хлопка.');
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Курская область -> Узбекистан',
      'SUPPLIES Узбекистан -> Курская область',
    ]);
  });

  it('a comma joins a second figure of trade, its verb left out after a dash', async () => {
    const r = await run(
      'В прошлом году экспорт тюменских предприятий в Казахстан составил 90 млн долларов, импорт из Казахстана — 40 млн долларов.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Казахстан -> Тюменская область',
      'SUPPLIES Тюменская область -> Казахстан',
    ]);
  });

  it('goods listed with commas are no second act of trade (guard, passes either way)', async () => {
    const r = await run('Тверские заводы поставляют в Казахстан узлы, детали и станки.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Тверская область -> Казахстан']);
  });

  it('goods joined by «и» are no second act of trade', async () => {
    const r = await run('Тверские заводы поставляют узлы и детали для завода «Сож».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Тверская область -> Сож']);
  });
});

describe('parts of a turnover named by their owner', () => {
  it('the owner’s export goes to the other side, the import comes from it', async () => {
    const r = await run(
      'Товарооборот Беларуси и Армении превысил 200 млн долларов. Белорусский экспорт составил 150 млн долларов, импорт — 50 млн.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Беларусь -> Армения', 'SUPPLIES Армения -> Беларусь']);
  });

  it('an export with no owner, or no turnover before, goes nowhere', async () => {
    const r = await run(
      'Товарооборот Беларуси и Армении превысил 200 млн долларов. Экспорт составил 150 млн долларов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    const s = await run('Белорусский экспорт составил 150 млн долларов.');
    expect(rels(s, 'SUPPLIES')).toEqual([]);
  });
});

describe('mutual supplies with no subject', () => {
  it('go both ways between the two parties the sentence names', async () => {
    const r = await run(
      'Торговля между Витебской областью и Псковской областью растёт: взаимные поставки выросли на 10%.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Витебская область -> Псковская область',
      'SUPPLIES Псковская область -> Витебская область',
    ]);
  });
});

describe('a plural of a kind of region as the two sides', () => {
  it('"между областями", "между краями" are the two regions the article named', async () => {
    for (const text of [
      'Губернатор Омской области встретился с акимом Павлодарской области. Товарооборот между областями вырос до 400 млн долларов.',
      'Губернатор Алтайского края встретился с губернатором Красноярского края. Объём торговли между краями превысил 90 млн долларов.',
    ]) {
      const r = await run(text);
      expect(rels(r, 'TRADES_WITH')).toHaveLength(1);
    }
  });

  it('a form that may be singular stays one region', async () => {
    const r = await run(
      'Губернатор Омской области встретился с акимом Павлодарской области. Товарооборот области с Казахстаном вырос.',
    );
    expect(rels(r, 'TRADES_WITH')).not.toContain('TRADES_WITH Омская область -> Павлодарская область');
  });
});

describe('a noun of trade statistics with one side named', () => {
  it('«импорт из X» after the export of a place to X: X supplies that place', async () => {
    const r = await run(
      'За год экспорт Брестской области в Казахстан вырос на 10%. Об этом сообщили в облисполкоме. Импорт из Казахстана составил 80 млн долларов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([
      'SUPPLIES Брестская область -> Казахстан',
      'SUPPLIES Казахстан -> Брестская область',
    ]);
  });

  it('«экспорт в X» after the turnover of a place with X: that place supplies X', async () => {
    const r = await run(
      'Товарооборот Брестской области с Казахстаном составил 200 млн долларов. Экспорт в Казахстан вырос на 15%.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Казахстан']);
  });

  it('(guard, passes either way) with no trade stated before, the side named alone gives nothing', async () => {
    const r = await run('Губернатор посетил выставку. Импорт из Казахстана составил 80 млн долларов.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('«между ними» after a sentence of two parties', () => {
  it('a turnover between them is between those two', async () => {
    const r = await run(
      'Тверская область и Беларусь развивают кооперацию. Товарооборот между ними в прошлом году превысил 900 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Беларусь -> Тверская область']);
  });

  it('(guard, passes either way) with three parties before, «между ними» names none', async () => {
    const r = await run(
      'Тверская область, Псковская область и Беларусь развивают кооперацию. Товарооборот между ними превысил 900 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
  });
});

describe('a turnover target', () => {
  it('a task or goal to bring turnover to a figure is a plan, in any case of its noun', async () => {
    const r = await run(
      'Стороны поставили задачу довести товарооборот между Беларусью и Омской областью до 300 млн долларов к 2028 году.',
    );
    expect(attributesOf(r, 'TRADES_WITH', 'Беларусь', 'Омская область')).toMatchObject({
      modality: 'plan',
      year: 2028,
    });
  });

  it('a figure reached is a fact (guard, passes either way)', async () => {
    const r = await run('Товарооборот между Беларусью и Омской областью в 2025 году достиг 300 млн долларов.');
    expect(attributesOf(r, 'TRADES_WITH', 'Беларусь', 'Омская область')).toMatchObject({ modality: 'fact' });
  });
});

describe('a trade partner as a predicate', () => {
  it('trades with the owner of «партнёр», whichever way the predicate is put', async () => {
    const r = await run('Китай является крупнейшим внешнеторговым партнёром Амурской области.');
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Амурская область -> Китай']);
    const s = await run('Среди торговых партнёров Амурской области лидирует Китай.');
    expect(rels(s, 'TRADES_WITH')).toEqual(['TRADES_WITH Амурская область -> Китай']);
    const t = await run('Китай входит в пятёрку основных торговых партнёров Амурской области.');
    expect(rels(t, 'TRADES_WITH')).toEqual(['TRADES_WITH Амурская область -> Китай']);
  });

  it('a partner without an owner, or not of trade, states no trade (guard, passes either way)', async () => {
    const r = await run('Компания «Кедр» ищет торговых партнёров в Монголии.');
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
    const s = await run('Китай является надёжным партнёром Амурской области.');
    expect(rels(s, 'TRADES_WITH')).toEqual([]);
  });

  it('a partnership «по торговле» is trade as «торговый партнёр» is, and no wider cooperation', async () => {
    const r = await run('Казахстан остаётся главным партнёром Курганской области по внешней торговле.');
    expect(rels(r)).toEqual(['TRADES_WITH Казахстан -> Курганская область']);
    const ranked = await run(
      'По объёму товарооборота Узбекистан занимает второе место среди зарубежных партнёров Курганской области.',
    );
    expect(rels(ranked)).toEqual(['TRADES_WITH Курганская область -> Узбекистан']);
  });

  it('a partner «по» something else than trade still cooperates (guard, passes either way)', async () => {
    const r = await run('Казахстан остаётся главным партнёром Курганской области по сборке тракторов.');
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
  });
});

describe('a turnover with no sides of its own', () => {
  it('after a meeting of two heads, is between the places they act for', async () => {
    const r = await run(
      'Курганская и Гомельская области развивают связи. Губернатор Курганской области Вадим Шумков встретился с председателем Гомельского облисполкома Иваном Крупко. За восемь месяцев товарооборот вырос на 14 процентов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Гомельская область -> Курганская область']);
  });

  it('a sentence after the meeting between them still has its sides', async () => {
    const r = await run(
      'Курганская и Гомельская области развивают связи. Губернатор Курганской области Вадим Шумков встретился с председателем Гомельского облисполкома Иваном Крупко. «Мы довольны итогами года. За восемь месяцев товарооборот вырос на 14 процентов», — сказал Вадим Шумков.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Гомельская область -> Курганская область']);
  });

  it('after a turnover stated before, is that turnover again, not the sides of a later meeting (guard, passes either way)', async () => {
    const r = await run(
      'Товарооборот Курганской области с Беларусью в прошлом году составил 300 млн долларов. Губернатор Курганской области Вадим Шумков встретился с председателем Минского горисполкома Владимиром Кухаревым. «Товарооборот вырос на 20 процентов», — сказал губернатор.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Беларусь -> Курганская область']);
  });
});

describe('a turnover stated in one clause and a target in the next', () => {
  it('takes its figure and modality from the clause of the turnover', async () => {
    const r = await run(
      'Товарооборот между Беларусью и Вологодской областью по итогам года превысил 300 миллионов долларов, а к 2028 году стороны планируют довести его до полумиллиарда.',
    );
    expect(attributesOf(r, 'TRADES_WITH', 'Беларусь', 'Вологодская область')).toEqual({
      modality: 'fact',
      value: 300000000,
      currency: 'USD',
    });
  });
});
