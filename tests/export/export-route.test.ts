import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf, withSourceCounts } from '../../src/export/index.ts';
import { GraphExportSchema, type GraphQuery } from '../../src/schema/index.ts';
import type { GraphDataSource } from '../../src/server/data-source.ts';
import { exportDrawnRoute, exportRoute } from '../../src/server/export-route.ts';
import { HttpError } from '../../src/server/http-error.ts';
import { API_ROUTES } from '../../src/server/routes.ts';
import { fixtureGraph } from './fixture-graph.ts';

/** A data source that records the graph query it was asked and answers with the fixture. */
function recordingSource(): { data: GraphDataSource; asked: GraphQuery[] } {
  const asked: GraphQuery[] = [];
  const unused = () => Promise.reject(new Error('not used by the export'));
  return {
    asked,
    data: {
      graph: async (query) => {
        asked.push(query);
        return fixtureGraph;
      },
      search: unused,
      entity: unused,
      article: unused,
    } as GraphDataSource,
  };
}

describe('GET /api/export', () => {
  it('is mounted with the other API routes', () => {
    expect(API_ROUTES).toContain(exportRoute);
    expect(exportRoute).toMatchObject({ method: 'GET', path: '/api/export' });
  });

  it("returns the CLI exporter's GEXF for the viewer's filters", async () => {
    const { data, asked } = recordingSource();
    const answer = await exportRoute.handle({
      params: {},
      query: { format: 'gexf', types: 'Region,Enterprise', relations: 'SUPPLIES', until: '2024-12-31' },
      body: undefined,
      services: { data },
    });
    expect(asked).toEqual([
      expect.objectContaining({ types: ['Region', 'Enterprise'], relations: ['SUPPLIES'], until: '2024-12-31' }),
    ]);
    expect(answer).toEqual({
      format: 'gexf',
      name: 'coopgraph.gexf',
      mediaType: 'application/gexf+xml',
      content: toGexf(withSourceCounts(fixtureGraph))[0]?.content,
    });
    const parsed = parseGexf(MultiGraph, (answer as { content: string }).content);
    expect(parsed.order).toBe(fixtureGraph.nodes.length);
  });

  it('refuses a missing or multi-file format with 400', async () => {
    const { data } = recordingSource();
    for (const format of [undefined, 'csv', 'svg']) {
      const query: Record<string, string> = format ? { format } : {};
      await expect(exportRoute.handle({ params: {}, query, body: undefined, services: { data } })).rejects.toSatisfy(
        (error: unknown) => error instanceof HttpError && error.status === 400,
      );
    }
  });
});

describe('POST /api/export', () => {
  it('is mounted beside the GET route, with room for a drawn graph', () => {
    expect(API_ROUTES).toContain(exportDrawnRoute);
    expect(exportDrawnRoute).toMatchObject({ method: 'POST', path: '/api/export' });
    expect(exportDrawnRoute.maxBodyBytes).toBeGreaterThan(1_000_000);
  });

  it("writes the graph the viewer sends with the CLI's writer", async () => {
    const { data, asked } = recordingSource();
    const drawn = { ...fixtureGraph, nodes: fixtureGraph.nodes.slice(0, 3), edges: [] };
    const answer = await exportDrawnRoute.handle({
      params: {},
      query: { format: 'gexf' },
      body: drawn,
      services: { data },
    });
    expect(asked).toEqual([]);
    const graph = GraphExportSchema.parse(drawn);
    expect(answer).toMatchObject({ format: 'gexf', content: toGexf(withSourceCounts(graph))[0]?.content });
    expect(parseGexf(MultiGraph, (answer as { content: string }).content).order).toBe(3);
  });

  it('refuses a body that is no graph with 400 naming the problem', async () => {
    const { data } = recordingSource();
    await expect(
      exportDrawnRoute.handle({ params: {}, query: { format: 'gexf' }, body: { nodes: 'x' }, services: { data } }),
    ).rejects.toSatisfy(
      (error: unknown) => error instanceof HttpError && error.status === 400 && error.message.includes('/api/graph'),
    );
  });
});
