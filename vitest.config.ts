import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Three layers of tests, one vitest run (`npm test`) or one at a time:
 * - `unit` (`npm run test:unit`): pure, no Neo4j, no browser.
 * - `integration` (`npm run test:integration`): against the real embedded Neo4j that the global
 *   setup starts once for the run (or NEO4J_URI); a few files start their own (whole-graph counts).
 * - `browser` (`npm run test:browser`): headless Debian Chromium, plus the benchmark smoke test
 *   (`bench --quick --tiny`), which also drives Chromium (and its own Neo4j).
 * A test file is an integration test when it calls one of the helpers that reach Neo4j (below),
 * so a new file lands in the right project without being listed here.
 */
const NEO4J_HELPERS = /\b(openTestStore|openStore|startEmbedded|startOwnNeo4j|loadSeedGraph)\(|inject\('neo4j'\)/;
/** Files that reach the run's Neo4j only through the `coopgraph` processes they spawn. */
const NEO4J_THROUGH_CLI = ['tests/server/serve-command.test.ts', 'tests/store/neo4j-cli.test.ts'];

const root = new URL('./', import.meta.url);
const testFiles = readdirSync(new URL('tests/', root), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `tests/${file.split('\\').join('/')}`);
const NEO4J_TESTS = testFiles.filter(
  (file) =>
    !file.startsWith('tests/e2e/') &&
    (NEO4J_THROUGH_CLI.includes(file) || NEO4J_HELPERS.test(readFileSync(new URL(file, root), 'utf8'))),
);
const BROWSER_TESTS = ['tests/e2e/**/*.test.ts', 'tests/scripts/bench.test.ts'];

const timeouts = { testTimeout: 60_000, hookTimeout: 180_000 };
// One Neo4j for the run, shared by the integration and browser projects; see the file's banner.
const globalSetup = ['./tests/support/neo4j-global-setup.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...NEO4J_TESTS, ...BROWSER_TESTS],
          ...timeouts,
        },
      },
      { test: { name: 'integration', include: NEO4J_TESTS, globalSetup, ...timeouts } },
      { test: { name: 'browser', include: BROWSER_TESTS, globalSetup, ...timeouts } },
    ],
  },
});
