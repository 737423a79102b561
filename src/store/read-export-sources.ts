/**
 * Reads what a database copy (`coopgraph export --format csv`) needs beyond the viewer's
 * graph: the stored properties of the selected entities and relationships as Neo4j holds
 * them, the articles (without their text) behind them, the entities' MENTIONED_IN links,
 * the relationships' Evidence nodes and the store's marker node.
 */
import type { CypherQuery } from './cypher.ts';
import { runRead } from './run-query.ts';
import type { Store } from './store-handle.ts';
import type { PlainValue } from './values.ts';

/** Stored properties of one node or relationship, as plain values. */
export type StoredProperties = Record<string, PlainValue>;

/** What `readExportSources` returns. */
export interface StoredSources {
  entities: Record<string, StoredProperties>;
  relationships: Record<string, StoredProperties>;
  articles: StoredProperties[];
  mentions: { entityId: string; articleId: string }[];
  /** Other nodes the store keeps (Evidence, the CoopgraphStore marker), with their first label. */
  otherNodes: { label: string; properties: StoredProperties }[];
}

/** A relationship's key, as Evidence nodes name it. */
export function relationshipKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

function entitiesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, properties(e) AS props',
    params: { ids: [...ids] },
  };
}

function relationshipsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'MATCH (s:Entity)-[r]->(t:Entity)',
      'WHERE s.id IN $ids AND t.id IN $ids',
      "RETURN type(r) + '|' + s.id + '|' + t.id AS key, properties(r) AS props",
    ].join('\n'),
    params: { ids: [...ids] },
  };
}

function mentionsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article)',
      'WHERE e.id IN $ids',
      'RETURN e.id AS entityId, a.id AS articleId',
      'ORDER BY entityId, articleId',
    ].join('\n'),
    params: { ids: [...ids] },
  };
}

function articlesQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'MATCH (a:Article) WHERE a.id IN $ids RETURN properties(a) AS props ORDER BY a.id',
    params: { ids: [...ids] },
  };
}

function evidenceQuery(keys: readonly string[]): CypherQuery {
  return {
    cypher: 'MATCH (o:Evidence) WHERE o.relation IN $keys RETURN properties(o) AS props ORDER BY o.id',
    params: { keys: [...keys] },
  };
}

const MARKER_QUERY: CypherQuery = { cypher: 'MATCH (m:CoopgraphStore) RETURN properties(m) AS props', params: {} };

function propsOf(value: PlainValue | undefined): StoredProperties {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/**
 * Everything stored about the selected entities and relationships (`TYPE|source|target`
 * keys): their properties, articles without text, mentions and Evidence nodes.
 *
 * @example
 * const sources = await readExportSources(store, nodeIds, edgeKeys);
 */
export async function readExportSources(
  store: Store,
  entityIds: readonly string[],
  relationshipKeys: readonly string[],
): Promise<StoredSources> {
  const wanted = new Set(relationshipKeys);
  const entities: Record<string, StoredProperties> = {};
  for (const row of await runRead(store, entitiesQuery(entityIds))) entities[String(row.id)] = propsOf(row.props);
  const relationships: Record<string, StoredProperties> = {};
  for (const row of await runRead(store, relationshipsQuery(entityIds))) {
    const key = String(row.key);
    if (wanted.has(key)) relationships[key] = propsOf(row.props);
  }
  const mentions = (await runRead(store, mentionsQuery(entityIds))).map((row) => ({
    entityId: String(row.entityId),
    articleId: String(row.articleId),
  }));
  const evidence = (await runRead(store, evidenceQuery([...wanted]))).map((row) => propsOf(row.props));
  const articleIds = new Set(mentions.map((m) => m.articleId));
  for (const props of Object.values(relationships)) {
    if (Array.isArray(props.articleIds)) for (const id of props.articleIds) articleIds.add(String(id));
  }
  for (const props of evidence) if (typeof props.articleId === 'string') articleIds.add(props.articleId);
  const articles = (await runRead(store, articlesQuery([...articleIds].sort()))).map((row) => {
    const { text: _text, ...props } = propsOf(row.props);
    return props;
  });
  const otherNodes = [
    ...evidence.map((properties) => ({ label: 'Evidence', properties })),
    ...(await runRead(store, MARKER_QUERY)).map((row) => ({ label: 'CoopgraphStore', properties: propsOf(row.props) })),
  ];
  return { entities, relationships, articles, mentions, otherNodes };
}
