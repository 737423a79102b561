/**
 * `coopgraph start` (what `npm start` runs): start or connect to Neo4j, load
 * graph-data/articles (quick when nothing changed: unchanged articles are
 * skipped before extraction), then serve the viewer and API until Ctrl-C.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT } from '../../config.ts';
import { formatSummary } from '../../ingest/index.ts';
import { DEFAULT_PORT } from '../../server/http-server.ts';
import { openStore } from '../../store/index.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';
import { runIngest } from './ingest.ts';
import { resolvePort, serveUntilInterrupted } from './serve.ts';

/** The sample corpus `start` loads. */
export const DEFAULT_ARTICLES_DIR = join(PROJECT_ROOT, 'graph-data', 'articles');

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
        // Serving stops the embedded Neo4j it started with the server; --no-serve leaves it for the next command.
        if (options.serve) {
          say('starting the viewer and API…');
          await serveUntilInterrupted(port);
        }
      });
  },
};
