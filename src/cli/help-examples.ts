/**
 * The examples and environment variables every `--help` ends with, one table for all
 * commands so none is forgotten (a test walks the program and checks each leaf command).
 */
import type { Command } from 'commander';

const NEO4J_ENV = ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'COOPGRAPH_DATA_DIR'];
const DEBUG_ENV = ['COOPGRAPH_DEBUG'];
const CURATION_ENV = ['COOPGRAPH_CURATION', 'USER', ...NEO4J_ENV, ...DEBUG_ENV];

const ENV_MEANING: Record<string, string> = {
  NEO4J_URI: 'use this Neo4j (bolt://…, neo4j+s://…) instead of the embedded one',
  NEO4J_USERNAME: 'user for NEO4J_URI (default neo4j)',
  NEO4J_PASSWORD: 'password for NEO4J_URI',
  NEO4J_DATABASE: "database name (default: the server's default)",
  COOPGRAPH_DATA_DIR: 'data dir of the embedded Neo4j (default .coopgraph/)',
  PORT: 'port to listen on (default 5173)',
  COOPGRAPH_FEEDS: 'the feed list (default graph-data/feeds.yaml)',
  COOPGRAPH_DEBUG: 'set to 1 to print stack traces of unexpected errors',
  COOPGRAPH_CURATION: 'the curation log (default graph-data/curation.jsonl)',
  USER: 'the author of a decision when --author is not given',
};

interface HelpFooter {
  examples: string[];
  env: string[];
}

