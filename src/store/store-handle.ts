/**
 * The `Store` handle's type, in a module of its own: store.ts connects and ensures the schema
 * through modules that take a `Store`, so they import this type and not store.ts.
 */
import type { Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';

/** A connected store: the shared driver, the database to use, and how it was reached. */
export interface Store {
  readonly driver: Driver;
  /** Database name for sessions and executeQuery; undefined means the server default. */
  readonly database: string | undefined;
  readonly connection: Neo4jConnection;
  /** Releases this handle; the driver closes when the last handle of the process is closed. */
  close(): Promise<void>;
}
