/**
 * Stated cooperation (COOPERATES_WITH): an activity done jointly ("совместная разработка") is
 * cooperation, while joint making stays CO_PRODUCES; a place in the locative where two named
 * parties cooperate is where they act, not a third partner. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './helpers.ts';

describe('joint activities', () => {
  it('"совместная разработка" is cooperation between the sides', async () => {
    const r = await run('Завод «Альфа» и компания «Бета» договорились о совместной разработке валов.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Бета']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Альфа -> Бета']);
  });

  it('an adjective may stand between "совместный" and the activity', async () => {
    const r = await run('Гродно и Смоленск ведут совместные научные исследования.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гродно -> Смоленск']);
  });

  it('any other joint undertaking of the sides is cooperation too', async () => {
    const r = await run('Пермский университет и Гродненский университет откроют совместную магистратуру.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гродненский университет -> Пермский университет']);
    const s = await run('Томская и Гомельская области проведут совместную выставку.');
    expect(rels(s, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гомельская область -> Томская область']);
  });

  it('«совместно с» is no joint noun (guard, passes either way)', async () => {
    const r = await run('Губернатор Омской области открыл выставку совместно с мэром Павлодара.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it('joint making is co-production, not cooperation', async () => {
    const r = await run('Завод «Альфа» и компания «Бета» наладили совместный выпуск тракторов.');
    expect(rels(r, 'CO_PRODUCES')).toEqual(['CO_PRODUCES Альфа -> Бета']);
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('venues', () => {
  it('the place where two parties cooperate is no partner', async () => {
    const r = await run('Компания «Альфа» и компания «Бета» сотрудничают в Минской области.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Бета']);
    const s = await run('Компания «Альфа» и компания «Бета» реализуют совместные проекты в Казахстане.');
    expect(rels(s, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Бета']);
  });

  it('with one party, the place stays its partner', async () => {
    const r = await run('Компания «Альфа» сотрудничает с предприятиями Минской области.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Минская область']);
  });
});

describe('words of cooperation that state none', () => {
  it("a word inside a body's name", async () => {
    const r = await run('Комитет по внешним связям Санкт-Петербурга и Минский горисполком обсудили план мероприятий.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual([
      'NEGOTIATES Комитет по внешним связям Санкт-Петербурга -> Минский горисполком',
    ]);
  });

  it('"партнёры" after a preposition name the other side of talks; as a predicate they state cooperation', async () => {
    const r = await run('Правительство Брянской области провело переговоры с белорусскими партнёрами.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Беларусь -> Правительство Брянской области']);
    const s = await run('Гомельская область и Брянская область стали надёжными партнёрами.');
    expect(rels(s, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брянская область -> Гомельская область']);
  });

  it('a partitive «одним из партнёров X» states the partnership with X', async () => {
    const r = await run('Могилёвская область остаётся одним из главных партнёров Брянской области.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брянская область -> Могилевская область']);
    const talk = await run('Компания «Кедр» провела переговоры с одним из партнёров Брянской области.');
    expect(rels(talk, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('joint holding of events', () => {
  it('"договорились о совместном проведении ярмарки" is cooperation', async () => {
    const r = await run('Гомельская и Брянская области договорились о совместном проведении ярмарки.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брянская область -> Гомельская область']);
  });
});

describe('«совместно» with a verb', () => {
  it('a verb of making done jointly is joint production', async () => {
    const r = await run('Белорусские и курские аграрии будут совместно выращивать семенной картофель.');
    expect(rels(r)).toEqual(['CO_PRODUCES Беларусь -> Курская область']);
  });

  it('a verb of another activity done jointly is cooperation, also past a partner', async () => {
    expect(rels(await run('Гродненские и псковские учёные будут совместно разрабатывать сорта льна.'))).toEqual([
      'COOPERATES_WITH Гродненская область -> Псковская область',
    ]);
    expect(rels(await run('Компания «Вектор» совместно с псковскими партнёрами разработала новую линейку.'))).toEqual([
      'COOPERATES_WITH Вектор -> Псковская область',
    ]);
  });

  it('promoting something together is cooperation', async () => {
    const r = await run(
      'Министерство туризма Тверской области и агентство «Альфа» договорились о совместном продвижении маршрутов.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Альфа -> Министерство туризма Тверской области']);
  });

  it('«вместе» used alone is «совместно»', async () => {
    expect(rels(await run('Гродненские и псковские учёные будут вместе разрабатывать сорта льна.'))).toEqual([
      'COOPERATES_WITH Гродненская область -> Псковская область',
    ]);
    expect(rels(await run('Белорусские и курские аграрии будут вместе выращивать семенной картофель.'))).toEqual([
      'CO_PRODUCES Беларусь -> Курская область',
    ]);
  });

  it('«вместе с тем» joins sentences, not parties (guard, passes either way)', async () => {
    const r = await run('Вместе с тем гродненские и псковские учёные разрабатывают сорта льна.');
    expect(rels(r)).toEqual([]);
  });

  it('joint companies that merely work are no cooperation of theirs', async () => {
    const r = await run('В области работают совместные предприятия «Вектор» и «Сигма».');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('exchanges', () => {
  it('an exchange of experience or specialists is cooperation, also of groups named by coordinated adjectives', async () => {
    const r = await run('Брестские и смоленские аграрии обменялись опытом выращивания льна.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брестская область -> Смоленская область']);
  });

  it('an exchange of pupils or teachers is cooperation, also as the object of a programme', async () => {
    const r = await run('Псковская и Гродненская области запустили программу обмена школьниками.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гродненская область -> Псковская область']);
  });

  it('an exchange of opinions is no cooperation', async () => {
    const r = await run('Брестская и Смоленская области обменялись мнениями о ситуации на рынке.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('investment', () => {
  it('investing «в» a place is cooperation between the investor and the place', async () => {
    const r = await run('Турецкие инвесторы вложили в экономику Калужской области 50 млн долларов.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Калужская область -> Турция']);
    const s = await run('Объём турецких инвестиций в экономику Калужской области вырос вдвое.');
    expect(rels(s, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Калужская область -> Турция']);
  });

  it('attracting investment names no partner', async () => {
    const r = await run('Калужская область привлекла инвестиции на 300 млн рублей.');
    expect(rels(r)).toEqual([]);
  });
});

describe('joint activities past the adjectives of the noun', () => {
  it('«совместные образовательные программы» of two places is cooperation', async () => {
    const r = await run('Вузы Витебска и Пскова реализуют совместные образовательные программы.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебск -> Псков']);
  });

  it('a joint thing that is no activity is not', async () => {
    const r = await run('Витебск и Псков обсудили совместные новогодние праздники.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('partners «из» a list of places', () => {
  it('come from those places, which are one side and no partners of each other', async () => {
    const r = await run('Новыми сеялками заинтересовались партнёры из Армении и Грузии.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });

  it('are partners of the possessor named with them', async () => {
    const r = await run('Партнёры компании «Кедр» из Армении и Грузии расширили закупки.');
    expect(rels(r, 'COOPERATES_WITH')).not.toContain('COOPERATES_WITH Армения -> Грузия');
  });
});

describe('makers named as brands of goods', () => {
  it('are no partners of each other', async () => {
    const r = await run('Смоленские партнёры заинтересованы в поставках деталей для автобусов МАЗ и самосвалов БелАЗ.');
    expect(rels(r, 'COOPERATES_WITH')).not.toContain('COOPERATES_WITH БелАЗ -> МАЗ');
  });

  it('unlike the company whose cooperation it is', async () => {
    const r = await run('Подписан меморандум о сотрудничестве компании «Кедр» с компанией «Сож».');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Кедр -> Сож']);
  });
});

describe('examples after the word of cooperation', () => {
  it('names after «в том числе» say what the cooperation is, not who cooperates', async () => {
    const r = await run(
      'Беларусь и Вьетнам развивают совместные проекты, в том числе сборку тракторов на предприятии «Меконг Моторс».',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Беларусь -> Вьетнам']);
  });
});

describe('a list in the genitive after the word of cooperation', () => {
  it('names the partners, whom the bodies agreeing on it do not pair with', async () => {
    const r = await run(
      'Тверская область и Витебская область договорились о сотрудничестве Тверского университета и Витебского университета.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебский университет -> Тверской университет']);
    expect(rels(r, 'NEGOTIATES')).toEqual(['NEGOTIATES Витебская область -> Тверская область']);
  });

  it('also after an infinitive and resolved «стороны»', async () => {
    const r = await run(
      'Губернатор Курганской области Вадим Шумков встретился с акимом Костанайской области Кумаром Аксакаловым. Стороны решили расширить сотрудничество Курганского колледжа и Костанайского колледжа.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Костанайский колледж -> Курганский колледж']);
    expect(rels(r, 'NEGOTIATES')).not.toContain('NEGOTIATES Курганская область -> Курганский колледж');
  });

  it('people who agree alone speak for the places named', async () => {
    const r = await run('Алексей Дюмин и Андрей Шорец договорились о расширении сотрудничества Тулы и Гродно.');
    expect(rels(r, 'NEGOTIATES')).toContain('NEGOTIATES Гродно -> Тула');
  });

  it('one name in the genitive with a «с» partner keeps its pair', async () => {
    const r = await run('Стороны обсудили сотрудничество компании «Кедр» с Казахстаном.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Казахстан -> Кедр']);
  });
});

describe('joint training', () => {
  it('"совместная подготовка" of people is cooperation', async () => {
    const r = await run('Тверской университет и Витебский университет займутся совместной подготовкой инженеров.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Витебский университет -> Тверской университет']);
  });

  it('"будут совместно обучать" too', async () => {
    const r = await run('Тверской колледж и Оршанский колледж будут совместно обучать сварщиков.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Оршанский колледж -> Тверской колледж']);
  });
});

describe('heads who sign a document of cooperation', () => {
  it('make it cooperation between what they head, past coordinated adjectives of the topic', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденя и председатель Гомельского облисполкома Иван Крупко подписали соглашение о торгово-экономическом и культурном сотрудничестве.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Гомельский облисполком -> Тверская область']);
  });

  it('not when what is signed is no document of cooperation (guard, passes either way)', async () => {
    const r = await run(
      'Губернатор Тверской области Игорь Руденя и председатель Гомельского облисполкома Иван Крупко подписали протокол встречи и обсудили сотрудничество.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe("the speaker's office before a clause of cooperation", () => {
  it('is the other side of cooperation «с» a partner in the reported clause', async () => {
    const r = await run(
      'Председатель Гомельского облисполкома Иван Крупко отметил, что сотрудничество с Брянской областью развивается.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брянская область -> Гомельский облисполком']);
  });

  it('inside the clause of cooperation a body in a title is still no partner (guard, passes either way)', async () => {
    const r = await run(
      'Председатель Гомельского облисполкома Иван Крупко и губернатор Брянской области Пётр Орлов обсудили сотрудничество.',
    );
    expect(rels(r, 'COOPERATES_WITH').filter((x) => x.includes('облисполком'))).toEqual([]);
  });
});

describe('where a company is from', () => {
  it('is its attribute, no side of the cooperation it agrees on', async () => {
    const r = await run('Компания «Кедр» из Томска договорилась с казахстанскими партнёрами о сотрудничестве.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Казахстан -> Кедр']);
  });
});

describe('«между X и Y» after the noun of cooperation names its sides', () => {
  it('the two towns after «между», not the regions the subject stands for', async () => {
    const r = await run(
      'Тюменская область и Витебская область сотрудничают давно. Регионы связывают побратимские отношения между Тобольском и Новополоцком.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([
      'COOPERATES_WITH Витебская область -> Тюменская область',
      'COOPERATES_WITH Новополоцк -> Тобольск',
    ]);
  });
});

describe('sharing or adopting experience', () => {
  it('«поделиться опытом с», «перенимать опыт»: the two sides cooperate', async () => {
    const r = await run('Специалисты Брестской области поделятся опытом мелиорации с коллегами из Тамбовской области.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Брестская область -> Тамбовская область']);
    const taken = await run('Омские аграрии перенимают опыт казахстанских коллег в выращивании льна.');
    expect(rels(taken, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Казахстан -> Омская область']);
  });

  it('experience with no verb of sharing is no cooperation (guard, passes either way)', async () => {
    const r = await run('Специалисты Брестской области имеют большой опыт мелиорации, как и тамбовские аграрии.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('where the press comes from', () => {
  it('names no side of the cooperation reported to it', async () => {
    const r = await run(
      'Губернатор Смоленской области Василий Анохин рассказал о сотрудничестве с Беларусью журналистам из Москвы.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Беларусь -> Смоленская область']);
  });
});

describe('a bare document noun opening the sentence after a signing', () => {
  it('is the document signed, and what it covers is cooperation between its signers', async () => {
    const r = await run(
      'Соглашение подписали Минский облисполком и правительство Тюменской области. Документ предусматривает сотрудничество в сфере образования.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([
      'COOPERATES_WITH Минский облисполком -> Правительство Тюменской области',
    ]);
  });

  it('a document with a name of its own is another one (guard, passes either way)', async () => {
    const r = await run(
      'Соглашение подписали Минский облисполком и правительство Тюменской области. Документ Союзного государства предусматривает сотрудничество.',
    );
    expect(rels(r, 'COOPERATES_WITH')).toEqual([]);
  });
});

describe('«партнёр» with a company in its genitive', () => {
  it('a quoted name after the company noun is whose partner the subject is (guard, passes either way)', async () => {
    const r = await run('Фирма «Вектор» стала официальным партнёром комбината «Заря».');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Вектор -> Заря']);
  });

  it('in a relative clause the antecedent of «который» is the partner', async () => {
    const r = await run('Ремонт выполнила фирма «Вектор», которая является партнёром комбината «Заря».');
    expect(rels(r, 'COOPERATES_WITH')).toEqual(['COOPERATES_WITH Вектор -> Заря']);
  });
});

describe('a foreign place in «-ь» in the instrumental («с Хунанью»)', () => {
  it('is the reference place, though the dictionary does not predict the form', async () => {
    const r = await run('Витебская область развивает связи с Хунанью и Сычуанью.');
    expect(rels(r, 'COOPERATES_WITH')).toEqual([
      'COOPERATES_WITH Витебская область -> Хунань',
      'COOPERATES_WITH Витебская область -> Сычуань',
    ]);
  });
});
