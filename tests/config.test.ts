import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  envInteger,
  envPositiveNumber,
  PROJECT_ROOT,
  parseEnv,
  resolveDataDir,
  resolveExternalNeo4j,
} from '../src/config.ts';
import { ConfigError } from '../src/errors.ts';

describe('resolveDataDir', () => {
  it('defaults to .coopgraph/ in the project root', () => {
    expect(resolveDataDir({})).toBe(join(PROJECT_ROOT, '.coopgraph'));
  });

  it('takes COOPGRAPH_DATA_DIR, relative to the working directory', () => {
    expect(resolveDataDir({ COOPGRAPH_DATA_DIR: '/var/lib/cg' })).toBe('/var/lib/cg');
    expect(resolveDataDir({ COOPGRAPH_DATA_DIR: 'data' })).toBe(resolve(process.cwd(), 'data'));
  });

  it('takes a blank COOPGRAPH_DATA_DIR for unset', () => {
    expect(resolveDataDir({ COOPGRAPH_DATA_DIR: '  ' })).toBe(join(PROJECT_ROOT, '.coopgraph'));
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
    expect(() => resolveExternalNeo4j({ NEO4J_URI: 'http://db:7474', NEO4J_PASSWORD: 'pw' })).toThrow(
      'NEO4J_URI="http://db:7474": expected a Bolt URI',
    );
    expect(() => resolveExternalNeo4j({ NEO4J_URI: 'bolt://db:7687' })).toThrow(ConfigError);
    expect(() => resolveExternalNeo4j({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: ' ' })).toThrow(
      'NEO4J_PASSWORD: must be set when NEO4J_URI is',
    );
  });

  it('refuses a database name Neo4j would refuse, naming the variable', () => {
    const env = { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw' };
    expect(() => resolveExternalNeo4j({ ...env, NEO4J_DATABASE: 'my_db' })).toThrow(ConfigError);
    expect(() => resolveExternalNeo4j({ ...env, NEO4J_DATABASE: 'my_db' })).toThrow('NEO4J_DATABASE="my_db"');
  });

  it('keeps trimmed values and the default user when NEO4J_USERNAME is blank', () => {
    expect(resolveExternalNeo4j({ NEO4J_URI: ' bolt://db:7687 ', NEO4J_USERNAME: '', NEO4J_PASSWORD: ' pw ' })).toEqual(
      { uri: 'bolt://db:7687', username: 'neo4j', password: ' pw ' },
    );
  });
});

describe('parseEnv', () => {
  const schema = z.object({
    COOPGRAPH_N: envInteger(1, 10).optional(),
    COOPGRAPH_SECONDS: envPositiveNumber().default(5),
    COOPGRAPH_TOKEN: envInteger(1).optional(),
  });

  it('reads set variables through the schema, blank or unset ones as absent', () => {
    expect(parseEnv(schema, { COOPGRAPH_N: ' 7 ', COOPGRAPH_SECONDS: '2.5', OTHER: 'x' })).toEqual({
      COOPGRAPH_N: 7,
      COOPGRAPH_SECONDS: 2.5,
    });
    expect(parseEnv(schema, { COOPGRAPH_N: '', COOPGRAPH_SECONDS: ' ' })).toEqual({ COOPGRAPH_SECONDS: 5 });
  });

  it.each([
    ['COOPGRAPH_N', 'seven', 'COOPGRAPH_N="seven": expected a whole number from 1 to 10; correct or unset it'],
    ['COOPGRAPH_N', '11', 'COOPGRAPH_N="11": expected a whole number from 1 to 10'],
    ['COOPGRAPH_N', '1.5', 'COOPGRAPH_N="1.5": expected a whole number'],
    ['COOPGRAPH_SECONDS', '-1', 'COOPGRAPH_SECONDS="-1": expected a positive number'],
    ['COOPGRAPH_SECONDS', '0', 'COOPGRAPH_SECONDS="0": expected a positive number'],
  ])('refuses %s=%s with a ConfigError naming the variable and the value', (name, value, message) => {
    expect(() => parseEnv(schema, { [name]: value })).toThrow(ConfigError);
    expect(() => parseEnv(schema, { [name]: value })).toThrow(message);
  });

  it('does not repeat the value of a secret in its message', () => {
    const error = (() => {
      try {
        return parseEnv(schema, { COOPGRAPH_TOKEN: 'hunter2' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('COOPGRAPH_TOKEN');
    expect(String(error)).not.toContain('hunter2');
  });
});
