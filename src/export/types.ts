/** Types shared by the export formats: what a format receives and what it produces. */
import type { GraphExport } from '../schema/index.ts';

/** One file a format writes: a name relative to the output (a file name, or a name inside the output folder). */
export interface ExportFile {
  name: string;
  content: string;
}

/** Stored properties of one node or relationship (scalars and lists of scalars). */
export type StoredProperties = Readonly<Record<string, unknown>>;

/** An entity's MENTIONED_IN link to an article. */
export interface ExportMention {
  entityId: string;
  articleId: string;
}

/**
 * What a database copy needs beyond the viewer's graph, as the store holds it: the
 * properties of the selected entities (by id) and relationships (by `TYPE|source|target`),
 * the articles behind them, the MENTIONED_IN links, and the other nodes the store keeps
 * (Evidence nodes, the store's marker).
 */
export interface ExportSources {
  entities: Readonly<Record<string, StoredProperties>>;
  relationships: Readonly<Record<string, StoredProperties>>;
  articles: readonly StoredProperties[];
  mentions: readonly ExportMention[];
  otherNodes: readonly { label: string; properties: StoredProperties }[];
}

/** An export format: a pure function from the viewer's serialised graph to file contents. */
export interface ExportFormat {
  id: string;
  description: string;
  /** True when the format writes several files, so `--out` names a folder. */
  multiFile: boolean;
  /** True when the format also writes articles and mentions, so the caller reads them for `render`. */
  needsSources?: boolean;
  render(graph: GraphExport, sources?: ExportSources): ExportFile[];
}
