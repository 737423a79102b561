/**
 * Conventions every command follows: `--help` ends with examples and the environment
 * variables read, a short flag means one thing across commands, a closed pipe ends the
 * CLI quietly, and dates are checked before anything runs.
 */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/cli/commands/export.ts';
import { commandPath } from '../../src/cli/help-examples.ts';
import { createProgram } from '../../src/cli/main.ts';
import { PROJECT_ROOT } from '../../src/config.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'coopgraph.js');

function leaves(command: Command): Command[] {
  return command.commands.length === 0 ? [command] : command.commands.flatMap(leaves);
}

function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

describe('--help', () => {
  const commands = leaves(createProgram());

  it('covers every command', () => {
    expect(commands.map(commandPath)).toEqual(
      expect.arrayContaining(['ingest', 'export', 'query', 'serve', 'article ls', 'neo4j status', 'extract']),
    );
  });

  for (const command of leaves(createProgram())) {
    it(`of "${commandPath(command)}" shows an example and the environment variables it reads`, () => {
      const help = helpOf(command);
      expect(help).toMatch(new RegExp(`Examples:\\n  \\$ coopgraph ${commandPath(command)}`));
      expect(help).toContain('Environment:');
      expect(help).toContain('COOPGRAPH_DEBUG');
      if (!['extract', 'feed add', 'feed ls', 'feed rm', 'curate log'].includes(commandPath(command)))
        expect(help).toMatch(/NEO4J_URI|COOPGRAPH_DATA_DIR/);
    });
  }
});

describe('short flags', () => {
  it('mean the same long option in every command', () => {
    const meaning = new Map<string, Set<string>>();
    for (const command of leaves(createProgram())) {
      for (const option of command.options) {
        if (!option.short) continue;
        const longs = meaning.get(option.short) ?? new Set();
        longs.add(option.long ?? '');
        meaning.set(option.short, longs);
      }
    }
    for (const [short, longs] of meaning) expect([...longs], short).toHaveLength(1);
    expect(meaning.get('-P')).toEqual(new Set(['--param']));
    expect(meaning.get('-p')).toEqual(new Set(['--port']));
  });
});

describe('a closed pipe', () => {
  it('ends the process quietly with exit code 0 instead of an EPIPE stack trace', async () => {
    const script = [
      "const { exitQuietlyOnClosedPipe } = await import('./src/cli/main.ts');",
      'exitQuietlyOnClosedPipe(process.stdout);',
      "setInterval(() => process.stdout.write('x'.repeat(65536)), 1);",
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `| head -1`: read once, then close the reading end.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('dates', () => {
  it('are real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-45')).toBe(false);
    expect(isCalendarDate('2024-1-5')).toBe(false);
  });

  it('export --since 2024-13-45 is refused with exit code 2 before Neo4j is touched', async () => {
    const result = await promisify(execFile)(
      process.execPath,
      [BIN, 'export', '--format', 'gexf', '--since', '2024-13-45'],
      {
        env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' },
      },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('coopgraph: --since expects a date as YYYY-MM-DD');
  });
});
