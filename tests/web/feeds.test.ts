/** RSS 2.0 and Atom parsing into items, and refusal of malformed or non-feed documents. */
import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseFeed } from '../../src/web/feeds.ts';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Новости региона</title><link>https://example.ru/</link>
<atom:link href="https://example.ru/rss" rel="self"/>
<item><title>Трактора для Калуги &amp; области</title><link>/news/1</link>
<guid isPermaLink="false">news-1</guid><pubDate>Mon, 04 Mar 2024 23:30:00 +0300</pubDate></item>
<item><title>Без guid</title><link>https://example.ru/news/2</link></item>
<item><title>Без ссылки</title><guid isPermaLink="false">x</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Лента</title>
<entry><id>urn:uuid:1</id><title type="html">Переговоры в Минске</title>
<link rel="alternate" href="https://example.ru/a/1"/><link rel="enclosure" href="https://example.ru/a/1.jpg"/>
<published>2024-05-01T10:00:00+03:00</published></entry>
<entry><id>urn:uuid:2</id><title>Второй</title><link href="https://example.ru/a/2"/><updated>2024-05-02T10:00:00Z</updated></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 items: guid as key (link otherwise), absolute links, the publisher date, entities decoded', () => {
    const feed = parseFeed(RSS, 'https://example.ru/rss');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Новости региона');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      key: 'news-1',
      link: 'https://example.ru/news/1',
      title: 'Трактора для Калуги & области',
      date: '2024-03-04',
    });
    expect(feed.items[1]).toMatchObject({ key: 'https://example.ru/news/2', link: 'https://example.ru/news/2' });
    expect(feed.items[1]?.date).toBeUndefined();
  });

  it('reads Atom entries: id as key, the alternate link, published or updated', () => {
    const feed = parseFeed(ATOM, 'https://example.ru/atom');
    expect(feed.format).toBe('atom');
    expect(feed.items.map((i) => [i.key, i.link, i.date])).toEqual([
      ['urn:uuid:1', 'https://example.ru/a/1', '2024-05-01'],
      ['urn:uuid:2', 'https://example.ru/a/2', '2024-05-02'],
    ]);
  });

  it('refuses malformed XML and documents that are not feeds', () => {
    expect(() => parseFeed('<rss><channel><item></channel></rss>', 'https://x.ru')).toThrow(FeedFormatError);
    expect(() => parseFeed('<html><body>Новости</body></html>', 'https://x.ru')).toThrow(/not an RSS or Atom/);
  });
});
