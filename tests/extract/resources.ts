/** Loads the extraction resources once for all extract tests (az dictionaries + reference data). */
import type { ExtractionResources } from '../../src/extract/types.ts';
import { loadExtractionResources } from '../../src/io/extraction-resources.ts';

let loading: Promise<ExtractionResources> | undefined;

export function resources(): Promise<ExtractionResources> {
  loading ??= loadExtractionResources();
  return loading;
}
