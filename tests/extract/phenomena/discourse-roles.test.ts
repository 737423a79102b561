/**
 * Roles carried across a phrase or a sentence: the destination of a visit noun
 * after its delegation, «стороны» right after two people met, a speaker's own
 * region, the holders of a role in a project named by a pronoun, companies given
 * as examples of a place's companies, and trade words inside a body's name.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('visits, sides and speakers', () => {
  it('«в ходе визита делегации X во главе с Y в Z»: talks between X and Z', async () => {
    const r = await run(
      'Договорённости достигнуты в ходе визита делегации Пермского края во главе с губернатором Дмитрием Махониным в Бишкек.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бишкек -> Пермский край']);
  });

  it("a visit noun to a plant is no visit to the plant's town", async () => {
    const r = await run('Состоялся визит делегации Пермского края на завод «Гранит» в Бресте.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('a place adjective and the pronoun after its noun are two sides, not one conjunct', async () => {
    const r = await run(
      'Губернатор Пермского края Дмитрий Махонин сказал: «С помощью наших белорусских партнёров мы обновили парк техники».',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Беларусь -> Пермский край']);
  });

  it('«Стороны» right after two people met are not the places of older sentences', async () => {
    const r = await run(
      'Вагоны будут поставлять в города Казахстана и Узбекистана. Министр Пётр Лосев встретился с главой корпорации Ли Вэем. Стороны договорились о подготовке кадров.',
    );
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Казахстан -> Узбекистан');
  });

  it("«Стороны» after a detail about two companies, further back, are the article's meeting", async () => {
    const r = await run(
      'Губернатор Костромской области Сергей Ситников провёл встречу с председателем Брестского облисполкома Петром Пархомчиком. Товарооборот областей вырос на 12%. ОАО «Кобринский станкозавод» поставляет узлы костромскому заводу «Волгамаш». Брестские аграрии закупают костромской лён. Стороны подписали план мероприятий.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Брестская область -> Костромская область');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Волгамаш -> Кобринский станкозавод');
  });

  it('(guard, passes either way) with no meeting before, «стороны» are the companies named further back', async () => {
    const r = await run(
      'ОАО «Кобринский станкозавод» поставит узлы костромскому заводу «Волгамаш». Брестские аграрии закупают костромской лён. Стороны подписали контракт.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Волгамаш -> Кобринский станкозавод');
  });

  it('«Стороны» after a company and its market named further back are the article’s main places', async () => {
    const r = await run(
      'Делегация Витебской области побывала в Тверской области. Витебская область и Тверская область наращивают обмен. Завод «Альфа» поставляет станки в Тверскую область. Тверские предприятия отправляют в Витебск лён. На заводе «Бета» наладят выпуск насосов. Стороны подписали план сотрудничества.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Витебская область -> Тверская область');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Альфа -> Тверская область');
  });

  it('a bare «регион» may refer to a place inside a body named in its clause, which is no argument', async () => {
    const r = await run(
      'Компания «Бета» из Тверской области поставит лифты. Холдинг «Альфа» договорился с администрацией Курской области о создании в регионе сервисного центра.',
    );
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN сервисный центр -> Курская область');
  });

  it("a bare «регион» in a governor's reported words is his own region", async () => {
    const r = await run(
      'Губернатор Пермского края Дмитрий Махонин провёл переговоры с хокимом Самаркандской области Эркинжоном Турдимовым. Губернатор отметил, что Узбекистан входит в число крупнейших торговых партнёров региона: товарооборот составил 200 млн долларов.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Пермский край -> Узбекистан']);
    // A trade partner trades; it states no other cooperation.
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it("a trade word inside a body's name states no trade", async () => {
    const r = await run(
      'Пермский край увеличит экспорт в Беларусь. Министр промышленности и торговли Беларуси Алексей Рак посетил выставку.',
    );
    expect(rels(r, 'TRADES_WITH')).toEqual([]);
  });
});

describe('projects and examples', () => {
  it('«Его учредителями стали X и казанская компания Y»: every holder of the role takes part', async () => {
    const r = await run(
      'В Перми открылся торговый дом Витебской области. Его учредителями стали ОАО «Витязь» и пермская компания «Кама-Трейд».',
    );
    expect(rels(r, 'PARTICIPATES_IN')).toEqual(
      expect.arrayContaining([
        'PARTICIPATES_IN Витязь -> торговый дом Витебской области',
        'PARTICIPATES_IN Кама-Трейд -> торговый дом Витебской области',
      ]),
    );
  });

  it("companies given as examples of a place's companies are in that place", async () => {
    const r = await run(
      'На выставке работали стенды 20 предприятий Витебской области, в том числе «Витязь» и «Марко».',
    );
    expect(rels(r, 'LOCATED_IN').sort()).toEqual([
      'LOCATED_IN Витязь -> Витебская область',
      'LOCATED_IN Марко -> Витебская область',
    ]);
  });
});

describe('companies the visitors saw', () => {
  it('are venues of the visit, not the «стороны» of the talks after it', async () => {
    const r = await run(
      'Делегация Гродненской области прибыла в Казань. В первый день визита гродненцы посетили ПАО «Казанский вертолётный завод» и агрофирму «Ак Барс». На переговорах с президентом Татарстана Рустамом Миннихановым стороны обсудили поставки техники.',
    );
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Ак Барс -> Казанский вертолётный завод');
  });

  it('nor are they the «стороны» of a signing two sentences on', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденя встретился с делегацией Гродненской области. Члены делегации посетили завод «Альфа» и фабрику «Бета». Стороны подписали план сотрудничества.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Гродненская область -> Тверская область');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Альфа -> Бета');
  });

  it('companies that sign after a visit still are (guard, passes either way)', async () => {
    const r = await run('ОАО «Альфа» поставит станки компании «Бета». Контракт стороны подписали в Казани.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Бета']);
  });
});
