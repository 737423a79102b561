/**
 * Query parameters from the command line: `--param name=value` or cypher-shell's
 * `--param 'name => value'`, where the value is read as JSON when it parses (numbers,
 * booleans, null, lists, maps, "quoted strings") and as a plain string otherwise, so
 * `--param name=Беларусь` just works.
 */
import { UsageError } from '../errors.ts';

/** A query's parameters as plain JS values (the runner turns whole numbers into Neo4j Integers). */
export type QueryParams = Record<string, unknown>;

const PARAM_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Reads one parameter value: JSON if it parses, else the raw text.
 * @example parseParamValue('2022') // 2022
 * @example parseParamValue('Калужская область') // 'Калужская область'
 */
export function parseParamValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A cypher-shell value: a single-quoted string literal is its text, anything else as `parseParamValue`. */
function parseArrowValue(text: string): unknown {
  const quoted = /^'(.*)'$/s.exec(text);
  return quoted ? quoted[1] : parseParamValue(text);
}

/**
 * Turns repeated `--param name=value` or `--param 'name => value'` arguments into a
 * parameter map; the last one wins. The first `=` splits, unless it starts `=>`
 * (cypher-shell's form, whose value is trimmed and may be a 'single-quoted' string).
 * @example parseParamArgs(['year=2022', 'names=["МАЗ","БелАЗ"]']) // { year: 2022, names: ['МАЗ', 'БелАЗ'] }
 * @example parseParamArgs(['x => 5', "name => 'Беларусь'"]) // { x: 5, name: 'Беларусь' }
 */
export function parseParamArgs(args: readonly string[]): QueryParams {
  const params: QueryParams = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const arrow = eq !== -1 && arg[eq + 1] === '>';
    const name = eq === -1 ? arg : arg.slice(0, eq).trim();
    if (eq === -1 || !PARAM_NAME.test(name)) {
      throw new UsageError(`--param expects name=value or 'name => value' (e.g. --param year=2022), got "${arg}"`);
    }
    params[name] = arrow ? parseArrowValue(arg.slice(eq + 2).trim()) : parseParamValue(arg.slice(eq + 1));
  }
  return params;
}
