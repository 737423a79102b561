/**
 * The registry of export formats: `coopgraph export --format ID` picks one by
 * id. A new format is a file with a pure `render` plus one entry here.
 */
import { toGexf } from './to-gexf.ts';
import { toGraphml } from './to-graphml.ts';
import { toNeo4jCsv } from './to-neo4j-csv.ts';
import type { ExportFormat } from './types.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'json',
    description: "graphology's serialised graph (the viewer's format, loads with Graph.from)",
    multiFile: false,
    render: (graph) => [{ name: 'graph.json', content: `${JSON.stringify(graph, null, 2)}\n` }],
  },
  {
    id: 'gexf',
    description: 'GEXF 1.3 for Gephi, Gephi Lite, networkx (directed, `symmetric` edge attribute)',
    multiFile: false,
    render: toGexf,
  },
  {
    id: 'graphml',
    description: 'GraphML for networkx, igraph, yEd, Cytoscape (directed, `symmetric` edge attribute)',
    multiFile: false,
    render: toGraphml,
  },
  {
    id: 'csv',
    description: 'nodes, articles, relationships, mentions CSV for neo4j-admin database import full',
    multiFile: true,
    needsSources: true,
    render: toNeo4jCsv,
  },
];

/** The format with this id, or undefined (the CLI turns that into a UsageError listing the ids). */
export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
