/**
 * `coopgraph neo4j start | stop | status [--json]`: the embedded Neo4j's life cycle.
 * `start` returns once Bolt answers and the store's constraints and indexes exist.
 */
import type { Command } from 'commander';
import { resolveDataDir } from '../../config.ts';
import { embeddedStatus, openStore, stopEmbedded } from '../../store/index.ts';
import type { CommandDefinition } from './index.ts';

const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export const neo4jCommand: CommandDefinition = {
  register(program: Command) {
    const neo4j = program
      .command('neo4j')
      .description('manage the embedded Neo4j (data in $COOPGRAPH_DATA_DIR, default .coopgraph/)');

    neo4j
      .command('start')
      .description('start the embedded Neo4j (no-op when running) and ensure the schema')
      .action(async () => {
        const dataDir = resolveDataDir();
        const store = await openStore({ env: { ...process.env, NEO4J_URI: undefined }, log: say });
        await store.close();
        const status = await embeddedStatus(dataDir);
        if (status.running) process.stdout.write(`neo4j running at ${status.uri} (pid ${status.pid})\n`);
      });

    neo4j
      .command('stop')
      .description('stop the embedded Neo4j cleanly')
      .action(async () => {
        const stopped = await stopEmbedded(resolveDataDir(), { log: say });
        process.stdout.write(stopped ? 'neo4j stopped\n' : 'neo4j was not running\n');
      });

    neo4j
      .command('status')
      .description('show whether the embedded Neo4j runs, and how to connect to it')
      .option('--json', 'print {"running", "uri", "username", "password", "pid", "dataDir"} as JSON')
      .action(async (options: { json?: boolean }) => {
        const status = await embeddedStatus(resolveDataDir());
        if (options.json) {
          process.stdout.write(`${JSON.stringify(status)}\n`);
        } else if (status.running) {
          process.stdout.write(
            `neo4j running at ${status.uri} (pid ${status.pid}, user ${status.username}, data ${status.dataDir})\n`,
          );
        } else {
          process.stdout.write(`neo4j not running (data ${status.dataDir})\n`);
        }
      });
  },
};
