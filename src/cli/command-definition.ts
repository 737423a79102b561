/**
 * What a command file exports, in a module of its own: the commands import this type and
 * the registry (commands/index.ts) imports the commands, so neither imports the other.
 */
import type { Command } from 'commander';

export interface CommandDefinition {
  /** Adds the command (with its options and action) to the program. */
  register(program: Command): void;
}
