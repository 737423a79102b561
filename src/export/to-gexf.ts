/**
 * GEXF 1.3 writer (Gephi's native format), valid against the 1.3 RelaxNG schema (the
 * normative one; it has no `xsi:schemaLocation`, so none is written). The 1.3 XSD, generated
 * from it, accepts the same documents except `viz:position`, which it wrongly expects in the
 * GEXF namespace; Gephi, networkx and graphology-gexf all read and write it as here.
 * Node labels are the entity names, edge labels the relation types; every edge is
 * directed with a `symmetric` attribute (see edge-direction.ts); list attributes are
 * `liststring` values written as JSON arrays, which graphology-gexf (Gephi Lite) parses
 * back item by item and networkx hands over as text for `json.loads`. Pure.
 */
import type { GraphExport } from '../schema/index.ts';
import { type Column, type ColumnType, columnsOf, xmlValue } from './attribute-values.ts';
import { edgeAttributesWithSymmetry } from './edge-direction.ts';
import type { ExportFile } from './types.ts';
import { escapeXml } from './xml-text.ts';

const GEXF_TYPES: Record<ColumnType, string> = {
  'string[]': 'liststring',
  string: 'string',
  double: 'double',
  long: 'long',
  boolean: 'boolean',
};

/** Node attributes GEXF carries in its own places: `x`/`y` as `viz:position`. */
const NODE_VIZ = new Set(['x', 'y']);

/**
 * Columns whose id is their name, as graphology-gexf writes them: its parser takes a
 * non-numeric id as the attribute's name, while Gephi and networkx read the title.
 */
function byName(cols: readonly Column[]): Column[] {
  return cols.map((col) => ({ ...col, id: col.name }));
}

function declareColumns(domain: 'node' | 'edge', cols: readonly Column[]): string[] {
  if (cols.length === 0) return [];
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...cols.map(
      (c) => `      <attribute id="${escapeXml(c.id)}" title="${escapeXml(c.name)}" type="${GEXF_TYPES[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(indent: string, cols: readonly Column[], attributes: Record<string, unknown>): string[] {
  const values: string[] = [];
  for (const col of cols) {
    const value = attributes[col.name];
    if (value === undefined || value === null) continue;
    values.push(`${indent}  <attvalue for="${escapeXml(col.id)}" value="${escapeXml(xmlValue(value, col.type))}"/>`);
  }
  return values.length > 0 ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

function description(attributes: GraphExport['attributes']): string {
  const { entityCount, relationCount, articleCount } = attributes;
  const counts =
    typeof entityCount === 'number'
      ? `${entityCount} entities, ${relationCount} relations from ${articleCount} articles; `
      : '';
  return `coopgraph knowledge graph: ${counts}schema version ${attributes.schemaVersion}, generated ${attributes.generatedAt}`;
}

/** Renders the graph as one GEXF 1.3 document. */
export function toGexf(graph: GraphExport): ExportFile[] {
  const nodeCols = byName(
    columnsOf(
      graph.nodes.map((n) => n.attributes),
      'n',
      NODE_VIZ,
    ),
  );
  const edges = graph.edges.map((edge) => ({ edge, attributes: edgeAttributesWithSymmetry(edge) }));
  const edgeCols = byName(
    columnsOf(
      edges.map((e) => e.attributes),
      'e',
    ),
  );
  const date = /^\d{4}-\d{2}-\d{2}/.exec(graph.attributes.generatedAt)?.[0];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}>`,
    '    <creator>coopgraph</creator>',
    `    <description>${escapeXml(description(graph.attributes))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declareColumns('node', nodeCols),
    ...declareColumns('edge', edgeCols),
    '    <nodes>',
  ];
  for (const { key, attributes } of graph.nodes) {
    lines.push(`      <node id="${escapeXml(key)}" label="${escapeXml(attributes.name)}">`);
    lines.push(...attvalues('        ', nodeCols, attributes));
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      lines.push(`        <viz:position x="${attributes.x}" y="${attributes.y}"/>`);
    }
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const { edge, attributes } of edges) {
    lines.push(
      `      <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.attributes.type)}">`,
    );
    lines.push(...attvalues('        ', edgeCols, attributes));
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return [{ name: 'graph.gexf', content: `${lines.join('\n')}\n` }];
}
