/**
 * `coopgraph serve [--port N]`: the viewer and the JSON API on 127.0.0.1 until
 * Ctrl-C, which stops the server and the embedded Neo4j it started.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { DEFAULT_PORT } from '../../server/http-server.ts';
import { serve } from '../../server/serve.ts';
import { releaseEmbedded } from '../../store/index.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';
import { untilShutdown } from '../shutdown.ts';

/** The port from --port, else PORT, else 5173; anything but an integer 0–65535 is a usage error. */
export function resolvePort(option: string | undefined, env: string | undefined): number {
  const text = option ?? env;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new UsageError(`invalid port "${text}" (${option !== undefined ? '--port' : 'PORT'}); expected 0–65535`);
  }
  return port;
}

/**
 * Serves until Ctrl-C, SIGTERM, SIGHUP or the parent's death (see shutdown.ts), then stops
 * the server and the embedded Neo4j this command started. The URL is printed once the
 * handlers are in: whoever reads it may press Ctrl-C at once.
 */
export async function serveUntilInterrupted(port: number, allowEdits = false): Promise<void> {
  try {
    const handle = await serve({ port, log: say, allowEdits });
    const signal = untilShutdown();
    process.stdout.write(`coopgraph viewer: ${handle.url}  (Ctrl-C to stop)\n`);
    if (handle.editToken) process.stdout.write(`edits allowed with the token ${handle.editToken}\n`);
    await signal;
    say('stopping…');
    await handle.stop().catch((error: unknown) => {
      say(`error while stopping: ${error instanceof Error ? error.message : String(error)}`);
    });
  } finally {
    // Also when serving failed (port taken): a server command leaves no Neo4j of its own behind.
    await releaseEmbedded({ log: say });
  }
}

export const serveCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('serve')
      .description('serve the graph viewer and JSON API on 127.0.0.1 (Ctrl-C stops it)')
      .option('-p, --port <n>', `port to listen on (default: $PORT or ${DEFAULT_PORT})`)
      .option('--allow-edits', 'accept curation edits (POST /api/curation) that carry the token printed at start')
      .action(async (options: { port?: string; allowEdits?: boolean }) => {
        await serveUntilInterrupted(resolvePort(options.port, process.env.PORT), options.allowEdits ?? false);
      });
  },
};
