/**
 * Whether a Neo4j answers, without touching its data or schema: `coopgraph neo4j status`
 * uses it for the server `NEO4J_URI` names, which every other command then talks to.
 */
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';

/** What the probe found: the server's address and version, or why it could not connect. */
export type ProbeResult =
  | { reachable: true; uri: string; username: string; database?: string; address: string; version: string }
  | { reachable: false; uri: string; username: string; database?: string; reason: string };

/** Connects once, asks for the server info and closes again. */
export async function probeNeo4j(connection: Neo4jConnection): Promise<ProbeResult> {
  const base = {
    uri: connection.uri,
    username: connection.username,
    ...(connection.database ? { database: connection.database } : {}),
  };
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    userAgent: 'coopgraph',
    connectionTimeout: 10_000,
  });
  try {
    const info = await driver.getServerInfo(connection.database ? { database: connection.database } : {});
    return { ...base, reachable: true, address: info.address ?? connection.uri, version: info.agent ?? 'Neo4j' };
  } catch (error) {
    return { ...base, reachable: false, reason: (error as Error).message.split('\n')[0] ?? 'no answer' };
  } finally {
    await driver.close();
  }
}
