/**
 * The limits of the HTTP Cypher console, from the environment (the server has no per-request
 * options): `COOPGRAPH_QUERY_MAX_ROWS`, `COOPGRAPH_QUERY_MAX_BYTES`, `COOPGRAPH_QUERY_TIMEOUT`
 * (seconds). Unset variables keep the defaults; a bad value is a ConfigError naming it.
 */
import type { Env } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { type CypherServiceOptions, DEFAULT_CYPHER_SERVICE_OPTIONS } from '../query/index.ts';

/** The console's row, byte and time limits as the environment sets them. */
export function cypherLimitsFromEnv(env: Env): Omit<CypherServiceOptions, 'examplesDir'> {
  const defaults = DEFAULT_CYPHER_SERVICE_OPTIONS;
  return {
    limit: positive(env, 'COOPGRAPH_QUERY_MAX_ROWS', defaults.limit, true),
    maxBytes: positive(env, 'COOPGRAPH_QUERY_MAX_BYTES', defaults.maxBytes, true),
    timeoutSeconds: positive(env, 'COOPGRAPH_QUERY_TIMEOUT', defaults.timeoutSeconds, false),
  };
}

function positive(env: Env, name: string, fallback: number, integer: boolean): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new ConfigError(`${name} must be a positive ${integer ? 'whole ' : ''}number, got "${text}"`);
  }
  return value;
}
