/**
 * `coopgraph article rm ID_OR_URL`: removes one stored article and every fact
 * (relationship, and entity left with no mention) whose only evidence it was.
 * `coopgraph article ls` lists what is stored.
 */
import type { Command } from 'commander';
import { readCurationLog, resolveCurationPath } from '../../io/curation-file.ts';
import { applyCurationLog } from '../../store/curation.ts';
import { openStore } from '../../store/index.ts';
import { findArticles, readGraphCounts, removeArticle } from '../../store/ingest-store.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';

export const articleCommand: CommandDefinition = {
  register(program: Command) {
    const article = program.command('article').description('list or remove stored articles');

    article
      .command('rm')
      .description('remove an article (by id, id prefix of 8+ characters, or URL) and the facts only it supported')
      .argument('<id-or-url>', 'article id, id prefix or URL')
      .action(async (idOrUrl: string) => {
        const store = await openStore({ log: say });
        try {
          const before = await readGraphCounts(store);
          const removed = await removeArticle(store, idOrUrl);
          // What people added or corrected by hand holds after the removal too.
          await applyCurationLog(store, readCurationLog(resolveCurationPath()));
          const after = await readGraphCounts(store);
          process.stdout.write(
            `removed article ${removed.id.slice(0, 12)} "${removed.title}"${removed.url ? ` (${removed.url})` : ''}\n` +
              `  entities:  ${before.entities - after.entities} removed (${after.entities} left)\n` +
              `  relations: ${before.relations - after.relations} removed (${after.relations} left)\n`,
          );
        } finally {
          await store.close();
        }
      });

    article
      .command('ls')
      .description('list stored articles (id, date, title, URL)')
      .option('--json', 'print the list as JSON')
      .action(async (options: { json?: boolean }) => {
        const store = await openStore({ log: say });
        try {
          const articles = await findArticles(store, '');
          if (options.json) {
            process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
            return;
          }
          for (const a of articles) {
            process.stdout.write(
              `${a.id.slice(0, 12)}  ${a.date ?? '----------'}  ${a.title}${a.url ? `  ${a.url}` : ''}\n`,
            );
          }
          process.stdout.write(`${articles.length} article(s)\n`);
        } finally {
          await store.close();
        }
      });
  },
};
