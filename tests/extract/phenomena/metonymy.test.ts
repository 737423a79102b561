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
