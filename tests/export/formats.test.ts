import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import {
  findExportFormat,
  GRAPHML_LIST_DESC,
  nmtoken,
  toGexf,
  toGraphml,
  toNeo4jCsv,
  withSourceCounts,
} from '../../src/export/index.ts';
import { fixtureGraph as graph, TRICKY_EVIDENCE } from './fixture-graph.ts';

const content = (files: { content: string }[]) => files[0]?.content ?? '';

describe('json export', () => {
  it("loads back with graphology's Graph.from and keeps schemaVersion", () => {
    const loaded = MultiGraph.from(JSON.parse(content(findExportFormat('json')?.render(graph) ?? [])));
    expect(loaded.order).toBe(3);
    expect(loaded.size).toBe(3);
    expect(loaded.getAttribute('schemaVersion')).toBe(1);
    expect(loaded.getEdgeAttribute(graph.edges[0]?.key ?? '', 'evidence')).toEqual(TRICKY_EVIDENCE);
  });
});

describe('withSourceCounts', () => {
  it('states how many entities, relations and distinct source articles the export holds', () => {
    expect(withSourceCounts(graph).attributes).toMatchObject({
      schemaVersion: 1,
      entityCount: 3,
      relationCount: 3,
      articleCount: 2,
    });
  });
});

describe('gexf export', () => {
  const xml = content(toGexf(withSourceCounts(graph)));

  it('round-trips through graphology-gexf (the parser Gephi Lite uses) with identical attributes', () => {
    const parsed = parseGexf(MultiGraph, xml);
    expect(parsed.order).toBe(graph.nodes.length);
    for (const node of graph.nodes) {
      expect(parsed.getNodeAttributes(node.key)).toEqual({ ...node.attributes, label: node.attributes.name });
    }
    expect(parsed.size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      expect(parsed.getEdgeAttributes(edge.key)).toEqual({
        ...edge.attributes,
        symmetric: edge.undirected === true,
        label: edge.attributes.type,
      });
      expect(parsed.isDirected(edge.key)).toBe(true);
      expect([parsed.source(edge.key), parsed.target(edge.key)]).toEqual([edge.source, edge.target]);
    }
  });

  it('is GEXF 1.3 with every edge directed, lists as JSON arrays and a meta description', () => {
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    // The 1.3 RelaxNG schema (the normative one) allows no xsi:schemaLocation on <gexf>.
    expect(xml).not.toContain('xsi:');
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(xml).not.toMatch(/<edge [^>]*type=/);
    expect(xml).toContain('type="liststring"');
    expect(xml).toContain('<description>coopgraph knowledge graph: 3 entities, 3 relations from 2 articles;');
    expect(xml).toContain('<viz:position x="1.5" y="-2"/>');
    // Commas inside items survive because each item is quoted.
    expect(xml).toContain('value="[&quot;Головченко&quot;,&quot;Головченко, Роман&quot;]"');
  });
});

describe('graphml export', () => {
  const xml = content(toGraphml(graph));

  it('round-trips through graphology-graphml with identical attributes (list columns decoded as JSON)', () => {
    const parsed = parseGraphml(MultiGraph, xml);
    const listNames = [...xml.matchAll(/attr\.name="([^"]+)" attr\.type="string"><desc>([^<]+)<\/desc>/g)]
      .filter((m) => m[2] === GRAPHML_LIST_DESC)
      .map((m) => m[1]);
    expect(new Set(listNames)).toEqual(new Set(['aliases', 'evidence', 'articleIds']));
    const decode = (attributes: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(attributes).map(([k, v]) => [k, listNames.includes(k) ? JSON.parse(String(v)) : v]),
      );
    for (const node of graph.nodes) expect(decode(parsed.getNodeAttributes(node.key))).toEqual(node.attributes);
    expect(parsed.size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      const id = nmtoken(edge.key);
      expect(decode(parsed.getEdgeAttributes(id))).toEqual({
        ...edge.attributes,
        symmetric: edge.undirected === true,
      });
      expect(parsed.isDirected(id)).toBe(true);
      expect([parsed.source(id), parsed.target(id)]).toEqual([edge.source, edge.target]);
    }
  });

  it('declares a directed graph and no per-edge directions, so networkx and igraph keep every arrow', () => {
    expect(xml).toContain('<graph id="coopgraph" edgedefault="directed">');
    expect(xml).not.toContain('directed="');
    expect(xml).toContain('attr.name="quantity" attr.type="long"');
    expect(xml).toContain('attr.name="value" attr.type="double"');
    expect(xml).toContain('attr.name="symmetric" attr.type="boolean"');
  });
});

