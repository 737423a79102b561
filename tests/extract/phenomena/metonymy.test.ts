/**
 * Capitals for their states: two capitals acting together in an act between states stand for
 * the states (the guidelines annotate the countries); a capital as a place stays the city.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('capitals for their states', () => {
  it('"Минск и Ташкент договорились …" are Беларусь and Узбекистан', async () => {
    const r = await run(
      'Президент Беларуси и президент Узбекистана провели переговоры. Минск и Ташкент договорились подписать межправительственное соглашение о транзите.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Беларусь -> Узбекистан');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Минск -> Ташкент');
  });

  it('a capital as a place stays the city', async () => {
    const r = await run('Беларусь и Узбекистан подписали соглашение в Ташкенте о поставках тракторов.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Узбекистан']);
  });

  it('two capitals without an act between states stay cities', async () => {
    const r = await run('Беларусь и Узбекистан развивают торговлю. Между Минском и Ташкентом открыт авиарейс.');
    expect(names(r, 'City').sort()).toEqual(['Минск', 'Ташкент']);
  });
});

describe('a region’s adjective formed from its centre’s name', () => {
  it('in an article that names the town and never the region, is the town', async () => {
    const r = await run(
      'Главы Гомеля и Брянска подписали соглашение о побратимстве. ' +
        'Гомельские станкостроители будут поставлять брянским заводам фрезерные станки.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомель -> Брянск']);
    const s = await run(
      'Мэр Ярославля принял делегацию Гродно. Гродненские предприятия готовы закупать у ярославских партнёров краски.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Ярославль -> Гродно']);
  });

  it('stays the region the article names, while the other town’s adjective is its town', async () => {
    const r = await run(
      'Главы Гомеля и Брянска встретились в Брянской области. Гомельские станкостроители будут поставлять брянским заводам станки.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гомель -> Брянская область']);
  });

  it('an adjective that is the region’s own is no town’s (guard, passes either way)', async () => {
    const s = await run('Делегация Казани посетила Ташкент. Татарстанские компании поставят в Ташкент 40 автобусов.');
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Республика Татарстан -> Ташкент']);
  });
});

describe('a capital after «официальный»', () => {
  it('is its state', async () => {
    const r = await run('Официальный Ташкент поддержал инициативу белорусских партнёров.');
    expect(names(r, 'Country')).toContain('Узбекистан');
    expect(names(r, 'City')).toEqual([]);
  });

  it('a town that is no capital stays a town (guard, passes either way)', async () => {
    const r = await run('Официальный Гомель поддержал инициативу брянских партнёров.');
    expect(names(r, 'Country')).toEqual([]);
  });
});
