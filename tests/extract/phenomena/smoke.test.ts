import { describe, expect, it } from 'vitest';
import { names, rels, run } from './helpers.ts';

describe('phenomenon helpers', () => {
  it('read a governor by title and name', async () => {
    const r = await run('Губернатор Калужской области Владислав Шапша посетил Минск.');
    expect(names(r, 'Person')).toContain('Владислав Шапша');
    expect(rels(r)).toContain('HEADS Владислав Шапша -> Калужская область');
  });
});
