/**
 * `npm run neo4j:setup` (and npm's postinstall): builds the embedded Neo4j's launcher,
 * letting Maven resolve Neo4j into ~/.m2. With --if-possible (postinstall) a missing
 * Java or Maven prints one line and exits 0, so `npm install` still succeeds.
 */

import { describeError } from '../../src/errors.ts';
import { buildLauncher, isLauncherBuilt } from '../../src/store/index.ts';

const ifPossible = process.argv.includes('--if-possible');
try {
  if (!isLauncherBuilt()) {
    process.stdout.write('coopgraph: preparing the embedded Neo4j (Maven, first time about 160 MB)\n');
    await buildLauncher();
  }
} catch (error) {
  process.stderr.write(`coopgraph: embedded Neo4j not prepared: ${describeError(error)}\n`);
  if (!ifPossible) process.exitCode = 1;
}
