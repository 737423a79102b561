/**
 * Words whose relation depends on their syntax: «связь»/«отношение» name ties only in the
 * plural and not inside compound prepositions; «совместный» makes production joint only when
 * it qualifies the word of making; a place given as a company's origin is no side of what the
 * company does; collective nouns of representatives ("руководство", "представители") stand for
 * their place; a sitting of a joint body is talks between its sides. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('«связь» and «отношение»', () => {
  it('the singular of communication or regard is no cooperation', async () => {
    const a = await run('Завод «Альфа» и компания «Бета» выпускают системы связи.');
    expect(rels(a, 'COOPERATES_WITH')).toEqual([]);
    const b = await run('В связи с ростом цен Псковская область и Витебская область пересмотрели планы.');
    expect(rels(b, 'COOPERATES_WITH')).toEqual([]);
    const c = await run('Курская область приняла решение в отношении Гомельской области.');
    expect(rels(c, 'COOPERATES_WITH')).toEqual([]);
  });

  it('the plural of ties is cooperation', async () => {
    const a = await run('Курская область и Гомельская область укрепляют экономические связи.');
    expect(rels(a, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гомельская область -> Курская область']);
    const b = await run('Псковская область развивает отношения с Витебской областью.');
    expect(rels(b, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебская область -> Псковская область']);
  });
});

describe('«совместный» qualifies its own noun', () => {
  it('joint making is co-production', async () => {
    const r = await run('Завод «Альфа» и компания «Бета» наладили совместный выпуск насосов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
  });

  it('joint projects beside an unrelated plant are not', async () => {
    const r = await run(
      'Компания «Гамма» и нефтеперерабатывающее предприятие «Дельта» обсуждают совместные проекты в энергетике.',
    );
    expect(rels(r, 'CO_PRODUCES')).toEqual([]);
  });
});

describe('a company’s place of origin', () => {
  it('is not a side, and the company still is', async () => {
    const r = await run('АО «Омега» из Пензы и минское ОАО «Сигма» договорились о совместном выпуске приборов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Омега -> Сигма']);
    expect(rels(r, 'LOCATED_IN')).toContain('LOCATED_IN Омега -> Пенза');
    expect(rels(r, 'COOPERATES_WITH').filter((x) => x.includes('Пенза'))).toEqual([]);
  });
});

describe('representatives stand for their place', () => {
  it('talks with the leadership of a region are talks with the region', async () => {
    const r = await run('Директор завода «Альфа» Олег Петренко провёл переговоры с руководством Псковской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Олег Петренко -> Псковская область']);
  });

  it('a title’s genitive is what its named holder heads, who is the counterpart', async () => {
    const r = await run('Олег Петренко провёл переговоры с губернатором Псковской области Михаилом Ведерниковым.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Михаил Ведерников -> Олег Петренко']);
  });

  it('an unnamed head after «с» stands for what the title heads, as an unnamed envoy does', async () => {
    const r = await run('Олег Петренко провёл переговоры с губернатором Тверской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Олег Петренко -> Тверская область']);
  });

  it('a bare head title whose holder the article names, before or after, is that person, not the body', async () => {
    const after = await run(
      'Олег Петренко провёл переговоры с генеральным директором Тверского вагоностроительного завода. Генеральный директор Тверского вагоностроительного завода Сергей Ильин рассказал о заказах.',
    );
    expect(rels(after, 'NEGOTIATES')).toEqual(['NEGOTIATES Олег Петренко -> Сергей Ильин']);
    const before = await run(
      'Губернатор Тверской области Игорь Руденя открыл выставку. Олег Петренко провёл переговоры с губернатором Тверской области.',
    );
    expect(rels(before, 'NEGOTIATES')).toEqual(['NEGOTIATES Игорь Руденя -> Олег Петренко']);
  });
});

describe('sittings of joint bodies', () => {
  it('a body that holds a sitting itself («комиссия X и Y провела заседание») is talks between its sides', async () => {
    const r = await run('Совместная комиссия Тульской и Гродненской областей провела очередное заседание в Туле.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненская область -> Тульская область']);
    const s = await run('Группа компаний «Кедр» провела совещание в Туле.');
    expect(rels(s, 'NEGOTIATES')).toEqual([]);
  });

  it('are talks between the sides, and the body is their cooperation', async () => {
    const r = await run('В Витебске прошло заседание рабочей группы Смоленской области и Республики Беларусь.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Смоленская область']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Беларусь -> Смоленская область']);
  });

  it('the body’s topic may come between it and its sides', async () => {
    const r = await run(
      'Состоялось совещание совместной комиссии по торгово-экономическому сотрудничеству Курганской области и Казахстана.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Казахстан -> Курганская область']);
  });

  it('a proposed sitting is no talks yet', async () => {
    const r = await run('Губернатор предложил провести заседание совета регионов России и Казахстана в Омске.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});
