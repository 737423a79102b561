/**
 * Helpers for the load-order property tests (issue 13): a generated corpus extracted once
 * with the real extractor, ingests of it in any order and batch size through the real
 * pipeline (`ingest` with pre-extracted inputs), and the whole stored graph as sorted JSON,
 * so two loads compare as strings.
 */

import { generateArticles } from '../../scripts/bench/corpus.ts';
import { loadPools } from '../../scripts/bench/load-pools.ts';
import { extract } from '../../src/extract/extract.ts';
import type { ExtractedArticle } from '../../src/ingest/extracted-jsonl.ts';
import { type IngestOptions, type IngestSummary, ingest } from '../../src/ingest/index.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import { loadReference } from '../../src/io/reference.ts';
import { knownFromReference } from '../../src/resolve/index.ts';
import { runRead, type Store } from '../../src/store/index.ts';

/** `n` synthetic articles of the benchmark's generator, each with its extraction. */
export async function extractedCorpus(n: number, seed: number): Promise<ExtractedArticle[]> {
  const resources = await loadExtractionResources();
  const articles = [...generateArticles({ n, seed, minBytes: 600, maxBytes: 1800, pools: loadPools() })];
  return articles.map((article) => ({ article, extraction: extract(article, resources) }));
}

const reference = knownFromReference(loadReference());

/** Ingests pre-extracted articles in the given order through the real pipeline. */
export function ingestExtracted(
  store: Store,
  items: readonly ExtractedArticle[],
  batchSize: number,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const byName = new Map(items.map((item) => [item.article.id, item]));
  const noExtractor = () => {
    throw new Error('the articles come extracted');
  };
  return ingest(
    { sources: items.map((item) => ({ kind: 'file', path: item.article.id })), missing: [] },
    {
      store,
      extract: noExtractor,
      reference,
      curationLog: '/nonexistent/curation.jsonl',
      readInput: async (source) => byName.get(source.kind === 'file' ? source.path : '') as ExtractedArticle,
    },
    { ...options, batchSize },
  );
}

/** A value with object keys sorted at every depth, so JSON.stringify is canonical. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, sortedKeys(v)]),
  );
}

/** Everything stored: entities, relationships, Evidence nodes and mentions, each sorted, as lines of JSON. */
export async function graphExport(store: Store): Promise<{ entities: string[]; relations: string[]; other: string[] }> {
  const lines = async (cypher: string) =>
    (await runRead(store, { cypher, params: {} })).map((row) => JSON.stringify(sortedKeys(row))).sort();
  return {
    entities: await lines('MATCH (e:Entity) RETURN labels(e) AS labels, properties(e) AS props'),
    relations: await lines(
      'MATCH (s:Entity)-[r]->(t:Entity) RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props',
    ),
    other: [
      ...(await lines('MATCH (o:Evidence) RETURN properties(o) AS evidence')),
      ...(await lines('MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article) RETURN e.id AS entity, a.id AS article')),
    ],
  };
}
