/** Types shared by the export formats: what a format receives and what it produces. */
import type { GraphExport } from '../schema/index.ts';

/** One file a format writes: a name relative to the output (a file name, or a name inside the output folder). */
export interface ExportFile {
  name: string;
  content: string;
}

/** An export format: a pure function from the viewer's serialised graph to file contents. */
export interface ExportFormat {
  id: string;
  description: string;
  /** True when the format writes several files, so `--out` names a folder. */
  multiFile: boolean;
  render(graph: GraphExport): ExportFile[];
}
