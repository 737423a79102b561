/**
 * Bulk loading (issue 12): pre-extracted articles loaded into an empty store in bulk give
 * the graph the transactional path gives (entities, relationships with counts, dates,
 * attributes and samples, Evidence nodes, mentions, articles), on a generated corpus
 * extracted by the real extractor and a Neo4j of this file's own; a store that is not
 * empty is written batch by batch; a new version of a URL loaded in the same run replaces
 * the old one as usual; a bulk load left unfinished is emptied by the next run, and one
 * under way elsewhere stops it.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.ts';
import type { ExtractedArticle } from '../../src/ingest/extracted-jsonl.ts';
import { ingest } from '../../src/ingest/index.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import type { Article } from '../../src/schema/index.ts';
import { runRead, runWrite } from '../../src/store/index.ts';
import { extractedCorpus, graphExport, ingestExtracted } from './corpus-graph.ts';
import { type OwnNeo4j, startOwnNeo4j } from './own-neo4j.ts';

/** Two versions of one URL (the second corrects the first) and an article that repeats the first. */
const VERSIONS: readonly { url: string; date: string; text: string }[] = [
  {
    url: 'https://example.org/bulk/visit',
    date: '2024-02-10',
    text: 'Губернатор Псковской области встретился с делегацией Витебской области. Витебский завод поставит в Псковскую область 20 автобусов.',
  },
  {
    url: 'https://example.org/bulk/visit',
    date: '2024-02-11',
    text: 'Губернатор Псковской области встретился с делегацией Витебской области. Витебский завод поставит в Псковскую область 35 тракторов.',
  },
  {
    url: 'https://example.org/bulk/other',
    date: '2024-03-01',
    text: 'Псковская область и Витебская область подписали соглашение о сотрудничестве в сфере образования.',
  },
];

async function versionArticles(): Promise<ExtractedArticle[]> {
  const resources = await loadExtractionResources();
  return VERSIONS.map(({ url, date, text }, i) => {
    const id = createHash('sha256').update(`${url}\n${text}`).digest('hex');
    const article: Article = { id, url, title: `Версия ${i}`, date, language: 'ru', text };
    return { article, extraction: extract(article, resources) };
  });
}

let neo: OwnNeo4j;
let corpus: ExtractedArticle[];

beforeAll(async () => {
  neo = await startOwnNeo4j();
  corpus = [...(await extractedCorpus(60, 21)), ...(await versionArticles())];
}, 240_000);

afterAll(async () => {
  await neo?.stop();
});

/** The stored graph, articles included. */
async function everything() {
  const articles = (await runRead(neo.store, { cypher: 'MATCH (a:Article) RETURN properties(a) AS a', params: {} }))
    .map((row) => JSON.stringify(row.a))
    .sort();
  return { ...(await graphExport(neo.store)), articles };
}

async function setMark(started: string, lastWrite: string): Promise<void> {
  await runWrite(neo.store, {
    cypher: "MERGE (m:CoopgraphStore {id: 'store'}) SET m.bulkLoadStarted = $started, m.bulkLoadLastWrite = $lastWrite",
    params: { started, lastWrite },
  });
}

describe('bulk load', () => {
  it('gives an empty store the graph the transactional path gives, and writes a filled store batch by batch', async () => {
    await neo.wipe();
    const plain = await ingestExtracted(neo.store, corpus, 25);
    expect(plain.bulk).toBeUndefined();
    const expected = await everything();

    await neo.wipe();
    const bulk = await ingestExtracted(neo.store, corpus, 25, { bulk: true });
    expect(bulk.bulk).toBe(true);
    const got = await everything();
    expect(got.entities.length).toBeGreaterThan(50);
    expect(got.relations.length).toBeGreaterThan(50);
    expect(got).toEqual(expected);
    // The summary counts what the transactional run counted, the replaced version included.
    expect(bulk.articles).toEqual(plain.articles);
    expect(bulk.articles.updated).toBe(1);
    expect(bulk.entities).toEqual(plain.entities);
    expect(bulk.relations).toEqual(plain.relations);

    // Smaller chunks, and the mark is gone once the load is done.
    await neo.wipe();
    await ingestExtracted(neo.store, corpus, 7, { bulk: true });
    expect(await everything()).toEqual(expected);
    const [mark] = await runRead(neo.store, {
      cypher: "MATCH (m:CoopgraphStore {id: 'store'}) RETURN m.bulkLoadStarted AS started",
      params: {},
    });
    expect(mark?.started ?? null).toBeNull();

    // The store is no longer empty: the same articles again change nothing, batch by batch.
    const generated = corpus.slice(0, corpus.length - VERSIONS.length);
    const again = await ingestExtracted(neo.store, generated, 25, { bulk: true });
    expect(again.bulk).toBeUndefined();
    expect(again.articles).toMatchObject({ unchanged: generated.length, new: 0 });
    expect(await everything()).toEqual(expected);
  }, 600_000);

  it('empties what an interrupted bulk load left, and refuses to write beside one under way', async () => {
    await neo.wipe();
    await ingestExtracted(neo.store, corpus, 25, { bulk: true });
    const expected = await everything();

    // Part of a load, marked as a bulk load whose last write was long ago.
    await neo.wipe();
    await ingestExtracted(neo.store, corpus.slice(0, 10), 25);
    await setMark('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:05.000Z');
    const resumed = await ingestExtracted(neo.store, corpus, 25, { bulk: true });
    expect(resumed.notes?.join(' ')).toMatch(/interrupted \(started 2026-01-01T00:00:00.000Z\).*emptied/);
    expect(resumed.bulk).toBe(true);
    expect(await everything()).toEqual(expected);

    // A bulk load that wrote a moment ago is under way: another run stops before writing.
    const now = new Date().toISOString();
    await setMark(now, now);
    await expect(ingestExtracted(neo.store, corpus.slice(0, 3), 25)).rejects.toThrow(
      /another coopgraph ingest is loading this store in bulk/,
    );
    expect(await everything()).toEqual(expected);
  }, 600_000);

  it('stops a batch-by-batch run before it writes beside a bulk load that began after it', async () => {
    await neo.wipe();
    const items = corpus.slice(0, 6);
    const byId = new Map(items.map((item) => [item.article.id, item]));
    let reads = 0;
    const run = ingest(
      { sources: items.map((item) => ({ kind: 'file' as const, path: item.article.id })), missing: [] },
      {
        store: neo.store,
        extract: () => {
          throw new Error('the articles come extracted');
        },
        reference: [],
        curationLog: '/nonexistent/curation.jsonl',
        readInput: async (source) => {
          // Another process begins a bulk load once this run has started reading.
          if (reads++ === 0) {
            const now = new Date().toISOString();
            await setMark(now, now);
          }
          return byId.get(source.kind === 'file' ? source.path : '') as ExtractedArticle;
        },
      },
      { batchSize: 3 },
    );
    await expect(run).rejects.toThrow(/a bulk load began in this store while this run was loading/);
    const [row] = await runRead(neo.store, { cypher: 'MATCH (a:Article) RETURN count(a) AS n', params: {} });
    expect(row?.n).toBe(0);
    await runWrite(neo.store, {
      cypher: "MATCH (m:CoopgraphStore {id: 'store'}) REMOVE m.bulkLoadStarted, m.bulkLoadLastWrite",
      params: {},
    });
  }, 120_000);
});
