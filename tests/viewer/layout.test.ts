import { describe, expect, it } from 'vitest';
import { buildDisplayGraph } from '../../viewer/src/display-graph.ts';
import { parseStoredPositions, placeNodes, seededPosition, serializePositions } from '../../viewer/src/layout.ts';
import { transliterate } from '../../viewer/src/transliterate.ts';
import { fixtureExport } from './fixture.ts';

describe('layout', () => {
  it('seeds positions from the key alone, so every load starts the same', () => {
    expect(seededPosition('region:kaluga-oblast')).toEqual(seededPosition('region:kaluga-oblast'));
    expect(seededPosition('region:kaluga-oblast')).not.toEqual(seededPosition('region:bryansk-oblast'));
  });

  it('lays out a small graph deterministically', () => {
    const a = buildDisplayGraph(fixtureExport());
    const b = buildDisplayGraph(fixtureExport());
    placeNodes(a, {});
    placeNodes(b, {});
    expect(serializePositions(a)).toBe(serializePositions(b));
    expect(a.getNodeAttributes('country:belarus').x).not.toBe(0);
  });

  it('restores stored positions and ignores corrupt storage', () => {
    const graph = buildDisplayGraph(fixtureExport());
    placeNodes(graph, parseStoredPositions('{"country:belarus":[1,2],"bad":["x",1]}'));
    expect(graph.getNodeAttributes('country:belarus')).toMatchObject({ x: 1, y: 2 });
    expect(parseStoredPositions('not json')).toEqual({});
    expect(parseStoredPositions('{"bad":["x",1]}')).toEqual({});
  });
});

describe('transliterate', () => {
  it('writes Russian and Belarusian names in Latin letters', () => {
    expect(transliterate('Калужская область')).toBe('Kaluzhskaya oblast');
    expect(transliterate('Жодино')).toBe('Zhodino');
    expect(transliterate('Шапша')).toBe('Shapsha');
  });
});
