/** Public surface of entity resolution (pure): name normalisation, deterministic ids, the index, and the resolver. */
export { entityIdFor } from '../extract/entity-id.ts';
export { normalizeName, slugify, stripLegalForm } from '../extract/normalize-name.ts';
export { isFullerName } from './canonical-name.ts';
export {
  createEntityIndex,
  type EntityIndex,
  type KnownEntity,
  knownFromReference,
  personNamesAgree,
  type SurnameReadings,
  surnameReadingsOf,
} from './entity-index.ts';
export { type ResolvedExtraction, resolveExtraction } from './resolve-extraction.ts';
