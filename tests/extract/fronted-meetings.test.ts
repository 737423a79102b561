/**
 * A meeting fronted as an adverbial ("После встречи с X, Y заявил…"): the «с» phrase names
 * one side, the main clause's subject after it the other. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './phenomena/helpers.ts';

describe('a fronted meeting adverbial', () => {
  it('the person in the instrumental meets the subject after, named or an unnamed official', async () => {
    const named = await run(
      'После встречи с губернатором Орловской области Андреем Клычковым посол Армении Гурген Арсенян рассказал о планах.',
    );
    expect(rels(named, 'NEGOTIATES')).toEqual(['NEGOTIATES Андрей Клычков -> Гурген Арсенян']);
    const unnamed = await run(
      'После встречи с губернатором Орловской области Андреем Клычковым посол Армении рассказал о планах.',
    );
    expect(rels(unnamed, 'NEGOTIATES')).toEqual(['NEGOTIATES Андрей Клычков -> Армения']);
  });

  it("a delegation's origin meets the subject of the main clause", async () => {
    const r = await run(
      'По итогам переговоров с делегацией Могилевской области губернатор Орловской области Андрей Клычков подписал соглашение.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Андрей Клычков -> Могилевская область']);
  });

  it('no meeting noun, no meeting', async () => {
    const r = await run(
      'После выставки в Могилевской области губернатор Орловской области Андрей Клычков рассказал о планах.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a meeting fronted with «на», its partner a delegation of a place', () => {
  it('the place adjective of the delegation is the side; the subject after it the other', async () => {
    const r = await run(
      'На переговорах с казахстанской делегацией губернатор Курганской области Вадим Шумков предложил открыть торговый дом.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вадим Шумков -> Казахстан']);
  });

  it("with the place in the genitive of the delegation: that place, not what the subject's title names", async () => {
    const r = await run(
      'На встрече с делегацией Казахстана губернатор Курганской области Вадим Шумков рассказал о планах.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вадим Шумков -> Казахстан']);
  });
});

describe('«стороны» as the subject after a fronted meeting', () => {
  it('are the two parties of the talks, the places the sides stand for', async () => {
    const r = await run(
      'Делегация Брестской области находится с визитом в Калуге. На переговорах с губернатором Калужской области Владиславом Шапшой стороны обсудили поставки техники.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Брестская область -> Калужская область');
  });
});
