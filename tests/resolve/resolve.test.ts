import { beforeAll, describe, expect, it } from 'vitest';
import {
  createEntityIndex,
  type EntityIndex,
  entityIdFor,
  type KnownEntity,
  normalizeName,
  personNamesAgree,
  resolveExtraction,
  type SurnameReadings,
  slugify,
  stripLegalForm,
  surnameReadingsOf,
} from '../../src/resolve/index.ts';
import type { ExtractionResult } from '../../src/schema/index.ts';
import { resources } from '../extract/resources.ts';

let readings: SurnameReadings;
beforeAll(async () => {
  readings = surnameReadingsOf((await resources()).morph);
});

/** A reference index (the only thing an article resolves against besides itself). */
function referenceIndex(entities: KnownEntity[] = []): EntityIndex {
  return createEntityIndex(entities, readings);
}

type Ent = ExtractionResult['entities'][number];
type Rel = ExtractionResult['relations'][number];

function entity(id: string, type: Ent['type'], name: string, aliases: string[] = []): Ent {
  return { id, type, name, aliases, attributes: {} };
}

function relation(type: Rel['type'], source: string, target: string, evidence: string, product?: string): Rel {
  return {
    type,
    source,
    target,
    origin: 'text',
    evidence,
    confidence: 0.8,
    attributes: { modality: 'fact', ...(product ? { product } : {}) },
  };
}

function extraction(entities: Ent[], relations: Rel[] = []): ExtractionResult {
  return { article: { id: 'a'.repeat(16), title: 't' }, entities, relations, warnings: [] };
}

describe('normalizeName', () => {
  it('drops quotes, legal forms and descriptors before a quoted name, folds case and ё', () => {
    expect(stripLegalForm('ОАО «МАЗ»')).toBe('МАЗ');
    expect(stripLegalForm('Предприятие "Синара"')).toBe('Синара');
    expect(normalizeName('компания «Меркатор»')).toBe('меркатор');
    expect(normalizeName('Объединённая  компания')).toBe('объединенная компания');
    expect(normalizeName('Минский автомобильный завод')).toBe('минский автомобильный завод');
  });

  it('makes ASCII slugs and deterministic ids', () => {
    expect(slugify('Роман Головченко')).toBe('roman-golovchenko');
    expect(entityIdFor('Enterprise', 'ОАО «МАЗ»')).toBe('enterprise:maz');
    expect(entityIdFor('Enterprise', 'МАЗ')).toBe(entityIdFor('Enterprise', '"МАЗ"'));
    expect(entityIdFor('Person', 'Пётр Иванов')).toBe('person:petr-ivanov');
  });

  it('compares person names by surname readings (az name morphology) and compatible given names', () => {
    const agree = (a: string, b: string) => personNamesAgree(a, b, readings);
    expect(agree('Головченко', 'Роман Головченко')).toBe(true);
    expect(agree('Р. Головченко', 'Роман Головченко')).toBe(true);
    expect(agree('Андрей Головченко', 'Роман Головченко')).toBe(false);
    // Case forms an extractor left on a surname do not split a person in two.
    expect(agree('Владимир Караником', 'Владимир Караник')).toBe(true);
    expect(agree('Александр Моором', 'Александр Моор')).toBe(true);
    expect(agree('Шапши', 'Владислав Шапша')).toBe(true);
    expect(agree('Шапшой', 'Владислав Шапша')).toBe(true);
    expect(agree('Громовой', 'Ольга Громова')).toBe(true);
    // A feminine surname keeps its form: «Иванова» is not «Иванов», in either direction.
    expect(agree('Иванова', 'Иванов')).toBe(false);
    expect(agree('Пётр Иванов', 'Иванова')).toBe(false);
    expect(agree('Иван Петров', 'Иван Петренко')).toBe(false);
  });
});

