import { defineConfig } from 'vitest/config';

/**
 * Pure tests only (extraction, resolution, schemas, readers): no Neo4j, no browser,
 * so a change to the extractor is checked in seconds (`npm run test:unit`).
 * `npm test` runs these again with everything else under vitest.config.ts.
 */
export default defineConfig({
  test: {
    include: [
      'tests/extract/**/*.test.ts',
      'tests/resolve/**/*.test.ts',
      'tests/schema/**/*.test.ts',
      'tests/io/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
});
