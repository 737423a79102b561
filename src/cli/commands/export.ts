/**
 * `coopgraph export --format json|gexf|graphml|csv [--out PATH]`: the stored graph
 * (filtered like the viewer's: --types, --relations, --since, --until) in a file
 * format for other tools. Single-file formats go to --out or stdout; csv writes
 * nodes, articles, relationships and mentions CSV into the --out folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportSources,
  findExportFormat,
  NEO4J_IMPORT_COMMAND,
  POST_IMPORT_FILE,
  withSourceCounts,
} from '../../export/index.ts';
import { GraphQuerySchema } from '../../schema/index.ts';
import { createStoreDataSource } from '../../server/store-data-source.ts';
import { openStore } from '../../store/index.ts';
import { readExportSources, relationshipKey } from '../../store/read-export-sources.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';

interface ExportOptions {
  format: string;
  out?: string;
  types?: string;
  relations?: string;
  since?: string;
  until?: string;
  rejected?: boolean;
}

/** Whether the text is a real calendar date as YYYY-MM-DD (2024-02-29 yes, 2024-13-45 and 2023-02-29 no). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkDate(option: string, value: string | undefined): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new UsageError(`${option} expects a date as YYYY-MM-DD (e.g. 2024-01-31), got "${value}"`);
  }
}

/** The format named by --format, or a UsageError listing the ones there are. */
function formatOf(options: ExportOptions): ExportFormat {
  const format = findExportFormat(options.format);
  if (!format) {
    throw new UsageError(
      `unknown format "${options.format}"; choose one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`,
    );
  }
  if (format.multiFile && !options.out) throw new UsageError(`--format ${format.id} needs --out FOLDER`);
  return format;
}

export const exportCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('export')
      .description('export the graph as JSON (viewer format), GEXF, GraphML or neo4j-admin CSV')
      .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`)
      .option('-o, --out <path>', 'output file (folder for csv); default: standard output')
      .option('--types <list>', 'only these entity types, comma-separated (e.g. Region,Enterprise)')
      .option('--relations <list>', 'only these relation types, comma-separated (e.g. SUPPLIES,CO_PRODUCES)')
      .option('--since <date>', 'only relations stated by articles dated on or after YYYY-MM-DD')
      .option('--until <date>', 'only relations stated by articles dated on or before YYYY-MM-DD')
      .option('--rejected', 'also export relations people rejected (hidden by default; see coopgraph curate)')
      .action(async (options: ExportOptions) => {
        const format = formatOf(options);
        checkDate('--since', options.since);
        checkDate('--until', options.until);
        const query = GraphQuerySchema.safeParse({
          types: options.types,
          relations: options.relations,
          since: options.since,
          until: options.until,
          ...(options.rejected ? { rejected: '1' } : {}),
        });
        if (!query.success) throw new UsageError(`invalid filter: ${z.prettifyError(query.error).replace(/\n/g, ' ')}`);

        const store = await openStore({ log: say });
        let files: ReturnType<typeof format.render>;
        try {
          const graph = withSourceCounts(await createStoreDataSource(store).graph(query.data));
          let sources: ExportSources | undefined;
          if (format.needsSources) {
            const keys = graph.edges.map((e) => relationshipKey(e.attributes.type, e.source, e.target));
            sources = await readExportSources(
              store,
              graph.nodes.map((n) => n.key),
              keys,
            );
          }
          files = format.render(graph, sources);
        } finally {
          await store.close();
        }
        if (!options.out) {
          for (const file of files) process.stdout.write(file.content);
          return;
        }
        if (format.multiFile) {
          await mkdir(options.out, { recursive: true });
          for (const file of files) await writeFile(join(options.out, file.name), file.content);
          say(`wrote ${files.map((f) => join(options.out ?? '', f.name)).join(', ')}`);
          if (format.id === 'csv') {
            say(`import with (in ${options.out}): ${NEO4J_IMPORT_COMMAND}`);
            say(
              `then run once: coopgraph query --write -f ${join(options.out, POST_IMPORT_FILE)} (or cypher-shell -f)`,
            );
          }
        } else {
          await writeFile(options.out, files.map((f) => f.content).join(''));
          say(`wrote ${options.out}`);
        }
      });
  },
};
