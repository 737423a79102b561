/** The synthetic corpus: deterministic per seed, sized as asked, and Russian the extractor can read. */
import { describe, expect, it } from 'vitest';
import { FALLBACK_POOLS, generateArticles, toMarkdown, utf8Bytes } from '../../../scripts/bench/corpus.ts';
import { loadPools } from '../../../scripts/bench/load-pools.ts';
import { ArticleSchema } from '../../../src/schema/index.ts';

const options = { n: 30, seed: 7, minBytes: 1024, maxBytes: 4096, pools: FALLBACK_POOLS };

describe('generateArticles', () => {
  it('gives the same articles for the same seed and different ones for another seed', () => {
    const a = [...generateArticles(options)];
    const b = [...generateArticles(options)];
    const c = [...generateArticles({ ...options, seed: 8 })];
    expect(a).toEqual(b);
    expect(a.map((x) => x.text)).not.toEqual(c.map((x) => x.text));
  });

  it('writes valid articles of 1–4 KB with distinct ids', () => {
    const articles = [...generateArticles(options)];
    for (const article of articles) {
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      const bytes = utf8Bytes(article.text);
      expect(bytes).toBeGreaterThanOrEqual(900);
      expect(bytes).toBeLessThanOrEqual(4096);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it('does not repeat a sentence within an article', () => {
    for (const article of generateArticles(options)) {
      const sentences = article.text.split(/(?<=\.)\s+/).filter((s) => s.length > 40);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });

  it('uses the reference data when it is there', () => {
    const pools = loadPools();
    expect(pools.regions.length).toBeGreaterThan(FALLBACK_POOLS.regions.length);
    const text = [...generateArticles({ ...options, n: 50, pools })].map((a) => a.text).join('\n');
    const used = pools.regions.filter((r) => text.includes(r.name.split(' ')[0]?.slice(0, -2) ?? r.name));
    expect(used.length).toBeGreaterThan(5);
  });

  it('renders the front matter the article reader expects', () => {
    const [article] = [...generateArticles({ ...options, n: 1 })];
    if (!article) throw new Error('no article generated');
    const markdown = toMarkdown(article);
    expect(markdown).toMatch(/^---\nurl: https:\/\/example\.org\/synthetic\/7\/0\ndate: \d{4}-\d{2}-\d{2}\ntitle: "/);
    expect(markdown.endsWith(`${article.text}\n`)).toBe(true);
  });
});
