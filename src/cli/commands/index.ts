/**
 * The registry of CLI commands. A new command is a new file in this folder
 * exporting a `CommandDefinition`, plus one line here.
 */
import type { Command } from 'commander';
import { neo4jCommand } from './neo4j.ts';
import { queryCommand } from './query.ts';

export interface CommandDefinition {
  /** Adds the command (with its options and action) to the program. */
  register(program: Command): void;
}

export const COMMANDS: readonly CommandDefinition[] = [neo4jCommand, queryCommand];
