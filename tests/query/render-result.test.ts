import neo4j, { Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { collectGraphElements } from '../../src/query/graph-elements.ts';
import { describeUpdates, formatCell, renderResult } from '../../src/query/render-result.ts';
import type { QueryResult } from '../../src/query/types.ts';
import { toPlain } from '../../src/store/values.ts';

const belarus = new Node(neo4j.int(1), ['Entity', 'Country'], { id: 'country:belarus', name: 'Беларусь' }, 'n1');
const maz = new Node(neo4j.int(2), ['Entity', 'Enterprise'], { id: 'enterprise:maz', name: 'МАЗ' }, 'n2');
const supplies = new Relationship(
  neo4j.int(9),
  neo4j.int(2),
  neo4j.int(1),
  'SUPPLIES',
  { year: neo4j.int(2022) },
  'r9',
  'n2',
  'n1',
);
const path = new Path(maz, belarus, [new PathSegment(maz, supplies, belarus)]);

describe('toPlain', () => {
  it('turns driver values into plain JSON', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(new neo4j.types.Date(2023, 4, 4))).toBe('2023-04-04');
    expect(toPlain(new neo4j.types.Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
    expect(toPlain(new neo4j.types.Duration(0, 1, 0, 0))).toBe('P1D');
    expect(toPlain(new neo4j.types.Duration(0, 0, 1, 500_000_000))).toBe('PT1.5S');
    expect(toPlain(new neo4j.types.Duration(0, 0, 0, 0))).toBe('PT0S');
    expect(toPlain([neo4j.int(1), { a: null }])).toEqual([1, { a: null }]);
    expect(toPlain(Number.NaN)).toBe('NaN');
    expect(toPlain(belarus)).toEqual({
      elementId: 'n1',
      labels: ['Entity', 'Country'],
      properties: { id: 'country:belarus', name: 'Беларусь' },
    });
    expect(toPlain(supplies)).toEqual({
      elementId: 'r9',
      type: 'SUPPLIES',
      startElementId: 'n2',
      endElementId: 'n1',
      properties: { year: 2022 },
    });
    expect(toPlain(path)).toMatchObject({
      nodes: [{ elementId: 'n2' }, { elementId: 'n1' }],
      relationships: [{ elementId: 'r9' }],
    });
  });

  it('finds nodes and relationships nested anywhere', () => {
    const found = collectGraphElements([{ p: path }, [belarus]], { nodes: new Map(), relationships: new Map() });
    expect([...found.nodes.keys()].sort()).toEqual(['n1', 'n2']);
    expect([...found.relationships.keys()]).toEqual(['r9']);
  });
});

describe('renderResult', () => {
  const count: QueryResult = { columns: ['c'], rows: [[neo4j.int(7)]], truncated: false, updates: {} };

  it('prints json as an array of row objects, one per line', () => {
    expect(renderResult(count, 'json')).toBe('[{"c": 7}]\n');
    const two: QueryResult = {
      columns: ['name', 'n'],
      rows: [
        ['МАЗ', neo4j.int(1)],
        ['БелАЗ', null],
      ],
      truncated: false,
      updates: {},
    };
    expect(renderResult(two, 'json')).toBe('[{"name": "МАЗ", "n": 1},\n {"name": "БелАЗ", "n": null}]\n');
    expect(JSON.parse(renderResult(two, 'json'))).toEqual([
      { name: 'МАЗ', n: 1 },
      { name: 'БелАЗ', n: null },
    ]);
    expect(renderResult({ columns: ['x'], rows: [], truncated: false, updates: {} }, 'json')).toBe('[]\n');
  });

  it('prints csv with quoting and nested values as JSON', () => {
    const result: QueryResult = {
      columns: ['name', 'tags'],
      rows: [
        ['a, "b"', ['x']],
        [null, belarus],
      ],
      truncated: false,
      updates: {},
    };
    expect(renderResult(result, 'csv')).toBe(
      'name,tags\r\n"a, ""b""","[""x""]"\r\n,"{""elementId"":""n1"",""labels"":[""Entity"",""Country""],""properties"":{""id"":""country:belarus"",""name"":""Беларусь""}}"\r\n',
    );
  });

  it('aligns table columns by display width and right-aligns numbers', () => {
    const result: QueryResult = {
      columns: ['name', 'n'],
      rows: [
        ['Калужская область', neo4j.int(12)],
        ['и\u0306од', neo4j.int(3)],
      ],
      truncated: true,
      updates: {},
    };
    expect(renderResult(result, 'table')).toBe(
      [
        ' name              | n',
        '-------------------+----',
        ' Калужская область | 12',
        ' и\u0306од               |  3',
        '(2 rows, more not shown)',
        '',
      ].join('\n'),
    );
  });

  it('writes nodes, relationships and paths in Cypher notation', () => {
    expect(formatCell(belarus)).toBe('(:Entity:Country {id: "country:belarus", name: "Беларусь"})');
    expect(formatCell(supplies)).toBe('[:SUPPLIES {year: 2022}]');
    expect(formatCell(path)).toBe('(МАЗ)-[:SUPPLIES]->(Беларусь)');
    expect(formatCell(['a', neo4j.int(1), null])).toBe('["a", 1, null]');
    expect(formatCell(new neo4j.types.Date(2023, 4, 4))).toBe('2023-04-04');
  });

  it('prints no grid for a result without columns, and describes updates in words', () => {
    expect(renderResult({ columns: [], rows: [], truncated: false, updates: { nodesDeleted: 3 } }, 'table')).toBe(
      '(0 rows)\n',
    );
    expect(describeUpdates({ nodesDeleted: 3, labelsAdded: 1, propertiesSet: 2 })).toBe(
      '3 nodes deleted, 1 label added, 2 properties set',
    );
  });
});
