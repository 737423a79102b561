/**
 * CSV files for `neo4j-admin database import full`: one nodes file and one
 * relationships file with typed headers (`id:ID`, `:LABEL`, `:START_ID`,
 * `:END_ID`, `:TYPE`, `aliases:string[]` …), lists joined by `;`. Pure.
 */
import type { GraphExport } from '../schema/index.ts';
import { attributeNames, formatValue, inferColumnType } from './attribute-values.ts';
import type { ExportFile } from './types.ts';

/** Every entity node carries `Entity` plus its type, as in the store, so imported data answers the same Cypher. */
const BASE_LABEL = 'Entity';

/** Quotes a CSV field when needed (RFC 4180: double the quotes), which neo4j-admin reads by default. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

function typedHeader(name: string, type: ReturnType<typeof inferColumnType>): string {
  return type === 'string' ? name : `${name}:${type}`;
}

/**
 * Renders the graph as neo4j-admin import CSV.
 *
 * @example neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
 */
export function toNeo4jCsv(graph: GraphExport): ExportFile[] {
  const skipNode = new Set(['type', 'x', 'y']);
  const nodeColumns = attributeNames(
    graph.nodes.map((n) => n.attributes),
    skipNode,
  ).map((name) => ({ name, type: inferColumnType(graph.nodes.map((n) => n.attributes[name])) }));
  const nodeLines = [csvLine(['id:ID', ':LABEL', ...nodeColumns.map((c) => typedHeader(c.name, c.type))])];
  for (const node of graph.nodes) {
    nodeLines.push(
      csvLine([
        node.key,
        `${BASE_LABEL};${node.attributes.type}`,
        ...nodeColumns.map((c) => formatValue(node.attributes[c.name], c.type)),
      ]),
    );
  }

  const skipEdge = new Set(['type']);
  const edgeColumns = attributeNames(
    graph.edges.map((e) => e.attributes),
    skipEdge,
  ).map((name) => ({ name, type: inferColumnType(graph.edges.map((e) => e.attributes[name])) }));
  const edgeLines = [
    csvLine([':START_ID', ':END_ID', ':TYPE', 'key', ...edgeColumns.map((c) => typedHeader(c.name, c.type))]),
  ];
  for (const edge of graph.edges) {
    edgeLines.push(
      csvLine([
        edge.source,
        edge.target,
        edge.attributes.type,
        edge.key,
        ...edgeColumns.map((c) => formatValue(edge.attributes[c.name], c.type)),
      ]),
    );
  }
  return [
    { name: 'nodes.csv', content: `${nodeLines.join('\n')}\n` },
    { name: 'relationships.csv', content: `${edgeLines.join('\n')}\n` },
  ];
}
