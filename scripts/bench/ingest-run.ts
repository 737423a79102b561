/**
 * One end-to-end ingest of a folder, run by the benchmark in a child process so
 * its peak memory is its own: read → extract → resolve → write, through the same
 * `ingest()` the CLI uses, on the Neo4j `openStore()` finds (COOPGRAPH_DATA_DIR).
 * Prints one JSON line: durations, counts and peak RSS.
 *   node bin/run-ts.js scripts/bench/ingest-run.ts DIR
 */
import { extract } from '../../src/extract/extract.ts';
import { collectInputs, ingest } from '../../src/ingest/index.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';
import { loadReference } from '../../src/io/reference.ts';
import { knownFromReference } from '../../src/resolve/index.ts';
import { openStore } from '../../src/store/index.ts';

export interface IngestRunResult {
  /** The ingest() call: every article read, extracted, resolved and written. */
  ingestMs: number;
  /** Dictionaries and reference data, loaded once before the run. */
  loadMs: number;
  articles: number;
  failed: number;
  relations: number;
  entities: number;
  peakRssMb: number;
}

async function run(dir: string): Promise<IngestRunResult> {
  const loadStart = performance.now();
  const resources = await loadExtractionResources();
  const reference = knownFromReference(loadReference());
  const loadMs = performance.now() - loadStart;
  const store = await openStore();
  try {
    const start = performance.now();
    const summary = await ingest(await collectInputs([dir]), {
      store,
      extract: (article) => extract(article, resources),
      reference,
    });
    return {
      ingestMs: performance.now() - start,
      loadMs,
      articles: summary.articles.new + summary.articles.updated + summary.articles.unchanged,
      failed: summary.articles.failed,
      relations: summary.relations.created + summary.relations.updated,
      entities: summary.entities.created + summary.entities.merged,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await store.close();
  }
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bin/run-ts.js scripts/bench/ingest-run.ts DIR\n');
  process.exitCode = 2;
} else {
  process.stdout.write(`${JSON.stringify(await run(dir))}\n`);
}
