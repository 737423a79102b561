/**
 * `coopgraph start` (what `npm start` runs): start or connect to Neo4j, load
 * graph-data/articles (quick when nothing changed: unchanged articles are
 * skipped before extraction), then serve the viewer and API until Ctrl-C.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT, resolveDataDir, resolveExternalNeo4j } from '../../config.ts';
import { formatSummary } from '../../ingest/index.ts';
import { DEFAULT_PORT } from '../../server/http-server.ts';
import { serve } from '../../server/serve.ts';
import { embeddedStatus, openStore, stopEmbedded } from '../../store/index.ts';
import type { CommandDefinition } from './index.ts';
import { runIngest, say } from './ingest.ts';
import { resolvePort } from './serve.ts';

/** The sample corpus `start` loads. */
export const DEFAULT_ARTICLES_DIR = join(PROJECT_ROOT, 'graph-data', 'articles');

/** Serves until SIGINT/SIGTERM, then stops the server (and the Neo4j it started). */
async function serveUntilInterrupted(port: number): Promise<void> {
  say('starting the viewer and API…');
  const handle = await serve({ port, log: say });
  process.stdout.write(`coopgraph viewer: ${handle.url}  (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      say('stopping…');
      handle.stop().then(resolve, (error: unknown) => {
        say(`error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        resolve();
      });
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
}

export const startCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('start')
      .description('start Neo4j, load graph-data/articles (skipping unchanged ones), then serve the viewer')
      .option('-p, --port <n>', `viewer/API port (default: $PORT or ${DEFAULT_PORT})`)
      .option('--articles <dir>', 'folder of articles to load', DEFAULT_ARTICLES_DIR)
      .option('--no-serve', 'load the articles and exit without starting the viewer')
      .action(async (options: { port?: string; articles: string; serve: boolean }) => {
        const port = resolvePort(options.port, process.env.PORT);
        say('connecting to Neo4j (starting the embedded one if needed)…');
        // An embedded Neo4j this command starts is stopped with it; one already running is left alone.
        const dataDir = resolveDataDir();
        const startedNeo4j = !resolveExternalNeo4j() && !(await embeddedStatus(dataDir)).running;
        const store = await openStore({ log: say });
        let failed = 0;
        try {
          say(`neo4j: ${store.connection.uri}`);
          say(`loading ${options.articles}…`);
          const summary = await runIngest(store, [options.articles]);
          process.stdout.write(`${formatSummary(summary).join('\n')}\n`);
          failed = summary.articles.failed;
        } finally {
          await store.close();
        }
        if (failed > 0) process.exitCode = 1;
        try {
          if (options.serve) await serveUntilInterrupted(port);
          else if (startedNeo4j) say(`the embedded Neo4j keeps running; stop it with: coopgraph neo4j stop`);
        } finally {
          if (startedNeo4j && options.serve) await stopEmbedded(dataDir, { log: say });
        }
      });
  },
};
