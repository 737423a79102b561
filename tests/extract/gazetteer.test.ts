import { describe, expect, it } from 'vitest';
import { buildGazetteer, type Gazetteer } from '../../src/extract/gazetteer.ts';
import { loadMorphology } from '../../src/extract/morphology.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { azDictionariesDir } from '../../src/io/extraction-resources.ts';
import type { ReferenceEntry } from '../../src/schema/reference.ts';

const ENTRIES: ReferenceEntry[] = [
  {
    id: 'country:belarus',
    type: 'Country',
    name: 'Беларусь',
    aliases: ['Республика Беларусь', 'Белоруссия', 'РБ'],
    adjectives: ['белорусский'],
    demonyms: ['белорус'],
  },
  {
    id: 'region:kaluga-oblast',
    type: 'Region',
    name: 'Калужская область',
    aliases: ['Калужщина'],
    adjectives: ['калужский'],
    demonyms: [],
    locatedIn: 'country:russia',
  },
  { id: 'region:moscow', type: 'Region', name: 'Москва', aliases: [], adjectives: [], demonyms: [] },
  {
    id: 'city:moscow',
    type: 'City',
    name: 'Москва',
    aliases: [],
    adjectives: [],
    demonyms: [],
    locatedIn: 'region:moscow',
  },
  { id: 'city:kaluga', type: 'City', name: 'Калуга', aliases: [], adjectives: [], demonyms: [] },
  { id: 'city:kamensk-uralsky', type: 'City', name: 'Каменск-Уральский', aliases: [], adjectives: [], demonyms: [] },
  { id: 'city:maryina-gorka', type: 'City', name: 'Марьина Горка', aliases: [], adjectives: [], demonyms: [] },
  {
    id: 'enterprise:maz',
    type: 'Enterprise',
    name: 'МАЗ',
    aliases: ['Минский автомобильный завод'],
    adjectives: [],
    demonyms: [],
  },
];

/** Built once for the file: every lookup below asks the same gazetteer. */
let gazetteer: Promise<Gazetteer> | undefined;

async function lookup(text: string, at: number) {
  gazetteer ??= loadMorphology(azDictionariesDir()).then((morph) => buildGazetteer(ENTRIES, morph));
  const m = (await gazetteer).match(tokenize(text), at);
  return m && { name: m.entry.name, type: m.entry.type, kind: m.kind, words: m.end - m.start };
}

describe('gazetteer', () => {
  it('matches a hyphenated name whose both parts decline', async () => {
    expect(await lookup('на улицах Каменска-Уральского', 2)).toMatchObject({ name: 'Каменск-Уральский', words: 1 });
  });

  it('matches a two-word town whose first word reads as a surname', async () => {
    expect(await lookup('побывали в Марьиной Горке', 2)).toMatchObject({ name: 'Марьина Горка', words: 2 });
  });

  it('matches multiword names in any case', async () => {
    expect(await lookup('губернатором Калужской области', 1)).toEqual({
      name: 'Калужская область',
      type: 'Region',
      kind: 'name',
      words: 2,
    });
    expect(await lookup('в Республике Беларусь', 1)).toMatchObject({ name: 'Беларусь', words: 2 });
    expect(await lookup('сотрудничество с Белоруссией', 2)).toMatchObject({ name: 'Беларусь', kind: 'name' });
    expect(await lookup('на Калужщине', 1)).toMatchObject({ name: 'Калужская область' });
    expect(await lookup('Минского автомобильного завода', 0)).toMatchObject({ name: 'МАЗ', words: 3 });
  });

  it('reports place adjectives separately from names', async () => {
    expect(await lookup('калужские предприятия', 0)).toEqual({
      name: 'Калужская область',
      type: 'Region',
      kind: 'adjective',
      words: 1,
    });
    expect(await lookup('белорусской стороной', 0)).toMatchObject({ name: 'Беларусь', kind: 'adjective' });
  });

  it("reports the names of a place's people apart, in any case", async () => {
    expect(await lookup('закупят у белорусов', 2)).toMatchObject({ name: 'Беларусь', kind: 'demonym', words: 1 });
    expect(await lookup('Белорусы построят', 0)).toMatchObject({ name: 'Беларусь', kind: 'demonym' });
    expect(await lookup('белорусской стороной', 0)).toMatchObject({ kind: 'adjective' });
  });

  it('matches abbreviations only as written, and brand model numbers', async () => {
    expect(await lookup('экспорт в РБ', 2)).toMatchObject({ name: 'Беларусь' });
    expect(await lookup('автобусов МАЗ-203', 1)).toMatchObject({ name: 'МАЗ' });
    expect(await lookup('рб', 0)).toBeUndefined();
  });

  it('takes a federal city as its region, and leaves unknown words alone', async () => {
    expect(await lookup('сотрудничество Москвы и Минска', 1)).toMatchObject({ name: 'Москва', type: 'Region' });
    expect(await lookup('прибыл в Калугу', 2)).toMatchObject({ name: 'Калуга', type: 'City' });
    expect(await lookup('большой роман', 1)).toBeUndefined();
  });
});
