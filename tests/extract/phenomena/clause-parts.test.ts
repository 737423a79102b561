/**
 * Parts of a sentence joined by contrast ("…, а …", "…; …") each have their own
 * predicate and arguments; a description ("в регион") does not corefer with a
 * co-argument of its own verb; a place adjective on "гости" stands for the guests'
 * place. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('contrasted clauses', () => {
  it('each clause keeps its own supply frame', async () => {
    const r = await run(
      'Омская область поставляет в Казахстан нефтепродукты и зерно, а из Костанайской области в регион поступают уголь и мука.',
    );
    expect(rels(r, 'SUPPLIES').sort()).toEqual([
      'SUPPLIES Костанайская область -> Омская область',
      'SUPPLIES Омская область -> Казахстан',
    ]);
  });

  it('talks in the contrasted clause pair only its own sides', async () => {
    const r = await run(
      'Завод «Альфа» уже поставляет в Монголию погрузчики, а компания «Бета» ведёт переговоры с монгольскими авиакомпаниями.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Бета -> Монголия']);
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Монголия']);
  });

  it('an attribution set off by a comma is no argument of the clause after it', async () => {
    const r = await run(
      'Губернатор Курганской области Иван Лопухов встретился с акимом Костанайской области. По словам главы региона, курганские заводы готовы поставлять в Костанай трубы.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Курганская область -> Костанай']);
  });

  it('"а также" joins noun phrases, not clauses', async () => {
    const r = await run('Завод «Альфа» поставляет в Казахстан тракторы, а также комбайны.');
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Альфа -> Казахстан']);
  });
});

describe('guests of a place', () => {
  it('"казахстанские гости" are a side of the talks they hold', async () => {
    const r = await run(
      'Казахстанские гости обсудили с руководством завода «Омсктрансмаш» совместное производство запчастей.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Казахстан -> Омсктрансмаш']);
  });
});

describe('a clause after a colon', () => {
  it('has its own subject', async () => {
    const r = await run(
      'Гродно уже сотрудничает с костромскими предприятиями: местный завод «Гродноазот» поставляет удобрения в хозяйства Костромской области.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Гродно Азот -> Костромская область']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гродно -> Костромская область']);
  });
});
