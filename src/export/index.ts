/** Public surface of the exports: pure renderers from the viewer's serialised graph to files. */
export { EXPORT_FORMATS, findExportFormat } from './formats.ts';
export { toGexf } from './to-gexf.ts';
export { GRAPHML_LIST_DESC, toGraphml } from './to-graphml.ts';
export { NEO4J_IMPORT_COMMAND, POST_IMPORT_FILE, toNeo4jCsv } from './to-neo4j-csv.ts';
export type { ExportFormat, ExportSources } from './types.ts';
export { withSourceCounts } from './with-source-counts.ts';
export { nmtoken } from './xml-text.ts';
