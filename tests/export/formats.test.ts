import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { findExportFormat, toGexf, toGraphml, toNeo4jCsv, withSourceCounts } from '../../src/export/index.ts';
import type { GraphExport } from '../../src/schema/index.ts';

const graph: GraphExport = {
  attributes: { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z' },
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: 'person:roman-golovchenko',
      attributes: { type: 'Person', name: 'Роман Головченко', aliases: ['Головченко'] },
    },
    {
      key: 'region:kaluga-oblast',
      attributes: { type: 'Region', name: 'Калужская область', aliases: [], nameEn: 'Kaluga Oblast' },
    },
    { key: 'enterprise:maz', attributes: { type: 'Enterprise', name: 'МАЗ', aliases: ['ОАО «МАЗ»', 'a;b'] } },
  ],
  edges: [
    {
      key: 'NEGOTIATES|person:roman-golovchenko|region:kaluga-oblast',
      source: 'person:roman-golovchenko',
      target: 'region:kaluga-oblast',
      undirected: true,
      attributes: {
        type: 'NEGOTIATES',
        evidence: ['Головченко встретился с "губернатором"; обсудили <торговлю> & кооперацию.'],
        articleIds: ['0123456789abcdef'],
        firstSeen: '2023-04-04',
        lastSeen: '2023-04-04',
        modality: 'fact',
      },
    },
    {
      key: 'SUPPLIES|enterprise:maz|region:kaluga-oblast|автобусы',
      source: 'enterprise:maz',
      target: 'region:kaluga-oblast',
      attributes: {
        type: 'SUPPLIES',
        evidence: ['МАЗ поставит 330 автобусов.', 'Вторая фраза.'],
        articleIds: ['0123456789abcdef', 'fedcba9876543210'],
        modality: 'plan',
        product: 'автобусы',
        quantity: 330,
        value: 1.5,
      },
    },
  ],
};

describe('json export', () => {
  it("loads back with graphology's Graph.from and keeps schemaVersion", () => {
    const [file] = findExportFormat('json')?.render(graph) ?? [];
    const loaded = MultiGraph.from(JSON.parse(file?.content ?? '{}'));
    expect(loaded.order).toBe(3);
    expect(loaded.size).toBe(2);
    expect(loaded.getAttribute('schemaVersion')).toBe(1);
    expect(loaded.getEdgeAttribute('SUPPLIES|enterprise:maz|region:kaluga-oblast|автобусы', 'articleIds')).toHaveLength(
      2,
    );
  });
});

describe('withSourceCounts', () => {
  it('states how many entities, relations and distinct source articles the export holds', () => {
    expect(withSourceCounts(graph).attributes).toMatchObject({
      schemaVersion: 1,
      entityCount: 3,
      relationCount: 2,
      articleCount: 2,
    });
  });
});

describe('gexf export', () => {
  it("parses with graphology-gexf's parser, with names as labels and lists kept", () => {
    const [file] = toGexf(graph);
    const parsed = parseGexf(MultiGraph, file?.content ?? '');
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(2);
    expect(parsed.getNodeAttribute('enterprise:maz', 'label')).toBe('МАЗ');
    expect(parsed.getEdgeAttribute('SUPPLIES|enterprise:maz|region:kaluga-oblast|автобусы', 'evidence')).toEqual([
      'МАЗ поставит 330 автобусов.',
      'Вторая фраза.',
    ]);
  });
});

describe('graphml export', () => {
  it("parses with graphology-graphml's parser, escaping XML and typing numbers", () => {
    const [file] = toGraphml(graph);
    const parsed = parseGraphml(MultiGraph, file?.content ?? '');
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(2);
    expect(parsed.getNodeAttribute('person:roman-golovchenko', 'name')).toBe('Роман Головченко');
    const supplies = 'SUPPLIES|enterprise:maz|region:kaluga-oblast|автобусы';
    expect(parsed.getEdgeAttribute(supplies, 'quantity')).toBe(330);
    expect(parsed.getEdgeAttribute(supplies, 'value')).toBe(1.5);
    expect(parsed.isDirected(supplies)).toBe(true);
    const negotiates = parsed.findEdge((_k, a) => a.type === 'NEGOTIATES');
    expect(negotiates && parsed.isUndirected(negotiates)).toBe(true);
    expect(String(parsed.getEdgeAttribute(negotiates ?? '', 'evidence'))).toContain('<торговлю> & кооперацию');
  });
});

describe('neo4j-admin csv export', () => {
  it('writes typed headers, labels, and ;-joined arrays with the delimiter kept out of items', () => {
    const [nodes, relationships] = toNeo4jCsv(graph);
    const nodeLines = nodes?.content.trim().split('\n') ?? [];
    expect(nodeLines[0]).toBe('id:ID,:LABEL,name,aliases:string[],nameEn');
    expect(nodeLines).toContain('enterprise:maz,Entity;Enterprise,МАЗ,"ОАО «МАЗ»;a,b",');
    const relLines = relationships?.content.trim().split('\n') ?? [];
    expect(relLines[0]).toBe(
      ':START_ID,:END_ID,:TYPE,key,evidence:string[],articleIds:string[],firstSeen,lastSeen,modality,product,quantity:long,value:double',
    );
    expect(relLines[2]).toContain(',SUPPLIES,');
    expect(relLines[2]).toContain('0123456789abcdef;fedcba9876543210');
    expect(relLines[1]).toContain('"Головченко встретился с ""губернатором"", обсудили <торговлю> & кооперацию."');
  });
});
