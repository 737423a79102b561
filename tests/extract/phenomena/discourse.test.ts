/**
 * Discourse across sentences: an office named without its holder refers to
 * the one person the article names without a title. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('office-only titles', () => {
  it('a governor by office, named later without a title', async () => {
    const r = await run(
      'Губернатор Тверской области встретился с генеральным директором завода «Гомельагромаш» Олегом Соколовым. ' +
        'Стороны обсудили поставки комбайнов. «Мы заинтересованы в новых контрактах», — отметил Игорь Лебедев.',
    );
    expect(rels(r, 'HEADS')).toContain('HEADS Игорь Лебедев -> Тверская область');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Игорь Лебедев -> Олег Соколов');
  });

  it('a place adjective before the title names the office', async () => {
    const r = await run('Псковский губернатор посетил Витебск. Михаил Ершов осмотрел предприятия города.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Михаил Ершов -> Псковская область']);
  });

  it('two untitled people: the office stays unresolved', async () => {
    const r = await run(
      'Губернатор Тверской области посетил Минск. Игорь Лебедев и Олег Смирнов осмотрели выставку техники.',
    );
    expect(rels(r, 'HEADS')).toEqual([]);
  });

  it('a titled holder is not replaced', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Лебедев посетил Минск. Его встретил Олег Смирнов. Губернатор Тверской области осмотрел заводы.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Игорь Лебедев -> Тверская область']);
  });
});
