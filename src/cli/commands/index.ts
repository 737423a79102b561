/**
 * The registry of CLI commands. A new command is a new file in this folder
 * exporting a `CommandDefinition`, plus one line here.
 */
import type { CommandDefinition } from '../command-definition.ts';
import { articleCommand } from './article.ts';
import { curateCommand, relationCurationCommand } from './curate.ts';
import { entityCommand } from './entity.ts';
import { exportCommand } from './export.ts';
import { extractCommand } from './extract.ts';
import { feedCommand } from './feed.ts';
import { ingestCommand } from './ingest.ts';
import { neo4jCommand } from './neo4j.ts';
import { queryCommand } from './query.ts';
import { serveCommand } from './serve.ts';
import { startCommand } from './start.ts';

export const COMMANDS: readonly CommandDefinition[] = [
  neo4jCommand,
  queryCommand,
  extractCommand,
  serveCommand,
  ingestCommand,
  feedCommand,
  articleCommand,
  entityCommand,
  relationCurationCommand,
  curateCommand,
  exportCommand,
  startCommand,
];
