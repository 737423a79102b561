/**
 * Leadership stated by a verb of leading (возглавлять, руководить), its arguments found by
 * case in any order, by participles and by a relative «который». Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('verbs of leading', () => {
  it('«X возглавляет Y» and «Y возглавляет X» with the object first', async () => {
    expect(rels(await run('Анна Миронова возглавляет фабрику «Лён».'), 'HEADS')).toEqual([
      'HEADS Анна Миронова -> Лён',
    ]);
    expect(rels(await run('Фабрику «Лён» возглавляет Анна Миронова.'), 'HEADS')).toEqual([
      'HEADS Анна Миронова -> Лён',
    ]);
  });

  it('«руководить» takes what is led in the instrumental', async () => {
    expect(rels(await run('Анна Миронова руководит фабрикой «Лён» с 2019 года.'), 'HEADS')).toEqual([
      'HEADS Анна Миронова -> Лён',
    ]);
  });

  it('an active and a passive participle, and a relative «который»', async () => {
    const r = await run('Возглавляющий Витебский облисполком Пётр Орлов принял гостей из Твери.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Пётр Орлов -> Витебский облисполком']);
    const s = await run('Фабрика «Лён», возглавляемая Анной Мироновой, откроет цех.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Анна Миронова -> Лён']);
    const t = await run('Губернатор встретился с Анной Мироновой, которая возглавляет фабрику «Лён».');
    expect(rels(t, 'HEADS')).toEqual(['HEADS Анна Миронова -> Лён']);
  });

  it('an active participle after a comma qualifies the person before it, in any case', async () => {
    const r = await run('Анна Миронова, руководящая фабрикой «Лён», выступила на форуме.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Анна Миронова -> Лён']);
    const s = await run('Губернатор встретился с Анной Мироновой, возглавляющей фабрику «Лён».');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Анна Миронова -> Лён']);
  });

  it('leading a delegation or talks heads no entity', async () => {
    expect(rels(await run('Анна Миронова возглавит переговоры с фабрикой «Лён».'), 'HEADS')).toEqual([]);
    expect(rels(await run('Анна Миронова возглавила делегацию Витебской области.'), 'HEADS')).toEqual([]);
  });

  it('a delegation put first leaves its body unheaded by a deputy who leads it', async () => {
    const r = await run('Делегацию Брестского облисполкома возглавил заместитель председателя Пётр Орлов.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('a quoted name after its own noun', () => {
  it('is what is led, whatever case its unknown word may also read as', async () => {
    const r = await run('Олег Сидоров возглавляет завод «Техмаш».');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Олег Сидоров -> Техмаш']);
    const b = await run('Компанию «Агромаш» с 2019 года возглавляет Игорь Белов.');
    expect(rels(b, 'HEADS')).toEqual(['HEADS Игорь Белов -> Агромаш']);
  });

  it('a quoted name whose noun is in the genitive of a common noun depends on that noun (guard, passes either way)', async () => {
    const r = await run('Делегацию компании «Агромаш» возглавил заместитель министра Игорь Белов.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('a head title as the predicate of a copula', () => {
  it('«является / стал / работает» + title in the instrumental + office: the subject heads the office', async () => {
    const is = await run('Председателем Могилёвского облисполкома является Анатолий Исаченко.');
    expect(rels(is, 'HEADS')).toEqual(['HEADS Анатолий Исаченко -> Могилевский облисполком']);
    const became = await run('Олег Сидоров стал губернатором Тверской области.');
    expect(rels(became, 'HEADS')).toEqual(['HEADS Олег Сидоров -> Тверская область']);
    const works = await run('Ирина Лис работает директором фабрики «Нива».');
    expect(rels(works, 'HEADS')).toEqual(['HEADS Ирина Лис -> Нива']);
  });

  it('a deputy’s title heads nothing (guard, passes either way)', async () => {
    const r = await run('Заместителем председателя Могилёвского облисполкома является Иван Петров.');
    expect(rels(r, 'HEADS')).toEqual([]);
  });
});

describe('a relative pronoun in the case of what is led', () => {
  it('stands for the body named before the comma', async () => {
    const r = await run('Компанию «Кедр», которую возглавляет Иван Петров, знают в Казахстане.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Петров -> Кедр']);
    const s = await run('Завод «Кедр», которым руководит Иван Петров, вышел на рынок Казахстана.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Иван Петров -> Кедр']);
  });
});

describe('a title with another person’s name between it and a name', () => {
  it('is that other person’s title', async () => {
    const r = await run('Мэр Гродно Андрей Петров и градоначальник Пскова Иван Сидоров подписали соглашение.');
    expect(rels(r, 'HEADS').sort()).toEqual(['HEADS Андрей Петров -> Гродно', 'HEADS Иван Сидоров -> Псков']);
  });
});
