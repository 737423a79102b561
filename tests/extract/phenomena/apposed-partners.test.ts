/**
 * A partner described by its place, then named in apposition ("казахстанскому партнёру — компании
 * «X»"): the name stands for the description, and the place adjective says where it is.
 * Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('a described partner named in apposition', () => {
  it('receives as the named company, which is in the place of the adjective', async () => {
    const r = await run('Комбинат «Двина» отгрузил лён киргизскому покупателю — компании «Ала-Тоо Текстиль».');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Двина -> Ала-Тоо Текстиль']);
    expect(rels(r, 'LOCATED_IN')).toEqual(['LOCATED_IN Ала-Тоо Текстиль -> Киргизия']);
  });

  it('makes goods with the subject as the named company, after a dash or a comma', async () => {
    const dash = await run(
      'Завод «Кедр» наладил сборку тракторов совместно с монгольским партнёром — компанией «Хаан».',
    );
    expect(rels(dash, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Кедр -> Хаан']);
    const comma = await run('Завод «Кедр» подписал контракт с монгольским дилером, компанией «Хаан».');
    expect(rels(comma, 'NEGOTIATES')).toEqual(['NEGOTIATES Кедр -> Хаан']);
    expect(rels(comma, 'LOCATED_IN')).toEqual(['LOCATED_IN Хаан -> Монголия']);
  });

  it('a company noun in another case is no apposition (guard, passes either way)', async () => {
    const r = await run(
      'Завод «Кедр» поставит станки монгольскому партнёру, а компания «Хаан» поставит уголь в Иркутск.',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Кедр -> Монголия');
  });
});
