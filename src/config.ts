/**
 * Where coopgraph keeps its state and which Neo4j it talks to, read from the
 * environment once at the edge (CLI, server, tests) and passed down as plain data.
 * Environment variables go through zod schemas here (`parseEnv`), so a bad value is a
 * ConfigError naming the variable, never a silent default.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

/** The repository root: `src/config.ts` lives one level below it. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The environment as coopgraph reads it; tests pass their own instead of `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Variables whose values an error message must not repeat. */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN/i;

/**
 * Reads environment variables through a zod object schema keyed by their names. Blank values
 * count as unset (`NEO4J_URI= coopgraph …` clears it for one command). A bad value is a
 * ConfigError naming the variable, its value and what it should be.
 * @example parseEnv(z.object({ PORT: envInteger(0, 65535).optional() }), process.env).PORT
 */
export function parseEnv<T>(schema: z.ZodType<T>, env: Env): T {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = schema.safeParse(set);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'the environment');
  const value = set[name];
  const shown = value === undefined ? '' : SECRET_NAME.test(name) ? '=…' : `="${value}"`;
  throw new ConfigError(`${name}${shown}: ${issue?.message ?? 'invalid'}; correct or unset it`);
}

/** A whole number from min to max as an environment variable spells it ("1000", not "1e3" or "10.0"). */
export function envInteger(min: number, max = Number.MAX_SAFE_INTEGER): z.ZodType<number, string> {
  const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number ${range}`)
    .transform(Number)
    .pipe(z.number().min(min, `expected a whole number ${range}`).max(max, `expected a whole number ${range}`));
}

/** A positive number of seconds, bytes … ("2.5"). */
export function envPositiveNumber(): z.ZodType<number, string> {
  return z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, 'expected a positive number')
    .transform(Number)
    .pipe(z.number().positive('expected a positive number'));
}

/** Credentials for a Neo4j reachable over Bolt. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database?: string;
}

const DataDirEnvSchema = z.object({ COOPGRAPH_DATA_DIR: z.string().trim().optional() });

/**
 * `$COOPGRAPH_DATA_DIR`, or `.coopgraph/` in the project root. Relative values are
 * taken from the working directory, as a user typing them would expect.
 */
export function resolveDataDir(env: Env = process.env): string {
  const dir = parseEnv(DataDirEnvSchema, env).COOPGRAPH_DATA_DIR;
  if (!dir) return resolve(PROJECT_ROOT, '.coopgraph');
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

/** `NEO4J_*`: which external Neo4j to use; the password is required once a URI is given. */
const Neo4jEnvSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .trim()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'expected a Bolt URI such as bolt://localhost:7687 or neo4j+s://…')
      .optional(),
    NEO4J_USERNAME: z.string().trim().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    // Neo4j's rule for database names: 3–63 characters, a letter first, then letters, digits, dots, dashes.
    NEO4J_DATABASE: z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a Neo4j database name such as neo4j')
      .optional(),
  })
  .refine((vars) => vars.NEO4J_URI === undefined || vars.NEO4J_PASSWORD !== undefined, {
    path: ['NEO4J_PASSWORD'],
    message: 'must be set when NEO4J_URI is (the password of NEO4J_USERNAME)',
  });

/**
 * The Neo4j named by `NEO4J_URI` (+ `NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`),
 * or undefined when unset, meaning "use the embedded instance".
 */
export function resolveExternalNeo4j(env: Env = process.env): Neo4jConnection | undefined {
  const vars = parseEnv(Neo4jEnvSchema, env);
  // The schema refuses a URI without a password; the second test only narrows the type.
  if (vars.NEO4J_URI === undefined || vars.NEO4J_PASSWORD === undefined) return undefined;
  return {
    uri: vars.NEO4J_URI,
    username: vars.NEO4J_USERNAME,
    password: vars.NEO4J_PASSWORD,
    ...(vars.NEO4J_DATABASE ? { database: vars.NEO4J_DATABASE } : {}),
  };
}
