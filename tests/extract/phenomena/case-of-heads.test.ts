/**
 * The case of a party is carried by the words that head it: a quoted name is
 * nominative inside its quotes, so "казанскому холдингу «Омега»" is dative by
 * «казанскому холдингу», and "на Ульяновский автозавод" is a direction (accusative),
 * not a site (prepositional). Trade-role nouns and legal forms of other countries
 * head company names too. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, names, rels, run } from './helpers.ts';

describe('the case of a quoted name comes from its head', () => {
  it('a dative company noun with a place adjective: the named company receives', async () => {
    const r = await run('Компания «Север» продаёт удобрения тамбовскому агрохолдингу «Нива».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Север -> Нива']);
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Нива -> Тамбовская область');
  });

  it('a dative adjective before an indeclinable legal form', async () => {
    const r = await run('ТОО «Кокшетауский кирпич» будет поставлять кирпич омскому АО «Домострой».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кокшетауский кирпич -> Домострой']);
  });

  it('an ambiguous genitive-or-dative head is not taken as the recipient', async () => {
    const r = await run('Завод «Кедр» поставит станки компании «Гранит».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('«на» with the accusative is where goods go, not the plant they are made at', async () => {
    const r = await run(
      'Завод «Мотор», который выпускает поршни для дизелей, начнёт поставки продукции на Курганский автобусный завод.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Мотор -> Курганский автобусный завод']);
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('«на» with the prepositional is still the host plant of joint making', async () => {
    const r = await run('Грузовики МАЗ начнут собирать на Курганском автобусном заводе.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Курганский автобусный завод -> МАЗ']);
  });

  it('a verb of making states a supply only when «для» introduces a party', async () => {
    const made = await run('Завод «Мотор» выпускает поршни для дизелей.');
    expect(rels(made, 'SUPPLIES')).toEqual([]);
    const forFarmers = await run('Завод «Мотор» выпускает поршни для казахстанских тракторостроителей.');
    expect(rels(forFarmers, 'SUPPLIES')).toEqual(['SUPPLIES Мотор -> Казахстан']);
  });
});

describe('trade roles and legal forms', () => {
  it('a retail chain that signs for a delivery receives it; a container is a measure', async () => {
    const r = await run(
      'Винодельня «Лоза» заключила договор с нижегородской сетью «Корзина» на поставку 50 тысяч бутылок вина.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Лоза -> Корзина']);
    expect(attributesOf(r, 'SUPPLIES', 'Лоза', 'Корзина')).toMatchObject({ product: 'вино', quantity: 50000 });
  });

  it('a quoted name after «сеть» or «ритейлер» is a company', async () => {
    const r = await run('Ритейлер «Полка» и сеть «Корзина» открыли магазины в Казани.');
    expect(names(r, 'Enterprise').sort()).toEqual(['Корзина', 'Полка']);
  });

  it('a place adjective on «автопроизводитель» places the company', async () => {
    const r = await run('Ульяновский автопроизводитель УАЗ увеличил экспорт в Казахстан.');
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN УАЗ -> Ульяновская область']);
  });

  it('the Kazakh legal form ТОО is dropped from the name', async () => {
    const r = await run('ТОО «Степной элеватор» отгрузило зерно в Омскую область.');
    expect(names(r, 'Enterprise')).toEqual(['Степной элеватор']);
  });
});

describe('a brand after the genitive noun of «для»', () => {
  it('names the maker the goods are for, in every conjunct', async () => {
    const r = await run('Завод «Кедр» выпускает сиденья для тракторов МТЗ и комбайнов «Гомсельмаш».');
    expect(rels(r, 'SUPPLIES').sort()).toEqual(['SUPPLIES Кедр -> Гомсельмаш', 'SUPPLIES Кедр -> МТЗ']);
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });

  it('a brand that qualifies the object itself is made, not supplied', async () => {
    const r = await run('Тракторы МТЗ будет выпускать компания «Кедр».');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> МТЗ']);
  });
});
