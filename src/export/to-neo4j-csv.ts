/**
 * CSV files for `neo4j-admin database import full` that rebuild coopgraph's own
 * database: entities (`:Entity:<Type>` with `type`), articles (`:Article`, without the
 * text), the typed relations (with `articleCount`), the MENTIONED_IN links and the other
 * nodes the store keeps (Evidence, its marker), so the imported database answers the
 * same Cypher (graph-data/queries) as the original. Typed headers (`id:ID`, `:LABEL`,
 * `aliases:string[]` …), lists joined by U+001F (`--array-delimiter=U+001F`), and a
 * post-import statement for the empty lists CSV cannot hold. Pure.
 */
import type { GraphExport } from '../schema/index.ts';
import {
  attributeNames,
  type ColumnType,
  formatValue,
  inferColumnType,
  LIST_DELIMITER,
  LIST_DELIMITER_OPTION,
} from './attribute-values.ts';
import type { ExportFile, ExportSources, StoredProperties } from './types.ts';

/** Every entity node carries `Entity` plus its type, as in the store (labels split at the array delimiter too). */
const BASE_LABEL = 'Entity';
const ARTICLE_LABEL = 'Article';
const MENTIONED_IN = 'MENTIONED_IN';

/** The statement to run once after the import (cypher-shell, or `coopgraph query --write -f`). */
export const POST_IMPORT_FILE = 'post-import.cypher';

/** The command that imports the files (run in their folder), for docs and the CLI's closing message. */
export const NEO4J_IMPORT_COMMAND = `neo4j-admin database import full neo4j ${LIST_DELIMITER_OPTION} --nodes=nodes.csv --nodes=articles.csv --nodes=other-nodes.csv --relationships=relationships.csv --relationships=mentions.csv`;

/** Properties the store computes in Cypher, so Neo4j keeps them as integers. */
const INTEGER_PROPERTIES = new Set(['articleCount']);

/**
 * The column type that gives back the stored value: coopgraph writes numbers from
 * JavaScript, which Neo4j stores as floats, so whole numbers are `double` too (2025.0,
 * as the original returns it), except the counts Cypher computes.
 */
function storedType(name: string, type: ColumnType): ColumnType {
  return type === 'long' && !INTEGER_PROPERTIES.has(name) ? 'double' : type;
}

/** Quotes a CSV field when needed (RFC 4180: double the quotes), which neo4j-admin reads by default. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

function typedHeader(name: string, type: ColumnType): string {
  return type === 'string' ? name : `${name}:${type}`;
}

interface Row {
  fixed: readonly string[];
  properties: StoredProperties;
}

/** A header and rows for elements whose properties become typed columns after the fixed leading ones. */
function table(fixedHeader: readonly string[], rows: readonly Row[], skip: ReadonlySet<string>): string {
  const columns = attributeNames(
    rows.map((r) => r.properties),
    skip,
  ).map((name) => ({ name, type: storedType(name, inferColumnType(rows.map((r) => r.properties[name]))) }));
  const lines = [csvLine([...fixedHeader, ...columns.map((c) => typedHeader(c.name, c.type))])];
  for (const { fixed, properties } of rows) {
    lines.push(csvLine([...fixed, ...columns.map((c) => formatValue(properties[c.name], c.type))]));
  }
  return `${lines.join('\n')}\n`;
}

/** Backtick-quoted property name for Cypher text. */
function cypherName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** The names of the properties holding an empty list, per element. */
function emptyLists(properties: StoredProperties): string[] {
  return Object.entries(properties)
    .filter(([, v]) => Array.isArray(v) && v.length === 0)
    .map(([name]) => name);
}

/**
 * One statement (so both cypher-shell and `coopgraph query` run it) that sets back the
 * empty lists: neo4j-admin reads an empty field as "no property", but the store keeps
 * `aliases: []` or `evidence: []`, and `size(r.evidence)` tells [] from null.
 */
