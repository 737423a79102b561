/**
 * `coopgraph export --format json|gexf|graphml|csv [--out PATH]`: the stored graph
 * (filtered like the viewer's: --types, --relations, --since, --until) in a file
 * format for other tools. Single-file formats go to --out or stdout; csv writes
 * nodes.csv and relationships.csv into the --out folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
import { EXPORT_FORMATS, findExportFormat, withSourceCounts } from '../../export/index.ts';
import { GraphQuerySchema } from '../../schema/index.ts';
import { createStoreDataSource } from '../../server/store-data-source.ts';
import { openStore } from '../../store/index.ts';
import type { CommandDefinition } from './index.ts';
import { say } from './ingest.ts';

interface ExportOptions {
  format: string;
  out?: string;
  types?: string;
  relations?: string;
  since?: string;
  until?: string;
}

export const exportCommand: CommandDefinition = {
  register(program: Command) {
    program
      .command('export')
      .description('export the graph as JSON (viewer format), GEXF, GraphML or neo4j-admin CSV')
      .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`)
      .option('-o, --out <path>', 'output file (folder for csv); default: standard output')
      .option('--types <list>', 'only these entity types, comma-separated (e.g. Region,Enterprise)')
      .option('--relations <list>', 'only these relation types, comma-separated (e.g. SUPPLIES,CO_PRODUCES)')
      .option('--since <date>', 'only relations stated by articles dated on or after YYYY-MM-DD')
      .option('--until <date>', 'only relations stated by articles dated on or before YYYY-MM-DD')
      .action(async (options: ExportOptions) => {
        const format = findExportFormat(options.format);
        if (!format) {
          throw new UsageError(
            `unknown format "${options.format}"; choose one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`,
          );
        }
        if (format.multiFile && !options.out) throw new UsageError(`--format ${format.id} needs --out FOLDER`);
        const query = GraphQuerySchema.safeParse({
          types: options.types,
          relations: options.relations,
          since: options.since,
          until: options.until,
        });
        if (!query.success) throw new UsageError(`invalid filter: ${z.prettifyError(query.error).replace(/\n/g, ' ')}`);

        const store = await openStore({ log: say });
        let files: ReturnType<typeof format.render>;
        try {
          files = format.render(withSourceCounts(await createStoreDataSource(store).graph(query.data)));
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
        } else {
          await writeFile(options.out, files.map((f) => f.content).join(''));
          say(`wrote ${options.out}`);
        }
      });
  },
};
