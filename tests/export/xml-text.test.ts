import { describe, expect, it } from 'vitest';
import { nmtoken } from '../../src/export/index.ts';

describe('nmtoken', () => {
  it('keeps entity ids and Cyrillic as they are', () => {
    expect(nmtoken('enterprise:too-qazaqmys')).toBe('enterprise:too-qazaqmys');
    expect(nmtoken('город:Қостанай_1.2')).toBe('город:Қостанай_1.2');
  });

  it('escapes what an NMTOKEN cannot hold, the arrow of relation keys first', () => {
    expect(nmtoken('SUPPLIES:enterprise:maz->country:belarus')).toBe('SUPPLIES:enterprise:maz-_x003E_country:belarus');
    expect(nmtoken('a b|c')).toBe('a_x0020_b_x007C_c');
  });

  it('gives different tokens to different ids, even one that looks escaped already', () => {
    const ids = ['a>b', 'a_x003E_b', 'a_x005F_x003E_b', 'a_b', 'a b', 'a_x0020_b'];
    const tokens = ids.map(nmtoken);
    expect(new Set(tokens).size).toBe(ids.length);
    for (const token of tokens) expect(token).toMatch(/^[\p{L}\p{N}\p{M}._:-]+$/u);
  });
});
