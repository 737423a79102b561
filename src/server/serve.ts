/**
 * `coopgraph serve` as a function: build the viewer if needed, connect to the
 * store (starting the embedded Neo4j when needed), start the HTTP server, and
 * hand back a `stop` that undoes all of it, including stopping an embedded
 * Neo4j this call started (one that was already running is left alone).
 */
import { type Env, resolveDataDir, resolveExternalNeo4j } from '../config.ts';
import { resolveCurationPath } from '../io/curation-file.ts';
import { createCypherService } from '../query/index.ts';
import { embeddedStatus, openStore, releaseEmbedded } from '../store/index.ts';
import { createCurationService } from './curation-route.ts';
import { cypherLimitsFromEnv } from './cypher-limits.ts';
import { startServer } from './http-server.ts';
import { API_ROUTES } from './routes.ts';
import { createStoreDataSource } from './store-data-source.ts';
import { ensureViewerBuilt } from './viewer-build.ts';

export interface ServeOptions {
  port: number;
  log: (line: string) => void;
  env?: Env;
  /** Serve the API only (no viewer build); for tests of the API alone. */
  apiOnly?: boolean;
  /** Accept curation edits (`POST /api/curation`) from clients that send the per-run token. */
  allowEdits?: boolean;
}

export interface ServeHandle {
  url: string;
  /** The token edits must send (only with `allowEdits`). */
  editToken?: string;
  stop(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<ServeHandle> {
  const env = options.env ?? process.env;
  const cypherLimits = cypherLimitsFromEnv(env);
  const staticDir = options.apiOnly ? undefined : await ensureViewerBuilt(options.log);
  const dataDir = resolveDataDir(env);
  const embedded = !resolveExternalNeo4j(env);
  const startedNeo4j = embedded && !(await embeddedStatus(dataDir)).running;
  const store = await openStore({ env, log: options.log });
  const stopNeo4j = async () => {
    // Give up this process's claim: the JVM stops unless another command still uses it.
    if (startedNeo4j) await releaseEmbedded({ log: options.log });
  };
  const curation = options.allowEdits ? createCurationService(store, resolveCurationPath(undefined, env)) : undefined;
  try {
    const server = await startServer({
      port: options.port,
      routes: API_ROUTES,
      services: {
        data: createStoreDataSource(store),
        cypher: createCypherService(store, cypherLimits),
        ...(curation ? { curation } : {}),
      },
      ...(staticDir ? { staticDir } : {}),
      onError: (error) =>
        options.log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    return {
      url: server.url,
      ...(curation ? { editToken: curation.token } : {}),
      async stop() {
        await server.close();
        await store.close();
        await stopNeo4j();
      },
    };
  } catch (error) {
    await store.close();
    await stopNeo4j();
    throw error;
  }
}
