import { describe, expect, it } from 'vitest';
import { GraphExportSchema, GraphQuerySchema, SearchQuerySchema } from '../../src/schema/index.ts';
import { matchRank } from '../../src/schema/search-match.ts';
import { describeEntity, searchEntities, toGraphExport } from '../../src/server/graph-view.ts';
import { ARTICLE_A, FIXTURE_ARTICLES, fixtureGraph } from './fixture-graph.ts';

const NOW = new Date('2025-01-01T00:00:00Z');
const query = (q: Record<string, string>) => GraphQuerySchema.parse(q);

describe('toGraphExport', () => {
  it('serialises every entity and relation with dates from the articles', () => {
    const out = toGraphExport(fixtureGraph(), FIXTURE_ARTICLES, query({}), NOW);
    expect(GraphExportSchema.parse(out)).toEqual(out);
    expect(out.attributes).toEqual({ schemaVersion: 1, generatedAt: NOW.toISOString() });
    expect(out.nodes.map((n) => n.key)).not.toContain('odd:thing');
    expect(out.nodes).toHaveLength(5);
    const trade = out.edges.find((e) => e.key === 'e2');
    expect(trade?.attributes).toMatchObject({
      firstSeen: '2023-04-04',
      lastSeen: '2024-02-01',
      value: 600000000,
      modality: 'fact',
    });
  });

  it('filters by entity type, dropping edges to filtered-out entities', () => {
    const out = toGraphExport(fixtureGraph(), FIXTURE_ARTICLES, query({ types: 'Country,Region' }), NOW);
    expect(out.nodes.map((n) => n.key).sort()).toEqual(['country:belarus', 'region:kaluga-oblast']);
    expect(out.edges.map((e) => e.key).sort()).toEqual(['e2', 'e3']);
  });

  it('filters by relation type and prunes entities left without relations', () => {
    const out = toGraphExport(fixtureGraph(), FIXTURE_ARTICLES, query({ relations: 'HEADS' }), NOW);
    expect(out.edges.map((e) => e.key)).toEqual(['e1']);
    expect(out.nodes.map((n) => n.key).sort()).toEqual(['person:vladislav-shapsha', 'region:kaluga-oblast']);
  });

  it('keeps relations whose article dates overlap the window', () => {
    const out = toGraphExport(fixtureGraph(), FIXTURE_ARTICLES, query({ since: '2024-01-01' }), NOW);
    expect(out.edges.map((e) => e.key).sort()).toEqual(['e2', 'e3']);
    const early = toGraphExport(fixtureGraph(), FIXTURE_ARTICLES, query({ until: '2023-12-31' }), NOW);
    expect(early.edges.map((e) => e.key).sort()).toEqual(['e1', 'e2']);
  });

  it('rejects unknown types and reversed windows at the schema', () => {
    expect(GraphQuerySchema.safeParse({ types: 'Planet' }).success).toBe(false);
    expect(GraphQuerySchema.safeParse({ since: '2024-01-01', until: '2023-01-01' }).success).toBe(false);
  });
});

describe('searchEntities', () => {
  const search = (q: string) => searchEntities(fixtureGraph(), SearchQuerySchema.parse({ q })).map((h) => h.id);

  it('matches prefixes case-insensitively', () => {
    expect(search('калуж')).toEqual(['region:kaluga-oblast']);
    expect(search('КАЛУЖ')).toEqual(['region:kaluga-oblast']);
  });

  it('treats ё and е as the same letter', () => {
    const graph = fixtureGraph();
    graph.addNode('enterprise:polyot', { type: 'Enterprise', name: 'Полёт', aliases: [] });
    expect(searchEntities(graph, SearchQuerySchema.parse({ q: 'полет' })).map((h) => h.id)).toEqual([
      'enterprise:polyot',
    ]);
  });

  it('matches aliases and reports which alias matched', () => {
    const hits = searchEntities(fixtureGraph(), SearchQuerySchema.parse({ q: 'калужщ' }));
    expect(hits).toEqual([expect.objectContaining({ id: 'region:kaluga-oblast', matched: 'Калужщина' })]);
  });

  it('matches substrings and English names, ranking prefixes first', () => {
    expect(search('шапш')).toEqual(['person:vladislav-shapsha']);
    expect(search('kaluga')).toEqual(['region:kaluga-oblast']);
    expect(search('аз')).toEqual(['enterprise:belaz']);
  });

  it('ranks exact, prefix, word and substring matches in that order', () => {
    expect(matchRank('беларусь', 'беларусь')).toBe(0);
    expect(matchRank('беларусь', 'бел')).toBe(1);
    expect(matchRank('калужская область', 'обл')).toBe(2);
    expect(matchRank('белаз', 'лаз')).toBe(3);
    expect(matchRank('белаз', 'мин')).toBeUndefined();
  });
});

describe('describeEntity', () => {
  it('groups relations by type with their evidence and articles', () => {
    const details = describeEntity(fixtureGraph(), 'region:kaluga-oblast', FIXTURE_ARTICLES);
    expect(details?.attributes.name).toBe('Калужская область');
    expect(Object.keys(details?.relations ?? {}).sort()).toEqual(['COOPERATES_WITH', 'HEADS', 'TRADES_WITH']);
    const heads = details?.relations.HEADS?.[0];
    expect(heads).toMatchObject({
      direction: 'in',
      other: { id: 'person:vladislav-shapsha', name: 'Владислав Шапша' },
    });
    expect(heads?.attributes.evidence[0]).toContain('Шапша');
    expect(heads?.articles).toEqual([ARTICLE_A]);
  });

  it('answers undefined for an unknown id', () => {
    expect(describeEntity(fixtureGraph(), 'region:nowhere', FIXTURE_ARTICLES)).toBeUndefined();
  });
});
