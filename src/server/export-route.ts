/**
 * `GET /api/export?format=gexf|graphml|json[&types=…&relations=…&since=…&until=…]`: the
 * graph rendered by the same exporters as `coopgraph export` (src/export), so the
 * viewer's download and the CLI's file are one dialect. The answer is JSON
 * `{format, name, mediaType, content}` (content = the file's text).
 */
import { z } from 'zod';
import { EXPORT_FORMATS, findExportFormat, withSourceCounts } from '../export/index.ts';
import { GraphQuerySchema } from '../schema/index.ts';
import { HttpError } from './http-error.ts';
import type { RouteDefinition } from './route.ts';

const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
};

/** What `GET /api/export` returns. */
export const ExportResponseSchema = z.object({
  format: z.string(),
  name: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type ExportResponse = z.infer<typeof ExportResponseSchema>;

const SINGLE_FILE_FORMATS = EXPORT_FORMATS.filter((f) => !f.multiFile).map((f) => f.id);

export const exportRoute: RouteDefinition = {
  method: 'GET',
  path: '/api/export',
  async handle({ query, services }): Promise<ExportResponse> {
    const format = findExportFormat(query.format ?? '');
    if (!format || format.multiFile) {
      throw new HttpError(400, `give ?format= one of ${SINGLE_FILE_FORMATS.join(', ')}`);
    }
    const graph = withSourceCounts(await services.data.graph(GraphQuerySchema.parse(query)));
    const content = format
      .render(graph)
      .map((f) => f.content)
      .join('');
    return {
      format: format.id,
      name: `coopgraph.${format.id}`,
      mediaType: MEDIA_TYPES[format.id] ?? 'text/plain',
      content,
    };
  },
};
