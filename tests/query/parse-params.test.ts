import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { parseParamArgs, parseParamValue } from '../../src/query/parse-params.ts';

describe('parseParamValue', () => {
  it('reads JSON values and keeps anything else as text', () => {
    expect(parseParamValue('2022')).toBe(2022);
    expect(parseParamValue('-1.5')).toBe(-1.5);
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('null')).toBeNull();
    expect(parseParamValue('["МАЗ", "БелАЗ"]')).toEqual(['МАЗ', 'БелАЗ']);
    expect(parseParamValue('{"a": {"b": 1}}')).toEqual({ a: { b: 1 } });
    expect(parseParamValue('"2022"')).toBe('2022');
    expect(parseParamValue('Калужская область')).toBe('Калужская область');
    expect(parseParamValue('')).toBe('');
  });
});

describe('parseParamArgs', () => {
  it('builds a map, splitting at the first "=" and letting the last one win', () => {
    expect(parseParamArgs(['year=2020', 'expr=a=b', 'year=2022', 'имя=Беларусь'])).toEqual({
      year: 2022,
      expr: 'a=b',
      имя: 'Беларусь',
    });
  });

  it("accepts cypher-shell's name => value, with or without spaces, and its 'quoted' strings", () => {
    expect(
      parseParamArgs(['x => 5', 'y=>true', "country => 'Беларусь'", 'names => ["МАЗ", "a, b"]', 'cmp=>=5']),
    ).toEqual({ x: 5, y: true, country: 'Беларусь', names: ['МАЗ', 'a, b'], cmp: '=5' });
    expect(parseParamArgs(['x= 5', 'op=>'])).toEqual({ x: 5, op: '' });
  });

  it('rejects arguments without a usable name', () => {
    for (const bad of ['year', '=5', '1x=2', 'a b=1']) expect(() => parseParamArgs([bad])).toThrow(UsageError);
  });
});
