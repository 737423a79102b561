/**
 * Query latency on the loaded graph: the project's example queries (region
 * partners, shortest path, trade by year) plus neighbours of an entity and
 * full-text search, with parameters picked from the graph itself so every
 * query has something to find. Reports p50/p95 over repeated runs.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/config.ts';
import { loadExampleQueries } from '../../src/query/index.ts';
import { factTypesPattern } from '../../src/store/index.ts';
import { percentile } from './stats.ts';

export interface QuerySpec {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

export interface QueryLatency {
  p50: number;
  p95: number;
  rows: number;
}

const NEIGHBOURS = `MATCH (e:Entity {id: $id})-[r:${factTypesPattern()}]-(n:Entity)
RETURN type(r) AS relation, n.id AS id, n.name AS name, n.type AS type, size(r.evidence) AS evidence
ORDER BY evidence DESC LIMIT 100`;

const FULLTEXT = `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, score LIMIT 20`;

async function firstValue(driver: Driver, cypher: string): Promise<string | undefined> {
  const { records } = await driver.executeQuery(cypher, {}, { routing: 'READ' });
  const value: unknown = records[0]?.get(0);
  return typeof value === 'string' ? value : undefined;
}

/** The queries with parameters taken from the graph: its best-connected region, a person and an enterprise. */
async function chooseQueries(driver: Driver): Promise<QuerySpec[]> {
  const examples = new Map((await loadExampleQueries()).map((q) => [q.id, q]));
  const region =
    (await firstValue(
      driver,
      'MATCH (r:Region)-[x]-(:Entity) WITH r, count(x) AS c RETURN r.name ORDER BY c DESC LIMIT 1',
    )) ?? 'Калужская область';
  const hubId = await firstValue(
    driver,
    'MATCH (e:Entity)-[x]-(:Entity) WITH e, count(x) AS c RETURN e.id ORDER BY c DESC LIMIT 1',
  );
  const person = await firstValue(driver, 'MATCH (p:Person)-[]-(:Entity) RETURN p.name LIMIT 1');
  const firm = await firstValue(driver, 'MATCH (e:Enterprise)-[]-(:Entity) RETURN e.name SKIP 3 LIMIT 1');
  const example = (id: string, name: string, params: Record<string, unknown>): QuerySpec[] => {
    const q = examples.get(id);
    return q ? [{ name, cypher: q.query, params: { ...q.params, ...params } }] : [];
  };
  return [
    { name: 'neighbours', cypher: NEIGHBOURS, params: { id: hubId ?? 'country:belarus' } },
    ...example('region-partners', 'region_partners', { region, relation: 'SUPPLIES' }),
    ...example('shortest-path', 'shortest_path', { from: person ?? 'Беларусь', to: firm ?? region }),
    ...example('trade-by-year', 'trade_by_year', { name: region }),
    { name: 'fulltext_search', cypher: FULLTEXT, params: { q: region.split(' ')[0] ?? region } },
  ];
}

/** Runs each query `warmup` times untimed, then `runs` times timed (all records pulled). */
export async function benchQueries(
  connection: Neo4jConnection,
  runs: number,
  warmup = 3,
): Promise<Record<string, QueryLatency>> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    const out: Record<string, QueryLatency> = {};
    for (const spec of await chooseQueries(driver)) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < warmup + runs; i++) {
        const start = performance.now();
        const { records } = await driver.executeQuery(spec.cypher, spec.params, { routing: 'READ' });
        if (i >= warmup) times.push(performance.now() - start);
        rows = records.length;
      }
      out[spec.name] = { p50: percentile(times, 50), p95: percentile(times, 95), rows };
    }
    return out;
  } finally {
    await driver.close();
  }
}
