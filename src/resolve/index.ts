/** Public surface of entity resolution (pure): name normalisation, deterministic ids, the index, and the resolver. */
export { entityIdFor, idPrefixOf } from '../extract/entity-id.ts';
export { acronymOf, foldCase, normalizeName, slugify, stripLegalForm } from '../extract/normalize-name.ts';
export {
  addToIndex,
  createEntityIndex,
  type EntityIndex,
  findInIndex,
  type IndexMatch,
  type KnownEntity,
  knownFromReference,
  type MatchKind,
  personNamesAgree,
} from './entity-index.ts';
export {
  type ResolvedEntity,
  type ResolvedExtraction,
  type ResolvedRelation,
  relationKey,
  resolveExtraction,
} from './resolve-extraction.ts';
