/**
 * Same articles, same graph (issue 13), as a property of the whole pipeline: a corpus of
 * the benchmark generator's articles plus a few whose names vary across articles (an
 * abbreviation in one, the full name in another; a person with a different title in each),
 * all extracted by the real extractor once, is ingested into a Neo4j of this file's own in
 * order, reversed, shuffled with another batch size, and as two concurrent overlapping
 * halves. Every load must store the same entities (ids, names, aliases, attributes),
 * relationships (attributes, counts, dates, evidence samples), Evidence nodes and mentions.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.ts';
import type { ExtractedArticle } from '../../src/ingest/extracted-jsonl.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import type { Article } from '../../src/schema/index.ts';
import { extractedCorpus, graphExport, ingestExtracted } from './corpus-graph.ts';
import { type OwnNeo4j, startOwnNeo4j } from './own-neo4j.ts';

/** Articles that name one enterprise and one person differently, each on its own date. */
const VARIANTS: readonly { date: string; text: string }[] = [
  {
    date: '2024-03-01',
    text: 'Губернатор Тверской области Игорь Руденя провел переговоры с премьер-министром Беларуси. Открытое акционерное общество «Гомельский завод литья и нормалей» наладило совместный выпуск запчастей с Тверской областью.',
  },
  {
    date: '2024-06-01',
    text: 'Губернатор Руденя заявил, что ОАО «ГЗЛиН» поставит в Тверскую область 40 вагонов. По словам Рудени, ОАО «ГЗЛиН» и Тверская область наладили совместное производство.',
  },
  {
    date: '2024-09-01',
    text: 'Министр промышленности Тверской области Игорь Руденя посетил Гомель. Руденя провел переговоры с руководством ОАО «ГЗЛиН».',
  },
  {
    date: '2023-11-15',
    text: 'ОАО «Гомельский завод литья и нормалей» поставит в Тверскую область 40 вагонов. Гомельский завод литья и нормалей (ГЗЛиН) наладил выпуск запчастей в Твери.',
  },
];

async function variantArticles(): Promise<ExtractedArticle[]> {
  const resources = await loadExtractionResources();
  return VARIANTS.map(({ date, text }, i) => {
    const url = `https://example.org/load-order/${i}`;
    const id = createHash('sha256').update(`${url}\n${text}`).digest('hex');
    const article: Article = { id, url, title: `Вариант ${i}`, date, language: 'ru', text };
    return { article, extraction: extract(article, resources) };
  });
}

/** A seeded shuffle (Fisher–Yates on a linear congruential generator), so a failure replays. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

let neo: OwnNeo4j;
let corpus: ExtractedArticle[];

beforeAll(async () => {
  neo = await startOwnNeo4j();
  corpus = [...(await extractedCorpus(76, 13)), ...(await variantArticles())];
}, 240_000);

afterAll(async () => {
  await neo?.stop();
});

describe('load order', () => {
  it('gives the same graph in order, reversed, shuffled with another batch size, in one batch and as concurrent halves', async () => {
    const load = async (run: () => Promise<unknown>) => {
      await neo.wipe();
      await run();
      return graphExport(neo.store);
    };
    const n = corpus.length;
    const half = Math.ceil(n * 0.6);
    const inOrder = await load(async () => {
      await ingestExtracted(neo.store, corpus, 25);
      // A second run of the same articles changes nothing.
      const again = await ingestExtracted(neo.store, corpus, 25);
      expect(again.articles).toMatchObject({ unchanged: n, new: 0, failed: 0 });
    });
    const reversed = await load(() => ingestExtracted(neo.store, [...corpus].reverse(), 25));
    const reshuffled = await load(() => ingestExtracted(neo.store, shuffled(corpus, 7), 7));
    // The whole corpus in one transaction (as a large `ingest --extracted` batch writes it).
    const oneBatch = await load(() => ingestExtracted(neo.store, corpus, n));
    const halves = await load(() =>
      Promise.all([
        ingestExtracted(neo.store, corpus.slice(0, half), 10),
        ingestExtracted(neo.store, shuffled(corpus.slice(n - half), 3), 10),
      ]),
    );

    expect(inOrder.entities.length).toBeGreaterThan(100);
    expect(inOrder.relations.length).toBeGreaterThan(100);
    for (const other of [reversed, reshuffled, oneBatch, halves]) {
      expect(other.entities).toEqual(inOrder.entities);
      expect(other.relations).toEqual(inOrder.relations);
      expect(other.other).toEqual(inOrder.other);
    }

    const entities = inOrder.entities.map((line) => JSON.parse(line).props as Record<string, unknown>);
    const byId = (id: string) => entities.find((e) => e.id === id);
    // An abbreviation alone and the full name alone, in different articles, are two entities in
    // every order: resolution reads the article and the reference data, never the store.
    expect(byId('enterprise:gzlin')).toBeDefined();
    expect(byId('enterprise:gomelskiy-zavod-litya-i-normaley')).toBeDefined();
    // An attribute comes from the latest-dated article stating it (2024-09-01), not the last loaded.
    expect(byId('person:igor-rudenya')).toMatchObject({ role: 'Министр промышленности Тверской области' });
  }, 600_000);
});
