/**
 * The headline is read like the body when the body does not repeat it; its
 * relations carry no character offsets into the article text. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.ts';
import { parseArticle } from '../../../src/extract/parse-article.ts';
import { resources } from '../resources.ts';
import { names, rels, run } from './helpers.ts';

describe('headline', () => {
  it('states a meeting the body does not', async () => {
    const article = parseArticle(
      '---\ntitle: "Губернатор Тульской области и посол Беларуси обсудили поставки"\n---\nВ Туле прошла выставка станков. Завод «Тулажелдормаш» показал новые машины.\n',
      'markdown',
    );
    const result = extract(article, await resources());
    const name = new Map(result.entities.map((e) => [e.id, e.name]));
    const mentioned = result.entities.find((e) => e.name === 'Тульская область');
    expect(mentioned).toBeDefined();
    for (const e of result.entities)
      for (const m of e.mentions ?? []) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    for (const r of result.relations.filter((x) => x.evidenceStart !== undefined))
      expect(article.text.slice(r.evidenceStart, r.evidenceEnd)).toBe(r.evidence);
    expect(name.size).toBeGreaterThan(1);
  });
});

describe('a dateline of a town in capitals with no agency after the dash', () => {
  it('names no party', async () => {
    const r = await run(
      'ГРОДНО, 5 декабря – Гродненская область и Тюменская область подпишут программу сотрудничества.',
    );
    expect(names(r, 'City')).toEqual([]);
    const s = await run(
      'МИНСК, 6 декабря (БЕЛТА) – Минский тракторный завод поставит в Нижегородскую область 200 тракторов.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES МТЗ -> Нижегородская область']);
  });

  it('a town, a day and a month ending in a period, with or without the agency after it, is a dateline', async () => {
    const r = await run('Тверь, 14 мая. Тверская область и Витебская область подпишут программу сотрудничества.');
    expect(names(r, 'City')).toEqual([]);
    const s = await run('БРЕСТ, 3 июня. /ТАСС/. Брестская область поставит в Тверскую область 200 тонн молока.');
    expect(names(s, 'City')).toEqual([]);
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Тверская область']);
  });

  it('a town opening a sentence in ordinary case is a party (guard, passes either way)', async () => {
    const r = await run('Гродно, 5 декабря, примет делегацию Тюменской области.');
    expect(names(r, 'City')).toEqual(['Гродно']);
  });
});

describe('names, a colon and a noun phrase («X и Y: 30 лет партнёрства»)', () => {
  it('the phrase after the colon is about the sides named before it', async () => {
    const r = await run('Городам предстоит многое сделать.', 'Орёл и Могилёв: 20 лет партнёрства');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Могилев -> Орёл']);
  });

  it('not after a clause with a verb, whose colon opens a list of topics (guard, passes either way)', async () => {
    const r = await run(
      'Компания «Кедр» и фирма «Ясень» провели переговоры о направлениях работы: промышленности и культурных связях.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});
