/**
 * Progress of an ingest run, on the stream it is given (stderr in the CLI, so stdout
 * carries only the summary). On a terminal: one bar redrawn at most every 100 ms with
 * percentage, rate and ETA. Otherwise (logs, pipes, CI): a plain line every few seconds
 * and at the end, so 3,000 articles do not make 3,000 lines. Failures always get their
 * own line. Silent when asked (`--json`).
 */
import type { ArticleOutcome } from './summary.ts';

/** The narrow slice of a stream the progress needs; tests pass a recorder. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Reports that one input finished. */
  tick(source: string, outcome: ArticleOutcome): void;
  /** Clears the bar (on a terminal) or prints the final line, so the summary starts on a clean line. */
  done(): void;
}

export interface ProgressOptions {
  /** Write nothing at all (the CLI's `--json`). */
  silent?: boolean;
  /** Milliseconds between two plain lines when the stream is not a terminal. */
  lineIntervalMs?: number;
  /** The clock in milliseconds; tests pass a fake one. */
  now?: () => number;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
const DEFAULT_LINE_INTERVAL_MS = 5000;

/** A duration as `45s`, `2m05s` or `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `1350/3000 45% 12.3/s ETA 1m52s`: where the run is, how fast it goes, and how long is left. */
function figures(count: number, total: number, elapsedMs: number): string {
  const percent = total === 0 ? 100 : Math.floor((count / total) * 100);
  const rate = elapsedMs > 0 ? count / (elapsedMs / 1000) : 0;
  const eta = rate > 0 && count < total ? ` ETA ${formatDuration((total - count) / rate)}` : '';
  return `${count}/${total} ${percent}% ${rate.toFixed(1)}/s${eta}`;
}

const SILENT: Progress = { tick() {}, done() {} };

/** Creates the progress display for `total` inputs. */
export function createProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): Progress {
  if (options.silent) return SILENT;
  const now = options.now ?? Date.now;
  const start = now();
  let count = 0;
  if (!stream.isTTY) {
    const interval = options.lineIntervalMs ?? DEFAULT_LINE_INTERVAL_MS;
    let lastLine = start;
    let printed = -1;
    const line = () => {
      stream.write(`ingest: ${figures(count, total, now() - start)}\n`);
      lastLine = now();
      printed = count;
    };
    return {
      tick(source, outcome) {
        count++;
        if (outcome === 'failed') stream.write(`ingest: failed: ${source}\n`);
        if (now() - lastLine >= interval) line();
      },
      done() {
        if (count > 0 && printed !== count) line();
      },
    };
  }
  let drawn = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  return {
    tick(source, outcome) {
      count++;
      // A failure stays on screen above the bar; successes are overwritten.
      if (outcome === 'failed') stream.write(`\r\u001b[2Kfailed: ${source}\n`);
      const t = now();
      if (outcome !== 'failed' && count < total && t - lastDraw < REDRAW_MS) return;
      lastDraw = t;
      const filled = total === 0 ? BAR_WIDTH : Math.round((count / total) * BAR_WIDTH);
      const head = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${figures(count, total, t - start)} `;
      const room = Math.max(10, (stream.columns ?? 80) - head.length - 1);
      const name = source.length > room ? `…${source.slice(source.length - room + 1)}` : source;
      stream.write(`\r\u001b[2K${head}${name}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