function postImport(
  nodes: readonly { label: string; id: string; properties: StoredProperties }[],
  relationships: readonly { type: string; source: string; target: string; properties: StoredProperties }[],
): string {
  const units: string[] = [];
  const nodeGroups = new Map<string, string[]>();
  for (const node of nodes) {
    for (const name of emptyLists(node.properties)) {
      const group = `${node.label}\u0000${name}`;
      nodeGroups.set(group, [...(nodeGroups.get(group) ?? []), node.id]);
    }
  }
  for (const [group, ids] of nodeGroups) {
    const [label = '', name = ''] = group.split('\u0000');
    units.push(
      `CALL { UNWIND ${JSON.stringify(ids)} AS id MATCH (n:${cypherName(label)} {id: id}) SET n.${cypherName(name)} = [] }`,
    );
  }
  const relGroups = new Map<string, string[][]>();
  for (const rel of relationships) {
    for (const name of emptyLists(rel.properties)) {
      relGroups.set(name, [...(relGroups.get(name) ?? []), [rel.type, rel.source, rel.target]]);
    }
  }
  for (const [name, keys] of relGroups) {
    units.push(
      `CALL { UNWIND ${JSON.stringify(keys)} AS k MATCH (:Entity {id: k[1]})-[r]->(:Entity {id: k[2]}) WHERE type(r) = k[0] SET r.${cypherName(name)} = [] }`,
    );
  }
  const header = '// Run once after neo4j-admin database import: sets back the empty lists CSV cannot hold.';
  return `${header}\n${units.length > 0 ? units.join('\n') : "RETURN 'nothing to restore' AS done"}\n`;
}

/**
 * Renders the graph as neo4j-admin import CSV. With the sources (what the store holds
 * about the selection), properties are written exactly as stored and the articles,
 * mentions, other nodes and post-import statement come too; without, the graph's
 * attributes stand in and only nodes.csv and relationships.csv are written.
 *
 * @example neo4j-admin database import full neo4j --array-delimiter=U+001F --nodes=nodes.csv --nodes=articles.csv --nodes=other-nodes.csv --relationships=relationships.csv --relationships=mentions.csv
 */
export function toNeo4jCsv(graph: GraphExport, sources?: ExportSources): ExportFile[] {
  const entities = graph.nodes.map((n) => ({
    label: BASE_LABEL,
    id: n.key,
    properties: sources?.entities[n.key] ?? n.attributes,
    fixed: [n.key, [BASE_LABEL, n.attributes.type].join(LIST_DELIMITER)],
  }));
  const relationships = graph.edges.map((e) => {
    const { type, ...attributes } = e.attributes;
    const properties = sources?.relationships[`${type}|${e.source}|${e.target}`] ?? {
      ...attributes,
      // The store keeps this count beside the evidence so ranking never loads lists.
      articleCount: attributes.articleIds.length,
    };
    return { type, source: e.source, target: e.target, properties, fixed: [e.source, e.target, type] };
  });
  const files: ExportFile[] = [
    { name: 'nodes.csv', content: table(['id:ID', ':LABEL'], entities, new Set(['id', 'x', 'y'])) },
    { name: 'relationships.csv', content: table([':START_ID', ':END_ID', ':TYPE'], relationships, new Set()) },
  ];
  if (!sources) return files;
  const articles = sources.articles.map((properties) => ({
    label: ARTICLE_LABEL,
    id: String(properties.id),
    properties,
    fixed: [String(properties.id), ARTICLE_LABEL],
  }));
  const others = sources.otherNodes.map(({ label, properties }) => ({
    label,
    id: String(properties.id),
    properties,
    fixed: [String(properties.id), label],
  }));
  const nodeIds = new Set(graph.nodes.map((n) => n.key));
  const articleIds = new Set(articles.map((a) => a.id));
  const mentionLines = [csvLine([':START_ID', ':END_ID', ':TYPE'])];
  for (const m of sources.mentions) {
    if (nodeIds.has(m.entityId) && articleIds.has(m.articleId)) {
      mentionLines.push(csvLine([m.entityId, m.articleId, MENTIONED_IN]));
    }
  }
  files.push(
    { name: 'articles.csv', content: table(['id:ID', ':LABEL'], articles, new Set(['id', 'text'])) },
    { name: 'other-nodes.csv', content: table(['id:ID', ':LABEL'], others, new Set(['id'])) },
    { name: 'mentions.csv', content: `${mentionLines.join('\n')}\n` },
    { name: POST_IMPORT_FILE, content: postImport([...entities, ...articles, ...others], relationships) },
  );
  return files;
}
