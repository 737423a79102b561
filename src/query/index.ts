/** Public surface of the Cypher query feature: guard, runner, renderers, parameters and the example library. */

export {
  type CypherRequest,
  CypherRequestSchema,
  type CypherResponse,
  CypherResponseSchema,
  type ExampleQueryList,
  ExampleQueryListSchema,
} from './cypher-api.ts';
export { CypherError, formatBytes, QueryTimeoutError, ResultTooLargeError } from './cypher-error.ts';
export {
  type CypherService,
  type CypherServiceOptions,
  createCypherService,
  DEFAULT_CYPHER_SERVICE_OPTIONS,
} from './cypher-service.ts';
export { defaultParamsOf, type ExampleQuery, ExampleQuerySchema, parseExampleQuery } from './example-queries.ts';
export { EXAMPLE_QUERIES_DIR, loadExampleQueries } from './load-example-queries.ts';
export { parseParamArgs, parseParamValue, type QueryParams } from './parse-params.ts';
export { collectGraphElements, type GraphElements, type PlainValue, toPlainValue } from './plain-values.ts';
export { findForbiddenConstruct, whyNotReadOnly } from './read-only-guard.ts';
export { describeUpdates, formatCell, renderResult } from './render-result.ts';
export { type CypherTarget, DEFAULT_RUN_OPTIONS, type RunCypherOptions, runCypher } from './run-cypher.ts';
export { OUTPUT_FORMATS, type OutputFormat, type QueryResult } from './types.ts';
