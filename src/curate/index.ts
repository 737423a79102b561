/** Curation, pure: the log's decisions folded into what the store applies, split rule, duplicate suggestions. */
export { CurationError } from './curation-error.ts';
export type { EffectiveCuration } from './fold.ts';
export { activeDecisions, foldCuration, orderRef, parseCurationLog, validateCurationLog } from './fold.ts';
export { evidenceMoves, namesName, splitSide } from './split-rule.ts';
export type { SuggestEntity } from './suggest.ts';
export { comparableName, jaroWinkler, suggestMerges } from './suggest.ts';
