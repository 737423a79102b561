/**
 * Extraction benchmark: dictionary/reference load time, articles per second on
 * one core for ~3 KB news articles, and peak RSS. Articles: the seed fixture
 * plus the shared dev set when it is there (read, never copied).
 *
 *   npm run bench:extract [-- --rounds 20]
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../src/extract/extract.ts';
import { loadMorphology } from '../src/extract/morphology.ts';
import { azDictionariesDir, loadExtractionResources } from '../src/io/extraction-resources.ts';
import { readArticle } from '../src/io/read-article.ts';
import type { Article } from '../src/schema/article.ts';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 20;
const root = path.join(import.meta.dirname, '..');
const devDir = path.join(root, '..', 'shared', 'eval', 'dev');
const files = [path.join(root, 'tests', 'fixtures', 'articles', '000.md')];
if (existsSync(devDir)) {
  for (const f of readdirSync(devDir).sort())
    if (/^\d+\.md$/.test(f) && f !== '000.md') files.push(path.join(devDir, f));
}

const t0 = performance.now();
await loadMorphology(azDictionariesDir());
const morphMs = performance.now() - t0;
const resources = await loadExtractionResources();
const loadMs = performance.now() - t0;

const articles: Article[] = [];
for (const f of files) articles.push(await readArticle(f));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

const cold0 = performance.now();
for (const a of articles) extract(a, resources);
const coldMs = performance.now() - cold0;

const warm0 = performance.now();
for (let r = 0; r < rounds; r++) for (const a of articles) extract(a, resources);
const warmMs = performance.now() - warm0;
const cpu = process.cpuUsage();

const n = articles.length * rounds;
console.log(`articles: ${articles.length} (mean ${(bytes / articles.length / 1024).toFixed(1)} KB of text)`);
console.log(`az dictionaries: ${morphMs.toFixed(0)} ms; with reference data and gazetteer: ${loadMs.toFixed(0)} ms`);
console.log(`first pass (cold caches): ${((articles.length / coldMs) * 1000).toFixed(1)} articles/s`);
console.log(
  `after load: ${((n / warmMs) * 1000).toFixed(1)} articles/s (${n} extractions, ${(warmMs / n).toFixed(1)} ms each)`,
);
console.log(
  `cpu: ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
