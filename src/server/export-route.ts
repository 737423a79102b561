/**
 * `GET /api/export?format=gexf|graphml|json[&types=…&relations=…&since=…&until=…]`: the
 * graph rendered by the same exporters as `coopgraph export` (src/export), so the
 * viewer's download and the CLI's file are one dialect; `POST` renders a graph the
 * viewer sends (what it draws). The answer is JSON
 * `{format, name, mediaType, content}` (content = the file's text).
 */
import { EXPORT_FORMATS, type ExportFormat, findExportFormat, withSourceCounts } from '../export/index.ts';
import type { ExportResponse } from '../schema/export-api.ts';
import { type GraphExport, GraphExportSchema, GraphQuerySchema } from '../schema/index.ts';
import { HttpError } from './http-error.ts';
import type { RouteDefinition } from './route.ts';

const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
};

const SINGLE_FILE_FORMATS = EXPORT_FORMATS.filter((f) => !f.multiFile).map((f) => f.id);

/** The single-file format `?format=` names, or a 400 listing the ones there are. */
function singleFileFormat(query: Readonly<Record<string, string>>): ExportFormat {
  const format = findExportFormat(query.format ?? '');
  if (!format || format.multiFile) {
    throw new HttpError(400, `give ?format= one of ${SINGLE_FILE_FORMATS.join(', ')}`);
  }
  return format;
}

/** A graph written by one of the CLI's exporters, as the answer carries it. */
function rendered(format: ExportFormat, graph: GraphExport): ExportResponse {
  const content = format
    .render(withSourceCounts(graph))
    .map((f) => f.content)
    .join('');
  return {
    format: format.id,
    name: `coopgraph.${format.id}`,
    mediaType: MEDIA_TYPES[format.id] ?? 'text/plain',
    content,
  };
}

export const exportRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/export',
  async handle({ query, services }): Promise<ExportResponse> {
    const format = singleFileFormat(query);
    return rendered(format, await services.data.graph(GraphQuerySchema.parse(query)));
  },
};

/**
 * `POST /api/export?format=…` with a graph in the body (the serialised form `/api/graph`
 * answers): that graph written by the same exporters. The viewer sends what it draws now
 * (after expands, collapses, hides and filters, at its positions), which only the page knows.
 */
export const exportDrawnRoute: RouteDefinition = {
  method: 'POST',
  path: '/api/export',
  // A drawn overview is about 1.6 MB at the default edge budget; everything drawn at 50,000 articles stays well under.
  maxBodyBytes: 64_000_000,
  async handle({ query, body }): Promise<ExportResponse> {
    const format = singleFileFormat(query);
    const graph = GraphExportSchema.safeParse(body);
    if (!graph.success)
      throw new HttpError(400, `the body is not a graph as /api/graph sends it: ${graph.error.issues[0]?.message}`);
    return rendered(format, graph.data);
  },
};
