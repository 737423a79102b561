import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { DEFAULT_CYPHER_SERVICE_OPTIONS } from '../../src/query/index.ts';
import { cypherLimitsFromEnv } from '../../src/server/cypher-limits.ts';

describe('cypherLimitsFromEnv', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(cypherLimitsFromEnv({})).toEqual({
      limit: DEFAULT_CYPHER_SERVICE_OPTIONS.limit,
      maxBytes: DEFAULT_CYPHER_SERVICE_OPTIONS.maxBytes,
      timeoutSeconds: DEFAULT_CYPHER_SERVICE_OPTIONS.timeoutSeconds,
    });
  });

  it('reads rows, bytes and seconds from the environment', () => {
    expect(
      cypherLimitsFromEnv({
        COOPGRAPH_QUERY_MAX_ROWS: '50',
        COOPGRAPH_QUERY_MAX_BYTES: '2000000',
        COOPGRAPH_QUERY_TIMEOUT: '2.5',
      }),
    ).toEqual({ limit: 50, maxBytes: 2_000_000, timeoutSeconds: 2.5 });
  });

  it.each([
    ['COOPGRAPH_QUERY_MAX_ROWS', '0'],
    ['COOPGRAPH_QUERY_MAX_ROWS', '1.5'],
    ['COOPGRAPH_QUERY_MAX_BYTES', 'lots'],
    ['COOPGRAPH_QUERY_TIMEOUT', '-1'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    expect(() => cypherLimitsFromEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => cypherLimitsFromEnv({ [name]: value })).toThrow(name);
  });
});
