/**
 * The baseline's `evidence` model writes the records ingest's bulk load writes (one Evidence node
 * per article and relationship, the same relationship summaries), so `ingest --extracted` is
 * judged against a baseline of the same work; the `lists` model keeps every sentence on the
 * relationship, as the store did before bounded evidence.
 */
import { describe, expect, it } from 'vitest';
import { baselineRecords } from '../../../scripts/bench/baseline-writer.ts';
import type { EntityInput } from '../../../src/schema/index.ts';
import { createBulkFold } from '../../../src/store/bulk-fold.ts';
import { makeArticle, makeExtraction } from '../../store/fixtures.ts';

const tula: EntityInput = { id: 'region:bw-tula', type: 'Region', name: 'Тульская область' };
const grodno: EntityInput = { id: 'region:bw-grodno', type: 'Region', name: 'Гродненская область' };

/** Seven dated articles: each supplies with its own sentence; every third also states talks, ends reversed. */
function corpus() {
  return Array.from({ length: 7 }, (_, k) => {
    const article = makeArticle('bw', k + 1, { date: `2025-0${(k % 3) + 1}-1${k}` });
    const relations = [
      { type: 'SUPPLIES' as const, source: tula.id, target: grodno.id, evidence: `Поставка номер ${k + 1}.` },
      ...(k % 3 === 0
        ? [{ type: 'NEGOTIATES' as const, source: grodno.id, target: tula.id, evidence: `Встреча номер ${k + 1}.` }]
        : []),
    ];
    return { article, extraction: makeExtraction(article, [tula, grodno], relations) };
  });
}

type Row = Record<string, unknown> & { props?: Record<string, unknown> };

describe('the baseline of the same records', () => {
  it('writes the Evidence nodes and relationship summaries the bulk load writes', () => {
    const items = corpus();
    const fold = createBulkFold();
    const chunk = fold.chunk(items);
    const foldEvidence = (chunk.find((q) => q.cypher.includes('Evidence'))?.params.rows ?? []) as Row[];
    const foldRelationships = [...fold.finish()]
      .flat()
      .filter((q) => q.cypher.includes('CREATE (s)-['))
      .flatMap((q) => q.params.rows as Row[]);
    const mine = baselineRecords(
      items.map((i) => i.article),
      items.map((i) => i.extraction),
      'evidence',
    );
    const evidenceKey = (r: Row) => `${r.articleId}|${r.relation}|${String(r.sentences)}`;
    expect(mine.evidence.map(evidenceKey).sort()).toEqual(foldEvidence.map(evidenceKey).sort());
    expect(mine.evidence).toHaveLength(10);
    const summary = (r: Row) =>
      JSON.stringify([
        r.source,
        r.target,
        r.props?.articleCount,
        r.props?.evidence,
        r.props?.firstSeen,
        r.props?.lastSeen,
      ]);
    expect((mine.relationships as Row[]).map(summary).sort()).toEqual(foldRelationships.map(summary).sort());
    const supplies = (mine.relationships as Row[]).find((r) => r.props?.articleCount === 7);
    expect(supplies?.props?.evidence).toHaveLength(5);
  });

  it('the lists model keeps every sentence and article on the relationship, and no Evidence node', () => {
    const items = corpus();
    const lists = baselineRecords(
      items.map((i) => i.article),
      items.map((i) => i.extraction),
      'lists',
    );
    expect(lists.evidence).toEqual([]);
    const supplies = (lists.relationships as Row[]).find(
      (r) => (r.props?.articleIds as string[] | undefined)?.length === 7,
    );
    expect(supplies?.props?.evidence).toHaveLength(7);
  });
});
