import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema } from '../../src/schema/extraction.ts';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..', '..');
const seed = path.join(root, 'tests', 'fixtures', 'articles', '000.md');
const tmp = mkdtempSync(path.join(tmpdir(), 'coopgraph-cli-extract-'));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [path.join(root, 'bin', 'coopgraph.js'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('coopgraph extract', () => {
  it('--json prints the extraction contract for the seed article', async () => {
    const { code, stdout } = await cli('extract', '--json', seed);
    expect(code).toBe(0);
    const json: unknown = JSON.parse(stdout);
    const result = ExtractionResultSchema.parse(json);
    const ids = new Set(result.entities.map((e) => e.id));
    for (const e of result.entities) {
      expect(e.id).toMatch(/^[a-z]+:\S+$/);
      expect(e.name.length).toBeGreaterThan(0);
    }
    expect(result.relations.length).toBeGreaterThan(5);
    for (const r of result.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(['text', 'reference']).toContain(r.origin);
      if (r.origin === 'text') expect(r.evidence.length).toBeGreaterThan(0);
    }
    expect(result.entities.map((e) => e.name)).toContain('Владислав Шапша');
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await cli('extract', seed);
    expect(code).toBe(0);
    expect(stdout).toContain('Person: ');
    expect(stdout).toMatch(/Синара —SUPPLIES→ Беларусь/);
  });

  it.each([
    ['empty.md', ''],
    ['binary.txt', Buffer.from([0, 1, 2, 3, 0xff, 0])],
    ['bad.md', '---\ntitle: "unclosed\n---\nТекст статьи.'],
    ['big.txt', `Текст. ${'я'.repeat(600_000)}`],
  ])('fails on %s with one line naming the file and no stack trace', async (name, content) => {
    const file = path.join(tmp, name);
    writeFileSync(file, content);
    const { code, stdout, stderr } = await cli('extract', '--json', file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^coopgraph: /);
    expect(lines[0]).toContain(file);
  });
});
