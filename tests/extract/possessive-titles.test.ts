/**
 * A head title whose complement is a possessive pronoun heads the office the pronoun
 * stands for: the nearest agreeing company, body or place before it. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { rels, run } from './phenomena/helpers.ts';

describe('«его / её» + head title + name', () => {
  it('heads the company of the sentence before, by the gender of its head noun', async () => {
    const r = await run('В Твери работает предприятие «Вектор». Его директор Павел Орлов рассказал о заказах.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Павел Орлов -> Вектор']);
    const fem = await run(
      'Компания «Нива» открыла склад в Омске. Её генеральный директор Ирина Лис рассказала о планах.',
    );
    expect(rels(fem, 'HEADS')).toEqual(['HEADS Ирина Лис -> Нива']);
  });

  it('a subject comes before a place of the scene, and a director runs no place', async () => {
    const r = await run('Завод «Гамма» находится в Минске. Его директор Иван Коваль заявил о росте экспорта.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Иван Коваль -> Гамма']);
    const placeOnly = await run('Делегация прибыла в Минск. Его директор Иван Коваль встретил гостей.');
    expect(rels(placeOnly, 'HEADS')).toEqual([]);
  });

  it('a place heads by a governor, and a deputy heads nothing', async () => {
    const r = await run('Гости прибыли в Калужскую область. Её губернатор Владислав Шапша провёл встречу.');
    expect(rels(r, 'HEADS')).toEqual(['HEADS Владислав Шапша -> Калужская область']);
    const deputy = await run(
      'Компания «Нива» открыла склад. Её заместитель директора Олег Сидоров рассказал о планах.',
    );
    expect(rels(deputy, 'HEADS')).toEqual([]);
  });
});
