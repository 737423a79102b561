/** URL arguments among ingest inputs, private-address classification, and the feed list file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { collectInputs } from '../../src/ingest/index.ts';
import { isPrivateAddress } from '../../src/web/address-guard.ts';
import { addFeed, defaultFeedName, loadFeedList, removeFeed } from '../../src/web/feed-list.ts';

const dir = mkdtempSync(join(tmpdir(), 'coopgraph-feed-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectInputs with URLs', () => {
  it('keeps http(s) URLs in order, once, and refuses other schemes as failed inputs', async () => {
    const inputs = await collectInputs([
      'https://a.ru/1',
      'http://b.ru/2',
      'https://a.ru/1',
      'file:///etc/passwd',
      'ftp://c.ru/x',
    ]);
    expect(inputs.sources).toEqual([
      { kind: 'url', url: 'https://a.ru/1' },
      { kind: 'url', url: 'http://b.ru/2' },
    ]);
    expect(inputs.missing.map((m) => m.source)).toEqual(['file:///etc/passwd', 'ftp://c.ru/x']);
    expect(inputs.missing[0]?.reason).toMatch(/only http and https/);
  });
});

describe('isPrivateAddress', () => {
  it('classifies loopback, private, link-local, unique-local and mapped addresses; public ones pass', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '[::1]',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '2a00:1450::1', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe('feed list file', () => {
  it('adds and removes feeds, keeping the user comments, and refuses duplicates and bad URLs', async () => {
    const path = join(dir, 'feeds.yaml');
    writeFileSync(
      path,
      '# my feeds, reviewed monthly\nfeeds:\n  - name: first\n    url: https://first.ru/rss # main agency\n',
    );
    await addFeed(path, { name: defaultFeedName('https://www.second.ru/atom'), url: 'https://www.second.ru/atom' });
    expect((await loadFeedList(path)).map((f) => f.name)).toEqual(['first', 'second-ru']);
    await expect(addFeed(path, { name: 'first', url: 'https://other.ru/rss' })).rejects.toBeInstanceOf(UsageError);
    await expect(addFeed(path, { name: 'x', url: 'file:///etc/passwd' })).rejects.toBeInstanceOf(UsageError);
    await removeFeed(path, 'https://www.second.ru/atom');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# my feeds, reviewed monthly');
    expect(text).toContain('# main agency');
    expect(await loadFeedList(path)).toEqual([{ name: 'first', url: 'https://first.ru/rss' }]);
    await expect(removeFeed(path, 'second-ru')).rejects.toBeInstanceOf(UsageError);
  });

  it('reads a missing file as an empty list', async () => {
    expect(await loadFeedList(join(dir, 'absent.yaml'))).toEqual([]);
  });
});
