/**
 * One version per URL whatever the concurrency, against the real embedded Neo4j: two ingests
 * of two versions of the same articles run at once; afterwards each URL has one article, the
 * graph holds only that version's facts, the summaries add up to what happened, and a plain
 * re-run changes nothing. Version A of article i states SUPPLIES (plant i → the region),
 * version B states CO_PRODUCES instead, so the facts show which version a URL kept.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IngestSummary, ingest } from '../../src/ingest/index.ts';
import { writeCheckedVersions } from '../../src/ingest/version-check.ts';
import type { KnownEntity } from '../../src/resolve/index.ts';
import type { Article, ExtractionResult } from '../../src/schema/index.ts';
import { runRead, type Store, writeArticle } from '../../src/store/index.ts';
import { removeArticle, writeResolvedArticles } from '../../src/store/ingest-store.ts';
import { openTestStore, testToken } from '../support/neo4j-store.ts';

type Version = 'A' | 'B';

const token = testToken();
const REGION: KnownEntity = { id: `region:t${token}-kaluga`, type: 'Region', name: `Область ${token}`, aliases: [] };
const prefix = `https://example.org/${token}/`;
let store: Store;

function makeArticle(i: number, version: Version, scope = 'race'): Article {
  const url = `${prefix}${scope}/${i}`;
  const text = `Версия ${version}. Завод номер ${i} работает с областью.`;
  const id = createHash('sha256').update(`${url}\n${text}`).digest('hex');
  return { id, url, title: `${scope} ${i} ${version}`, date: '2024-05-01', language: 'ru', text };
}

/** A plant of its own for each article number of each scenario (the title starts with the scenario). */
function plantName(title: string, i: number): string {
  return `Завод ${token} ${title.split(' ')[0]} ${'абвгдежзиклмнопрстуфхцчшщ'[i]}`;
}

/** The facts of an article: its plant and the region, and one relation whose type tells the version. */
const extract = (article: Article): ExtractionResult => {
  const [, version, i] = /^Версия (A|B)\. Завод номер (\d+)/.exec(article.text) ?? [];
  const plant = `enterprise:plant-${i}`;
  return {
    article: { id: article.id, title: article.title },
    entities: [
      { id: plant, type: 'Enterprise', name: plantName(article.title, Number(i)), aliases: [], attributes: {} },
      { id: REGION.id, type: 'Region', name: REGION.name, aliases: [], attributes: {} },
    ],
    relations: [
      {
        type: version === 'A' ? 'SUPPLIES' : 'CO_PRODUCES',
        source: plant,
        target: REGION.id,
        origin: 'text',
        evidence: `Версия ${version}: завод ${i}.`,
        confidence: 0.9,
        attributes: { modality: 'fact' },
      },
    ],
    warnings: [],
  };
};

/** Ingests the articles (no files: the reader hands them over by name). */
function load(articles: readonly Article[], batchSize: number): Promise<IngestSummary> {
  const byName = new Map(articles.map((a) => [a.title, a]));
  return ingest(
    { sources: articles.map((a) => ({ kind: 'file', path: a.title })), missing: [] },
    {
      store,
      extract,
      reference: [REGION],
      readInput: async (source) => byName.get(source.kind === 'file' ? source.path : '') as Article,
    },
    { batchSize },
  );
}

/** Per URL of the scope: the stored articles' versions, and the fact types its plant has. */
async function storedState(scope: string) {
  const rows = await runRead(store, {
    cypher: [
      'MATCH (a:Article) WHERE a.url STARTS WITH $scope',
      'WITH a.url AS url, collect(substring(a.text, 7, 1)) AS versions',
      'RETURN url, versions ORDER BY url',
    ].join('\n'),
    params: { scope: `${prefix}${scope}/` },
  });
  const facts = await runRead(store, {
    cypher: [
      'MATCH (a:Article)<-[:MENTIONED_IN]-(e:Enterprise) WHERE a.url STARTS WITH $scope',
      'OPTIONAL MATCH (e)-[r:SUPPLIES|CO_PRODUCES]-(:Region {id: $region})',
      'RETURN a.url AS url, collect(DISTINCT type(r)) AS types, collect(DISTINCT e.id) AS plants',
    ].join('\n'),
    params: { scope: `${prefix}${scope}/`, region: REGION.id },
  });
  return { rows, facts: new Map(facts.map((f) => [String(f.url), f])) };
}

