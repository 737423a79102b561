/**
 * Progress of an ingest run: a redrawn bar on a terminal, one plain line per
 * article otherwise (logs and pipes get no control characters). Writes to the
 * stream it is given (stderr in the CLI, so `--json` on stdout stays clean).
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
  /** Clears the bar (on a terminal) so the summary starts on a clean line. */
  done(): void;
}

const BAR_WIDTH = 24;

/** Creates the progress display for `total` inputs. */
export function createProgress(total: number, stream: ProgressStream): Progress {
  let count = 0;
  const width = String(total).length;
  if (!stream.isTTY) {
    return {
      tick(source, outcome) {
        count++;
        stream.write(`[${String(count).padStart(width)}/${total}] ${outcome.padEnd(9)} ${source}\n`);
      },
      done() {},
    };
  }
  let drawn = false;
  return {
    tick(source, outcome) {
      count++;
      const filled = total === 0 ? BAR_WIDTH : Math.round((count / total) * BAR_WIDTH);
      const head = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${count}/${total} ${outcome.padEnd(9)} `;
      const room = Math.max(10, (stream.columns ?? 80) - head.length - 1);
      const name = source.length > room ? `…${source.slice(source.length - room + 1)}` : source;
      // A failure stays on screen above the bar; successes are overwritten.
      if (outcome === 'failed') stream.write(`\r\u001b[2Kfailed: ${source}\n`);
      stream.write(`\r\u001b[2K${head}${name}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
