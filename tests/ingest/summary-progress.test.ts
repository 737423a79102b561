import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import {
  type ArticleReport,
  collectInputs,
  createProgress,
  formatSummary,
  readInput,
  summarize,
} from '../../src/ingest/index.ts';

function report(outcome: ArticleReport['outcome'], extra: Partial<ArticleReport> = {}): ArticleReport {
  return {
    source: `${outcome}.md`,
    outcome,
    entitiesCreated: 1,
    entitiesMerged: 2,
    relationsCreated: 3,
    relationsUpdated: 4,
    ...extra,
  };
}

describe('summary', () => {
  it('adds up the reports and names every failed file with its reason', () => {
    const summary = summarize(
      [
        report('new'),
        report('unchanged', { entitiesCreated: 0, entitiesMerged: 0, relationsCreated: 0, relationsUpdated: 0 }),
        report('updated'),
        report('failed', {
          source: 'bad.md',
          reason: 'the file is empty',
          entitiesCreated: 0,
          entitiesMerged: 0,
          relationsCreated: 0,
          relationsUpdated: 0,
        }),
      ],
      false,
      1500,
    );
    expect(summary.articles).toEqual({ new: 1, unchanged: 1, updated: 1, failed: 1 });
    expect(summary.entities).toEqual({ created: 2, merged: 4 });
    expect(summary.relations).toEqual({ created: 6, updated: 8 });
    const text = formatSummary(summary).join('\n');
    expect(text).toContain('1 new, 1 unchanged, 1 updated, 1 failed');
    expect(text).toContain('bad.md: the file is empty');
  });
});

describe('progress', () => {
  /** A clock the test moves by hand, in milliseconds. */
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('prints a line every few seconds when the stream is not a terminal, failures at once, and a final line', () => {
    const out: string[] = [];
    const time = clock();
    const progress = createProgress(
      3000,
      { write: (t: string) => out.push(t), isTTY: false },
      { now: time.now, lineIntervalMs: 5000 },
    );
    for (let i = 1; i <= 3000; i++) {
      time.advance(10);
      progress.tick(`a${i}.md`, i === 7 ? 'failed' : 'new');
    }
    progress.done();
    // 30 s of work: the failure and one line per 5 s (the last one is the final count); not 3,000 lines.
    expect(out.length).toBe(7);
    expect(out).toContain('ingest: failed: a7.md\n');
    expect(out[1]).toBe('ingest: 500/3000 16% 100.0/s ETA 25s\n');
    expect(out.at(-1)).toBe('ingest: 3000/3000 100% 100.0/s\n');
    expect(out.join('')).not.toContain('\u001b');
  });

  it('redraws one bar on a terminal with percentage, rate and ETA, at most every 100 ms, keeping failures visible', () => {
    const out: string[] = [];
    const time = clock();
    const progress = createProgress(
      4,
      { write: (t: string) => out.push(t), isTTY: true, columns: 100 },
      { now: time.now },
    );
    time.advance(500);
    progress.tick('a.md', 'new');
    time.advance(10);
    progress.tick('skipped.md', 'new');
    time.advance(490);
    progress.tick('b.md', 'failed');
    time.advance(1000);
    progress.tick('c.md', 'new');
    progress.done();
    const text = out.join('');
    expect(text).toContain('[######..................] 1/4 25% 2.0/s ETA 2s a.md');
    expect(text).not.toContain('skipped.md');
    expect(text).toContain('failed: b.md\n');
    expect(text).toContain('4/4 100% 2.0/s c.md');
    expect(text.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('writes nothing when silent (--json)', () => {
    const out: string[] = [];
    const progress = createProgress(2, { write: (t: string) => out.push(t), isTTY: true }, { silent: true });
    progress.tick('a.md', 'failed');
    progress.done();
    expect(out).toEqual([]);
  });
});

describe('collectInputs', () => {
  it('walks folders recursively for article files in sorted order, skipping READMEs, and reports missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopgraph-inputs-'));
    mkdirSync(join(dir, 'sub'));
    for (const name of ['b.md', 'a.txt', 'sub/c.html', 'README.md', 'notes.json', '.hidden.md']) {
      writeFileSync(join(dir, name), 'x');
    }
    const inputs = await collectInputs([dir, join(dir, 'b.md'), '-', join(dir, 'nope')]);
    expect(inputs.sources).toEqual([
      { kind: 'file', path: join(dir, 'a.txt') },
      { kind: 'file', path: join(dir, 'b.md') },
      { kind: 'file', path: join(dir, 'sub/c.html') },
      { kind: 'stdin' },
    ]);
    expect(inputs.missing).toEqual([{ source: join(dir, 'nope'), reason: 'no such file or folder' }]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('readInput from standard input', () => {
  it('parses a piped Markdown article and refuses empty or binary input with InputError', async () => {
    const md =
      '---\nurl: https://example.org/a\ndate: 2024-05-01\ntitle: Тест\n---\nМинск и Калуга договорились о поставках.\n';
    const article = await readInput({ kind: 'stdin' }, Readable.from([Buffer.from(md)]));
    expect(article).toMatchObject({ url: 'https://example.org/a', date: '2024-05-01', title: 'Тест' });
    await expect(readInput({ kind: 'stdin' }, Readable.from([]))).rejects.toBeInstanceOf(InputError);
    await expect(readInput({ kind: 'stdin' }, Readable.from([Buffer.from([0x4d, 0, 0x5a])]))).rejects.toBeInstanceOf(
      InputError,
    );
  });
});
