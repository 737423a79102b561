/**
 * Attributes from the trigger's arguments: the goods and their number after a
 * supply verb, the sector after "в сфере/области". Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, run } from './helpers.ts';

describe('supply attributes', () => {
  it('the object after the verb is the product, a number before it the quantity', async () => {
    const r = await run('Завод «Гомельлифт» поставит в Курганскую область 120 пассажирских лифтов.');
    const a = attributesOf(r, 'SUPPLIES', 'Гомельлифт', 'Курганская область');
    expect(a?.product).toBe('пассажирские лифты');
    expect(a?.quantity).toBe(120);
    expect(a?.modality).toBe('plan');
  });

  it('the destination phrase is skipped, not taken for the goods', async () => {
    const r = await run('Беларусь поставляет в Омскую область молочную продукцию.');
    expect(attributesOf(r, 'SUPPLIES', 'Беларусь', 'Омская область')?.product).toBe('молочная продукция');
  });

  it('after a noun of supply the goods are its genitive, singular where the form is ambiguous', async () => {
    const r = await run('Курганская область начала поставки зерна в Беларусь.');
    expect(attributesOf(r, 'SUPPLIES', 'Курганская область', 'Беларусь')?.product).toBe('зерно');
    const s = await run('Курганская область начала поставки тракторов в Беларусь.');
    expect(attributesOf(s, 'SUPPLIES', 'Курганская область', 'Беларусь')?.product).toBe('тракторы');
  });

  it('after a verb with no number the goods are its accusative object, where the form is ambiguous', async () => {
    const r = await run('Ярославская верфь поставит суда в Туркменистан.');
    expect(attributesOf(r, 'SUPPLIES', 'Ярославская область', 'Туркменистан')?.product).toBe('суда');
  });

  it('a plural object that reads first as a genitive singular stays plural («поставит трубы»)', async () => {
    const r = await run('Завод «Полимер» поставит в Псков трубы.');
    expect(attributesOf(r, 'SUPPLIES', 'Полимер', 'Псков')?.product).toBe('трубы');
  });

  it('a partitive genitive before a sum stays that word in the singular', async () => {
    const r = await run('Омская область экспортировала в Казахстан продукции на 50 миллионов долларов.');
    expect(attributesOf(r, 'SUPPLIES', 'Омская область', 'Казахстан')?.product).toBe('продукция');
  });

  it('after a number the genitive is the number’s (guard, passes either way)', async () => {
    const s = await run('Ярославская верфь поставит 4 судна в Туркменистан.');
    expect(attributesOf(s, 'SUPPLIES', 'Ярославская область', 'Туркменистан')?.product).toBe('судно');
  });

  it('a measure noun is not the product', async () => {
    const r = await run('Псковская область закупила у Беларуси партию автобусов.');
    expect(attributesOf(r, 'SUPPLIES', 'Беларусь', 'Псковская область')?.product).toBe('автобусы');
  });

  it("the noun of the recipient's quoted name is no product", async () => {
    const r = await run('Завод «Гидропривод» отгрузил ТОО «Агромаш» партию гидроцилиндров.');
    expect(attributesOf(r, 'SUPPLIES', 'Гидропривод', 'Агромаш')?.product).toBe('гидроцилиндры');
    const s = await run('Завод «Гидропривод» поставит ОАО «Лидагропроммаш» 40 насосов.');
    expect(attributesOf(s, 'SUPPLIES', 'Гидропривод', 'Лидагропроммаш')?.product).toBe('насосы');
  });
});

describe('goods of an order', () => {
  it('the order is no goods: they follow it, past the quoted name of the party that placed it', async () => {
    const r = await run('Завод «Вагонмаш» получил заказ от казахстанской компании «Бета» на изготовление 200 цистерн.');
    const a = attributesOf(r, 'SUPPLIES', 'Вагонмаш', 'Бета');
    expect(a?.product).toBe('цистерны');
    expect(a?.quantity).toBe(200);
  });
});

describe('cooperation sector', () => {
  it('"в сфере туризма" gives the sector', async () => {
    const r = await run('Витебская область и Смоленская область сотрудничают в сфере туризма.');
    const a =
      attributesOf(r, 'COOPERATES_WITH', 'Витебская область', 'Смоленская область') ??
      attributesOf(r, 'COOPERATES_WITH', 'Смоленская область', 'Витебская область');
    expect(a?.sector).toBe('туризм');
  });

  it('the conditional mood and a stated possibility are plans, not facts', async () => {
    const r = await run('Брянская область поставила бы в Витебскую область зерно.');
    expect(attributesOf(r, 'SUPPLIES', 'Брянская область', 'Витебская область')?.modality).toBe('plan');
    const s = await run('Рассматривается возможность поставок белорусских лифтов в Пермский край.');
    expect(attributesOf(s, 'SUPPLIES', 'Беларусь', 'Пермский край')?.modality).toBe('plan');
  });
});

describe('modality of biaspectual verbs', () => {
  it('"экспортируют" in the present is a fact, "поставит" a plan', async () => {
    const r = await run('Костанайские аграрии экспортируют в Челябинскую область зерно.');
    expect(attributesOf(r, 'SUPPLIES', 'Костанайская область', 'Челябинская область')?.modality).toBe('fact');
    const s = await run('Костанайские аграрии поставят в Челябинскую область зерно.');
    expect(attributesOf(s, 'SUPPLIES', 'Костанайская область', 'Челябинская область')?.modality).toBe('plan');
  });
});

describe("the speaker's own future", () => {
  it('"Напомним, что …" frames the sentence and does not make its supply a plan', async () => {
    const r = await run('Напомним, что Курганский завод «Альфа» поставляет в Казахстан трубы.');
    expect(attributesOf(r, 'SUPPLIES', 'Альфа', 'Казахстан')?.modality).toBe('fact');
  });
});

describe('goods after a source phrase', () => {
  it('the noun of a place adjective after «у» is the source, not the goods', async () => {
    const r = await run('Брянские аграрии закупили у белорусских партнёров 300 тонн семян картофеля.');
    expect(attributesOf(r, 'SUPPLIES', 'Беларусь', 'Брянская область')).toMatchObject({
      product: 'семена',
      quantity: 300,
    });
  });
});

describe('quantities with a scale and a unit', () => {
  it('"450 тысяч тонн соевых бобов" is 450,000 of soybeans', async () => {
    const r = await run('Курганская область поставила в Казахстан 30 тысяч тонн соевых бобов.');
    expect(attributesOf(r, 'SUPPLIES', 'Курганская область', 'Казахстан')).toMatchObject({
      product: 'соевые бобы',
      quantity: 30000,
    });
  });

  it('a unit of length, a count of pairs or of head are measures, not the product', async () => {
    const r = await run('Фабрика «Кедр» поставила в Псковскую область 200 тысяч погонных метров ткани.');
    expect(attributesOf(r, 'SUPPLIES', 'Кедр', 'Псковская область')).toMatchObject({
      product: 'ткань',
      quantity: 200000,
    });
    const s = await run('Фабрика «Кедр» отгрузила в Казахстан 5 тысяч пар обуви.');
    expect(attributesOf(s, 'SUPPLIES', 'Кедр', 'Казахстан')?.product).toBe('обувь');
    const t = await run('Хозяйство «Кедр» поставило в Узбекистан 300 голов племенного скота.');
    expect(attributesOf(t, 'SUPPLIES', 'Кедр', 'Узбекистан')?.product).toBe('племенной скот');
  });

  it('a word read first as a participle but also a noun, with no noun after it, is the goods', async () => {
    const r = await run('Завод «Кедр» закупает у белорусских партнёров комплектующие на 40 миллионов рублей в год.');
    expect(attributesOf(r, 'SUPPLIES', 'Беларусь', 'Кедр')?.product).toBe('комплектующие');
  });

  it('a scale word with no number before it counts one of its kind', async () => {
    const r = await run('ОАО «Кедр» отгрузило в Казахстан миллион шин.');
    expect(attributesOf(r, 'SUPPLIES', 'Кедр', 'Казахстан')).toMatchObject({ product: 'шины', quantity: 1000000 });
  });

  it('a time phrase is no product', async () => {
    const r = await run('Курганская область за пять месяцев поставила в Казахстан зерно.');
    expect(attributesOf(r, 'SUPPLIES', 'Курганская область', 'Казахстан')?.product).toBe('зерно');
    const s = await run('Экспорт курганского зерна в Казахстан за пять месяцев вырос вдвое.');
    expect(attributesOf(s, 'SUPPLIES', 'Курганская область', 'Казахстан')?.product).not.toBe('месяцы');
  });
});

describe('seeking partners', () => {
  it('is an intention, not a fact', async () => {
    const r = await run('Витебская область ищет партнёров в Индии.');
    expect(attributesOf(r, 'COOPERATES_WITH', 'Витебская область', 'Индия')?.modality).toBe('intention');
  });
});

describe('possessives before the goods', () => {
  it('are no part of the product', async () => {
    const r = await run('Компания «Омега» продаёт в Казахстан свою продукцию.');
    expect(attributesOf(r, 'SUPPLIES', 'Омега', 'Казахстан')?.product).toBe('продукция');
  });

  it('nor are quantifiers of the rest («остальные», «прочие»)', async () => {
    const r = await run('Остальные трамваи завода «Омега» получит Саратов.');
    expect(attributesOf(r, 'SUPPLIES', 'Омега', 'Саратов')?.product).toBe('трамваи');
  });
});

describe('an approximate quantity', () => {
  it('"около 50 тракторов" is 50 tractors', async () => {
    const r = await run('Курская область закупит около 50 тракторов МТЗ.');
    expect(attributesOf(r, 'SUPPLIES', 'МТЗ', 'Курская область')).toMatchObject({ quantity: 50 });
  });
});
