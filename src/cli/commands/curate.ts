/**
 * Curation from the terminal: `entity merge|split|rename|retype`, `relation reject|confirm|add`
 * and `curate log|undo|apply|suggest`. Every decision is appended to the curation log
 * (`--curation FILE`, COOPGRAPH_CURATION, default graph-data/curation.jsonl) and then the
 * whole log is applied to the store, the same step every ingest ends with.
 */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { activeDecisions, orderRef, suggestMerges } from '../../curate/index.ts';
import { UsageError } from '../../errors.ts';
import { entityIdFor } from '../../extract/entity-id.ts';
import { applyCuration, type Rederive, reingestStored } from '../../ingest/apply-curation.ts';
import { ingest } from '../../ingest/index.ts';
import { appendCurationDecision, readCurationLog, resolveCurationPath } from '../../io/curation-file.ts';
import type { KnownEntity } from '../../resolve/index.ts';
import { CURATION_OPS, type CurationDecision, type RelationRef } from '../../schema/curation.ts';
import {
  ENTITY_TYPES,
  type EntityType,
  normalizeSearchText,
  RELATION_TYPES,
  type RelationType,
} from '../../schema/index.ts';
import { openStore, runRead, type Store } from '../../store/index.ts';
import { loadKnownEntities } from '../../store/ingest-store.ts';
import type { CommandDefinition } from '../command-definition.ts';
import { say } from '../output.ts';
import { loadIngestContext } from './ingest.ts';

/** Options every decision-taking command has. */
interface DecisionOptions {
  author?: string;
  reason?: string;
  curation?: string;
}

/** Adds `--author`, `--reason` and `--curation` to a command that records a decision. */
function withDecisionOptions(command: Command): Command {
  return command
    .option('--author <name>', 'who takes the decision (default: $USER)')
    .option('--reason <text>', 'why, in a few words', '')
    .option('--curation <file>', 'the curation log (default: $COOPGRAPH_CURATION or graph-data/curation.jsonl)');
}

/** Who, when and which id a new decision gets; `--author` else $USER. */
export function decisionBase(
  options: DecisionOptions,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): { id: string; author: string; at: string; reason: string } {
  const author = (options.author ?? env.USER ?? '').trim();
  if (!author) throw new UsageError('say who takes the decision: --author NAME (or set USER)');
  return { id: `c-${randomBytes(4).toString('hex')}`, author, at: now.toISOString(), reason: options.reason ?? '' };
}

/**
 * The stored entity a name or id means: the id itself, else the one entity whose name or
 * alias folds to the same text. Several or none is a usage error naming the candidates.
 */
export function findEntity(entities: readonly KnownEntity[], nameOrId: string): KnownEntity {
  const byId = entities.find((e) => e.id === nameOrId);
  if (byId) return byId;
  const folded = normalizeSearchText(nameOrId);
  const named = entities.filter((e) => [e.name, ...e.aliases].some((n) => normalizeSearchText(n) === folded));
  const [only] = named;
  if (!only) throw new UsageError(`no stored entity has the id or name "${nameOrId}"`);
  if (named.length > 1) {
    const ids = named.map((e) => `${e.name} (${e.id})`).join(', ');
    throw new UsageError(`"${nameOrId}" names several entities: ${ids}; give one of the ids`);
  }
  return only;
}

/** Re-derives articles after an undone merge or split, with the extractor loaded only then. */
function rederiveFor(store: Store, curationLog: string): Rederive {
  return reingestStored(() => ({ ...loadIngestContext(store), curationLog }), ingest);
}

/** Appends the decision, applies the whole log (re-deriving what an undone merge or split touched), and says so. */
async function record(store: Store, options: DecisionOptions, decision: CurationDecision): Promise<void> {
  const path = resolveCurationPath(options.curation);
  const log = appendCurationDecision(path, decision);
  const applied = await applyCuration(store, log, rederiveFor(store, path));
  const rederived = applied.rederive.length > 0 ? `; ${applied.rederive.length} article(s) extracted again` : '';
  process.stdout.write(
    `recorded ${decision.id} (${describeDecision(decision)}) in ${path}${rederived}` +
      `${applied.waiting > 0 ? `; ${applied.waiting} decision(s) wait for their entities or relations` : ''}\n`,
  );
}

