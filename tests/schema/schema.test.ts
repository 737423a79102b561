import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  EntitySchema,
  ExtractionResultSchema,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
  ReferenceFileSchema,
  RelationSchema,
} from '../../src/schema/index.ts';

const kaluga = { id: 'region:kaluga-oblast', type: 'Region', name: 'Калужская область' } as const;
const belarus = { id: 'country:belarus', type: 'Country', name: 'Беларусь' } as const;
const trade = {
  type: 'TRADES_WITH',
  source: 'country:belarus',
  target: 'region:kaluga-oblast',
  origin: 'text',
  evidence: 'Мы имеем неплохой товарооборот больше 600 миллионов долларов.',
  confidence: 0.8,
  attributes: { modality: 'fact', value: 600_000_000, currency: 'USD' },
} as const;

describe('schema', () => {
  it('defines each type list once and derives the legends from it', () => {
    expect(Object.keys(ENTITY_TYPE_LABELS)).toEqual([...ENTITY_TYPES]);
    expect(Object.keys(RELATION_TYPE_LABELS)).toEqual([...RELATION_TYPES]);
  });

  it('fills entity defaults and rejects unknown types', () => {
    expect(EntitySchema.parse(kaluga)).toMatchObject({ aliases: [], attributes: {} });
    expect(EntitySchema.safeParse({ ...kaluga, type: 'Planet' }).success).toBe(false);
    expect(EntitySchema.safeParse({ ...kaluga, id: 'Kaluga Oblast' }).success).toBe(false);
  });

  it('requires evidence for relations stated by the text', () => {
    expect(RelationSchema.safeParse(trade).success).toBe(true);
    expect(RelationSchema.safeParse({ ...trade, evidence: '' }).success).toBe(false);
    expect(RelationSchema.safeParse({ ...trade, origin: 'reference', evidence: '' }).success).toBe(true);
    expect(RelationSchema.safeParse({ ...trade, type: 'LIKES' }).success).toBe(false);
    expect(RelationSchema.safeParse({ ...trade, confidence: 1.5 }).success).toBe(false);
  });

  it('rejects relations whose ends are not among the entities', () => {
    const article = { id: 'abc', title: 't' };
    expect(ExtractionResultSchema.safeParse({ article, entities: [kaluga, belarus], relations: [trade] }).success).toBe(
      true,
    );
    const bad = ExtractionResultSchema.safeParse({ article, entities: [kaluga], relations: [trade] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['relations', 0, 'source']);
  });

  it('requires provenance on reference files', () => {
    expect(ReferenceFileSchema.safeParse({ entries: [kaluga] }).success).toBe(false);
    expect(ReferenceFileSchema.parse({ source: 'hand-made', entries: [kaluga] }).entries[0]?.adjectives).toEqual([]);
  });
});
