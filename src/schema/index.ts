/** Public surface of the data model: zod schemas and the types inferred from them. */
export * from './api.ts';
export * from './article.ts';
export * from './entity.ts';
export * from './extraction.ts';
export * from './reference.ts';
export * from './relation.ts';
export * from './transliterate.ts';
export * from './types.ts';
