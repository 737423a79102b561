/**
 * The curation log on disk: `graph-data/curation.jsonl` (or `--curation FILE` /
 * `COOPGRAPH_CURATION`), one decision per line, appended to and never rewritten, so
 * its history reads like a journal and merges cleanly in version control.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { type Env, PROJECT_ROOT, parseEnv } from '../config.ts';
import { parseCurationLog } from '../curate/index.ts';
import { type CurationDecision, CurationDecisionSchema } from '../schema/curation.ts';

const CurationEnvSchema = z.object({ COOPGRAPH_CURATION: z.string().trim().optional() });

/** Where the log is: the flag, else COOPGRAPH_CURATION, else graph-data/curation.jsonl of the project. */
export function resolveCurationPath(flag?: string, env: Env = process.env): string {
  const chosen = flag ?? parseEnv(CurationEnvSchema, env).COOPGRAPH_CURATION;
  return chosen ? resolve(chosen) : resolve(PROJECT_ROOT, 'graph-data', 'curation.jsonl');
}

/** Every decision of the log, validated; a missing file is an empty log. */
export function readCurationLog(path: string): CurationDecision[] {
  if (!existsSync(path)) return [];
  return parseCurationLog(readFileSync(path, 'utf8'), path);
}

/**
 * Appends one decision after checking that the log stays valid with it, so a bad
 * decision never reaches the file.
 */
export function appendCurationDecision(path: string, decision: CurationDecision): CurationDecision[] {
  const checked = CurationDecisionSchema.parse(decision);
  const log = readCurationLog(path);
  parseCurationLog([...log, checked].map((d) => JSON.stringify(d)).join('\n'), path);
  mkdirSync(dirname(path), { recursive: true });
  const unterminated = existsSync(path) && !readFileSync(path, 'utf8').endsWith('\n') && log.length > 0;
  appendFileSync(path, `${unterminated ? '\n' : ''}${JSON.stringify(checked)}\n`, 'utf8');
  return [...log, checked];
}
