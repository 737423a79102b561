/**
 * What `feed pull` remembers between runs, kept in Neo4j beside the articles so it
 * follows the graph (a fresh database pulls everything again): the items already
 * loaded, by feed and key (guid or link), as `(:FeedItem {feed, key})`, and each feed's
 * ETag / Last-Modified as `(:FeedState {url})`, so an unchanged feed costs one
 * conditional request. These nodes carry no `Entity` or `Article` label, so the graph,
 * its counts and exports do not see them.
 * I/O: Neo4j.
 */
import { runRead, runWrite, type Store } from '../store/index.ts';

export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

const indexed = new WeakSet<Store>();

/** Creates the lookup indexes once per store connection. */
async function ensureIndexes(store: Store): Promise<void> {
  if (indexed.has(store)) return;
  await runWrite(store, {
    cypher: 'CREATE INDEX feed_item_key IF NOT EXISTS FOR (i:FeedItem) ON (i.feed, i.key)',
    params: {},
  });
  await runWrite(store, {
    cypher: 'CREATE INDEX feed_state_url IF NOT EXISTS FOR (s:FeedState) ON (s.url)',
    params: {},
  });
  indexed.add(store);
}

/** The keys among `keys` this feed has already delivered. */
export async function seenItemKeys(store: Store, feedUrl: string, keys: readonly string[]): Promise<Set<string>> {
  await ensureIndexes(store);
  const rows = await runRead(store, {
    cypher: 'UNWIND $keys AS key MATCH (i:FeedItem {feed: $feed, key: key}) RETURN i.key AS key',
    params: { feed: feedUrl, keys: [...keys] },
  });
  return new Set(rows.map((row) => String(row.key)));
}

/** Records items as delivered, so the next pull skips them. */
export async function markItemsSeen(
  store: Store,
  feedUrl: string,
  items: readonly { key: string; link: string }[],
): Promise<void> {
  if (items.length === 0) return;
  await ensureIndexes(store);
  await runWrite(store, {
    cypher: [
      'UNWIND $items AS item',
      'MERGE (i:FeedItem {feed: $feed, key: item.key})',
      'ON CREATE SET i.link = item.link, i.seenAt = datetime()',
    ].join('\n'),
    params: { feed: feedUrl, items: items.map((i) => ({ key: i.key, link: i.link })) },
  });
}

/** The validators the feed sent last time, for a conditional GET. */
export async function loadFeedValidators(store: Store, feedUrl: string): Promise<FeedValidators> {
  await ensureIndexes(store);
  const [row] = await runRead(store, {
    cypher: 'MATCH (s:FeedState {url: $url}) RETURN s.etag AS etag, s.lastModified AS lastModified',
    params: { url: feedUrl },
  });
  return {
    ...(typeof row?.etag === 'string' ? { etag: row.etag } : {}),
    ...(typeof row?.lastModified === 'string' ? { lastModified: row.lastModified } : {}),
  };
}

/** Stores (or clears, with empty validators) what the next conditional GET sends. */
export async function saveFeedValidators(store: Store, feedUrl: string, validators: FeedValidators): Promise<void> {
  await ensureIndexes(store);
  await runWrite(store, {
    cypher: [
      'MERGE (s:FeedState {url: $url})',
      'SET s.etag = $etag, s.lastModified = $lastModified, s.pulledAt = datetime()',
    ].join('\n'),
    params: { url: feedUrl, etag: validators.etag ?? null, lastModified: validators.lastModified ?? null },
  });
}
