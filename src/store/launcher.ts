/**
 * The Java side of the embedded Neo4j: finds Java and Maven, and builds the launcher in
 * scripts/neo4j (Maven resolves Neo4j's jars into ~/.m2 and writes target/classpath.txt).
 * I/O: runs `java` and `mvn` as child processes and reads the build output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { withFileLock } from './file-lock.ts';

export const LAUNCHER_DIR = join(PROJECT_ROOT, 'scripts', 'neo4j');
export const LAUNCHER_CLASS = 'coopgraph.EmbeddedNeo4j';

const POM = join(LAUNCHER_DIR, 'pom.xml');
const SOURCE = join(LAUNCHER_DIR, 'src', 'main', 'java', 'coopgraph', 'EmbeddedNeo4j.java');
const CLASS_FILE = join(LAUNCHER_DIR, 'target', 'classes', 'coopgraph', 'EmbeddedNeo4j.class');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target', 'classpath.txt');
/** Touched after a successful build; Maven leaves an unchanged classpath.txt's mtime alone. */
const STAMP_FILE = join(LAUNCHER_DIR, 'target', 'coopgraph-built.stamp');
const BUILD_LOCK = join(LAUNCHER_DIR, 'target', 'build.lock');

const INSTALL_HINT =
  'install it (apt-get install openjdk-17-jdk-headless maven) or set NEO4J_URI to use an existing Neo4j';

/** Fails with one actionable line when a command the embedded Neo4j needs is not on PATH. */
function requireCommand(command: string, args: readonly string[], what: string): void {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error || result.status !== 0) throw new ConfigError(`${what} not found: ${INSTALL_HINT}`);
}

/** Throws a ConfigError naming what to install when Java is missing. */
export function requireJava(): void {
  requireCommand('java', ['-version'], 'Java 17+ (needed for the embedded Neo4j)');
}

/**
 * True when the launcher is compiled, newer than its sources, and every jar it
 * lists is still in ~/.m2 (a wiped Maven cache must trigger a rebuild, not a ClassNotFound).
 */
export function isLauncherBuilt(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(CLASSPATH_FILE) || !existsSync(STAMP_FILE)) return false;
  const built = statSync(STAMP_FILE).mtimeMs;
  if (statSync(SOURCE).mtimeMs > built || statSync(POM).mtimeMs > built) return false;
  return readJarPaths().every((jar) => existsSync(jar));
}

function readJarPaths(): string[] {
  return readFileSync(CLASSPATH_FILE, 'utf8')
    .trim()
    .split(delimiter)
    .filter((path) => path.length > 0);
}

/**
 * Runs Maven on scripts/neo4j/pom.xml (resolving Neo4j into ~/.m2 on first use, which
 * downloads about 160 MB) unless the launcher is already built. Maven's own output
 * goes to `log` so a failure can show its gist.
 */
export async function buildLauncher(log: (line: string) => void = () => {}): Promise<void> {
  if (isLauncherBuilt()) return;
  mkdirSync(join(LAUNCHER_DIR, 'target'), { recursive: true });
  // Two Mavens writing one target/ at once could leave it half-built.
  await withFileLock(BUILD_LOCK, () => runMaven(log));
}

async function runMaven(log: (line: string) => void): Promise<void> {
  if (isLauncherBuilt()) return;
  requireJava();
  requireCommand('javac', ['-version'], 'A Java compiler (javac, from a JDK)');
  requireCommand('mvn', ['-v'], 'Maven (mvn)');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn('mvn', ['-q', '-B', '-f', POM, 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      // Maven prints colour resets even with -q; strip escape codes before judging a line empty.
      for (const line of chunk
        .toString('utf8')
        .split('\n')
        .map((line) => stripVTControlCharacters(line))) {
        if (line.trim()) {
          output.push(line);
          log(line);
        }
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', resolvePromise);
  });
  if (code !== 0) {
    const gist = output.find((line) => line.includes('[ERROR]')) ?? output.at(-1) ?? `exit code ${code}`;
    throw new ConfigError(`building the embedded Neo4j with Maven failed: ${gist}`);
  }
  writeFileSync(STAMP_FILE, `${new Date().toISOString()}\n`);
}

/** The Java classpath of the launcher: its classes plus Neo4j's jars in ~/.m2. */
export function launcherClasspath(): string {
  return [join(LAUNCHER_DIR, 'target', 'classes'), ...readJarPaths()].join(delimiter);
}
