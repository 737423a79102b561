/**
 * The limits of the HTTP Cypher console, from the environment (the server has no per-request
 * options): `COOPGRAPH_QUERY_MAX_ROWS`, `COOPGRAPH_QUERY_MAX_BYTES`, `COOPGRAPH_QUERY_TIMEOUT`
 * (seconds). Unset variables keep the defaults; a bad value is a ConfigError naming it.
 */
import { z } from 'zod';
import { type Env, envInteger, envPositiveNumber, parseEnv } from '../config.ts';
import { type CypherServiceOptions, DEFAULT_CYPHER_SERVICE_OPTIONS } from '../query/index.ts';

const defaults = DEFAULT_CYPHER_SERVICE_OPTIONS;

const CypherLimitsEnvSchema = z.object({
  COOPGRAPH_QUERY_MAX_ROWS: envInteger(1).default(defaults.limit),
  COOPGRAPH_QUERY_MAX_BYTES: envInteger(1).default(defaults.maxBytes),
  COOPGRAPH_QUERY_TIMEOUT: envPositiveNumber().default(defaults.timeoutSeconds),
});

/** The console's row, byte and time limits as the environment sets them. */
export function cypherLimitsFromEnv(env: Env): Omit<CypherServiceOptions, 'examplesDir'> {
  const vars = parseEnv(CypherLimitsEnvSchema, env);
  return {
    limit: vars.COOPGRAPH_QUERY_MAX_ROWS,
    maxBytes: vars.COOPGRAPH_QUERY_MAX_BYTES,
    timeoutSeconds: vars.COOPGRAPH_QUERY_TIMEOUT,
  };
}
