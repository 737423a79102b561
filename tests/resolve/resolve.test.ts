import { describe, expect, it } from 'vitest';
import {
  createEntityIndex,
  entityIdFor,
  normalizeName,
  personNamesAgree,
  resolveExtraction,
  slugify,
  stripLegalForm,
} from '../../src/resolve/index.ts';
import type { ExtractionResult } from '../../src/schema/index.ts';

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

  it('compares person names by surname and compatible given names', () => {
    expect(personNamesAgree('Головченко', 'Роман Головченко')).toBe(true);
    expect(personNamesAgree('Р. Головченко', 'Роман Головченко')).toBe(true);
    expect(personNamesAgree('Андрей Головченко', 'Роман Головченко')).toBe(false);
    // Case endings an extractor left on a surname do not split a person in two.
    expect(personNamesAgree('Владимир Караником', 'Владимир Караник')).toBe(true);
    expect(personNamesAgree('Александр Моором', 'Александр Моор')).toBe(true);
    // "-а" may be a feminine nominative, so it is never stripped: «Иванова» is not «Иванов».
    expect(personNamesAgree('Иванова', 'Иванов')).toBe(false);
    expect(personNamesAgree('Иван Петров', 'Иван Петренко')).toBe(false);
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
      createEntityIndex(),
    );
    const enterprises = result.entities.filter((e) => e.type === 'Enterprise');
    expect(enterprises).toHaveLength(1);
    expect(enterprises[0]?.id).toBe('enterprise:maz');
    expect(enterprises[0]?.aliases).toEqual(expect.arrayContaining(['Минский автомобильный завод', 'ОАО «МАЗ»']));
    // Both mentions of the joint production become one symmetric relation with both sentences; the loop is gone.
    expect(result.relations).toHaveLength(1);
    expect(result.relations[0]).toMatchObject({ source: 'enterprise:maz', target: 'region:kaluzhskaya-oblast' });
    expect(result.relations[0]?.evidence).toHaveLength(2);
  });

  it('matches a mixed-case abbreviation to its full name ("БелАЗ")', () => {
    const index = createEntityIndex([{ id: 'enterprise:belaz', type: 'Enterprise', name: 'БелАЗ', aliases: [] }]);
    const result = resolveExtraction(
      extraction([entity('x:y', 'Enterprise', 'Белорусский автомобильный завод')]),
      index,
    );
    expect(result.entities[0]).toMatchObject({ id: 'enterprise:belaz', isNew: false, matchedBy: 'abbreviation' });
  });

  it('keeps reference ids and resolves against entities already stored', () => {
    const index = createEntityIndex([
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
    expect(result.entities.every((e) => !e.isNew)).toBe(true);
    expect(result.relations[0]?.key).toBe('NEGOTIATES|person:roman-golovchenko|region:kaluga-oblast');
  });

  it('links a lone surname to the full name in the same article, and not across different given names', () => {
    const result = resolveExtraction(
      extraction([
        entity('p1', 'Person', 'Головченко'),
        entity('p2', 'Person', 'Роман Головченко'),
        entity('p3', 'Person', 'Андрей Головченко'),
      ]),
      createEntityIndex(),
    );
    // "Головченко" alone is ambiguous between two full names, so it stays apart rather than guessing.
    expect(result.entities.map((e) => e.id).sort()).toEqual([
      'person:andrey-golovchenko',
      'person:golovchenko',
      'person:roman-golovchenko',
    ]);
    const single = resolveExtraction(
      extraction([entity('p1', 'Person', 'Головченко'), entity('p2', 'Person', 'Роман Головченко')]),
      createEntityIndex(),
    );
    expect(single.entities.map((e) => e.id)).toEqual(['person:roman-golovchenko']);
  });

  it('merges a person whose surname kept a case ending with the nominative form', () => {
    const result = resolveExtraction(
      extraction([entity('p1', 'Person', 'Владимир Караник'), entity('p2', 'Person', 'Владимир Караником')]),
      createEntityIndex(),
    );
    expect(result.entities.map((e) => e.id)).toEqual(['person:vladimir-karanik']);
  });

  it('keeps a feminine surname apart from the masculine one («Иванова» ≠ «Иванов»)', () => {
    const result = resolveExtraction(
      extraction([entity('p1', 'Person', 'Пётр Иванов'), entity('p2', 'Person', 'Иванова')]),
      createEntityIndex(),
    );
    expect(result.entities.map((e) => e.id).sort()).toEqual(['person:ivanova', 'person:petr-ivanov']);
  });

  it('upgrades a person known by surname only to the full name, keeping the id', () => {
    const index = createEntityIndex([{ id: 'person:shapsha', type: 'Person', name: 'Шапша', aliases: [] }]);
    const result = resolveExtraction(extraction([entity('p', 'Person', 'Владислав Шапша')]), index);
    expect(result.entities[0]).toMatchObject({ id: 'person:shapsha', name: 'Владислав Шапша', aliases: ['Шапша'] });
  });

  it('gives the same ids whatever the extractor called the entities', () => {
    const a = resolveExtraction(extraction([entity('e1', 'Enterprise', 'Синара')]), createEntityIndex());
    const b = resolveExtraction(extraction([entity('zz', 'Enterprise', 'Предприятие «Синара»')]), createEntityIndex());
    expect(a.entities[0]?.id).toBe('enterprise:sinara');
    expect(b.entities[0]?.id).toBe('enterprise:sinara');
  });
});