/** One line per decision, as `curate log` prints it. */
export function describeDecision(d: CurationDecision): string {
  const rel = (r: RelationRef): string => `${r.source} -${r.type}-> ${r.target}`;
  switch (d.op) {
    case 'merge':
      return `merge ${d.from} into ${d.into}`;
    case 'split':
      return `split "${d.alias}" off ${d.entity} as ${d.into}`;
    case 'rename':
      return `rename ${d.entity} to "${d.name}"`;
    case 'retype':
      return `retype ${d.entity} as ${d.type}`;
    case 'reject':
      return `reject ${rel(d.relation)}${d.article ? ` in article ${d.article.slice(0, 12)}` : ''}`;
    case 'confirm':
      return `confirm ${rel(d.relation)}`;
    case 'add':
      return `add ${rel(d.relation)} (${d.note})`;
    case 'undo':
      return `undo ${d.target}`;
  }
}

/** Runs the action with an open store and the known entities, closing the store after. */
async function withEntities(action: (store: Store, entities: KnownEntity[]) => Promise<void>): Promise<void> {
  const store = await openStore({ log: say });
  try {
    await action(store, await loadKnownEntities(store));
  } finally {
    await store.close();
  }
}

function relationType(text: string): RelationType {
  const type = text.toUpperCase();
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`unknown relation type "${text}"; one of ${RELATION_TYPES.join(', ')}`);
  }
  return type as RelationType;
}

function entityType(text: string): EntityType {
  const type = ENTITY_TYPES.find((t) => t.toLowerCase() === text.toLowerCase());
  if (!type) throw new UsageError(`unknown entity type "${text}"; one of ${ENTITY_TYPES.join(', ')}`);
  return type;
}

/** Whether the store holds this relationship (symmetric ends in either order). */
async function relationExists(store: Store, ref: RelationRef): Promise<boolean> {
  const ordered = orderRef(ref);
  const rows = await runRead(store, {
    cypher: 'MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target}) WHERE type(r) = $type RETURN count(r) AS n',
    params: { ...ordered },
  });
  return Number(rows[0]?.n ?? 0) > 0;
}

/** `entity merge|split|rename|retype`, added to the `entity` command. */
export function addEntityCurationCommands(entity: Command): void {
  withDecisionOptions(
    entity
      .command('merge')
      .description('merge a duplicate entity into another: its names become aliases, its facts move over')
      .argument('<from>', 'the duplicate (id or name)')
      .argument('<into>', 'the entity that stays (id or name)'),
  ).action((from: string, into: string, options: DecisionOptions) =>
    withEntities(async (store, entities) => {
      const a = findEntity(entities, from);
      const b = findEntity(entities, into);
      if (a.id === b.id) throw new UsageError(`"${from}" and "${into}" are the same entity (${a.id})`);
      await record(store, options, {
        op: 'merge',
        ...decisionBase(options),
        from: a.id,
        into: b.id,
        intoName: b.name,
        intoType: b.type,
        fromNames: [a.name, ...a.aliases],
      });
    }),
  );
  withDecisionOptions(
    entity
      .command('split')
      .description('split an alias off into an entity of its own, with the facts stated under that name')
      .argument('<entity>', 'the entity that wrongly holds the alias (id or name)')
      .argument('<alias>', 'the alias that is another entity')
      .option('--type <type>', `type of the new entity (default: that of <entity>): ${ENTITY_TYPES.join(' | ')}`),
  ).action((nameOrId: string, alias: string, options: DecisionOptions & { type?: string }) =>
    withEntities(async (store, entities) => {
      const e = findEntity(entities, nameOrId);
      const name = e.aliases.find((a) => normalizeSearchText(a) === normalizeSearchText(alias));
      if (!name) {
        throw new UsageError(
          `"${alias}" is not an alias of ${e.name} (${e.id})${e.aliases.length ? `; its aliases: ${e.aliases.join(', ')}` : ''}`,
        );
      }
      const type = options.type ? entityType(options.type) : e.type;
      const into = entityIdFor(type, name);
      if (into === e.id) throw new UsageError(`"${name}" gives the same id as ${e.id}; rename the entity instead`);
      await record(store, options, { op: 'split', ...decisionBase(options), entity: e.id, alias: name, into, type });
    }),
  );
  withDecisionOptions(
    entity
      .command('rename')
      .description('give an entity another canonical name (the old one stays as an alias)')
      .argument('<entity>', 'id or name')
      .argument('<name>', 'the new name'),
  ).action((nameOrId: string, name: string, options: DecisionOptions) =>
    withEntities(async (store, entities) => {
      const e = findEntity(entities, nameOrId);
      await record(store, options, { op: 'rename', ...decisionBase(options), entity: e.id, name });
    }),
  );
  withDecisionOptions(
    entity
      .command('retype')
      .description('change the type of an entity (its id stays)')
      .argument('<entity>', 'id or name')
      .argument('<type>', ENTITY_TYPES.join(' | ')),
  ).action((nameOrId: string, type: string, options: DecisionOptions) =>
    withEntities(async (store, entities) => {
      const e = findEntity(entities, nameOrId);
      await record(store, options, { op: 'retype', ...decisionBase(options), entity: e.id, type: entityType(type) });
    }),
  );
}

