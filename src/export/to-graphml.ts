/**
 * GraphML writer (graphology-graphml only parses). The graph is directed
 * (`edgedefault="directed"`, no per-edge overrides) with symmetric relations marked by
 * a boolean `symmetric` attribute (see edge-direction.ts), which networkx, igraph,
 * graphology-graphml, yEd and Cytoscape all read alike. GraphML has no list type, so
 * list attributes are strings holding a JSON array (their `<key>` says so). Ids are XML
 * NMTOKENs as GraphML's schema requires: a relation key `TYPE:a->b` is written
 * `TYPE:a-_x003E_b` (see `nmtoken`); entity ids are already NMTOKENs. Pure.
 */
import type { GraphExport } from '../schema/index.ts';
import { type Column, type ColumnType, columnsOf, xmlValue } from './attribute-values.ts';
import { edgeAttributesWithSymmetry } from './edge-direction.ts';
import type { ExportFile } from './types.ts';
import { escapeXml, nmtoken } from './xml-text.ts';

const GRAPHML_TYPES: Record<ColumnType, string> = {
  'string[]': 'string',
  string: 'string',
  double: 'double',
  long: 'long',
  boolean: 'boolean',
};

/** What a list key's `<desc>` says, so a reader knows to decode the text. */
export const GRAPHML_LIST_DESC = 'JSON array of strings';

function dataLines(indent: string, cols: readonly Column[], attributes: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const col of cols) {
    const value = attributes[col.name];
    if (value === undefined || value === null) continue;
    lines.push(`${indent}<data key="${col.id}">${escapeXml(xmlValue(value, col.type))}</data>`);
  }
  return lines;
}

function keyLines(domain: string, cols: readonly Column[]): string[] {
  return cols.map((col) => {
    const head = `  <key id="${col.id}" for="${domain}" attr.name="${escapeXml(col.name)}" attr.type="${GRAPHML_TYPES[col.type]}"`;
    return col.type === 'string[]' ? `${head}><desc>${GRAPHML_LIST_DESC}</desc></key>` : `${head}/>`;
  });
}

/** Renders the graph as one GraphML document. */
export function toGraphml(graph: GraphExport): ExportFile[] {
  const graphCols = columnsOf([graph.attributes], 'g');
  const nodeCols = columnsOf(
    graph.nodes.map((n) => n.attributes),
    'n',
  );
  const edges = graph.edges.map((edge) => ({ edge, attributes: edgeAttributesWithSymmetry(edge) }));
  const edgeCols = columnsOf(
    edges.map((e) => e.attributes),
    'e',
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('graph', graphCols),
    ...keyLines('node', nodeCols),
    ...keyLines('edge', edgeCols),
    '  <graph id="coopgraph" edgedefault="directed">',
    ...dataLines('    ', graphCols, graph.attributes),
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${nmtoken(node.key)}">`);
    lines.push(...dataLines('      ', nodeCols, node.attributes));
    lines.push('    </node>');
  }
  for (const { edge, attributes } of edges) {
    lines.push(
      `    <edge id="${nmtoken(edge.key)}" source="${nmtoken(edge.source)}" target="${nmtoken(edge.target)}">`,
    );
    lines.push(...dataLines('      ', edgeCols, attributes));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return [{ name: 'graph.graphml', content: `${lines.join('\n')}\n` }];
}
