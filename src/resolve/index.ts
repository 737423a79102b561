/** Public surface of entity resolution (pure): name normalisation, deterministic ids, the index, and the resolver. */
export { entityIdFor, idPrefixOf } from './entity-id.ts';
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
export { acronymOf, foldCase, normalizeName, slugify, stripLegalForm, transliterate } from './normalize-name.ts';
export {
  type ResolvedEntity,
  type ResolvedExtraction,
  type ResolvedRelation,
  relationKey,
  resolveExtraction,
} from './resolve-extraction.ts';
