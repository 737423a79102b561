import { CoopgraphError } from '../errors.ts';

/** A curation log that cannot be used (bad line, unknown undo target, merge cycle); the message names the line. */
export class CurationError extends CoopgraphError {}
