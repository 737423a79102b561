/**
 * The GraphML export as python-igraph reads it (`Graph.Read_GraphML`): a directed graph
 * whose every edge keeps its stored direction and whose attributes equal the originals
 * once list columns (JSON array text) are decoded. igraph has no "missing" value, so an
 * attribute an element lacks reads as its column's default ('' / NaN / False); the test
 * checks that too. Skipped only when no python3 can import igraph (.ci/run installs
 * Debian's python3-igraph, which lands in /usr/bin/python3 even when another python3
 * comes first on PATH).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nmtoken, toGraphml, withSourceCounts } from '../../src/export/index.ts';
import { fixtureGraph } from './fixture-graph.ts';

/** The first python3 that imports igraph: PATH's, then Debian's (where python3-igraph installs). */
const python = ['python3', '/usr/bin/python3'].find(
  (bin) => spawnSync(bin, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0,
);
const LISTS = ['aliases', 'evidence', 'articleIds'];

/** Reads the file with igraph and prints graph, vertices and edges as JSON: NaN as null, list columns decoded. */
const READER = `
import json, math, sys, igraph
path, lists = sys.argv[1], set(sys.argv[2].split(','))
g = igraph.Graph.Read_GraphML(path)
def plain(d):
    out = {}
    for k, v in d.items():
        if isinstance(v, float) and math.isnan(v): v = None
        elif k in lists and isinstance(v, str) and v: v = json.loads(v)
        out[k] = v
    return out
ids = g.vs['id']
print(json.dumps({
    'directed': g.is_directed(),
    'graph': plain({a: g[a] for a in g.attributes()}),
    'nodes': {v['id']: plain({k: x for k, x in v.attributes().items() if k != 'id'}) for v in g.vs},
    'edges': {e['id']: [ids[e.source], ids[e.target], plain({k: x for k, x in e.attributes().items() if k != 'id'})] for e in g.es},
}, ensure_ascii=False))
`;

/** What igraph gives an element that lacks the attribute: the column type's default. */
const IGRAPH_DEFAULTS = [null, '', false];

/** Checks that igraph's attributes equal the expected ones, and that the rest are igraph's defaults. */
function expectSameAttributes(read: Record<string, unknown>, expected: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(read)) {
    if (name in expected) expect({ [name]: value }).toEqual({ [name]: expected[name] });
    else expect(IGRAPH_DEFAULTS).toContain(value);
  }
  for (const name of Object.keys(expected)) expect(read).toHaveProperty([name]);
}

const dir = mkdtempSync(join(tmpdir(), 'coopgraph-igraph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const title = python
  ? 'python-igraph reads the GraphML export back'
  : 'python-igraph reads the GraphML export back (skipped: no python3 can import igraph; apt-get install python3-igraph)';

describe.skipIf(!python)(title, () => {
  const graph = withSourceCounts(fixtureGraph);
  const path = join(dir, 'graph.graphml');
  writeFileSync(path, toGraphml(graph)[0]?.content ?? '');
  const read = () =>
    JSON.parse(execFileSync(python ?? 'python3', ['-c', READER, path, LISTS.join(',')], { encoding: 'utf8' }));

  it('keeps every edge directed source → target as stored, with the symmetric flag', () => {
    const result = read();
    expect(result.directed).toBe(true);
    expect(Object.keys(result.edges)).toHaveLength(graph.edges.length);
    for (const edge of graph.edges) {
      const [source, target, attributes] = result.edges[nmtoken(edge.key)];
      expect([source, target]).toEqual([edge.source, edge.target]);
      expect(attributes.symmetric).toBe(edge.undirected === true);
    }
  });

  it('keeps node, edge and graph attributes (typed numbers and booleans, Cyrillic and quoted lists)', () => {
    const result = read();
    expect(Object.keys(result.nodes).sort()).toEqual(graph.nodes.map((n) => n.key).sort());
    for (const node of graph.nodes) expectSameAttributes(result.nodes[node.key], node.attributes);
    for (const edge of graph.edges) {
      expectSameAttributes(result.edges[nmtoken(edge.key)][2], {
        ...edge.attributes,
        symmetric: edge.undirected === true,
      });
    }
    expectSameAttributes(result.graph, graph.attributes);
  });
});
