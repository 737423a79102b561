/**
 * What a news page says about itself: its canonical URL, headline and publication date,
 * from the places publishers put them (link rel=canonical, Open Graph, JSON-LD
 * NewsArticle, `<time datetime>`). The article's date drives the viewer's time slider,
 * so it is taken from the page rather than the day it was fetched.
 * Pure: parses the HTML it is given (linkedom).
 */
import { parseHTML } from 'linkedom';

export interface PageMetadata {
  /** Canonical URL (absolute, http(s)), when the page names one. */
  canonicalUrl?: string;
  title?: string;
  /** Publication date as YYYY-MM-DD. */
  date?: string;
  /** Where the date came from, for notes and debugging. */
  dateSource?: 'article:published_time' | 'json-ld' | 'time' | 'meta';
  siteName?: string;
}

/** The calendar date a timestamp states, as written (the publisher's local date, not UTC). */
export function isoDateOf(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (written) return `${written[1]}-${written[2]}-${written[3]}`;
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
  if (dotted) return `${dotted[3]}-${dotted[2]}-${dotted[1]}`;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every object in a JSON-LD value, @graph members and nested values included. */
function* jsonObjects(value: Json): Generator<Record<string, Json>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonObjects(item);
  } else if (value && typeof value === 'object') {
    yield value;
    for (const inner of Object.values(value)) if (inner && typeof inner === 'object') yield* jsonObjects(inner);
  }
}

function fromJsonLd(document: Document): { date?: string; headline?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const object of jsonObjects(data)) {
      const published = object.datePublished ?? object.dateCreated;
      const date = typeof published === 'string' ? isoDateOf(published) : undefined;
      if (date) return { date, ...(typeof object.headline === 'string' ? { headline: object.headline } : {}) };
    }
  }
  return {};
}

function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the page's own metadata. `baseUrl` (the URL that served the page) resolves
 * relative canonical links.
 *
 * @example readPageMetadata('<meta property="article:published_time" content="2024-05-06T10:00:00+03:00">', 'https://x.ru/a').date // '2024-05-06'
 */
export function readPageMetadata(html: string, baseUrl: string): PageMetadata {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const canonicalUrl =
    absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), baseUrl) ??
    absoluteHttpUrl(metaContent(document, ['meta[property="og:url"]']), baseUrl);
  const jsonLd = fromJsonLd(document);
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    jsonLd.headline ??
    (document.querySelector('title')?.textContent?.trim() || undefined);
  const siteName = metaContent(document, ['meta[property="og:site_name"]']);
  const meta: PageMetadata = {
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(title ? { title: title.replace(/\s+/g, ' ') } : {}),
    ...(siteName ? { siteName } : {}),
  };
  const published = isoDateOf(metaContent(document, ['meta[property="article:published_time"]']));
  if (published) return { ...meta, date: published, dateSource: 'article:published_time' };
  if (jsonLd.date) return { ...meta, date: jsonLd.date, dateSource: 'json-ld' };
  const time = isoDateOf(
    document.querySelector('article time[datetime]')?.getAttribute('datetime') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  if (time) return { ...meta, date: time, dateSource: 'time' };
  const other = isoDateOf(
    metaContent(document, [
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
    ]),
  );
  return other ? { ...meta, date: other, dateSource: 'meta' } : meta;
}
