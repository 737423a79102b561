/** Page metadata and page → Article: canonical URL, dates from the places publishers put them, fallbacks and refusals. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import type { FetchedResponse } from '../../src/web/fetch-page.ts';
import { articleFromPage } from '../../src/web/page-article.ts';
import { readPageMetadata } from '../../src/web/page-metadata.ts';
import { cooperationStory, russianPage } from './local-server.ts';

const BASE = 'https://news.example.ru/2024/05/story?utm=x';

function response(html: string, url = BASE, contentType = 'text/html; charset=utf-8'): FetchedResponse {
  return { url, status: 200, contentType, body: Buffer.from(html) };
}

describe('readPageMetadata', () => {
  it('takes article:published_time as the date and resolves a relative canonical link', () => {
    const meta = readPageMetadata(
      '<head><link rel="canonical" href="/2024/05/story"><meta property="article:published_time" content="2024-05-06T23:30:00+03:00"></head>',
      BASE,
    );
    expect(meta).toMatchObject({
      canonicalUrl: 'https://news.example.ru/2024/05/story',
      date: '2024-05-06',
      dateSource: 'article:published_time',
    });
  });

  it('finds datePublished in JSON-LD, inside @graph too', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite' },
        { '@type': 'NewsArticle', headline: 'Заголовок', datePublished: '2023-11-02' },
      ],
    });
    const meta = readPageMetadata(`<script type="application/ld+json">${jsonLd}</script><title>T</title>`, BASE);
    expect(meta).toMatchObject({ date: '2023-11-02', dateSource: 'json-ld' });
  });

  it('falls back to <time datetime>, and skips malformed JSON-LD', () => {
    const meta = readPageMetadata(
      '<script type="application/ld+json">{broken</script><article><time datetime="2022-01-15T08:00">15 января</time></article>',
      BASE,
    );
    expect(meta).toMatchObject({ date: '2022-01-15', dateSource: 'time' });
  });
});

describe('articleFromPage', () => {
  const story = cooperationStory('Гомельский комбайновый завод', 'Брянской области', 'двадцать комбайнов');

  it('builds the article from the page: main text, canonical url, og:title, JSON-LD date', () => {
    const html = russianPage({
      title: 'Страница сайта',
      paragraphs: story,
      head: `<link rel="canonical" href="https://news.example.ru/a1"><meta property="og:title" content="Брянщина и Беларусь"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-01T10:00:00+03:00"}</script>`,
    });
    const { article, notes } = articleFromPage(response(html), BASE, {}, '2026-12-04');
    expect(article).toMatchObject({
      url: 'https://news.example.ru/a1',
      title: 'Брянщина и Беларусь',
      date: '2024-03-01',
    });
    expect(article.text).toContain('Гомельский комбайновый завод');
    expect(article.text).not.toContain('Главная');
    expect(article.text).not.toContain('права защищены');
    expect(notes).toEqual([]);
  });

  it('without a date in the page, uses the feed item date, else the fetch date, with a note', () => {
    const html = russianPage({ title: 'Без даты', paragraphs: story });
    const fromFeed = articleFromPage(response(html), BASE, { date: '2024-02-02' }, '2026-12-04');
    expect(fromFeed.article.date).toBe('2024-02-02');
    expect(fromFeed.notes[0]).toMatch(/feed item's date/);
    const fromFetch = articleFromPage(response(html), BASE, {}, '2026-12-04');
    expect(fromFetch.article.date).toBe('2026-12-04');
    expect(fromFetch.notes[0]).toMatch(/fetch date/);
    expect(fromFetch.article.url).toBe(BASE);
  });

  it('refuses a page that is too short, not Russian, or not HTML', () => {
    const short = russianPage({ title: 'Коротко', paragraphs: ['Минск и Калуга договорились.'] });
    expect(() => articleFromPage(response(short), BASE, {}, '2026-12-04')).toThrow(/too short/);
    const english = russianPage({
      title: 'News',
      paragraphs: Array.from({ length: 5 }, () => 'The plant will deliver twenty tractors to the region next year.'),
    });
    expect(() => articleFromPage(response(english), BASE, {}, '2026-12-04')).toThrow(InputError);
    expect(() => articleFromPage(response('%PDF', BASE, 'application/pdf'), BASE, {}, '2026-12-04')).toThrow(
      /not a web page/,
    );
  });
});
