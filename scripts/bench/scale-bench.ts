/**
 * The ingest-at-scale measures of issue 12, on one generated corpus and the bench's
 * Neo4j: extraction alone (`coopgraph extract --jsonl`) beside ingest with the same
 * number of worker threads, `ingest --extracted` beside the plain-driver baseline, and
 * whether the write time per batch stays flat from the first to the last tenth of a run.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `node bin/coopgraph.js ARGS` with the env given, stdout to a file; resolves with its wall time in ms. */
export function timeCli(args: readonly string[], env: NodeJS.ProcessEnv, stdoutFile: string): Promise<number> {
  const fd = openSync(stdoutFile, 'w');
  const start = performance.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/coopgraph.js', ...args], { env, stdio: ['ignore', fd, 'pipe'] });
    let stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(fd);
      // Exit code 1 only says some inputs failed; the others were processed.
      if (code === 0 || code === 1) resolve(performance.now() - start);
      else reject(new Error(`coopgraph ${args[0]} failed (exit ${code}): ${stderrTail.trim().split('\n').at(-1)}`));
    });
  });
}

/** Extraction-only wall time of `coopgraph extract --jsonl --workers N DIR`, its output kept in `out`. */
export function timeExtractJsonl(dir: string, workers: number, env: NodeJS.ProcessEnv, out: string): Promise<number> {
  return timeCli(['extract', '--jsonl', '--workers', String(workers), dir], env, out);
}

/** Mean of the first and of the last tenth of the batch write times (at least one batch each), and last ÷ first. */
export function batchWriteGrowth(batchWriteMs: readonly number[]): { firstMs: number; lastMs: number; growth: number } {
  if (batchWriteMs.length === 0) return { firstMs: Number.NaN, lastMs: Number.NaN, growth: Number.NaN };
  const tenth = Math.max(1, Math.floor(batchWriteMs.length / 10));
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const firstMs = mean(batchWriteMs.slice(0, tenth));
  const lastMs = mean(batchWriteMs.slice(-tenth));
  return { firstMs, lastMs, growth: lastMs / firstMs };
}

/** Where the extraction output of the all-cores run goes, for `ingest --extracted`. */
export function extractedFile(workDir: string): string {
  return join(workDir, 'extracted.jsonl');
}
