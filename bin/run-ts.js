#!/usr/bin/env node
import { resolve } from 'node:path';
// Runs one TypeScript script (benchmarks, generators) with tsx registered.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node bin/run-ts.js SCRIPT.ts [ARGS...]');
  process.exit(2);
}
process.argv = [process.argv[0] ?? 'node', script, ...rest];
await import(pathToFileURL(resolve(script)).href);
