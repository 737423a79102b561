/**
 * Extraction speed on one core: loads the dictionaries once (timed), then runs
 * `extract()` over generated articles in this process, keeping the results so
 * the Neo4j baseline can write exactly the same records.
 */
import { extract } from '../../src/extract/extract.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import type { Article, ExtractionResult } from '../../src/schema/index.ts';

export interface ExtractBenchResult {
  loadMs: number;
  articles: number;
  tokens: number;
  bytes: number;
  extractMs: number;
  articlesPerS: number;
  tokensPerS: number;
  /** Peak resident memory of this process so far (dictionaries + results). */
  peakRssMb: number;
  results: ExtractionResult[];
}

/** Words and numbers, the unit "tokens/s" counts (punctuation excluded). */
const TOKEN = /[\p{L}\p{N}]+/gu;

export function countTokens(text: string): number {
  return text.match(TOKEN)?.length ?? 0;
}

/** Times dictionary loading and extraction of every article; a short warm-up lets the JIT settle first. */
export async function benchExtract(articles: readonly Article[]): Promise<ExtractBenchResult> {
  const loadStart = performance.now();
  const resources = await loadExtractionResources();
  const loadMs = performance.now() - loadStart;
  for (const article of articles.slice(0, 20)) extract(article, resources);
  let tokens = 0;
  let bytes = 0;
  for (const article of articles) {
    tokens += countTokens(article.text);
    bytes += Buffer.byteLength(article.text);
  }
  const results: ExtractionResult[] = [];
  const start = performance.now();
  for (const article of articles) results.push(extract(article, resources));
  const extractMs = performance.now() - start;
  return {
    loadMs,
    articles: articles.length,
    tokens,
    bytes,
    extractMs,
    articlesPerS: (articles.length * 1000) / extractMs,
    tokensPerS: (tokens * 1000) / extractMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    results,
  };
}
