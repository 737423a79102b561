/**
 * Arguments of supply verbs and names of unlisted towns' plants: the dative is the
 * recipient ("поставляет «Ростсельмашу»"), a preposition before a quoted name still
 * governs it ("для «Ростсельмаша»"), and a plant named after a town the dictionary
 * knows ("Бобруйский завод …") is a company even at the start of a sentence.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('supply verb arguments', () => {
  it('the dative object receives', async () => {
    const r = await run('Компания «Гамма» продала Казахстану 20 комбайнов.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гамма -> Казахстан']);
    const s = await run('Завод «Альфа» поставляет комплектующие «Ростсельмашу».');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Ростсельмаш']);
  });

  it('a name whose noun is dative though its adjectives might be genitive receives', async () => {
    const r = await run('Завод «Альфа» поставляет тепловозы Белорусской железной дороге.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Белорусская железная дорога']);
    const s = await run('Завод «Альфа», входящий в холдинг «Бета», поставляет насосы Минскому тракторному заводу.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> МТЗ']);
  });

  it('a genitive after a noun is no dative', async () => {
    const r = await run('Завод «Альфа» показал технику Брянской области.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('a preposition before a quoted name governs it', async () => {
    const r = await run('Завод «Альфа» будет поставлять комплектующие для «Ростсельмаша».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Ростсельмаш']);
  });
});

describe('plants named after towns the reference does not list', () => {
  it('are companies at the start of a sentence', async () => {
    const r = await run('Бобруйский завод тракторных деталей будет поставлять комплектующие для «Ростсельмаша».');
    expect(r.entities.map((e) => `${e.type}:${e.name}`)).toContain('Enterprise:Бобруйский завод тракторных деталей');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Бобруйский завод тракторных деталей -> Ростсельмаш']);
  });

  it('also towns whose adjective links with -ан- or whose name is plural', async () => {
    const r = await run('Барановичский хлопчатобумажный комбинат будет поставлять ткань в Пензенскую область.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Барановичский хлопчатобумажный комбинат -> Пензенская область']);
    const s = await run('Оршанский льнокомбинат отправил ткань в Пензу.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Оршанский льнокомбинат -> Пенза']);
  });

  it('an ordinary adjective does not make a name', async () => {
    const r = await run('Детский завод игрушек появится в Брянской области.');
    expect(r.entities.map((e) => e.type)).not.toContain('Enterprise');
  });
});

describe('a dative group of a place', () => {
  it('"узбекским автопаркам" receives for its place', async () => {
    const r = await run('ОАО «Белшина» поставит узбекским автопаркам 20 тысяч шин.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Белшина -> Узбекистан']);
  });
});

describe('a verb of proposing with an infinitive of trade', () => {
  it('the dative addressee buys, and the proposer is the other side', async () => {
    const r = await run('Брестская сторона предложила тверским коллегам закупать сеялки.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Тверская область']);
    const s = await run('Компания «Вектор» предложила заводу «Гранит» закупать комплектующие.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Вектор -> Гранит']);
  });

  it('with no addressee the subject buys as usual', async () => {
    const r = await run('Компания «Вектор» предложила закупать комплектующие у завода «Гранит».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гранит -> Вектор']);
  });
});

describe('the object put first, the subject after the verb', () => {
  it('a fronted dative receives what the subject after the verb supplies', async () => {
    const r = await run('Компании «Кедр» комплектующие поставляет завод «Ясень».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Ясень -> Кедр']);
    const s = await run(
      'Сборку ведёт ООО «Кедр» в Туле. Часть комплектующих тульскому предприятию поставляют заводы Орловской области.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Орловская область -> Кедр']);
  });

  it('(guard, passes either way) a name depending on the goods noun before the verb is no subject', async () => {
    const r = await run('Комплектующие компании «Кедр» поставляют заводы Орловской области.');
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES Кедр -> Орловская область');
  });

  it('(guard, passes either way) with the subject first, the dative after the verb receives', async () => {
    const r = await run('Заводы Орловской области поставляют компании «Кедр» комплектующие.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Орловская область -> Кедр']);
  });
});
