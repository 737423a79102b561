import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Neo4j for the whole run (embedded in a temp dir, or NEO4J_URI); see the file's banner.
    globalSetup: ['./tests/support/neo4j-global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