beforeAll(async () => {
  store = await openTestStore();
});

afterAll(async () => {
  const articles = await runRead(store, {
    cypher: 'MATCH (a:Article) WHERE a.url STARTS WITH $prefix RETURN a.id AS id',
    params: { prefix },
  });
  for (const { id } of articles) await removeArticle(store, String(id));
  await store.close();
});

describe('one version per URL under concurrency', () => {
  it('two concurrent ingests of two versions leave one article per URL with its facts only', async () => {
    const n = 16;
    const versionA = Array.from({ length: n }, (_, i) => makeArticle(i, 'A'));
    const versionB = Array.from({ length: n }, (_, i) => makeArticle(i, 'B'));
    const [runA, runB] = await Promise.all([load(versionA, 8), load(versionB, 8)]);

    const { rows, facts } = await storedState('race');
    expect(rows).toHaveLength(n);
    for (const row of rows) {
      expect(row.versions, String(row.url)).toHaveLength(1);
      const kept = (row.versions as string[])[0];
      // The kept version's fact only: the other version's relation is gone with its article.
      expect(facts.get(String(row.url))?.types, String(row.url)).toEqual([kept === 'A' ? 'SUPPLIES' : 'CO_PRODUCES']);
    }
    // Each URL was new to one run and an update (of the other run's version) to the other.
    expect(runA.articles.new + runB.articles.new).toBe(n);
    expect(runA.articles.updated + runB.articles.updated).toBe(n);
    expect(runA.articles.failed + runB.articles.failed).toBe(0);

    // A plain re-run of what is stored changes nothing.
    // Rows come ordered by URL (".../10" before ".../2"): each is matched to its article by URL, not by place.
    const byUrl = (list: readonly Article[], url: unknown) => list.find((a) => a.url === url) as Article;
    const kept = rows.map((row) =>
      (row.versions as string[])[0] === 'A' ? byUrl(versionA, row.url) : byUrl(versionB, row.url),
    );
    const again = await load(kept, 8);
    expect(again.articles).toEqual({ new: 0, unchanged: n, updated: 0, failed: 0 });
    expect(again.relations.created).toBe(0);
  });

  it('replaces a version another run stored while this one extracted, and counts it as an update', async () => {
    const winner = makeArticle(1, 'A', 'loser');
    const loser = makeArticle(1, 'B', 'loser');
    // The loser read an empty store; the winner commits while the loser extracts.
    const summary = await ingest(
      { sources: [{ kind: 'file', path: 'loser' }], missing: [] },
      {
        store,
        extract: async (article) => {
          await load([winner], 10);
          return extract(article);
        },
        reference: [REGION],
        readInput: async () => loser,
      },
    );
    expect(summary.articles).toMatchObject({ new: 0, updated: 1, failed: 0 });
    expect(summary.reports[0]?.replaced).toEqual([winner.id]);
    const { rows, facts } = await storedState('loser');
    expect(rows).toEqual([{ url: loser.url, versions: ['B'] }]);
    expect(facts.get(String(loser.url))?.types).toEqual(['CO_PRODUCES']);
  });

  it('a write that loses the race on the store itself is refused, then retried against the winner', async () => {
    const winner = makeArticle(2, 'A', 'constraint');
    const loser = makeArticle(2, 'B', 'constraint');
    const report = {
      source: 'loser',
      outcome: 'new' as const,
      articleId: loser.id,
      entitiesCreated: 0,
      entitiesMerged: 0,
      relationsCreated: 0,
      relationsUpdated: 0,
    };
    let attempts = 0;
    const written = await writeCheckedVersions(store, [{ article: loser, replaces: [], report }], async (batch) => {
      attempts++;
      // The winner commits after the check, so the store's constraint has to catch it.
      if (attempts === 1) await writeArticle(store, winner, extract(winner));
      const resolved = { entities: [], relations: [], idMap: new Map<string, string>() };
      await writeResolvedArticles(
        store,
        batch.map(({ article, replaces }) => ({ article, replaces, resolved })),
      );
    });
    expect(attempts).toBe(2);
    expect(written[0]?.report).toMatchObject({ outcome: 'updated', replaced: [winner.id] });
    const { rows } = await storedState('constraint');
    expect(rows).toEqual([{ url: loser.url, versions: ['B'] }]);
  });
});