/** The relation `TYPE SOURCE TARGET` names, with its ends found in the store. */
function relationRef(entities: readonly KnownEntity[], type: string, source: string, target: string): RelationRef {
  return { type: relationType(type), source: findEntity(entities, source).id, target: findEntity(entities, target).id };
}

function relationCommand(parent: Command, name: string, description: string): Command {
  return withDecisionOptions(
    parent
      .command(name)
      .description(description)
      .argument('<type>', RELATION_TYPES.join(' | '))
      .argument('<source>', 'source entity (id or name)')
      .argument('<target>', 'target entity (id or name)'),
  );
}

export const relationCurationCommand: CommandDefinition = {
  register(program: Command) {
    const relation = program.command('relation').description('reject, confirm or add relations (curation)');
    relationCommand(relation, 'reject', 'reject a relation: it stays stored, marked, and is hidden unless asked')
      .option('--article <id>', 'reject only what this article (id or 8+ character prefix) states')
      .action((type: string, source: string, target: string, options: DecisionOptions & { article?: string }) =>
        withEntities(async (store, entities) => {
          const ref = relationRef(entities, type, source, target);
          if (!(await relationExists(store, ref))) {
            throw new UsageError(`no stored ${ref.type} relation from ${ref.source} to ${ref.target}`);
          }
          await record(store, options, {
            op: 'reject',
            ...decisionBase(options),
            relation: ref,
            ...(options.article ? { article: options.article } : {}),
          });
        }),
      );
    relationCommand(relation, 'confirm', 'confirm a relation: a person checked it').action(
      (type: string, source: string, target: string, options: DecisionOptions) =>
        withEntities(async (store, entities) => {
          const ref = relationRef(entities, type, source, target);
          if (!(await relationExists(store, ref))) {
            throw new UsageError(`no stored ${ref.type} relation from ${ref.source} to ${ref.target}`);
          }
          await record(store, options, { op: 'confirm', ...decisionBase(options), relation: ref });
        }),
    );
    relationCommand(relation, 'add', 'add a relation by hand, with a note saying where it comes from')
      .requiredOption('--note <text>', 'the source of the fact (a document, a meeting, a URL)')
      .action((type: string, source: string, target: string, options: DecisionOptions & { note: string }) =>
        withEntities(async (store, entities) => {
          const ref = relationRef(entities, type, source, target);
          await record(store, options, { op: 'add', ...decisionBase(options), relation: ref, note: options.note });
        }),
      );
  },
};

/** Whether a decision passes `curate log`'s filters. */
export function matchesLogFilter(
  d: CurationDecision,
  filter: { op?: string; author?: string; entity?: string; since?: string },
): boolean {
  if (filter.op && d.op !== filter.op) return false;
  if (filter.author && d.author !== filter.author) return false;
  if (filter.since && d.at.slice(0, 10) < filter.since) return false;
  if (filter.entity) {
    const mentioned = JSON.stringify(d);
    if (!mentioned.includes(JSON.stringify(filter.entity))) return false;
  }
  return true;
}

