/**
 * Leadership in apposition after a name ("X, председатель Y, …", "X — директор Y"):
 * the title's noun phrase names what the person heads; deputies and envoys head
 * nothing. A company renamed after a dash ("с партнёром — компанией X") takes the
 * role of the noun it renames. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('leadership by apposition', () => {
  it('"Name, title Body" in any case of the name', async () => {
    const r = await run('Губернатор встретился с Ириной Козловой, директором завода «Альфа».');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Ирина Козлова -> Альфа']);
    const s = await run('Олег Петров, председатель Витебского облисполкома, открыл выставку.');
    expect(rels(s, 'HEADS')).toEqual(['HEADS Олег Петров -> Витебский облисполком']);
  });

  it('an adjective title and a dash', async () => {
    const r = await run('О планах рассказал Олег Петров — генеральный директор ОАО «Бета».');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Олег Петров -> Бета']);
  });

  it('a deputy or an ambassador in apposition heads nothing', async () => {
    const r = await run('Иван Громов, заместитель директора завода «Альфа», прибыл в Минск.');
    expect(rels(r, 'HEADS')).toEqual([]);
    const s = await run('Иван Громов, посол Беларуси в Казахстане, посетил выставку.');
    expect(rels(s, 'HEADS')).toEqual([]);
  });
});

describe('a list of titled people is no apposition', () => {
  it('the title before the second name is that person’s, not the first one’s', async () => {
    const r = await run(
      'Во встрече участвовали министр экономики Омской области Иван Петров, генеральный директор Корпорации развития Олег Сидоров и представители бизнеса.',
    );
    expect(rels(r, 'HEADS')).toEqual([
      'HEADS Иван Петров -> Министерство экономики Омской области',
      'HEADS Олег Сидоров -> Корпорация развития',
    ]);
  });

  it('an apposition that ends before the next word still gives HEADS', async () => {
    const r = await run('Иван Петров, генеральный директор Корпорации развития, открыл форум.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Петров -> Корпорация развития']);
  });
});

describe('a company in apposition after a dash', () => {
  it('shares the preposition of the noun it renames: a partner «вместе с» makes with the subject', async () => {
    const r = await run('Фабрика «Лён» будет выпускать ткани вместе с давним партнёром — компанией «Нить».');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Лён -> Нить']);
  });

  it('«совместно с дилером — компанией X» marks X as a partner of the project', async () => {
    const r = await run('Холдинг «Гранит» построит склад в Томске совместно с местным дилером — фирмой «Кварц».');
    expect(rels(r, 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN Гранит -> склад в Томске',
      'PARTICIPATES_IN Кварц -> склад в Томске',
    ]);
  });
});

describe('a name in the genitive of an apposition', () => {
  it('describes the side before the comma; it is no side of its own', async () => {
    const r = await run('Договор подписали ООО «Вектор», официальный дилер Минского автозавода, и компания «Сигма».');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Вектор -> Сигма']);
  });

  it('a title in apposition is a post, and the sides stay as they were', async () => {
    const r = await run('Договор подписали компания «Сигма» и Иван Громов, директор завода «Вектор».');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Громов -> Вектор']);
  });
});

describe('a long genitive chain after the title in apposition', () => {
  it('reaches the company past adjectives of place and trade', async () => {
    const r = await run(
      'Ирина Лосева, председатель правления костромской льняной компании «Волжский лён», подписала договор.',
    );
    expect(rels(r, 'HEADS')).toEqual(['HEADS Ирина Лосева -> Волжский лён']);
  });
});
