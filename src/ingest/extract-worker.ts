/**
 * The body of one extraction worker thread (see extract-pool.ts): loads the
 * dictionaries and gazetteer once, then answers `{ seq, article }` messages with
 * `{ seq, result }` or `{ seq, error }`. Extraction is pure, so a worker's answer is
 * the one the main thread would have computed.
 */
import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.ts';
import { extract } from '../extract/extract.ts';
import { loadExtractionResources } from '../io/extraction-resources.ts';
import type { Article } from '../schema/index.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread only');
const resources = loadExtractionResources();
port.on('message', async ({ seq, article }: { seq: number; article: Article }) => {
  try {
    port.postMessage({ seq, result: extract(article, await resources) });
  } catch (error) {
    port.postMessage({ seq, error: describeError(error) });
  }
});
