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
