/**
 * Loads the reference data (gazetteer) from `graph-data/reference/*.json`: known
 * countries, regions, cities, enterprises and organisations with their aliases.
 * Every file is validated and cross-checked on load, so a typo in a hand-edited
 * list stops the program with the file and entry named instead of silently
 * dropping a place. The result is cached per directory for the life of the process.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { type ReferenceEntry, ReferenceFileSchema } from '../schema/reference.ts';

/** The reference data shipped with the repository. */
export const DEFAULT_REFERENCE_DIR = fileURLToPath(new URL('../../graph-data/reference/', import.meta.url));

/** At most this many zod issues go into one error message, which stays on one line. */
const MAX_REPORTED_ISSUES = 3;

const cache = new Map<string, readonly ReferenceEntry[]>();

/**
 * Returns every entry of every `*.json` file in `dir` (files in name order,
 * entries in file order). Throws ConfigError when a file is not valid JSON, does
 * not match ReferenceFileSchema, repeats an id, uses an id whose prefix does not
 * match its type, or points `locatedIn`/`centre` at an id no file defines.
 *
 * @example
 * const kaluga = loadReference().find((entry) => entry.id === 'region:kaluga-oblast');
 */
export function loadReference(dir: string = DEFAULT_REFERENCE_DIR): readonly ReferenceEntry[] {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const entries = readReferenceDir(key);
  cache.set(key, entries);
  return entries;
}

function readReferenceDir(dir: string): readonly ReferenceEntry[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ConfigError(`reference data directory ${dir} does not exist; restore graph-data/reference from git`);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new ConfigError(`reference data directory ${dir} holds no *.json files`);

  const fileOf = new Map<string, string>();
  const entries: ReferenceEntry[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    for (const entry of readReferenceFile(file)) {
      const earlier = fileOf.get(entry.id);
      if (earlier !== undefined) {
        throw new ConfigError(`reference data ${file}: id "${entry.id}" is already defined in ${earlier}`);
      }
      fileOf.set(entry.id, file);
      entries.push(entry);
    }
  }
  checkLinks(entries, fileOf);
  return entries;
}

function readReferenceFile(file: string): ReferenceEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`reference data ${file}: not valid JSON (${reason})`, { cause: error });
  }
  const parsed = ReferenceFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(`reference data ${file}: ${describeIssues(parsed.error, json)}`, { cause: parsed.error });
  }
  for (const entry of parsed.data.entries) {
    // Ids are `<type-prefix>:<slug>`; a mismatch means the entry was copied and only half edited.
    const prefix = entry.id.slice(0, entry.id.indexOf(':'));
    if (prefix !== entry.type.toLowerCase()) {
      throw new ConfigError(
        `reference data ${file}: id "${entry.id}" should start with "${entry.type.toLowerCase()}:"`,
      );
    }
  }
  return parsed.data.entries;
}

/** `locatedIn`, `centre` and an office's state must name entries that exist, or the graph gets dangling edges. */
function checkLinks(entries: readonly ReferenceEntry[], fileOf: ReadonlyMap<string, string>): void {
  for (const entry of entries) {
    for (const field of ['locatedIn', 'centre'] as const) {
      const target = entry[field];
      if (target !== undefined && !fileOf.has(target)) {
        throw new ConfigError(
          `reference data ${fileOf.get(entry.id)}: "${entry.id}" has ${field} "${target}", which no reference file defines`,
        );
      }
    }
    for (const office of entry.offices ?? []) {
      if (!fileOf.has(office.of)) {
        throw new ConfigError(
          `reference data ${fileOf.get(entry.id)}: "${entry.id}" holds an office of "${office.of}", which no reference file defines`,
        );
      }
    }
  }
}

/** One line naming where the first problems are, with the entry id when the raw data has one. */
function describeIssues(error: z.ZodError, json: unknown): string {
  const shown = error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const where = issue.path.join('.') || '(top level)';
    const id = entryIdAt(json, issue.path);
    return `${where}${id ? ` (id "${id}")` : ''}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more problem(s)` : '');
}

function entryIdAt(json: unknown, issuePath: readonly PropertyKey[]): string | undefined {
  if (issuePath[0] !== 'entries' || typeof issuePath[1] !== 'number') return undefined;
  if (typeof json !== 'object' || json === null || !('entries' in json) || !Array.isArray(json.entries)) {
    return undefined;
  }
  const raw: unknown = json.entries[issuePath[1]];
  if (typeof raw !== 'object' || raw === null || !('id' in raw) || typeof raw.id !== 'string') return undefined;
  return raw.id;
}
