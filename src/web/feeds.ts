/**
 * Reads RSS 2.0 (and RSS 1.0) and Atom feeds into one list of items: a stable key
 * (guid, Atom id, or link), the link to the full page, title and publication date.
 * XML is parsed with fast-xml-parser after a validation pass, so a broken feed is
 * reported as such instead of yielding half its items.
 * Pure: the caller fetched and decoded the feed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CoopgraphError } from '../errors.ts';
import { isoDateOf } from './page-metadata.ts';

/** A feed that cannot be read: not XML, or neither RSS nor Atom. */
export class FeedFormatError extends CoopgraphError {}

export interface FeedItem {
  /** What identifies the item across pulls: guid / Atom id, else the link. */
  key: string;
  /** Absolute http(s) link to the item's page. */
  link: string;
  title?: string;
  /** Publication date as YYYY-MM-DD. */
  date?: string;
  /** Publication time in ms since the epoch, for ordering and `--since`. */
  publishedAt?: number;
}

export interface ParsedFeed {
  title?: string;
  format: 'rss' | 'atom';
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const LISTS: ReadonlySet<string> = new Set(['item', 'entry', 'link', 'guid', 'id']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
});

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** The text of an element that may carry attributes (`<title type="html">…</title>`). */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return undefined;
}

/** The calendar date of an RSS (RFC 822) or Atom (RFC 3339) timestamp, as the publisher wrote it. */
function dateOf(value: string | undefined): { date?: string; publishedAt?: number } {
  if (!value) return {};
  const parsed = Date.parse(value);
  const publishedAt = Number.isNaN(parsed) ? undefined : parsed;
  const rfc822 = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value);
  const month = rfc822?.[2] ? MONTHS[rfc822[2].toLowerCase()] : undefined;
  const date = rfc822 && month ? `${rfc822[3]}-${month}-${rfc822[1]?.padStart(2, '0')}` : isoDateOf(value);
  return { ...(date ? { date } : {}), ...(publishedAt !== undefined ? { publishedAt } : {}) };
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An Atom entry's page: the `alternate` link (or one without rel), not `self`/`enclosure`. */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const candidates = links.filter((l): l is Node => typeof l === 'object' && l !== null);
  const alternate = candidates.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
  const href = alternate?.['@_href'];
  return typeof href === 'string' ? href : text(links);
}

/** An RSS guid that is itself the item's address (isPermaLink not "false", an absolute http(s) URL). */
function permalink(guid: unknown): string | undefined {
  const node = Array.isArray(guid) ? guid[0] : guid;
  if (node && typeof node === 'object' && (node as Node)['@_isPermaLink'] === 'false') return undefined;
  const value = text(node);
  return value && /^https?:\/\//i.test(value) ? absolute(value, value) : undefined;
}

function makeItem(
  key: string | undefined,
  link: string | undefined,
  title: string | undefined,
  when: string | undefined,
): FeedItem | undefined {
  if (!link) return undefined;
  return { key: key ?? link, link, ...(title ? { title } : {}), ...dateOf(when) };
}

function asNodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is Node => typeof v === 'object' && v !== null);
}

/**
 * Parses a feed. `feedUrl` resolves relative links.
 *
 * @throws FeedFormatError when the document is not well-formed XML or not a feed.
 * @example parseFeed('<rss version="2.0"><channel><item><link>https://x.ru/1</link></item></channel></rss>', 'https://x.ru/rss').items[0]?.link // 'https://x.ru/1'
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FeedFormatError(`the feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const doc = parser.parse(xml) as Node;
  const atom = doc.feed as Node | undefined;
  if (atom && typeof atom === 'object') {
    const items = asNodes(atom.entry).flatMap((entry) => {
      const item = makeItem(
        text(entry.id),
        absolute(atomLink(entry.link), feedUrl),
        text(entry.title),
        text(entry.published) ?? text(entry.updated),
      );
      return item ? [item] : [];
    });
    const title = text(atom.title);
    return { format: 'atom', items, ...(title ? { title } : {}) };
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc.RDF as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined);
  if (!rss && !rdf) throw new FeedFormatError('the document is not an RSS or Atom feed');
  const items = asNodes(rss ? rss.item : rdf?.item).flatMap((entry) => {
    const link = absolute(text(entry.link), feedUrl) ?? permalink(entry.guid);
    const item = makeItem(text(entry.guid), link, text(entry.title), text(entry.pubDate) ?? text(entry.date));
    return item ? [item] : [];
  });
  const title = channel ? text(channel.title) : undefined;
  return { format: 'rss', items, ...(title ? { title } : {}) };
}