/** Keyed by the command path without the program name (`article ls`). */
export const HELP_FOOTERS: Readonly<Record<string, HelpFooter>> = {
  start: { examples: ['coopgraph start', 'coopgraph start --no-serve'], env: [...NEO4J_ENV, 'PORT', ...DEBUG_ENV] },
  extract: {
    examples: [
      'coopgraph extract graph-data/articles/some-article.md',
      'coopgraph extract --json page.html | jq .relations',
    ],
    env: DEBUG_ENV,
  },
  ingest: {
    examples: ['coopgraph ingest graph-data/articles', 'cat article.md | coopgraph ingest - --json'],
    env: [...NEO4J_ENV, 'COOPGRAPH_CURATION', ...DEBUG_ENV],
  },
  'article ls': {
    examples: ['coopgraph article ls | head -5', 'coopgraph article ls --json'],
    env: [...NEO4J_ENV, ...DEBUG_ENV],
  },
  'article rm': {
    examples: ['coopgraph article rm 3f2a9c01'],
    env: [...NEO4J_ENV, 'COOPGRAPH_CURATION', ...DEBUG_ENV],
  },
  'entity show': {
    examples: ['coopgraph entity show "Калужская область"', 'coopgraph entity show enterprise:maz --json'],
    env: [...NEO4J_ENV, ...DEBUG_ENV],
  },
  export: {
    examples: [
      'coopgraph export --format gexf -o graph.gexf',
      'coopgraph export --format graphml --types Region,Country --since 2024-01-01 > regions.graphml',
      'coopgraph export --format csv -o import/',
    ],
    env: [...NEO4J_ENV, ...DEBUG_ENV],
  },
  serve: {
    examples: ['coopgraph serve -p 8080', 'coopgraph serve --allow-edits'],
    env: [...NEO4J_ENV, 'PORT', 'COOPGRAPH_CURATION', ...DEBUG_ENV],
  },
  query: {
    examples: [
      'coopgraph query "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n"',
      'coopgraph query -f graph-data/queries/region-partners.cypher -P \'region => "Калужская область"\'',
      'coopgraph query "MATCH (c:Country {name: $name}) RETURN c" --param name=Беларусь --format json',
    ],
    env: [...NEO4J_ENV, ...DEBUG_ENV],
  },
  'feed add': {
    examples: ['coopgraph feed add https://example.org/news/rss --name example'],
    env: ['COOPGRAPH_FEEDS', ...DEBUG_ENV],
  },
  'feed ls': { examples: ['coopgraph feed ls --json'], env: ['COOPGRAPH_FEEDS', ...DEBUG_ENV] },
  'feed rm': { examples: ['coopgraph feed rm example'], env: ['COOPGRAPH_FEEDS', ...DEBUG_ENV] },
  'feed pull': {
    examples: ['coopgraph feed pull', 'coopgraph feed pull example --since 2024-01-01 --quiet'],
    env: ['COOPGRAPH_FEEDS', ...NEO4J_ENV, ...DEBUG_ENV],
  },
  'entity merge': {
    examples: [
      'coopgraph entity merge "Гомсельмаш ОАО" enterprise:gomselmash --reason "same plant"',
      'coopgraph entity merge enterprise:maz-oao enterprise:maz --author anna',
    ],
    env: CURATION_ENV,
  },
  'entity split': {
    examples: ['coopgraph entity split enterprise:maz "МАЗ-Купава" --type Enterprise --reason "another company"'],
    env: CURATION_ENV,
  },
  'entity rename': {
    examples: ['coopgraph entity rename enterprise:maz "Минский автомобильный завод" --reason "full name"'],
    env: CURATION_ENV,
  },
  'entity retype': {
    examples: ['coopgraph entity retype organization:belaz Enterprise --reason "a plant, not a body"'],
    env: CURATION_ENV,
  },
  'relation reject': {
    examples: [
      'coopgraph relation reject SUPPLIES enterprise:maz region:kaluga-oblast --reason "misread"',
      'coopgraph relation reject LOCATED_IN person:ivan-petrov region:tula-oblast --article 3f2a9c01',
    ],
    env: CURATION_ENV,
  },
  'relation confirm': {
    examples: ['coopgraph relation confirm TRADES_WITH country:belarus region:kaluga-oblast --reason "checked"'],
    env: CURATION_ENV,
  },
  'relation add': {
    examples: [
      'coopgraph relation add HEADS person:vladislav-shapsha region:kaluga-oblast --note "official site, 2024"',
    ],
    env: CURATION_ENV,
  },
  'curate log': {
    examples: ['coopgraph curate log', 'coopgraph curate log --op merge --author anna --since 2026-01-01'],
    env: ['COOPGRAPH_CURATION', ...DEBUG_ENV],
  },
  'curate undo': { examples: ['coopgraph curate undo c-3f2a9c01 --reason "wrong pair"'], env: CURATION_ENV },
  'curate apply': {
    examples: ['coopgraph curate apply', 'coopgraph curate apply --curation other.jsonl'],
    env: CURATION_ENV,
  },
  'curate suggest': {
    examples: ['coopgraph curate suggest', 'coopgraph curate suggest --type Enterprise --threshold 0.9 --json'],
    env: CURATION_ENV,
  },
  'neo4j start': { examples: ['coopgraph neo4j start'], env: ['COOPGRAPH_DATA_DIR', ...DEBUG_ENV] },
  'neo4j stop': { examples: ['coopgraph neo4j stop'], env: ['COOPGRAPH_DATA_DIR', ...DEBUG_ENV] },
  'neo4j status': { examples: ['coopgraph neo4j status --json'], env: [...NEO4J_ENV, ...DEBUG_ENV] },
};

/** The text after the options: examples, then each environment variable with its meaning. */
export function helpFooterText(footer: HelpFooter): string {
  const width = Math.max(...footer.env.map((name) => name.length));
  return [
    '',
    'Examples:',
    ...footer.examples.map((e) => `  $ ${e}`),
    '',
    'Environment:',
    ...footer.env.map((name) => `  ${name.padEnd(width)}  ${ENV_MEANING[name] ?? ''}`),
  ].join('\n');
}

/** The command's path below the program (`neo4j status`). */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Appends the footer of HELP_FOOTERS to every command that has one, at any depth. */
export function addHelpFooters(program: Command): void {
  for (const command of program.commands) {
    const footer = HELP_FOOTERS[commandPath(command)];
    if (footer) command.addHelpText('after', helpFooterText(footer));
    addHelpFooters(command);
  }
}
