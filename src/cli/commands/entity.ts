/**
 * `coopgraph entity show NAME_OR_ID`: one entity with its aliases, its relations
 * grouped by type, and the evidence and articles behind each relation.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { type EntityDetails, normalizeSearchText, type SearchHit } from '../../schema/index.ts';
import { createStoreDataSource } from '../../server/store-data-source.ts';
import { openStore } from '../../store/index.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';
import { addEntityCurationCommands } from './curate.ts';

/** The entity as the terminal shows it; pure, so tests can check the layout. */
export function formatEntity(details: EntityDetails): string[] {
  const { attributes } = details;
  const lines = [`${attributes.name}  [${attributes.type}]  ${details.id}`];
  if (attributes.nameEn) lines.push(`  English: ${attributes.nameEn}`);
  if (attributes.aliases.length > 0) lines.push(`  aliases: ${attributes.aliases.join('; ')}`);
  if (typeof attributes.curatedBy === 'string') {
    const why =
      typeof attributes.curationReason === 'string' && attributes.curationReason
        ? `: ${attributes.curationReason}`
        : '';
    lines.push(`  curated by ${attributes.curatedBy} at ${String(attributes.curatedAt ?? '?')}${why}`);
  }
  const groups = Object.entries(details.relations);
  if (groups.length === 0) lines.push('  no relations');
  for (const [type, relations] of groups) {
    lines.push('', `${type} (${relations?.length ?? 0})`);
    for (const relation of relations ?? []) {
      const arrow = relation.direction === 'out' ? '→' : '←';
      const a = relation.attributes;
      const extras = Object.entries(a)
        .filter(
          ([k, v]) => !['type', 'evidence', 'articleIds', 'firstSeen', 'lastSeen', 'dates'].includes(k) && v !== '',
        )
        .filter(
          ([k, v]) => (k !== 'modality' || v !== 'fact') && (k !== 'origin' || v !== 'text') && k !== 'confidence',
        )
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`);
      const seen = a.firstSeen
        ? `  ${a.firstSeen}${a.lastSeen && a.lastSeen !== a.firstSeen ? `…${a.lastSeen}` : ''}`
        : '';
      lines.push(`  ${arrow} ${relation.other.name} [${relation.other.type}] ${relation.other.id}${seen}`);
      if (extras.length > 0) lines.push(`      ${extras.join(', ')}`);
      for (const sentence of a.evidence) lines.push(`      «${sentence}»`);
      for (const article of relation.articles) {
        lines.push(
          `      article ${article.id.slice(0, 12)} ${article.date ?? ''} ${article.title}${article.url ? ` ${article.url}` : ''}`,
        );
      }
    }
  }
  return lines;
}

/** The hit a name most likely means: an exact (folded) name or alias match first, else the only hit. */
export function pickHit(query: string, hits: readonly SearchHit[]): SearchHit | undefined {
  const folded = normalizeSearchText(query);
  const exact = hits.filter((h) => normalizeSearchText(h.matched ?? h.name) === folded || h.id === query);
  if (exact.length >= 1) return exact[0];
  return hits.length === 1 ? hits[0] : undefined;
}

export const entityCommand: CommandDefinition = {
  register(program: Command) {
    const entity = program.command('entity').description('look at stored entities and correct them (curation)');
    entity
      .command('show')
      .description('show an entity (by id or name/alias) with its aliases, relations and their articles')
      .argument('<name-or-id>', 'entity id (e.g. person:roman-golovchenko) or a name or alias')
      .option('--json', 'print the entity as JSON (the API format)')
      .action(async (nameOrId: string, options: { json?: boolean }) => {
        const store = await openStore({ log: say });
        try {
          const source = createStoreDataSource(store);
          let details = await source.entity(nameOrId);
          if (!details) {
            const { hits } = await source.search({ q: nameOrId, limit: 10 });
            const hit = pickHit(nameOrId, hits);
            if (!hit) {
              const others = hits.map((h) => `${h.name} (${h.id})`).join(', ');
              throw new UsageError(
                hits.length > 0
                  ? `"${nameOrId}" matches several entities: ${others}; give one of the ids`
                  : `no stored entity is called "${nameOrId}"`,
              );
            }
            details = await source.entity(hit.id);
          }
          if (!details) throw new UsageError(`no stored entity is called "${nameOrId}"`);
          process.stdout.write(
            options.json ? `${JSON.stringify(details, null, 2)}\n` : `${formatEntity(details).join('\n')}\n`,
          );
        } finally {
          await store.close();
        }
      });
    addEntityCurationCommands(entity);
  },
};
