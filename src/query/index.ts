/** Public surface of the Cypher query feature: guard, runner, renderers, parameters and the example library. */

export { CypherRequestSchema, CypherResponseSchema, ExampleQueryListSchema } from '../schema/cypher-api.ts';
export { CypherError, formatBytes, QueryTimeoutError, ResultTooLargeError } from './cypher-error.ts';
export {
  type CypherService,
  type CypherServiceOptions,
  createCypherService,
  DEFAULT_CYPHER_SERVICE_OPTIONS,
} from './cypher-service.ts';
export { defaultParamsOf, type ExampleQuery } from './example-queries.ts';
export { loadExampleQueries } from './load-example-queries.ts';
export { parseParamArgs } from './parse-params.ts';
export { describeUpdates, renderResult } from './render-result.ts';
export { DEFAULT_RUN_OPTIONS, runCypher } from './run-cypher.ts';
export { OUTPUT_FORMATS, type OutputFormat } from './types.ts';
