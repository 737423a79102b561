/** Public surface of the exports: pure renderers from the viewer's serialised graph to files. */
export { EXPORT_FORMATS, findExportFormat } from './formats.ts';
export { toGexf } from './to-gexf.ts';
export { toGraphml } from './to-graphml.ts';
export { toNeo4jCsv } from './to-neo4j-csv.ts';
export type { ExportFile, ExportFormat } from './types.ts';
export { withSourceCounts } from './with-source-counts.ts';
