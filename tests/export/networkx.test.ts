/**
 * The GEXF and GraphML exports as networkx reads them (`read_gexf`, `read_graphml`):
 * a directed multigraph whose attributes equal the originals once list columns (JSON
 * array text) are decoded. Skipped when Python's networkx is not installed (.ci/run
 * installs Debian's python3-networkx).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nmtoken, toGexf, toGraphml, withSourceCounts } from '../../src/export/index.ts';
import { fixtureGraph } from './fixture-graph.ts';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
const LISTS = ['aliases', 'evidence', 'articleIds'];

/** Reads one file with networkx and prints nodes and edges as JSON, list columns decoded, GEXF viz as x/y. */
const READER = `
import json, sys, networkx as nx
path, kind, lists = sys.argv[1], sys.argv[2], set(sys.argv[3].split(','))
G = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
def plain(d):
    out = {k: (json.loads(v) if k in lists else v) for k, v in d.items() if k not in ('viz', 'id', 'label')}
    pos = d.get('viz', {}).get('position')
    if pos: out.update(x=pos['x'], y=pos['y'])
    return out
print(json.dumps({
    'directed': G.is_directed(), 'multigraph': G.is_multigraph(),
    'nodes': {n: plain(d) for n, d in G.nodes(data=True)},
    'edges': {k: [u, v, plain(d)] for u, v, k, d in G.edges(keys=True, data=True)},
}, ensure_ascii=False))
`;

const dir = mkdtempSync(join(tmpdir(), 'coopgraph-networkx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasNetworkx)('networkx reads the exports back', () => {
  const graph = withSourceCounts(fixtureGraph);
  const files = { gexf: toGexf(graph)[0]?.content ?? '', graphml: toGraphml(graph)[0]?.content ?? '' };

  for (const kind of ['gexf', 'graphml'] as const) {
    it(`read_${kind} gives a directed multigraph with identical attributes and the symmetric flag`, () => {
      const path = join(dir, `graph.${kind}`);
      writeFileSync(path, files[kind]);
      const read = JSON.parse(
        execFileSync('python3', ['-c', READER, path, kind, LISTS.join(',')], { encoding: 'utf8' }),
      );
      expect(read.directed).toBe(true);
      expect(read.multigraph).toBe(true);
      for (const node of graph.nodes) expect(read.nodes[node.key]).toEqual(node.attributes);
      expect(Object.keys(read.edges)).toHaveLength(graph.edges.length);
      for (const edge of graph.edges) {
        // GraphML ids are NMTOKENs: the `>` of a relation key is escaped there.
        expect(read.edges[kind === 'graphml' ? nmtoken(edge.key) : edge.key]).toEqual([
          edge.source,
          edge.target,
          { ...edge.attributes, symmetric: edge.undirected === true },
        ]);
      }
    });
  }
});