describe('neo4j-admin csv export', () => {
  const supplies = 'SUPPLIES|enterprise:too-qazaqmys|region:kaluga-oblast';
  const sources = {
    entities: {},
    relationships: {
      // As stored: the store's own properties win over the graph's attributes.
      [supplies]: { evidence: [], evidenceRanks: [], articleCount: 2, confidence: 1, quantity: 330 },
    },
    articles: [
      { id: '0123456789abcdef', title: 'Встреча, "итоги"', date: '2023-04-04', language: 'ru' },
      { id: 'fedcba9876543210', title: 'Поставки', date: '2024-02-29', language: 'ru' },
    ],
    mentions: [
      { entityId: 'person:roman-golovchenko', articleId: '0123456789abcdef' },
      { entityId: 'region:kaluga-oblast', articleId: '0123456789abcdef' },
      { entityId: 'region:kaluga-oblast', articleId: 'fedcba9876543210' },
      { entityId: 'entity:not-exported', articleId: 'fedcba9876543210' },
    ],
    otherNodes: [
      {
        label: 'Evidence',
        properties: { id: `fedcba9876543210|${supplies}`, articleId: 'fedcba9876543210', sentences: ['a; b, "c"'] },
      },
      { label: 'CoopgraphStore', properties: { id: 'store', evidenceModel: 2 } },
    ],
  };
  const files = Object.fromEntries(toNeo4jCsv(graph, sources).map((f) => [f.name, f.content.trim().split('\n')]));
  const U = '\u001f';

  it('writes entities with their type property and labels, and lists joined by U+001F', () => {
    expect(files['nodes.csv']?.[0]).toBe('id:ID,:LABEL,type,name,aliases:string[],nameEn');
    expect(files['nodes.csv']).toContain(
      `enterprise:too-qazaqmys,Entity${U}Enterprise,Enterprise,ТОО «Қазақмыс»,"""Қазақмыс"", ТОО${U}a;b",`,
    );
  });

  it('writes relationships with articleCount and evidence intact (commas, quotes, semicolons)', () => {
    const [header, negotiates, suppliesLine] = files['relationships.csv'] ?? [];
    expect(header).toBe(
      ':START_ID,:END_ID,:TYPE,evidence:string[],articleIds:string[],firstSeen,lastSeen,modality,confidence:double,verified:boolean,articleCount:long,evidenceRanks:string[],quantity:double',
    );
    expect(negotiates).toContain(`"${TRICKY_EVIDENCE.map((e) => e.replace(/"/g, '""')).join(U)}"`);
    expect(negotiates).toContain(',fact,0.9,true,1,');
    expect(suppliesLine).toBe('enterprise:too-qazaqmys,region:kaluga-oblast,SUPPLIES,,,,,,1,,2,,330');
  });

  it('writes :Article nodes, the other stored nodes and MENTIONED_IN links for exported entities only', () => {
    expect(files['articles.csv']).toEqual([
      'id:ID,:LABEL,title,date,language',
      '0123456789abcdef,Article,"Встреча, ""итоги""",2023-04-04,ru',
      'fedcba9876543210,Article,Поставки,2024-02-29,ru',
    ]);
    expect(files['other-nodes.csv']).toEqual([
      'id:ID,:LABEL,articleId,sentences:string[],evidenceModel:double',
      `fedcba9876543210|${supplies},Evidence,fedcba9876543210,"a; b, ""c""",`,
      'store,CoopgraphStore,,,2',
    ]);
    expect(files['mentions.csv']).toEqual([
      ':START_ID,:END_ID,:TYPE',
      'person:roman-golovchenko,0123456789abcdef,MENTIONED_IN',
      'region:kaluga-oblast,0123456789abcdef,MENTIONED_IN',
      'region:kaluga-oblast,fedcba9876543210,MENTIONED_IN',
    ]);
  });

  it('writes one post-import statement that sets back exactly the empty lists', () => {
    const script = files['post-import.cypher']?.join('\n') ?? '';
    expect(script).toContain(
      'CALL { UNWIND ["region:kaluga-oblast"] AS id MATCH (n:`Entity` {id: id}) SET n.`aliases` = [] }',
    );
    expect(script).toContain(
      'CALL { UNWIND [["SUPPLIES","enterprise:too-qazaqmys","region:kaluga-oblast"],["COOPERATES_WITH","enterprise:too-qazaqmys","region:kaluga-oblast"]] AS k MATCH (:Entity {id: k[1]})-[r]->(:Entity {id: k[2]}) WHERE type(r) = k[0] SET r.`evidence` = [] }',
    );
    expect(script).toContain('SET r.`evidenceRanks` = []');
    expect(script.match(/CALL \{/g)).toHaveLength(3);
  });
});
