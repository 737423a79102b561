/**
 * Loads what the extractor needs once per process: the az morphology
 * dictionaries (shipped in node_modules/az/dicts) and the reference data
 * turned into a gazetteer.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
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
  env: NodeJS.ProcessEnv = process.env,
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

/** `COOPGRAPH_MAX_EVIDENCE_CHARS`: the longest sentence kept whole as evidence (default 1000). */
export function evidenceLimit(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.COOPGRAPH_MAX_EVIDENCE_CHARS;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100)
    throw new ConfigError(`COOPGRAPH_MAX_EVIDENCE_CHARS must be a whole number of at least 100, not "${raw}"`);
  return value;
}
