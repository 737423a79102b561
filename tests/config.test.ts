import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, resolveDataDir, resolveExternalNeo4j } from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';

describe('resolveDataDir', () => {
  it('defaults to .coopgraph/ in the project root', () => {
    expect(resolveDataDir({})).toBe(join(PROJECT_ROOT, '.coopgraph'));
  });

  it('takes COOPGRAPH_DATA_DIR, relative to the working directory', () => {
    expect(resolveDataDir({ COOPGRAPH_DATA_DIR: '/var/lib/cg' })).toBe('/var/lib/cg');
    expect(resolveDataDir({ COOPGRAPH_DATA_DIR: 'data' })).toBe(resolve(process.cwd(), 'data'));
  });
});

describe('resolveExternalNeo4j', () => {
  it('means "embedded" when NEO4J_URI is unset', () => {
    expect(resolveExternalNeo4j({ NEO4J_PASSWORD: 'x' })).toBeUndefined();
  });

  it('reads the NEO4J_* variables, user neo4j by default', () => {
    expect(resolveExternalNeo4j({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'pw' })).toEqual({
      uri: 'neo4j://db:7687',
      username: 'neo4j',
      password: 'pw',
    });
    expect(
      resolveExternalNeo4j({
        NEO4J_URI: 'bolt+s://db:7687',
        NEO4J_USERNAME: 'reader',
        NEO4J_PASSWORD: 'pw',
        NEO4J_DATABASE: 'coop',
      }),
    ).toEqual({ uri: 'bolt+s://db:7687', username: 'reader', password: 'pw', database: 'coop' });
  });

  it('refuses a non-Bolt URI or a missing password', () => {
    expect(() => resolveExternalNeo4j({ NEO4J_URI: 'http://db:7474', NEO4J_PASSWORD: 'pw' })).toThrow(ConfigError);
    expect(() => resolveExternalNeo4j({ NEO4J_URI: 'bolt://db:7687' })).toThrow(ConfigError);
  });
});
