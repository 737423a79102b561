/**
 * `coopgraph neo4j start | stop | status [--json]`: the embedded Neo4j's life cycle.
 * `start` returns once Bolt answers and the store's constraints and indexes exist.
 */
import type { Command } from 'commander';
import { resolveDataDir, resolveExternalNeo4j } from '../../config.ts';
import { connectStore, embeddedStatus, startEmbedded, stopEmbedded } from '../../store/index.ts';
import { probeNeo4j } from '../../store/probe.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';

export const neo4jCommand: CommandDefinition = {
  register(program: Command) {
    const neo4j = program
      .command('neo4j')
      .description('manage the embedded Neo4j (data in $COOPGRAPH_DATA_DIR, default .coopgraph/)');

    neo4j
      .command('start')
      .description('start the embedded Neo4j in the background (no-op when running) and ensure the schema')
      .action(async () => {
        const dataDir = resolveDataDir();
        // A daemon: it outlives this command (and turns an instance another command started into one).
        const store = await connectStore(await startEmbedded(dataDir, { keepRunning: true, log: say }));
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
      .description('show whether Neo4j runs (the NEO4J_URI server when set, else the embedded one) and how to connect')
      .option('--json', 'print {"running", "uri", "username", "password", "pid", "dataDir"} as JSON')
      .action(async (options: { json?: boolean }) => {
        const external = resolveExternalNeo4j();
        if (external) {
          // Every other command uses this server, so this is the one to report on (password left out).
          const probe = await probeNeo4j(external);
          if (options.json)
            process.stdout.write(`${JSON.stringify({ external: true, running: probe.reachable, ...probe })}\n`);
          else if (probe.reachable)
            process.stdout.write(
              `neo4j (NEO4J_URI) reachable at ${probe.uri}: ${probe.version}, user ${probe.username}\n`,
            );
          else process.stdout.write(`neo4j (NEO4J_URI) not reachable at ${probe.uri}: ${probe.reason}\n`);
          if (!probe.reachable) process.exitCode = 1;
          return;
        }
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
