/**
 * The Cypher console behind the HTTP API: always read-only whatever the request
 * says, with the server's own row, byte and time limits, and the result's nodes and
 * relationships named by the keys the viewer's graph uses. I/O: the store's driver.
 */

import type { CypherRequest, CypherResponse, ExampleQueryList } from '../schema/cypher-api.ts';
import { type CypherTarget, type Relationship, toPlain } from '../store/index.ts';
import { collectGraphElements, type GraphElements } from './graph-elements.ts';
import { loadExampleQueries } from './load-example-queries.ts';
import type { QueryParams } from './parse-params.ts';
import { DEFAULT_RUN_OPTIONS, runCypher } from './run-cypher.ts';

export interface CypherService {
  run(request: CypherRequest): Promise<CypherResponse>;
  examples(): Promise<ExampleQueryList>;
}

export interface CypherServiceOptions {
  /** Most rows returned; more set `truncated`. */
  limit: number;
  /** Most bytes of result read; past it the request fails (ResultTooLargeError, HTTP 422). */
  maxBytes: number;
  timeoutSeconds: number;
  /** Where the example library lives (tests point elsewhere). */
  examplesDir?: string;
}

export const DEFAULT_CYPHER_SERVICE_OPTIONS: CypherServiceOptions = {
  limit: DEFAULT_RUN_OPTIONS.limit,
  maxBytes: DEFAULT_RUN_OPTIONS.maxBytes,
  timeoutSeconds: DEFAULT_RUN_OPTIONS.timeoutSeconds,
};

const HTTP_WRITE_HINT =
  'the HTTP API only reads; use `coopgraph query --write` on the command line to change the graph';

/** A read-only Cypher service over the store; limits not given take their defaults. */
export function createCypherService(target: CypherTarget, given: Partial<CypherServiceOptions> = {}): CypherService {
  const options = { ...DEFAULT_CYPHER_SERVICE_OPTIONS, ...given };
  const read = (query: string, params: QueryParams, limit = options.limit) =>
    runCypher(target, query, {
      ...DEFAULT_RUN_OPTIONS,
      params,
      limit,
      maxBytes: options.maxBytes,
      timeoutSeconds: options.timeoutSeconds,
      write: false,
      writeHint: HTTP_WRITE_HINT,
    });
  return {
    async run(request) {
      const result = await read(request.query, request.params);
      const elements = collectGraphElements(result.rows, { nodes: new Map(), relationships: new Map() });
      const entityIds = await entityIdsOf(elements, (ids) =>
        read('MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n), n.id', { ids }, ids.length),
      );
      return {
        columns: result.columns,
        rows: result.rows.map((row) => row.map(toPlain)),
        truncated: result.truncated,
        nodeIds: [...new Set([...elements.nodes.keys()].flatMap((e) => entityIds.get(e) ?? []))],
        edgeIds: [...elements.relationships.values()].flatMap((r) => edgeKeyOf(r, entityIds) ?? []),
      };
    },
    async examples() {
      return { queries: await loadExampleQueries(options.examplesDir) };
    },
  };
}

/**
 * Maps element ids to entity ids (the `id` property) for the result's nodes and for the
 * ends of its relationships; ends missing from the result are looked up with one query.
 */
async function entityIdsOf(
  elements: GraphElements,
  lookup: (elementIds: string[]) => Promise<{ rows: unknown[][] }>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [elementId, node] of elements.nodes) {
    if (typeof node.properties.id === 'string') ids.set(elementId, node.properties.id);
  }
  const missing = [...elements.relationships.values()]
    .flatMap((r) => [r.startNodeElementId, r.endNodeElementId])
    .filter((e) => !elements.nodes.has(e));
  if (missing.length > 0) {
    for (const [elementId, id] of (await lookup([...new Set(missing)])).rows) {
      if (typeof elementId === 'string' && typeof id === 'string') ids.set(elementId, id);
    }
  }
  return ids;
}

/** The viewer's edge key (`SUPPLIES:region:kaluga-oblast->enterprise:maz`, as the store's graph read builds it). */
function edgeKeyOf(rel: Relationship, entityIds: ReadonlyMap<string, string>): string | undefined {
  const source = entityIds.get(rel.startNodeElementId);
  const target = entityIds.get(rel.endNodeElementId);
  return source && target ? `${rel.type}:${source}->${target}` : undefined;
}
