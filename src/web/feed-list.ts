/**
 * The list of followed feeds: a YAML file the user can read, edit and keep under version
 * control (`graph-data/feeds.yaml` unless `--feeds` or `COOPGRAPH_FEEDS` names another).
 * Edits go through the YAML document, so the user's comments survive `feed add` / `feed rm`.
 * I/O: reads and writes that one file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { z } from 'zod';
import { type Env, PROJECT_ROOT } from '../config.ts';
import { ConfigError, UsageError } from '../errors.ts';

export const FeedEntrySchema = z.object({
  name: z.string().regex(/^[\p{L}\p{N}._-]+$/u, 'a feed name is letters, digits, ".", "_" or "-"'),
  url: z.url({ protocol: /^https?$/, error: 'a feed URL must be an http or https URL' }),
});
export type FeedEntry = z.infer<typeof FeedEntrySchema>;

const FeedFileSchema = z.object({ feeds: z.array(FeedEntrySchema).default([]) });

const HEADER = [
  ' Feeds followed by `coopgraph feed pull` (RSS 2.0 or Atom).',
  ' Edit by hand or with `coopgraph feed add URL --name N` / `coopgraph feed rm NAME`.',
].join('\n');

/** The feed list's path: `--feeds`, else `$COOPGRAPH_FEEDS`, else graph-data/feeds.yaml. */
export function feedListPath(flag: string | undefined, env: Env = process.env): string {
  return flag ?? (env.COOPGRAPH_FEEDS?.trim() || join(PROJECT_ROOT, 'graph-data', 'feeds.yaml'));
}

async function readDocument(path: string): Promise<ReturnType<typeof parseDocument>> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const doc = parseDocument('feeds: []\n');
      doc.commentBefore = HEADER;
      return doc;
    }
    throw new ConfigError(`cannot read the feed list ${path}: ${(error as Error).message}`, { cause: error });
  }
  const doc = parseDocument(content);
  if (doc.errors.length > 0) {
    throw new ConfigError(`the feed list ${path} is not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
  }
  return doc;
}

function entriesOf(doc: ReturnType<typeof parseDocument>, path: string): FeedEntry[] {
  const parsed = FeedFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `the feed list ${path} is invalid at ${issue?.path.join('.') || 'top level'}: ${issue?.message}`,
    );
  }
  return parsed.data.feeds;
}

/** The feeds in the list (none when the file does not exist yet). */
export async function loadFeedList(path: string): Promise<FeedEntry[]> {
  return entriesOf(await readDocument(path), path);
}

/** A default name for a feed: its host without "www." and dots made dashes. */
export function defaultFeedName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '').replace(/\./g, '-');
}

/** Adds a feed; refuses a name or URL already listed. */
export async function addFeed(path: string, entry: FeedEntry): Promise<FeedEntry> {
  const checked = FeedEntrySchema.safeParse(entry);
  if (!checked.success) throw new UsageError(checked.error.issues[0]?.message ?? 'invalid feed');
  const doc = await readDocument(path);
  const existing = entriesOf(doc, path);
  const clash = existing.find((f) => f.name === entry.name || f.url === entry.url);
  if (clash) throw new UsageError(`the feed list already has ${clash.name} (${clash.url})`);
  let feeds = doc.get('feeds');
  if (!isSeq(feeds)) {
    feeds = new YAMLSeq();
    doc.set('feeds', feeds);
  }
  // `feeds: []` is written in flow style; a list people edit by hand reads better as a block.
  (feeds as YAMLSeq).flow = false;
  (feeds as YAMLSeq).add(doc.createNode({ name: checked.data.name, url: checked.data.url }));
  await writeFile(path, doc.toString());
  return checked.data;
}

/** Removes the feed with this name or URL; returns it. */
export async function removeFeed(path: string, nameOrUrl: string): Promise<FeedEntry> {
  const doc = await readDocument(path);
  const existing = entriesOf(doc, path);
  const index = existing.findIndex((f) => f.name === nameOrUrl || f.url === nameOrUrl);
  const found = existing[index];
  const feeds = doc.get('feeds');
  if (!found || !isSeq(feeds) || !isMap(feeds.items[index])) {
    throw new UsageError(`no feed named "${nameOrUrl}" in ${path} (see coopgraph feed ls)`);
  }
  feeds.delete(index);
  await writeFile(path, doc.toString());
  return found;
}
