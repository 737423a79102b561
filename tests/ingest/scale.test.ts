/**
 * Ingest at scale, on the real extractor and a Neo4j of this file's own: extraction in
 * worker threads gives the same lines and the same graph with 1 and with 2 workers;
 * `extract --jsonl` output loaded with `ingest --extracted` gives the graph a direct
 * ingest gives; and the store works through the `neo4j://` (routing) scheme.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractToJsonl } from '../../src/ingest/extract-to-jsonl.ts';
import { extractedInputs } from '../../src/ingest/extracted-jsonl.ts';
import { collectInputs, ingest } from '../../src/ingest/index.ts';
import { loadReference } from '../../src/io/reference.ts';
import { knownFromReference } from '../../src/resolve/index.ts';
import { connectStore, readGraph, runRead, type Store, writeArticle } from '../../src/store/index.ts';
import { makeArticle, makeExtraction } from '../store/fixtures.ts';
import { testToken } from '../support/neo4j-store.ts';
import { type OwnNeo4j, startOwnNeo4j } from './own-neo4j.ts';

const ARTICLES = 'graph-data/articles';
/** A handful of sample articles: enough for shared entities and relations across articles. */
const FILES = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .slice(0, 4)
  .map((name) => join(ARTICLES, name));
const reference = knownFromReference(loadReference());
const noExtractor = () => {
  throw new Error('this run must extract in worker threads only');
};

let neo: OwnNeo4j;
let work: string;

beforeAll(async () => {
  neo = await startOwnNeo4j();
  work = mkdtempSync(join(tmpdir(), 'coopgraph-scale-'));
}, 180_000);

afterAll(async () => {
  await neo?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function jsonl(workers: number): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = await extractToJsonl(FILES, workers, out);
  expect(result).toEqual({ written: FILES.length, failed: [] });
  return Buffer.concat(chunks).toString('utf8');
}

/** The stored graph as plain data, for comparing two loads (an entity's article list in id order: MENTIONED_IN links come unordered). */
async function storedGraph(store: Store) {
  const graph = await readGraph(store);
  graph.updateEachNodeAttributes((_id, attributes) => ({
    ...attributes,
    articleIds: [...attributes.articleIds].sort(),
  }));
  return graph.export();
}

describe('ingest at scale', () => {
  let lines1 = '';
  let direct: Awaited<ReturnType<typeof storedGraph>>;

  it('extract --jsonl writes the same lines, in input order, with 1 and with 2 workers', async () => {
    lines1 = await jsonl(1);
    const lines2 = await jsonl(2);
    expect(lines2).toBe(lines1);
    const titles = lines1
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).article.title);
    expect(titles).toHaveLength(FILES.length);
  }, 240_000);

  it('stores the same graph with 1 and with 2 extraction workers', async () => {
    await neo.wipe();
    const one = await ingest(
      await collectInputs(FILES),
      { store: neo.store, extract: noExtractor, reference },
      {
        workers: 1,
      },
    );
    expect(one.articles.new).toBe(FILES.length);
    direct = await storedGraph(neo.store);
    await neo.wipe();
    const two = await ingest(
      await collectInputs(FILES),
      { store: neo.store, extract: noExtractor, reference },
      {
        workers: 2,
      },
    );
    expect(two.articles).toEqual(one.articles);
    expect(two.relations).toEqual(one.relations);
    const second = await storedGraph(neo.store);
    expect(second.edges.length).toBeGreaterThan(0);
    expect(second).toEqual(direct);
  }, 240_000);

  it('ingest --extracted loads extract --jsonl output, without extracting, into the same graph', async () => {
    const file = join(work, 'part-1.jsonl');
    writeFileSync(file, lines1);
    await neo.wipe();
    const { inputs, readInput } = await extractedInputs([file]);
    expect(inputs.sources).toHaveLength(FILES.length);
    const summary = await ingest(inputs, { store: neo.store, extract: noExtractor, reference, readInput });
    expect(summary.articles.new).toBe(FILES.length);
    expect(await storedGraph(neo.store)).toEqual(direct);
  }, 240_000);

  it('reports a line that is not an extracted article by file and line, and loads the others', async () => {
    const file = join(work, 'part-2.jsonl');
    const [first] = lines1.split('\n');
    writeFileSync(file, `${first}\n{"article": {"id": "x"}}\n`);
    const { inputs, readInput } = await extractedInputs([file]);
    const summary = await ingest(inputs, { store: neo.store, extract: noExtractor, reference, readInput });
    expect(summary.articles.failed).toBe(1);
    expect(summary.reports.find((r) => r.outcome === 'failed')?.source).toBe(`${file}:2`);
  });

  it('works through the neo4j:// routing scheme, as a cluster or Aura is reached', async () => {
    const connection = { ...neo.store.connection, uri: neo.store.connection.uri.replace(/^bolt:/, 'neo4j:') };
    expect(connection.uri.startsWith('neo4j://')).toBe(true);
    const routed = await connectStore(connection);
    try {
      const token = testToken();
      const article = makeArticle(token, 1);
      const kaluga = { id: `region:t${token}-kaluga`, type: 'Region', name: 'Калужская область' } as const;
      const belarus = { id: `country:t${token}-belarus`, type: 'Country', name: 'Беларусь' } as const;
      await writeArticle(
        routed,
        article,
        makeExtraction(
          article,
          [kaluga, belarus],
          [{ type: 'COOPERATES_WITH', source: belarus.id, target: kaluga.id, evidence: article.text }],
        ),
      );
      const [row] = await runRead(routed, {
        cypher: 'MATCH (:Entity {id: $a})-[r:COOPERATES_WITH]->(:Entity {id: $b}) RETURN r.articleCount AS n',
        params: { a: belarus.id, b: kaluga.id },
      });
      expect(row?.n).toBe(1);
    } finally {
      await routed.close();
    }
  });
});
