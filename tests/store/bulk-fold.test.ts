/**
 * The bulk fold (pure): what a chunk writes, and what the fold keeps of entities and
 * relationships between chunks: each entity created once with its fullest name, a
 * relationship's count, dates, latest attributes and a sample that stays the best
 * EVIDENCE_SAMPLE_SIZE sentences however many chunks state it. The whole load against
 * Neo4j is compared with the transactional path in tests/ingest/bulk-load.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { EntityInput } from '../../src/schema/index.ts';
import { createBulkFold } from '../../src/store/bulk-fold.ts';
import { EVIDENCE_SAMPLE_SIZE } from '../../src/store/evidence.ts';
import { makeArticle, makeExtraction } from './fixtures.ts';

const pskov: EntityInput = { id: 'region:pskov', type: 'Region', name: 'Псковская область' };
const vitebsk: EntityInput = { id: 'region:vitebsk', type: 'Region', name: 'Витебская обл.' };
const vitebskFull: EntityInput = { id: 'region:vitebsk', type: 'Region', name: 'Витебская область Беларуси' };

/** Article n (dated day n of 2024-03) stating one SUPPLIES relation with its own sentence and quantity. */
function supplyArticle(n: number, region: EntityInput = vitebsk) {
  const article = makeArticle('bf', n, { date: `2024-03-${String(n).padStart(2, '0')}` });
  const extraction = makeExtraction(
    article,
    [pskov, region],
    [
      {
        type: 'SUPPLIES',
        source: region.id,
        target: pskov.id,
        evidence: `Предложение номер ${n}.`,
        attributes: { quantity: n },
      },
    ],
  );
  return { article, extraction };
}

type Params = { ids?: string[]; rows?: Record<string, unknown>[] };

function paramsOf(cypherPart: string, queries: { cypher: string; params: Record<string, unknown> }[]): Params {
  return (queries.find((q) => q.cypher.includes(cypherPart))?.params ?? {}) as Params;
}

describe('createBulkFold', () => {
  it('creates an entity in the first chunk naming it, and streams articles and evidence chunk by chunk', () => {
    const fold = createBulkFold();
    const first = fold.chunk([supplyArticle(1), supplyArticle(2)]);
    expect(paramsOf('CREATE (:Entity', first).ids).toEqual(['region:pskov', 'region:vitebsk']);
    expect(paramsOf('CREATE (a:Article', first).rows).toHaveLength(2);
    expect(paramsOf('CREATE (ev:Evidence', first).rows?.map((r) => r.sentences)).toEqual([
      ['Предложение номер 1.'],
      ['Предложение номер 2.'],
    ]);
    const second = fold.chunk([supplyArticle(3, vitebskFull)]);
    expect(second.some((q) => q.cypher.includes('CREATE (:Entity'))).toBe(false);
  });

  it('keeps the fullest name, the count, the dates, the latest attributes and the best sample across chunks', () => {
    const fold = createBulkFold();
    // Later articles first: the sample must still be the earliest sentences.
    for (let n = 12; n >= 1; n -= 3)
      fold.chunk([n, n - 1, n - 2].map((k) => supplyArticle(k, k === 5 ? vitebskFull : vitebsk)));
    const finish = [...fold.finish()].flat();
    const entity = paramsOf('SET e:`Region`', finish).rows?.find((r) => r.id === 'region:vitebsk');
    expect(entity?.props).toMatchObject({ name: 'Витебская область Беларуси', aliases: ['Витебская обл.'] });
    const [relationship] = paramsOf('[r:`SUPPLIES`]', finish).rows ?? [];
    expect(relationship?.props).toMatchObject({
      articleCount: 12,
      firstSeen: '2024-03-01',
      lastSeen: '2024-03-12',
      quantity: 12,
      evidence: [1, 2, 3, 4, 5].slice(0, EVIDENCE_SAMPLE_SIZE).map((n) => `Предложение номер ${n}.`),
    });
  });
});
