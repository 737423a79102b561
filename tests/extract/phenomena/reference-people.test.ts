/**
 * Known heads of state and government (graph-data/reference/persons.json): a surname alone or a
 * bare office with its state names the holder; HEADS only where the text names the office.
 * Also foreign subdivisions by their region noun and small towns named by the title that heads
 * them. All sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('known persons by surname', () => {
  it('gives a surname alone the reference’s full nominative name and id', async () => {
    const result = await run('Лукашенко заявил, что поставки тракторов в Казахстан вырастут.');
    expect(names(result, 'Person')).toEqual(['Александр Лукашенко']);
    expect(result.entities.find((e) => e.type === 'Person')?.id).toBe('person:aleksandr-lukashenko');
  });

  it('reads a declined surname and a name the dictionary lacks', async () => {
    expect(names(await run('В Ташкенте прошла встреча с Мирзиёевым.'), 'Person')).toEqual(['Шавкат Мирзиёев']);
    expect(names(await run('Гости прибыли к Реджепу Тайипу Эрдогану в Анкару.'), 'Person')).toEqual([
      'Реджеп Тайип Эрдоган',
    ]);
  });

  it('states no office from the reference alone', async () => {
    const result = await run('Лукашенко осмотрел новый цех в Беларуси.');
    expect(rels(result, 'HEADS')).toEqual([]);
  });

  it('leaves an unknown surname to the ordinary rules', async () => {
    expect(names(await run('Минск посетил Петр Лукашевич.'), 'Person')).toEqual(['Петр Лукашевич']);
    // Same first name, a surname that only begins like a known one: another person.
    expect(names(await run('Гомель посетил Александр Турчинов.'), 'Person')).toEqual(['Александр Турчинов']);
    expect(names(await run('Турчинов посетил Гомель.'), 'Person')).not.toContain('Александр Турчин');
  });
});

describe('an office named without its holder', () => {
  it('resolves "президент + state" to the holder, with HEADS', async () => {
    const result = await run('Президент Беларуси отметил рост поставок в Китай.');
    expect(names(result, 'Person')).toEqual(['Александр Лукашенко']);
    expect(rels(result, 'HEADS')).toEqual(['HEADS Александр Лукашенко -> Беларусь']);
  });

  it('reads the prime minister in the genitive and the short title "премьер"', async () => {
    const result = await run('Делегация встретилась с премьер-министром Казахстана в Астане.');
    expect(rels(result, 'HEADS')).toEqual(['HEADS Олжас Бектенов -> Казахстан']);
    expect(rels(await run('Премьер Индии посетил выставку.'), 'HEADS')).toEqual(['HEADS Нарендра Моди -> Индия']);
  });

  it('gives a plural office each coordinated state’s holder', async () => {
    const result = await run('Президенты России и Казахстана провели переговоры.');
    expect(rels(result, 'HEADS').sort()).toEqual([
      'HEADS Владимир Путин -> Россия',
      'HEADS Касым-Жомарт Токаев -> Казахстан',
    ]);
  });

  it('reads the state from a place adjective', async () => {
    const result = await run('Белорусский президент осмотрел комбайны.');
    expect(rels(result, 'HEADS')).toEqual(['HEADS Александр Лукашенко -> Беларусь']);
  });

  it('leaves a former, a deputy or a named holder alone', async () => {
    expect(names(await run('Бывший президент Киргизии прочитал лекцию.'), 'Person')).toEqual([]);
    expect(names(await run('Вице-президент Ирана посетил Минск.'), 'Person')).toEqual([]);
    const named = await run('Президент Турции Реджеп Тайип Эрдоган прибыл в Москву.');
    expect(names(named, 'Person')).toEqual(['Реджеп Тайип Эрдоган']);
    expect(rels(named, 'HEADS')).toEqual(['HEADS Реджеп Тайип Эрдоган -> Турция']);
  });

  it('names the state of a title the text gives a known person without the state', async () => {
    const result = await run('Россия и Монголия нарастили товарооборот. «Наш президент Владимир Путин это поддержал».');
    expect(rels(result, 'HEADS')).toEqual(['HEADS Владимир Путин -> Россия']);
  });
});

describe('foreign subdivisions by their region noun', () => {
  it('makes the name after a region noun a Region', async () => {
    const result = await run('Делегация штата Гуджарат посетила Калугу. Поставки в аймак Сэлэнгэ выросли.');
    expect(names(result, 'Region')).toEqual(expect.arrayContaining(['Гуджарат', 'Сэлэнгэ']));
  });

  it('makes a capitalised adjective before a subdivision noun a Region', async () => {
    expect(names(await run('Поставки в Центральный аймак выросли.'), 'Region')).toEqual(['Центральный аймак']);
    expect(names(await run('Уголь отправят в Лесной уезд.'), 'Region')).toEqual(['Лесной уезд']);
    // A Russian region's adjective before a lower-level noun is not that region.
    expect(names(await run('Уголь отправят в Приморский уезд.'), 'Region')).not.toContain('Приморский край');
  });

  it('reads a known region’s adjective with a local noun as that region', async () => {
    expect(names(await run('Товары отправят в Наманганский вилоят.'), 'Region')).toEqual(['Наманганская область']);
  });

  it('reads a Turkmen «велаят» as a subdivision noun, its name in the nominative', async () => {
    expect(names(await run('Делегация Балканского велаята посетила Омск.'), 'Region')).toEqual(['Балканский велаят']);
    expect(names(await run('В Марыйском велаяте построят элеватор.'), 'Region')).toEqual(['Марыйский велаят']);
  });

  it('keeps districts and staff out', async () => {
    expect(names(await run('Завод открыли в Наро-Фоминском округе.'), 'Region')).toEqual([]);
    expect(names(await run('Уральский федеральный округ нарастил экспорт.'), 'Region')).toEqual([]);
    expect(names(await run('Новый штат сотрудников утвердили весной.'), 'Region')).toEqual([]);
  });
});

describe('small towns named by the title that heads them', () => {
  it('makes a place-tagged genitive after "глава/мэр" a City with HEADS', async () => {
    const result = await run('Глава Котовска Иван Петров встретился с делегацией из Минска.');
    expect(names(result, 'City')).toEqual(expect.arrayContaining(['Котовск']));
    expect(rels(result, 'HEADS')).toEqual(['HEADS Иван Петров -> Котовск']);
    const mayor = await run('Мэр Новочебоксарска Олег Смирнов подписал соглашение.');
    expect(rels(mayor, 'HEADS')).toEqual(['HEADS Олег Смирнов -> Новочебоксарск']);
  });

  it('reads a town after "главы администрации города"', async () => {
    const result = await run('Главы администрации города Кольчугино Сергей Орлов провел совещание.');
    expect(rels(result, 'HEADS')).toEqual(['HEADS Сергей Орлов -> Кольчугино']);
  });

  it('reads a town the dictionary does not know by its ending', async () => {
    const result = await run('Глава Кряжинска Павел Зимин осмотрел стройку.');
    expect(rels(result, 'HEADS')).toEqual(['HEADS Павел Зимин -> Кряжинск']);
    expect(names(await run('Глава Росавиации посетил аэропорт.'), 'City')).toEqual([]);
  });

  it('does not take a surname or an ordinary word for a town', async () => {
    expect(names(await run('Глава Петрова пока не назначен.'), 'City')).toEqual([]);
    expect(names(await run('Глава Совета поддержал проект.'), 'City')).toEqual([]);
  });
});
