/**
 * A pool of worker threads that extract articles in parallel. Each worker loads the
 * dictionaries once; articles go to the least busy worker and each call's promise
 * resolves with that article's result, so a caller that awaits them in input order
 * gets them in input order. Workers run the TypeScript sources through tsx, as the
 * `coopgraph` command itself does.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CoopgraphError, UsageError } from '../errors.ts';
import type { Article, ExtractionResult } from '../schema/index.ts';

/** An extraction that failed inside a worker; its message is the worker's one-line reason. */
export class WorkerExtractionError extends CoopgraphError {}

/** Workers to use when not told: one per core the process may use. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Workers to use when the same run also loads the store: one core is left to the thread that
 * resolves and writes, and to the Neo4j it writes to. Each worker holds its own dictionaries and
 * heap (about 300 MB): on 2 cores a second worker bought 10 % speed for 320 MB (50,000 articles).
 */
export function loadingWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface ExtractPool {
  readonly size: number;
  extract(article: Article): Promise<ExtractionResult>;
  /** Stops the workers; pending calls reject. */
  close(): Promise<void>;
}

interface Pending {
  resolve(result: ExtractionResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Starts `size` extraction workers (they load their dictionaries in the background).
 *
 * @example
 * const pool = createExtractPool(4);
 * try { const results = await Promise.all(articles.map((a) => pool.extract(a))); } finally { await pool.close(); }
 */
export function createExtractPool(size: number = defaultWorkerCount()): ExtractPool {
  const count = Math.max(1, Math.floor(size));
  const workerUrl = new URL('./extract-worker.ts', import.meta.url).href;
  // tsx's ESM entry (its package exports map `import` to index.mjs beside the CommonJS index.cjs).
  const tsxUrl = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  // The worker registers tsx first, so it can import the TypeScript sources.
  const bootstrap = `import(${JSON.stringify(tsxUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`;
  const pending = new Map<number, Pending>();
  let seq = 0;
  let closed = false;
  const slots: Slot[] = [];
  const fail = (error: Error): void => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(bootstrap, { eval: true });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (message: { seq: number; result?: ExtractionResult; error?: string }) => {
      slot.busy--;
      const call = pending.get(message.seq);
      pending.delete(message.seq);
      if (!call) return;
      if (message.error !== undefined) call.reject(new WorkerExtractionError(message.error));
      else if (message.result) call.resolve(message.result);
    });
    worker.on('error', (error) => fail(new WorkerExtractionError(`extraction worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (!closed && code !== 0) fail(new WorkerExtractionError(`extraction worker exited with code ${code}`));
    });
    slots.push(slot);
  }
  return {
    size: count,
    extract(article) {
      if (closed) return Promise.reject(new WorkerExtractionError('the extraction pool is closed'));
      const slot = slots.reduce((best, s) => (s.busy < best.busy ? s : best));
      const id = seq++;
      slot.busy++;
      return new Promise<ExtractionResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.worker.postMessage({ seq: id, article });
      });
    },
    async close() {
      closed = true;
      fail(new WorkerExtractionError('the extraction pool is closed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** Reads `--workers N`: a whole number of at least 1. */
export function parseWorkerCount(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--workers expects a whole number of at least 1, got "${text}"`);
  return n;
}