export const curateCommand: CommandDefinition = {
  register(program: Command) {
    const curate = program.command('curate').description('the curation log: list, undo, re-apply, find duplicates');
    curate
      .command('log')
      .description('list the decisions of the curation log, oldest first ("undone" marks those taken back)')
      .option('--op <op>', `only this kind: ${CURATION_OPS.join(' | ')}`)
      .option('--author <name>', 'only decisions by this person')
      .option('--entity <id>', 'only decisions about this entity id')
      .option('--since <date>', 'only decisions taken on or after this date (YYYY-MM-DD)')
      .option('--json', 'print the decisions as JSON lines')
      .option('--curation <file>', 'the curation log (default: $COOPGRAPH_CURATION or graph-data/curation.jsonl)')
      .action(
        (options: {
          op?: string;
          author?: string;
          entity?: string;
          since?: string;
          json?: boolean;
          curation?: string;
        }) => {
          if (options.op && !(CURATION_OPS as readonly string[]).includes(options.op)) {
            throw new UsageError(`unknown --op "${options.op}"; one of ${CURATION_OPS.join(', ')}`);
          }
          const log = readCurationLog(resolveCurationPath(options.curation));
          const active = new Set(activeDecisions(log).map((d) => d.id));
          for (const d of log.filter((x) => matchesLogFilter(x, options))) {
            if (options.json) {
              process.stdout.write(`${JSON.stringify(d)}\n`);
              continue;
            }
            const undone = d.op !== 'undo' && !active.has(d.id) ? '  (undone)' : '';
            const why = d.reason ? `  — ${d.reason}` : '';
            process.stdout.write(
              `${d.id}  ${d.at.slice(0, 16).replace('T', ' ')}  ${d.author}  ${describeDecision(d)}${why}${undone}\n`,
            );
          }
        },
      );
    withDecisionOptions(
      curate
        .command('undo')
        .description('take a decision back: appends its inverse (history kept) and re-applies the log')
        .argument('<id>', 'id of the decision (see curate log)'),
    ).action((id: string, options: DecisionOptions) =>
      withEntities(async (store) => {
        await record(store, options, { op: 'undo', ...decisionBase(options), target: id });
      }),
    );
    curate
      .command('apply')
      .description('apply the curation log to the store again (every ingest does this too)')
      .option('--curation <file>', 'the curation log (default: $COOPGRAPH_CURATION or graph-data/curation.jsonl)')
      .action(async (options: { curation?: string }) => {
        const path = resolveCurationPath(options.curation);
        const log = readCurationLog(path);
        const store = await openStore({ log: say });
        try {
          const applied = await applyCuration(store, log, rederiveFor(store, path));
          process.stdout.write(
            `applied ${log.length} decision(s) from ${path}: ${applied.merged} merge(s), ${applied.split} split(s) carried out` +
              `${applied.rederive.length > 0 ? `, ${applied.rederive.length} article(s) extracted again` : ''}` +
              `${applied.waiting > 0 ? `, ${applied.waiting} waiting for their entities or relations` : ''}\n`,
          );
        } finally {
          await store.close();
        }
      });
    curate
      .command('suggest')
      .description(
        'candidate duplicates (same name or alias, transliteration, similar spelling; same type), best first',
      )
      .option('--threshold <n>', 'lowest Jaro-Winkler similarity to list (0..1)', '0.92')
      .option('--limit <n>', 'at most this many pairs', '50')
      .option('--type <type>', `only entities of this type: ${ENTITY_TYPES.join(' | ')}`)
      .option('--json', 'print the pairs as JSON')
      .action(async (options: { threshold: string; limit: string; type?: string; json?: boolean }) => {
        const threshold = Number(options.threshold);
        const limit = Number(options.limit);
        if (!(threshold > 0 && threshold <= 1)) throw new UsageError('--threshold must be a number in (0, 1]');
        if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive whole number');
        const type = options.type ? entityType(options.type) : undefined;
        await withEntities(async (_store, entities) => {
          const pool = type ? entities.filter((e) => e.type === type) : entities;
          const pairs = suggestMerges(pool, threshold, limit);
          if (options.json) {
            process.stdout.write(`${JSON.stringify(pairs, null, 2)}\n`);
            return;
          }
          for (const p of pairs) {
            process.stdout.write(
              `${p.score.toFixed(3)}  ${p.why.padEnd(15)}  ${p.from.name} (${p.from.id})  →  ${p.into.name} (${p.into.id})\n` +
                `       coopgraph entity merge ${p.from.id} ${p.into.id}\n`,
            );
          }
          process.stdout.write(`${pairs.length} candidate pair(s)\n`);
        });
      });
  },
};
