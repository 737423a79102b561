import { describe, expect, it } from 'vitest';
import { cellEntityId, formatCypherCell } from '../../viewer/src/cypher-cells.ts';
import { parseConsoleParams, pluralRu } from '../../viewer/src/cypher-console.ts';

const kaluga = {
  elementId: 'e1',
  labels: ['Entity', 'Region'],
  properties: { id: 'region:kaluga-oblast', name: 'Калужская область' },
};
const maz = { elementId: 'e2', labels: ['Entity', 'Enterprise'], properties: { id: 'enterprise:maz', name: 'МАЗ' } };
const supplies = { elementId: 'r1', type: 'SUPPLIES', startElementId: 'e1', endElementId: 'e2', properties: {} };

describe('formatCypherCell', () => {
  it('shows nodes by name and type, relationships by type, scalars as they are', () => {
    expect(formatCypherCell(kaluga)).toBe('Калужская область (:Region)');
    expect(formatCypherCell(supplies)).toBe('[:SUPPLIES]');
    expect(formatCypherCell(null)).toBe('—');
    expect(formatCypherCell(2023)).toBe('2023');
    expect(formatCypherCell(['МАЗ', 'БелАЗ'])).toBe('МАЗ, БелАЗ');
    expect(formatCypherCell({ a: 1 })).toBe('{"a":1}');
  });

  it('writes paths as chains of names with the relationship direction', () => {
    expect(formatCypherCell({ nodes: [kaluga, maz], relationships: [supplies] })).toBe(
      'Калужская область —SUPPLIES→ МАЗ',
    );
    expect(formatCypherCell({ nodes: [maz, kaluga], relationships: [supplies] })).toBe(
      'МАЗ ←SUPPLIES— Калужская область',
    );
  });

  it('finds the entity id of node cells only', () => {
    expect(cellEntityId(kaluga)).toBe('region:kaluga-oblast');
    expect(cellEntityId(supplies)).toBeUndefined();
    expect(cellEntityId('region:kaluga-oblast')).toBeUndefined();
  });
});

describe('parseConsoleParams', () => {
  it('takes a JSON object or nothing, and explains anything else', () => {
    expect(parseConsoleParams('')).toEqual({});
    expect(parseConsoleParams('{"country": "Беларусь", "limit": 5}')).toEqual({ country: 'Беларусь', limit: 5 });
    expect(() => parseConsoleParams('[1]')).toThrow(/JSON-объектом/);
    expect(() => parseConsoleParams('{country: x}')).toThrow(/JSON-объектом/);
  });
});

describe('pluralRu', () => {
  it('picks the Russian plural form', () => {
    const forms = ['строка', 'строки', 'строк'] as const;
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map((n) => pluralRu(n, forms))).toEqual([
      '1 строка',
      '2 строки',
      '5 строк',
      '11 строк',
      '12 строк',
      '21 строка',
      '22 строки',
      '25 строк',
      '111 строк',
    ]);
  });
});
