/**
 * One entity's neighbourhood (`GET /api/entities/:id/neighbours`): the entity,
 * its most stated relations passing the filters and the entities at their
 * other ends, in the compact form of `/api/graph`. Degrees are the store's, so
 * an expanded node is sized as it would be in the full graph.
 */
import { GRAPH_SCHEMA_VERSION, SYMMETRIC_RELATIONS } from '../schema/index.ts';
import type { NeighboursQuery, NeighboursResponseInput } from '../schema/neighbours.ts';
import { type CypherQuery, factTypesPattern, type PlainValue, runRead, type Store } from '../store/index.ts';
import { compactGraphExport } from './compact-graph.ts';
import { toEdgeAttributes, toNodeAttributes } from './graph-view.ts';

type PlainRecord = Record<string, PlainValue>;

function isRecord(value: PlainValue | undefined): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The entity and its relations passing the filters, most articles first. A date window
 * keeps the relations whose first–last dates overlap it, as `/api/graph` does.
 */
export function neighboursQuery(id: string, query: NeighboursQuery): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity {id: $id})',
      // An aggregation without grouping keys gives one row, so an entity without relations still answers.
      'CALL {',
      '  WITH e',
      `  MATCH (e)-[r:${factTypesPattern()}]-(o:Entity)`,
      '  WHERE ($includeRejected OR r.rejected IS NULL)',
      '    AND ($relations IS NULL OR type(r) IN $relations) AND ($types IS NULL OR o.type IN $types)',
      '    AND ($since IS NULL OR coalesce(r.lastSeen, r.firstSeen) >= $since)',
      '    AND ($until IS NULL OR r.firstSeen <= $until)',
      '  WITH r, o ORDER BY coalesce(r.articleCount, 0) DESC, o.id',
      '  RETURN count(*) AS total, collect({type: type(r), source: startNode(r).id, target: endNode(r).id,',
      `    props: properties(r), other: o {.*}, degree: COUNT { (o)-[:${factTypesPattern()}]-() }})`,
      '    [0..toInteger($limit)] AS relations',
      '}',
      `RETURN e {.*} AS entity, COUNT { (e)-[:${factTypesPattern()}]-() } AS degree, total, relations`,
    ].join('\n'),
    params: {
      id,
      relations: query.relations.length ? [...query.relations] : null,
      types: query.types.length ? [...query.types] : null,
      since: query.since ?? null,
      until: query.until ?? null,
      includeRejected: query.rejected ?? false,
      limit: query.limit,
    },
  };
}

/** The neighbourhood; undefined when no entity has the id (the route answers 404). */
export async function readNeighbours(
  store: Store,
  id: string,
  query: NeighboursQuery,
): Promise<NeighboursResponseInput | undefined> {
  const [row] = await runRead(store, neighboursQuery(id, query));
  if (!row || !isRecord(row.entity)) return undefined;
  const center = toNodeAttributes(id, row.entity);
  if (!center) return undefined;
  const degrees = new Map<string, number>([[id, Number(row.degree ?? 0)]]);
  const nodes = new Map([[id, center]]);
  const edges = [];
  for (const relation of Array.isArray(row.relations) ? row.relations : []) {
    if (!isRecord(relation) || !isRecord(relation.other) || !isRecord(relation.props)) continue;
    const { source, target, type, other } = relation;
    if (typeof source !== 'string' || typeof target !== 'string' || typeof other.id !== 'string') continue;
    const node = toNodeAttributes(other.id, other);
    const edge = toEdgeAttributes({ ...relation.props, type }, new Map());
    if (!node || !edge) continue;
    const count = relation.props.articleCount;
    const attributes = { ...edge, articleCount: typeof count === 'number' ? count : 0 };
    nodes.set(other.id, node);
    degrees.set(other.id, Number(relation.degree ?? 0));
    const symmetric = SYMMETRIC_RELATIONS.has(attributes.type);
    edges.push({
      key: `${attributes.type}:${source}->${target}`,
      source,
      target,
      ...(symmetric ? { undirected: true } : {}),
      attributes,
    });
  }
  const compact = compactGraphExport({
    attributes: { schemaVersion: GRAPH_SCHEMA_VERSION, generatedAt: new Date(0).toISOString() },
    nodes: [...nodes].map(([key, attributes]) => ({ key, attributes })),
    edges,
  });
  return {
    center: id,
    total: Number(row.total ?? 0),
    nodes: compact.nodes.map((node) => ({
      ...node,
      attributes: { ...node.attributes, degree: degrees.get(node.key) ?? 0 },
    })),
    edges: compact.edges,
  };
}

/** A source of neighbourhoods (the Neo4j data source is one; graph snapshots are not). */
export interface NeighboursSource {
  neighbours(id: string, query: NeighboursQuery): Promise<NeighboursResponseInput | undefined>;
}

/** Whether a data source can read neighbourhoods. */
export function hasNeighbours(source: object): source is NeighboursSource {
  return typeof (source as Partial<NeighboursSource>).neighbours === 'function';
}

/** The neighbourhood reads over one store, to spread into the store's data source. */
export function createNeighboursSource(store: Store): NeighboursSource {
  return { neighbours: (id, query) => readNeighbours(store, id, query) };
}
