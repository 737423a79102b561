/**
 * Where coopgraph keeps its state and which Neo4j it talks to, read from the
 * environment once at the edge (CLI, server, tests) and passed down as plain data.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.ts';

/** The repository root: `src/config.ts` lives one level below it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The environment as coopgraph reads it; tests pass their own instead of `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Credentials for a Neo4j reachable over Bolt. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database?: string;
}

/**
 * `$COOPGRAPH_DATA_DIR`, or `.coopgraph/` in the project root. Relative values are
 * taken from the working directory, as a user typing them would expect.
 */
export function resolveDataDir(env: Env = process.env): string {
  const dir = env.COOPGRAPH_DATA_DIR?.trim();
  if (!dir) return resolve(PROJECT_ROOT, '.coopgraph');
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

/**
 * The Neo4j named by `NEO4J_URI` (+ `NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`),
 * or undefined when unset, meaning "use the embedded instance".
 */
export function resolveExternalNeo4j(env: Env = process.env): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI "${uri}" is not a Bolt URI (expected e.g. bolt://localhost:7687)`);
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined) throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not');
  const database = env.NEO4J_DATABASE?.trim();
  return {
    uri,
    username: env.NEO4J_USERNAME?.trim() || 'neo4j',
    password,
    ...(database ? { database } : {}),
  };
}