describe('resolveExtraction', () => {
  it('merges "МАЗ", "Минский автомобильный завод" and "ОАО «МАЗ»" within one article', () => {
    const result = resolveExtraction(
      extraction(
        [
          entity('enterprise:a', 'Enterprise', 'МАЗ'),
          entity('enterprise:b', 'Enterprise', 'Минский автомобильный завод'),
          entity('enterprise:c', 'Enterprise', 'ОАО «МАЗ»'),
          entity('region:kaluga-oblast', 'Region', 'Калужская область'),
        ],
        [
          relation('CO_PRODUCES', 'enterprise:b', 'region:kaluga-oblast', 'Калуга и Минский автомобильный завод.'),
          relation('CO_PRODUCES', 'region:kaluga-oblast', 'enterprise:a', 'МАЗ и Калуга.'),
          relation('CO_PRODUCES', 'enterprise:a', 'enterprise:c', 'МАЗ и МАЗ.'),
        ],
      ),
      referenceIndex(),
    );
    const enterprises = result.entities.filter((e) => e.type === 'Enterprise');
    // Without reference data, the id is made from the fullest name, whichever the article named first.
    expect(enterprises).toHaveLength(1);
    expect(enterprises[0]).toMatchObject({
      id: 'enterprise:minskiy-avtomobilnyy-zavod',
      name: 'Минский автомобильный завод',
      aliases: ['ОАО «МАЗ»', 'МАЗ'].sort(),
    });
    // Both mentions of the joint production become one symmetric relation with both sentences; the loop is gone.
    expect(result.relations).toHaveLength(1);
    expect(result.relations[0]).toMatchObject({
      source: 'enterprise:minskiy-avtomobilnyy-zavod',
      target: 'region:kaluzhskaya-oblast',
    });
    expect(result.relations[0]?.evidence).toHaveLength(2);
  });

  it('matches a mixed-case abbreviation to its full name ("БелАЗ")', () => {
    const index = referenceIndex([{ id: 'enterprise:belaz', type: 'Enterprise', name: 'БелАЗ', aliases: [] }]);
    const result = resolveExtraction(
      extraction([entity('x:y', 'Enterprise', 'Белорусский автомобильный завод')]),
      index,
    );
    expect(result.entities[0]).toMatchObject({ id: 'enterprise:belaz', matchedBy: 'abbreviation' });
  });

  it('keeps reference ids, also for a lone surname of a reference person', () => {
    const index = referenceIndex([
      { id: 'region:kaluga-oblast', type: 'Region', name: 'Калужская область', aliases: ['Калужская обл.'] },
      { id: 'person:roman-golovchenko', type: 'Person', name: 'Роман Головченко', aliases: [] },
    ]);
    const result = resolveExtraction(
      extraction(
        [entity('r1', 'Region', 'Калужская обл.'), entity('p1', 'Person', 'Головченко')],
        [relation('NEGOTIATES', 'p1', 'r1', 'Головченко обсудил.')],
      ),
      index,
    );
    expect(result.idMap.get('r1')).toBe('region:kaluga-oblast');
    expect(result.idMap.get('p1')).toBe('person:roman-golovchenko');
    expect(result.entities.map((e) => e.matchedBy).sort()).toEqual(['name', 'surname']);
    expect(result.relations[0]?.key).toBe('NEGOTIATES|person:roman-golovchenko|region:kaluga-oblast');
  });

  it('links a lone surname to the full name in the same article, and not across different given names', () => {
    const result = resolveExtraction(
      extraction([
        entity('p1', 'Person', 'Головченко'),
        entity('p2', 'Person', 'Роман Головченко'),
        entity('p3', 'Person', 'Андрей Головченко'),
      ]),
      referenceIndex(),
    );
    // "Головченко" alone is ambiguous between two full names, so it stays apart rather than guessing.
    expect(result.entities.map((e) => e.id).sort()).toEqual([
      'person:andrey-golovchenko',
      'person:golovchenko',
      'person:roman-golovchenko',
    ]);
    const single = resolveExtraction(
      extraction([entity('p1', 'Person', 'Головченко'), entity('p2', 'Person', 'Роман Головченко')]),
      referenceIndex(),
    );
    expect(single.entities.map((e) => e.id)).toEqual(['person:roman-golovchenko']);
  });

  it('merges a person whose surname kept a case ending with the nominative form', () => {
    const result = resolveExtraction(
      extraction([entity('p1', 'Person', 'Владимир Караник'), entity('p2', 'Person', 'Владимир Караником')]),
      referenceIndex(),
    );
    expect(result.entities.map((e) => e.id)).toEqual(['person:vladimir-karanik']);
  });

  it('keeps a feminine surname apart from the masculine one («Иванова» ≠ «Иванов»)', () => {
    const result = resolveExtraction(
      extraction([entity('p1', 'Person', 'Пётр Иванов'), entity('p2', 'Person', 'Иванова')]),
      referenceIndex(),
    );
    expect(result.entities.map((e) => e.id).sort()).toEqual(['person:ivanova', 'person:petr-ivanov']);
  });

  it('merges an oblique surname form with the full name in the article; a feminine surname stays apart', () => {
    const result = resolveExtraction(
      extraction([
        entity('p1', 'Person', 'Шапши'),
        entity('p2', 'Person', 'Владислав Шапша'),
        entity('p3', 'Person', 'Иванова'),
        entity('p4', 'Person', 'Пётр Иванов'),
      ]),
      referenceIndex(),
    );
    expect(result.entities.map((e) => `${e.id} ${e.name} ${e.aliases.join(',')}`).sort()).toEqual([
      'person:ivanova Иванова ',
      'person:petr-ivanov Пётр Иванов ',
      'person:vladislav-shapsha Владислав Шапша Шапши',
    ]);
  });

  it('resolves each article on its own: the same ids in any order, the reference index untouched', () => {
    const reference = referenceIndex([
      { id: 'enterprise:maz', type: 'Enterprise', name: 'МАЗ', aliases: ['Минский автомобильный завод'] },
    ]);
    const articles = [
      extraction([entity('e', 'Enterprise', 'ГЗЛиН'), entity('m', 'Enterprise', 'Минский автомобильный завод')]),
      extraction([entity('e', 'Enterprise', 'Гомельский завод литья и нормалей'), entity('p', 'Person', 'Шапша')]),
      extraction([entity('p', 'Person', 'Шапша'), entity('q', 'Person', 'Владислав Шапша')]),
    ];
    const ids = (order: number[]) =>
      order.map((i) =>
        resolveExtraction(articles[i] as ExtractionResult, reference)
          .entities.map((e) => e.id)
          .sort(),
      );
    const forward = ids([0, 1, 2]);
    expect(ids([2, 1, 0]).reverse()).toEqual(forward);
    // Another article's entities never join: "ГЗЛиН" alone and its full name alone stay two entities.
    expect(forward).toEqual([
      ['enterprise:gzlin', 'enterprise:maz'],
      ['enterprise:gomelskiy-zavod-litya-i-normaley', 'person:shapsha'],
      ['person:vladislav-shapsha'],
    ]);
    expect([...reference.byId.keys()]).toEqual(['enterprise:maz']);
  });

  it('gives the same ids whatever the extractor called the entities', () => {
    const a = resolveExtraction(extraction([entity('e1', 'Enterprise', 'Синара')]), referenceIndex());
    const b = resolveExtraction(extraction([entity('zz', 'Enterprise', 'Предприятие «Синара»')]), referenceIndex());
    expect(a.entities[0]?.id).toBe('enterprise:sinara');
    expect(b.entities[0]?.id).toBe('enterprise:sinara');
  });
});
