/**
 * `coopgraph extract --jsonl`: extracts many articles in a worker pool and writes one
 * line per article (see extracted-jsonl.ts) in input order, a window of articles at a
 * time, so memory stays flat however large the archive. Unreadable or failing inputs are
 * reported by name and skipped.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { describeError } from '../errors.ts';
import { collectInputs, sourceName } from './collect-inputs.ts';
import { createExtractPool } from './extract-pool.ts';
import { formatExtractedLine } from './extracted-jsonl.ts';
import { readInput } from './read-input.ts';

export interface ExtractToJsonlResult {
  written: number;
  /** Inputs that could not be read or extracted, with the reason. */
  failed: { source: string; reason: string }[];
}

/**
 * Extracts every article under the paths (files, folders, `-`) with `workers` threads and
 * writes the lines to `out`; `onFailure` hears each failed input as it happens.
 *
 * @example
 * await extractToJsonl(['archive/part-1'], 4, process.stdout);
 */
export async function extractToJsonl(
  paths: readonly string[],
  workers: number,
  out: Writable,
  onFailure: (source: string, reason: string) => void = () => {},
): Promise<ExtractToJsonlResult> {
  const inputs = await collectInputs(paths);
  const result: ExtractToJsonlResult = { written: 0, failed: [] };
  const fail = (source: string, reason: string): void => {
    result.failed.push({ source, reason });
    onFailure(source, reason);
  };
  for (const missing of inputs.missing) fail(missing.source, missing.reason);
  if (inputs.sources.length === 0) return result;
  const pool = createExtractPool(workers);
  // Enough articles in flight to keep every worker busy while the oldest one is written.
  const window = pool.size * 4;
  const queue: { name: string; line: Promise<string> }[] = [];
  const writeOldest = async (): Promise<void> => {
    const head = queue.shift();
    if (!head) return;
    try {
      if (!out.write(await head.line)) await once(out, 'drain');
      result.written++;
    } catch (error) {
      fail(head.name, describeError(error));
    }
  };
  try {
    for (const source of inputs.sources) {
      const name = sourceName(source);
      const line = readInput(source).then(async (article) =>
        formatExtractedLine({ article, extraction: await pool.extract(article) }),
      );
      // Settled when it is written; this keeps a failure from being an unhandled rejection meanwhile.
      line.catch(() => {});
      queue.push({ name, line });
      if (queue.length >= window) await writeOldest();
    }
    while (queue.length > 0) await writeOldest();
  } finally {
    await pool.close();
  }
  return result;
}
