/**
 * Loads what the extractor needs once per process: the az morphology
 * dictionaries (shipped in node_modules/az/dicts) and the reference data
 * turned into a gazetteer.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { type Env, envInteger, parseEnv } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { buildGazetteer } from '../extract/gazetteer.ts';
import { loadMorphology } from '../extract/morphology.ts';
import type { ExtractionResources } from '../extract/types.ts';
import { loadReference } from './reference.ts';

/** Where az keeps its OpenCorpora dictionaries. */
export function azDictionariesDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
}

/**
 * Morphology + gazetteer, ready for `extract()`.
 * @example const resources = await loadExtractionResources();
 */
export async function loadExtractionResources(
  referenceDir?: string,
  env: Env = process.env,
): Promise<ExtractionResources> {
  const maxEvidenceChars = evidenceLimit(env);
  let morph: Awaited<ReturnType<typeof loadMorphology>>;
  try {
    morph = await loadMorphology(azDictionariesDir());
  } catch (error) {
    throw new ConfigError('cannot load the az morphology dictionaries; run npm install', { cause: error });
  }
  const entries = referenceDir ? loadReference(referenceDir) : loadReference();
  return {
    morph,
    gazetteer: buildGazetteer(entries, morph),
    ...(maxEvidenceChars !== undefined ? { maxEvidenceChars } : {}),
  };
}

const EvidenceEnvSchema = z.object({ COOPGRAPH_MAX_EVIDENCE_CHARS: envInteger(100).optional() });

/**
 * `COOPGRAPH_MAX_EVIDENCE_CHARS`: the longest sentence kept whole as evidence (default 1000);
 * below 100 characters evidence would no longer show the sentence, so that is refused.
 */
export function evidenceLimit(env: Env): number | undefined {
  return parseEnv(EvidenceEnvSchema, env).COOPGRAPH_MAX_EVIDENCE_CHARS;
}
