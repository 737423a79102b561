/**
 * The sample corpus that `npm start` ingests: every article must carry usable front matter, and every
 * rewrite must be in our own words (no 8-word run shared with the original articles it was written from).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { IsoDate } from '../../src/schema/article.ts';

const ARTICLES_DIR = fileURLToPath(new URL('../../graph-data/articles/', import.meta.url));
const EVAL_DEV_DIR = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));
const SEED = '000.md';
const REWRITE_SOURCE = "coopgraph sample (rewritten from the original article's facts)";
const SHINGLE = 8;

interface SampleArticle {
  file: string;
  meta: Record<string, unknown>;
  body: string;
}

/** Splits a file into its YAML front matter and body; a file without front matter gets empty metadata. */
function readArticle(file: string): SampleArticle {
  const raw = readFileSync(join(ARTICLES_DIR, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!match) return { file, meta: {}, body: raw };
  const meta: unknown = parseYaml(match[1] ?? '');
  return {
    file,
    meta: typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {},
    body: match[2] ?? '',
  };
}

/** Lower-cased words with punctuation stripped (ё folded to е), the unit the copy check counts in. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function shingles(text: string): Set<string> {
  const ws = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const articleFiles = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort();
const articles = articleFiles.map(readArticle);
const rewrites = articles.filter((a) => a.file !== SEED);

describe('graph-data/articles', () => {
  it('holds at least 16 articles named NNN.md, the seed article among them', () => {
    expect(articles.length).toBeGreaterThanOrEqual(16);
    expect(articleFiles).toContain(SEED);
    for (const file of articleFiles) expect(file).toMatch(/^\d{3}\.md$/);
  });

  it.each(articles.map((a) => [a.file, a] as const))('%s has front matter with url, date and title', (_, a) => {
    expect(typeof a.meta.url === 'string' && a.meta.url.length > 0, 'url').toBe(true);
    expect(IsoDate.safeParse(a.meta.date).success, `date ${String(a.meta.date)}`).toBe(true);
    expect(typeof a.meta.title === 'string' && a.meta.title.trim().length > 0, 'title').toBe(true);
    expect(a.body.trim().length).toBeGreaterThan(0);
  });

  it.each(rewrites.map((a) => [a.file, a] as const))(
    '%s is a 150–350 word rewrite pointing at its original',
    (_, a) => {
      expect(a.meta.source).toBe(REWRITE_SOURCE);
      expect(String(a.meta.url)).toMatch(/^https?:\/\//);
      const count = words(a.body).length;
      expect(count).toBeGreaterThanOrEqual(150);
      expect(count).toBeLessThanOrEqual(350);
    },
  );

  it('gives every rewrite its own original (no two share a url)', () => {
    const urls = rewrites.map((a) => a.meta.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  describe.skipIf(!existsSync(EVAL_DEV_DIR))('against the original articles in ../shared/eval/dev', () => {
    const originals = filesUnder(EVAL_DEV_DIR).map((path) => ({ path, grams: shingles(readFileSync(path, 'utf8')) }));

    it('keeps 000.md a verbatim copy of the seed article', () => {
      const seed = join(EVAL_DEV_DIR, SEED);
      expect(readFileSync(join(ARTICLES_DIR, SEED), 'utf8')).toBe(readFileSync(seed, 'utf8'));
    });

    it('shares no run of 8 consecutive words between a rewrite and any original text', () => {
      const copied: string[] = [];
      for (const a of rewrites) {
        for (const gram of shingles(`${String(a.meta.title)}\n${a.body}`)) {
          const hit = originals.find((o) => o.grams.has(gram));
          if (hit) copied.push(`${a.file}: "${gram}" (from ${hit.path})`);
        }
      }
      expect(copied).toEqual([]);
    });
  });
});
