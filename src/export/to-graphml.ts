/**
 * GraphML writer. graphology-graphml only parses, so this writes the subset its
 * parser (and Gephi, yEd, Cytoscape) reads: typed `<key>` declarations, then
 * nodes and edges with `<data>`. Lists are joined with `;`. Pure.
 */
import type { GraphExport } from '../schema/index.ts';
import { attributeNames, type ColumnType, formatValue, inferColumnType } from './attribute-values.ts';
import type { ExportFile } from './types.ts';

/** Whether XML 1.0 allows the character (tab, line breaks, and everything from space up). */
function isXmlChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Escapes text for XML content and attribute values, dropping control characters XML cannot hold. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const GRAPHML_TYPES: Record<ColumnType, string> = {
  'string[]': 'string',
  string: 'string',
  double: 'double',
  long: 'long',
  boolean: 'boolean',
};

interface Column {
  id: string;
  name: string;
  type: ColumnType;
}

function columns(
  domain: 'graph' | 'node' | 'edge',
  elements: readonly Record<string, unknown>[],
  prefix: string,
): Column[] {
  return attributeNames(elements, new Set()).map((name, i) => ({
    id: `${prefix}${i}`,
    name,
    type: domain === 'graph' ? 'string' : inferColumnType(elements.map((e) => e[name])),
  }));
}

function dataLines(indent: string, cols: readonly Column[], attributes: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const col of cols) {
    const value = attributes[col.name];
    if (value === undefined || value === null) continue;
    lines.push(`${indent}<data key="${col.id}">${escapeXml(formatValue(value, col.type))}</data>`);
  }
  return lines;
}

/**
 * Renders the graph as one GraphML document. The default edge kind is undirected
 * and directed relations say `directed="true"`: graphology's parser only reads that
 * form (it ignores `directed="false"`), and symmetric relations then stay undirected.
 */
export function toGraphml(graph: GraphExport): ExportFile[] {
  const graphCols = columns('graph', [graph.attributes], 'g');
  const nodeCols = columns(
    'node',
    graph.nodes.map((n) => n.attributes),
    'n',
  );
  const edgeCols = columns(
    'edge',
    graph.edges.map((e) => e.attributes),
    'e',
  );
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  const declare = (domain: string, cols: readonly Column[]) => {
    for (const col of cols) {
      lines.push(
        `  <key id="${col.id}" for="${domain}" attr.name="${escapeXml(col.name)}" attr.type="${GRAPHML_TYPES[col.type]}"/>`,
      );
    }
  };
  declare('graph', graphCols);
  declare('node', nodeCols);
  declare('edge', edgeCols);
  lines.push('  <graph id="coopgraph" edgedefault="undirected">');
  lines.push(...dataLines('    ', graphCols, graph.attributes));
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.key)}">`);
    lines.push(...dataLines('      ', nodeCols, node.attributes));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    const directed = edge.undirected ? '' : ' directed="true"';
    lines.push(
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${directed}>`,
    );
    lines.push(...dataLines('      ', edgeCols, edge.attributes));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return [{ name: 'graph.graphml', content: `${lines.join('\n')}\n` }];
}
