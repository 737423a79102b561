/**
 * What a name or a list refers to: a plural demonstrative ("в эти регионы") is
 * every place just listed; a title followed by a company's genitive heads that
 * company; a many-word quoted name is found again in an oblique case; a plural
 * after a body's head noun ("Кабинета министров") is part of its name; a
 * headline's project named by its head and place is the body's fuller one; a
 * dative is never the goods. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

describe('lists and names', () => {
  it('«в эти регионы» are all the regions of the list before', async () => {
    const r = await run(
      'Основными партнёрами области остаются Тульская, Калужская и Орловская области. Витебские предприятия поставляют в эти регионы ткани.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Витебская область -> Калужская область',
      'SUPPLIES Витебская область -> Орловская область',
      'SUPPLIES Витебская область -> Тульская область',
    ]);
  });

  it('a title with a company in the genitive heads the company, not a country named before', async () => {
    const r = await run(
      'Узбекская компания «Ак Йул» построит склад в Самаре. Договор подписали губернатор Самарской области Вячеслав Федорищев и президент «Ак Йула» Тимур Исмаилов.',
    );
    expect(rels(r, 'HEADS')).toContain('HEADS Тимур Исмаилов -> Ак Йул');
    expect(rels(r, 'HEADS').filter((x) => x.includes('Узбекистан'))).toEqual([]);
  });

  it('«Кабинета министров»: a deputy chairman heads nothing and no ministry is made up', async () => {
    const r = await run(
      'Губернатор встретился с заместителем председателя Кабинета министров Киргизии Данияром Аманалиевым.',
    );
    expect(names(r, 'Organization')).toEqual([]);
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('coordinated genitive dependents in a name', () => {
  it('«завод литья и нормалей» is one name, coordination and all', async () => {
    const r = await run('Оршанский завод литья и поковок поставит отливки в Брянск.');
    expect(names(r, 'Enterprise')).toEqual(['Оршанский завод литья и поковок']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Оршанский завод литья и поковок -> Брянск']);
  });

  it('a conjunct that is a body, a case-ambiguous noun or has a name of its own stays apart', async () => {
    const r = await run('Представители Минского завода шестерён и облисполкома посетили Брянск.');
    expect(names(r, 'Enterprise')).toEqual(['Минский завод шестерён']);
    const s = await run('Минский завод шестерён и трактора «Беларус» показаны на выставке в Казани.');
    expect(names(s, 'Enterprise')).toContain('Минский завод шестерён');
  });
});

describe('projects and goods', () => {
  it("a headline's «завод в X» is the body's fuller plant of the same head in X", async () => {
    const r = await run(
      'Компания «Ак Йул» построит в Самарской области завод по выпуску упаковки.',
      'Узбекская компания построит завод в Самарской области',
    );
    expect(names(r, 'Project')).toEqual(['завод по выпуску упаковки']);
  });

  it('a dative after a verb of supplying is the recipient, not the goods', async () => {
    const r = await run('Завод «Кедр» отгрузил казахстанским заказчикам 300 вагонов.');
    expect(attributesOf(r, 'SUPPLIES', 'Кедр', 'Казахстан')).toMatchObject({ product: 'вагоны', quantity: 300 });
  });
});

describe('phrases inside the clause', () => {
  it("a participial phrase's place is no argument of the main verb", async () => {
    const r = await run(
      'Курганский автобусный завод, входящий в группу ГАЗ, подписал контракт с китайской компанией Zhongtong на поставку 200 двигателей.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Zhongtong -> Курганский автобусный завод']);
  });

  it("a place adjective on the next company's noun does not end a list of recipients", async () => {
    const r = await run('Завод «Кедр» поставлял моторы белорусскому МАЗу и казахстанскому заводу «Сарыарка».');
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Кедр -> МАЗ', 'SUPPLIES Кедр -> Сарыарка']);
  });

  it("«продукции брестских предприятий»: a market noun in the goods' genitive is their maker", async () => {
    const r = await run('Соглашение предусматривает рост поставок в Псков продукции брестских предприятий.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Псков']);
  });

  it('«директор завода» is the company whose name has «завод», not the one named last', async () => {
    const r = await run(
      'Курганский автобусный завод подписал контракт с компанией Zhongtong. Как сообщил генеральный директор завода Олег Фомин, контракт крупный.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Олег Фомин -> Курганский автобусный завод']);
  });
});

describe('continuations and makers', () => {
  it('a turnover with no sides of its own continues the trade partners of the sentence before', async () => {
    const r = await run(
      'Глава Тамбовской области Евгений Первышов отметил, что Беларусь является одним из ключевых торговых партнёров региона. По итогам года объём взаимной торговли составил 210 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Беларусь -> Тамбовская область']);
    // Right after a meeting of two sides it is theirs (the region and the country its envoy stands for).
    const met = await run(
      'Глава Тамбовской области Евгений Первышов встретился с послом Беларуси. По итогам года товарооборот составил 210 млн долларов.',
    );
    expect(rels(met, 'TRADES_WITH')).toEqual(['TRADES_WITH Беларусь -> Тамбовская область']);
    // A turnover not called mutual after a sentence with no trade word and no meeting may be anyone's.
    const unrelated = await run(
      'Глава Тамбовской области Евгений Первышов посетил выставку в Минске. По итогам года товарооборот составил 210 млн долларов.',
    );
    expect(rels(unrelated, 'TRADES_WITH')).toEqual([]);
  });

  it("a brand's goods made by another company, the subject, are made by both", async () => {
    const r = await run('Тракторы МТЗ будет выпускать тамбовская компания «Агромаш».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Агромаш -> МТЗ']);
    const parts = await run('Компания «Агромаш» выпускает комбайны с двигателями ЯМЗ.');
    expect(rels(parts, 'CO_PRODUCES')).toEqual([]);
  });

  it('a special economic zone with a name is a project', async () => {
    const r = await run('На площадке особой экономической зоны «Тамбов» начнётся сборка тракторов.');
    // The assembly that starts there is an undertaking of its own (projects.test.ts).
    expect(names(r, 'Project')).toEqual(['особая экономическая зона Тамбов', 'сборка тракторов']);
  });
});
