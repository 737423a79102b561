import { describe, expect, it } from 'vitest';
import { formatEntity, pickHit } from '../../src/cli/commands/entity.ts';
import type { EntityDetails } from '../../src/schema/index.ts';

const details: EntityDetails = {
  id: 'person:roman-golovchenko',
  attributes: { type: 'Person', name: 'Роман Головченко', aliases: ['Головченко'] },
  relations: {
    NEGOTIATES: [
      {
        key: 'NEGOTIATES:person:roman-golovchenko->person:vladislav-shapsha',
        type: 'NEGOTIATES',
        direction: 'out',
        other: { id: 'person:vladislav-shapsha', type: 'Person', name: 'Владислав Шапша' },
        attributes: {
          type: 'NEGOTIATES',
          evidence: ['Головченко встретился с Шапшой.'],
          articleIds: ['1dd89b29845612345'],
          firstSeen: '2023-04-04',
          lastSeen: '2023-04-04',
          modality: 'fact',
          origin: 'text',
          confidence: 0.75,
          sector: 'промышленность',
        },
        articles: [{ id: '1dd89b29845612345', title: 'Головченко и Шапша', date: '2023-04-04' }],
      },
    ],
  },
};

describe('entity show', () => {
  it('prints the entity, its aliases, and per relation the other end, attributes, evidence and articles', () => {
    expect(formatEntity(details)).toEqual([
      'Роман Головченко  [Person]  person:roman-golovchenko',
      '  aliases: Головченко',
      '',
      'NEGOTIATES (1)',
      '  → Владислав Шапша [Person] person:vladislav-shapsha  2023-04-04',
      '      sector=промышленность',
      '      «Головченко встретился с Шапшой.»',
      '      article 1dd89b298456 2023-04-04 Головченко и Шапша',
    ]);
  });

  it('picks the exact name or alias among search hits, and refuses to guess between several', () => {
    const hits = [
      { id: 'person:roman-golovchenko', type: 'Person' as const, name: 'Роман Головченко', matched: 'Головченко' },
      { id: 'person:andrey-golovchenko', type: 'Person' as const, name: 'Андрей Головченко' },
    ];
    expect(pickHit('головченко', hits)?.id).toBe('person:roman-golovchenko');
    expect(pickHit('Голов', hits)).toBeUndefined();
    expect(pickHit('Голов', hits.slice(1))?.id).toBe('person:andrey-golovchenko');
  });
});
