/**
 * `coopgraph extract [--json] FILE`: runs the extraction pipeline on one
 * article file and prints the result, as the evaluation contract (--json) or
 * as a readable summary. `--jsonl PATHS` extracts many articles in worker threads,
 * one JSON line each, for `coopgraph ingest --extracted`.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { extract } from '../../extract/extract.ts';
import { defaultWorkerCount, parseWorkerCount } from '../../ingest/extract-pool.ts';
import { extractToJsonl } from '../../ingest/extract-to-jsonl.ts';
import { loadExtractionResources } from '../../io/extraction-resources.ts';
import { readArticle } from '../../io/read-article.ts';
import type { ExtractionResult } from '../../schema/extraction.ts';
import { ENTITY_TYPES } from '../../schema/types.ts';
import type { CommandDefinition } from '../command-definition.ts';

/** A readable summary: entities grouped by type, then relations with their evidence. */
export function formatSummary(result: ExtractionResult): string {
  const lines: string[] = [`${result.article.title}`, ''];
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  for (const type of ENTITY_TYPES) {
    const list = result.entities.filter((e) => e.type === type);
    if (list.length > 0) lines.push(`${type}: ${list.map((e) => e.name).join('; ')}`);
  }
  const text = result.relations.filter((r) => r.origin === 'text');
  lines.push('', `Relations (${text.length}):`);
  for (const r of text) {
    const attrs = Object.entries(r.attributes)
      .filter(([k, v]) => k !== 'modality' || v !== 'fact')
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    lines.push(`  ${names.get(r.source)} —${r.type}→ ${names.get(r.target)}${attrs ? `  [${attrs}]` : ''}`);
    lines.push(`      «${r.evidence.length > 200 ? `${r.evidence.slice(0, 200)}…` : r.evidence}»`);
  }
  return lines.join('\n');
}

export const extractCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('extract')
      .description('extract entities and relations from one article (.md with front matter, .txt or .html)')
      .argument('<file...>', 'article file (with --jsonl: files, folders or -)')
      .option('--json', 'print the extraction as JSON (the evaluation contract)')
      .option('--jsonl', 'extract every article under the paths: one JSON line per article, for ingest --extracted')
      .option('--workers <n>', 'extraction worker threads (with --jsonl)', String(defaultWorkerCount()))
      .action(async (files: string[], options: { json?: boolean; jsonl?: boolean; workers: string }) => {
        if (options.jsonl) {
          const run = await extractToJsonl(files, parseWorkerCount(options.workers), process.stdout, (source, reason) =>
            process.stderr.write(`coopgraph: ${reason.startsWith(source) ? reason : `${source}: ${reason}`}\n`),
          );
          if (run.failed.length > 0) process.exitCode = 1;
          return;
        }
        const [file, ...more] = files;
        if (!file || more.length > 0) throw new UsageError('extract takes one file; use --jsonl for several');
        const article = await readArticle(file);
        const result = extract(article, await loadExtractionResources());
        process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSummary(result)}\n`);
      });
  },
};
