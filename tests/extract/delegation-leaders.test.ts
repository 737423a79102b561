/**
 * A bare head title inside «во главе с» takes its complement from the delegation it leads:
 * the body or place in the genitive after «делегация». Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { attributesOf, rels, run } from './phenomena/helpers.ts';

describe('«делегация X во главе с» + bare head title + name', () => {
  it('the chairman heads the committee, the akim the region, the director the company', async () => {
    const body = await run(
      'Делегация Гомельского облисполкома во главе с председателем Иваном Крупко посетила Брянскую область.',
    );
    expect(rels(body, 'HEADS')).toEqual(['HEADS Иван Крупко -> Гомельский облисполком']);
    const region = await run('Делегация Павлодарской области во главе с акимом Асаином Байхановым прибыла в Омск.');
    expect(rels(region, 'HEADS')).toEqual(['HEADS Асаин Байханов -> Павлодарская область']);
    const company = await run(
      'Делегация компании «Альфа» во главе с генеральным директором Ольгой Лис посетила Казань.',
    );
    expect(rels(company, 'HEADS')).toEqual(['HEADS Ольга Лис -> Альфа']);
  });

  it('the role is the title in the nominative, as a heading writes it', async () => {
    const r = await run('Делегация компании «Альфа» во главе с генеральным директором Ольгой Лис посетила Казань.');
    expect(attributesOf(r, 'HEADS', 'Ольга Лис', 'Альфа')?.role).toBe('генеральный директор');
  });

  it('a director runs no region, a minister no country, a deputy nothing (guard, passes either way)', async () => {
    const director = await run('Делегация Павлодарской области во главе с директором Иваном Сомовым прибыла в Омск.');
    expect(rels(director, 'HEADS')).toEqual([]);
    const minister = await run('Делегация Беларуси во главе с министром Петром Пархомчиком посетила Казань.');
    expect(rels(minister, 'HEADS')).toEqual([]);
    const deputy = await run(
      'Делегация Гомельского облисполкома во главе с заместителем Иваном Крупко посетила Брянск.',
    );
    expect(rels(deputy, 'HEADS')).toEqual([]);
  });

  it('a delegation named by an adjective gives the title no office (guard, passes either way)', async () => {
    const r = await run('Казахстанская делегация во главе с акимом Асаином Байхановым прибыла в Омск.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});
