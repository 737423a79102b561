/**
 * collectInputs follows symbolic links to article files and folders, reads each folder
 * once (a link loop ends), ingests a file reached by two paths once, and names broken links.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/ingest/collect-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'coopgraph-symlinks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function article(path: string): void {
  writeFileSync(path, '---\ntitle: t\n---\nТекст.\n');
}

function files(inputs: Awaited<ReturnType<typeof collectInputs>>): string[] {
  return inputs.sources.map((source) => (source.kind === 'file' ? source.path : source.kind));
}

describe('collectInputs with symbolic links', () => {
  const store = join(root, 'store');
  mkdirSync(join(store, 'nested'), { recursive: true });
  article(join(store, 'a.md'));
  article(join(store, 'nested', 'b.txt'));

  it('follows links to files in a folder of links', async () => {
    const links = join(root, 'links');
    mkdirSync(links);
    symlinkSync(join(store, 'a.md'), join(links, 'a.md'));
    symlinkSync(join(store, 'nested', 'b.txt'), join(links, 'b.txt'));
    const inputs = await collectInputs([links]);
    expect(inputs.missing).toEqual([]);
    expect(files(inputs)).toEqual([join(links, 'a.md'), join(links, 'b.txt')]);
  });

  it('follows a link to a folder, given or met while walking', async () => {
    const outer = join(root, 'outer');
    mkdirSync(outer);
    symlinkSync(join(store, 'nested'), join(outer, 'linked'));
    expect(files(await collectInputs([outer]))).toEqual([join(outer, 'linked', 'b.txt')]);
    expect(files(await collectInputs([join(outer, 'linked')]))).toEqual([join(outer, 'linked', 'b.txt')]);
  });

  it('ends a link loop and reads each real file once', async () => {
    const loop = join(root, 'loop');
    mkdirSync(join(loop, 'sub'), { recursive: true });
    article(join(loop, 'sub', 'c.md'));
    symlinkSync(loop, join(loop, 'sub', 'back')); // sub/back -> loop: a cycle
    symlinkSync(join(loop, 'sub', 'c.md'), join(loop, 'same.md')); // the same file twice
    const inputs = await collectInputs([loop, join(loop, 'sub', 'c.md')]);
    expect(inputs.missing).toEqual([]);
    expect(files(inputs)).toEqual([join(loop, 'same.md')]);
  });

  it('reports a broken link to an article file, not an empty folder', async () => {
    const broken = join(root, 'broken');
    mkdirSync(broken);
    symlinkSync(join(root, 'gone.md'), join(broken, 'gone.md'));
    const inputs = await collectInputs([broken]);
    expect(inputs.sources).toEqual([]);
    expect(inputs.missing).toEqual([{ source: join(broken, 'gone.md'), reason: 'broken symbolic link' }]);
  });
});
