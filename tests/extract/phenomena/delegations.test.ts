/**
 * A delegation stands for where it comes from: meeting, receiving or visiting
 * with one is talks with that place or body, unless the article names the
 * person who leads it (then people meet people). Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('delegations', () => {
  it('a host who meets a delegation of a region negotiates with the region, and so does the place he heads', async () => {
    const r = await run('Губернатор Омской области Виталий Хоценко встретился с делегацией Гродненской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Виталий Хоценко -> Гродненская область',
      'NEGOTIATES Гродненская область -> Омская область',
    ]);
  });

  it('a delegation led by a named head meets the host through him', async () => {
    const r = await run(
      'Губернатор Тюменской области Александр Моор принял делегацию Северо-Казахстанской области во главе с акимом Гауезом Нурмухамбетовым.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Александр Моор -> Гауез Нурмухамбетов',
      'NEGOTIATES Северо-Казахстанская область -> Тюменская область',
    ]);
  });

  it('"принять делегацию из X" works with the origin after "из"', async () => {
    const r = await run('Мэр Новосибирска Максим Кудрявцев принял делегацию из Гродно.');
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Гродно -> Максим Кудрявцев',
      'NEGOTIATES Гродно -> Новосибирск',
    ]);
  });

  it('the delegation may come first and meet its host after "с"', async () => {
    const r = await run('Делегация Минской области провела переговоры с правительством Омской области.');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Минская область -> Правительство Омской области');
  });

  it('a town in the locative before the meeting word is the venue, not a host', async () => {
    const r = await run('В Бишкеке прошла встреча делегаций Тверской области и Чуйской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Тверская область -> Чуйская область']);
  });

  it('a visit «в» a foreign region named with its noun and an adjective', async () => {
    const r = await run('Делегация Витебской области находится с рабочим визитом в индийском штате Керала.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебская область -> Керала']);
  });

  it('a visited body may stand before the verb', async () => {
    const r = await run('Правительство Омской области посетила делегация Гродненского облисполкома.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродненский облисполком -> Правительство Омской области']);
  });

  it('a delegation whose leader is named meets as that person', async () => {
    const r = await run(
      'Глава региона Андрей Соколов провёл встречу с белорусской делегацией.\nДелегацию возглавил посол Республики Беларусь Иван Петрович.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Андрей Соколов -> Иван Петрович']);
  });

  it('a delegation that only tours a plant negotiates with nobody', async () => {
    const r = await run('Делегация Омской области побывала на заводе «Белшина».');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('the leader named "во главе с" is not the host', async () => {
    const r = await run('Делегация Курской области во главе с Алексеем Смирновым прибыла в Гомель.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомель -> Курская область']);
  });
});

describe('a visit with the place first', () => {
  it('"в X с визитом находится делегация Y" is talks between Y and X', async () => {
    const r = await run('В Гродно с рабочим визитом находится делегация Калмыкии.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гродно -> Республика Калмыкия']);
    const s = await run('В Минск прибыла делегация Тульской области.');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Минск -> Тульская область']);
  });

  it('a town visited where the head of the region around it receives the delegation is the venue', async () => {
    const r = await run(
      'Делегация Курганской области посетила Костанай, где провела переговоры с акимом Костанайской области Куанышем Шаяхметовым.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Костанайская область -> Курганская область');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Костанай -> Курганская область');
  });

  it('(guard, passes either way) a town visited with no host of its region stays the other side', async () => {
    const r = await run('Делегация Курганской области посетила Костанай и провела переговоры с бизнесом.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Костанай -> Курганская область']);
  });

  it('«в X в ходе визита делегации Y»: with no destination after the visit, it was where the act took place', async () => {
    const r = await run('Соглашение было подписано в Алматы в ходе визита делегации Омской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Алматы -> Омская область']);
  });

  it('"побывать в X" is a visit too', async () => {
    const r = await run('Делегация Пензенской области побывала в Витебске.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебск -> Пензенская область']);
  });
});

describe('a delegation named with a place noun', () => {
  it('"делегация штата X" comes from X', async () => {
    const r = await run('Делегация штата Айова посетила Минскую область.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Айова -> Минская область']);
  });

  it('adjectives may stand before the place noun, also after «из»', async () => {
    const r = await run('Делегация вьетнамской провинции Тханьхоа посетила Томскую область.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Томская область -> Тханьхоа']);
    const s = await run('Делегация из китайской провинции Хэйлунцзян посетила Читу.');
    expect(rels(s, 'NEGOTIATES')).toEqual(['NEGOTIATES Хэйлунцзян -> Чита']);
  });
});

describe('a delegation of a group from a place', () => {
  it('"делегация липецких предприятий" comes from Липецкая область', async () => {
    const r = await run('В Минск отправится делегация липецких предприятий.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Липецкая область -> Минск']);
  });
});

describe('guests', () => {
  it('"гости из провинции X" visiting Y are talks between X and Y', async () => {
    const r = await run('Гости из провинции Ляонин посетили Брест.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Брест -> Ляонин']);
  });

  it('a single guest is no delegation', async () => {
    const r = await run('Почётный гость из Гродно посетил Брест.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('taking part is no meeting', () => {
  it('a delegation that takes part in an exhibition meets no one there', async () => {
    const r = await run('Белорусская делегация приняла участие в выставке «Иннопром» в Екатеринбурге.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('a delegation received by a governor still meets him', async () => {
    const r = await run('Губернатор Псковской области Михаил Ершов принял делегацию Гродненской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Гродненская область -> Михаил Ершов',
      'NEGOTIATES Гродненская область -> Псковская область',
    ]);
  });
});

describe('delegations of a list of places', () => {
  it('every place of the list visits, or is received', async () => {
    const r = await run('Делегации Курской и Орловской областей побывали в Минске.');
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Курская область -> Минск',
      'NEGOTIATES Минск -> Орловская область',
    ]);
    const s = await run(
      'Губернатор Псковской области Михаил Ведерников принял делегации Витебской и Гродненской областей.',
    );
    expect(rels(s, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Витебская область -> Михаил Ведерников',
      'NEGOTIATES Витебская область -> Псковская область',
      'NEGOTIATES Гродненская область -> Михаил Ведерников',
      'NEGOTIATES Гродненская область -> Псковская область',
    ]);
  });

  it('a noun after «и» starts another phrase, not the list', async () => {
    const r = await run('Делегация Курской области и губернатор Минской области посетили Гомель.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Гомель -> Курская область']);
  });
});

describe('visitors named again without their origin', () => {
  it('«Гости», «делегаты», «делегация» in a later sentence stand for the place the delegation came from', async () => {
    const r = await run(
      'Делегация Могилёвской области прибыла в Пензу. Гости провели переговоры с губернатором Пензенской области.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Могилевская область -> Пензенская область');
    const s = await run(
      'Делегация Могилёвской области прибыла в Пензу. Делегаты встретились с правительством Пензенской области.',
    );
    expect(rels(s, 'NEGOTIATES')).toContain('NEGOTIATES Могилевская область -> Правительство Пензенской области');
  });

  it('a delegation with an origin of its own is another delegation', async () => {
    const r = await run(
      'Делегация Могилёвской области прибыла в Пензу. Делегация Тамбовской области провела переговоры с правительством Пензенской области.',
    );
    expect(rels(r, 'NEGOTIATES').some((x) => x.includes('Могилевская область -> Правительство'))).toBe(false);
  });

  it('with no delegation named before, guests stand for nobody', async () => {
    const r = await run('Гости провели переговоры с губернатором Пензенской области.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('the leaders of two delegations', () => {
  it('named in one sentence with the second verb left out negotiate', async () => {
    for (const text of [
      'В Омске прошло заседание рабочей группы. Казахстанскую делегацию возглавил аким Павлодарской области Асаин Байханов, российскую — вице-губернатор Омской области Иван Петров.',
      'Делегацию Витебской области возглавил Пётр Сидоров, а делегацию Псковской области — Иван Петров.',
    ]) {
      const r = await run(text);
      expect(rels(r, 'NEGOTIATES').filter((x) => x.includes('Петров'))).toHaveLength(1);
    }
  });

  it('the leaders of the two national parts of a joint commission negotiate as delegations’ leaders do', async () => {
    const r = await run(
      'В Омске прошло заседание межправительственной комиссии. Российскую часть комиссии возглавил вице-премьер Иван Петров, узбекскую — заместитель премьер-министра Алишер Каримов.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Алишер Каримов -> Иван Петров');
  });

  it('the delegations of both sides hold talks at a venue, which is no third side', async () => {
    const r = await run('Делегации Тверской и Витебской областей провели переговоры в Витебске.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебская область -> Тверская область']);
  });

  it('one delegation’s talks in a town are with that town (guard, passes either way)', async () => {
    const r = await run('Делегация Тверской области провела переговоры в Витебске.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебск -> Тверская область']);
  });

  it('not a leader and a member of one delegation', async () => {
    const r = await run('Делегацию возглавил Пётр Сидоров, в её состав вошёл Иван Петров — директор завода.');
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });
});

describe('a visiting delegation whose place’s head meets as the subject', () => {
  it('the head meets the host person; the host is not paired with the delegation’s place', async () => {
    const r = await run(
      'В рамках визита делегации Республики Коми в Казахстан глава Коми Владимир Уйба провёл переговоры с акимом Павлодарской области Асаином Байхановым.',
    );
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Асаин Байханов -> Владимир Уйба');
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Асаин Байханов -> Республика Коми');
  });

  it('a host who meets the delegation itself still negotiates with its place (guard, passes either way)', async () => {
    const r = await run('Губернатор Ширакской области Армен Саргсян встретился с делегацией Псковской области.');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Армен Саргсян -> Псковская область');
  });
});

describe('a place referred back to as the object before «посетили»', () => {
  it('is the place the delegations visited', async () => {
    const r = await run(
      'Минская область развивает сотрудничество с регионами России. В прошлом году область посетили делегации из Тульской и Брянской областей.',
    );
    expect(rels(r, 'NEGOTIATES').sort()).toEqual([
      'NEGOTIATES Брянская область -> Минская область',
      'NEGOTIATES Минская область -> Тульская область',
    ]);
  });
});

describe('a visit noun before an origin adjective and «делегации»', () => {
  it('goes to the place after the delegation, not to the venue of what happened during it', async () => {
    const r = await run('Церемония подписания прошла в Нью-Дели в рамках визита калужской делегации в Индию.');
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Индия -> Калужская область']);
  });
});
