/**
 * The speaker's "we" and other article-level coreference: "мы", "наш регион"
 * inside speech stand for what the speaker heads; "стороны", "две страны" for
 * the article's two parties; "он/она" at a clause start for the last agreeing
 * company or place. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { quoteSpans } from '../../../src/extract/discourse.ts';
import { names, rels, run } from './helpers.ts';

describe('quoted speech', () => {
  it('finds top-level quotes with a company name nested inside', () => {
    const text = 'Он сказал: «Мы купили у «Альфы» станки». Потом "мы" и „они“.';
    const spans = quoteSpans(text).map((q) => text.slice(q.open, q.close + 1));
    expect(spans).toEqual(['«Мы купили у «Альфы» станки»', '"мы"', '„они“']);
  });
});

describe('the speaker’s "we"', () => {
  it('"мы" in a governor’s quote is the region he heads', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко посетил Минск. ' +
        '«Мы готовы сотрудничать с Беларусью в машиностроении», — отметил Игорь Руденко.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toContain('COOPERATES_WITH Беларусь -> Тверская область');
  });

  it('"наш регион" in a quote spanning two sentences, speaker named after it', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко встретился с председателем Гомельского облисполкома Иваном Крупко. ' +
        '«Это важный визит. Наш регион закупит у Казахстана сто автобусов», — сказал Игорь Руденко.',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Казахстан -> Тверская область');
    expect(rels(r, 'SUPPLIES')).not.toContain('SUPPLIES Казахстан -> Гомельская область');
  });

  it('an oblast committee chairman\'s "наш регион" is the oblast, even after another region named last', async () => {
    const r = await run(
      'Председатель Витебского облисполкома Александр Субботин посетил Псковскую область. ' +
        '«Наш регион готов поставлять в Псковскую область льняные ткани», — сказал он.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Псковская область']);
    const we = await run(
      'Председатель Витебского облисполкома Александр Субботин посетил Псковскую область. ' +
        '«Мы готовы поставлять в Псковскую область льняные ткани», — сказал Александр Субботин.',
    );
    expect(rels(we, 'SUPPLIES')).toEqual(['SUPPLIES Витебская область -> Псковская область']);
  });

  it('a company head’s "наш" with a word of a new referent names another undertaking, not the company', async () => {
    const r = await run(
      'Генеральный директор холдинга «Вектор» Иван Петров рассказал: «Наше совместное предприятие в Брянске увеличит выпуск комбайнов».',
    );
    expect(rels(r, 'LOCATED_IN')).not.toContain('LOCATED_IN Вектор -> Брянск');
    const s = await run(
      'Генеральный директор холдинга «Вектор» Иван Петров рассказал: «Наше предприятие в Брянске увеличит выпуск комбайнов».',
    );
    expect(rels(s, 'LOCATED_IN')).toEqual(['LOCATED_IN Вектор -> Брянск']);
  });

  it('a speaker introduced before a colon', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко провёл переговоры с делегацией Казахстана. ' +
        'После встречи Игорь Руденко заявил: «Наши предприятия готовы поставлять в Казахстан комбайны».',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Тверская область -> Казахстан');
  });

  it('reported speech: "по словам" + the speaker', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко побывал в Гродненской области. ' +
        'По словам Игоря Руденко, мы закупим у Беларуси сто тракторов.',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Беларусь -> Тверская область');
  });

  it('a company head’s "мы" is the company', async () => {
    const r = await run(
      'Генеральный директор завода «Альфа» Пётр Соколов рассказал о планах. ' +
        '«Мы поставим в Казахстан двести тракторов», — подчеркнул Пётр Соколов.',
    );
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Альфа -> Казахстан');
  });

  it('no speaker: "мы" resolves to nothing', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко посетил Минск. «Мы готовы сотрудничать с Казахстаном».',
    );
    expect(rels(r, 'COOPERATES_WITH')).not.toContain('COOPERATES_WITH Казахстан -> Тверская область');
  });

  it('an ambassador heads nothing: his "мы" resolves to nothing', async () => {
    const r = await run(
      'Посол Беларуси Дмитрий Крутой посетил Тверскую область. ' +
        '«Мы готовы сотрудничать с Казахстаном», — заявил Дмитрий Крутой.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it('"наши партнёры" are the other side of the speaker’s partnership, not the speaker', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко посетил Минск. ' +
        '«Наши партнёры из Казахстана довольны», — отметил Игорь Руденко.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Казахстан -> Тверская область']);
  });

  it('so are "наши ключевые партнёры", with adjectives between, and a mutual turnover after is with them', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко посетил Минск. ' +
        '«Гомельская область — один из наших ключевых партнёров. За год взаимный товарооборот вырос на 12 процентов», — отметил Игорь Руденко.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гомельская область -> Тверская область']);
    expect(rels(r, 'TRADES_WITH')).toEqual(['TRADES_WITH Гомельская область -> Тверская область']);
  });
});

describe('the article’s two parties', () => {
  it('"наши регионы" in a governor’s speech: his region and the partner region', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденко посетил Гомельскую область. ' +
        'Делегация осмотрела выставку техники в Минске. ' +
        'Гости побывали на заводе. Программа визита была насыщенной. ' +
        '«Наши регионы связывают давние партнёрские отношения», — отметил Игорь Руденко.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toContain('COOPERATES_WITH Гомельская область -> Тверская область');
  });

  it('"две страны" far from the names: the two countries the article names most', async () => {
    const r = await run(
      'Казахстан и Беларусь готовят новый контракт. Беларусь поставит в Казахстан тракторы. ' +
        'Делегация осмотрела цеха. Выставка продлится три дня. Гости посетили музей. ' +
        'Две страны договорились о сотрудничестве в сельском хозяйстве.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toContain('COOPERATES_WITH Беларусь -> Казахстан');
  });

  it('a bare "стороны" that is no subject of talks resolves to nothing new', async () => {
    const r = await run(
      'Казахстан и Беларусь готовят новый контракт. Делегация осмотрела цеха. ' +
        'Выставка продлится три дня. Гости посетили музей. Представители стороны остались довольны.',
    );
    expect(rels(r, 'NEGOTIATES')).toEqual([]);
  });

  it('"стороны" never stand for more than two places', async () => {
    const r = await run(
      'Губернаторы Тверской, Псковской и Гомельской областей встретились в Минске. ' +
        'Стороны договорились о поставках.',
    );
    // The first sentence's meeting pairs the three regions; "стороны" add at most one pair.
    const fromSides = r.relations.filter((x) => x.type === 'NEGOTIATES' && x.evidence.startsWith('Стороны'));
    expect(fromSides.length).toBeLessThanOrEqual(1);
  });
});

describe('subject pronouns for companies and places', () => {
  it('"Он" after a plant named as the subject before', async () => {
    const r = await run('Завод «Альфа» расширил производство. Он поставляет в Казахстан тракторы.');
    expect(rels(r, 'SUPPLIES')).toContain('SUPPLIES Альфа -> Казахстан');
  });

  it('after a fronted adverbial, and for a body as for a company or a place', async () => {
    const r = await run(
      'Холдинг «Кедр» работает на рынке Казахстана с 2015 года. В этом году он поставил в республику 200 тракторов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Казахстан']);
    const s = await run(
      'Брестская область активно сотрудничает с Калининградом. В прошлом году она поставила туда продукции на 50 миллионов долларов.',
    );
    expect(rels(s, 'SUPPLIES')).toEqual(['SUPPLIES Брестская область -> Калининград']);
    const t = await run(
      'Гомельский облисполком подписал соглашение с администрацией Курской области. Ранее он заключил аналогичные документы с Орловской областью.',
    );
    expect(rels(t, 'NEGOTIATES')).toContain('NEGOTIATES Гомельский облисполком -> Орловская область');
  });

  it('a pronoun after a noun subject is no subject pronoun (guard, passes either way)', async () => {
    const r = await run(
      'Холдинг «Кедр» работает в Казахстане. Директор сказал, что он поставил в Узбекистан 200 тракторов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });

  it('a pronoun that disagrees in gender resolves to nothing', async () => {
    const r = await run('Компания «Альфа» расширила производство. Он поставляет в Казахстан тракторы.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a paragraph of direct speech opened by a dash', () => {
  it('is said by the person of the sentence before who speaks: «мы», «наши партнёры»', async () => {
    const r = await run(
      'Директор ОАО «Кедр» Павел Громов рассказал о работе завода.\n\n' +
        '— В этом году мы поставили в Курганскую область 80 сеялок. Наши партнёры там — компании «Агроресурс» и «Зауралье-Агро».',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Кедр -> Курганская область']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual([
      'COOPERATES_WITH Агроресурс -> Кедр',
      'COOPERATES_WITH Зауралье-Агро -> Кедр',
    ]);
  });

  it('or by the person an attribution inside it names', async () => {
    const r = await run(
      'Делегация прибыла в Минск.\n\n— Мы поставим в Беларусь 50 тонн мёда, — сообщил директор компании «Алтай-Мёд» Иван Орлов.',
    );
    expect(rels(r, 'SUPPLIES')).toEqual(['SUPPLIES Алтай-Мёд -> Беларусь']);
  });

  it('a dash inside a paragraph opens no speech (guard, passes either way)', async () => {
    const r = await run('Директор ОАО «Кедр» Павел Громов рассказал о работе завода. Главное — мы поставили сеялки.');
    expect(rels(r, 'SUPPLIES')).toEqual([]);
  });
});

describe('a determiner before a region noun', () => {
  it('capitalised at the start of a quote, it names no region of its own', async () => {
    const r = await run(
      '«Наша область готова принять белорусских строителей», — сказал губернатор Тверской области Игорь Руденя.',
    );
    expect(names(r, 'Region')).toEqual(['Тверская область']);
  });
});

describe('«наше сотрудничество с X» in a quote', () => {
  it('makes the speaker’s company one side and X the other', async () => {
    const r = await run(
      'Об этом сообщил генеральный директор холдинга «Кедр» Андрей Петров. «Это крупнейший контракт в истории нашего сотрудничества с туркменскими партнёрами», – подчеркнул он.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Кедр -> Туркменистан']);
  });

  it('without a partner after it, pairs the speaker with no one else in the sentence (guard, passes either way)', async () => {
    const r = await run(
      'Об этом сообщил директор завода «Кедр» Андрей Петров. «Программа выпуска на заводе «Альфа» растёт, значит и наше сотрудничество станет шире», – подчеркнул он.',
    );
    expect(rels(r, 'COOPERATES_WITH').filter((x) => x.includes('Кедр'))).toEqual([]);
  });
});
