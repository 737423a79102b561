/**
 * How a coopgraph command ends when it is told to: SIGINT (Ctrl-C), SIGTERM, SIGHUP (its
 * terminal closed) or the death of its parent process (e.g. `npm start` killed alone).
 * Installed first thing in `main()`, so the loading phase is covered as well as serving.
 * A command that waits for the signal (a server) ends normally; any other command is
 * interrupted: the embedded Neo4j it started or attached to is released, then it exits.
 */
import { releaseEmbedded } from '../store/index.ts';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type ShutdownSignal = (typeof SIGNALS)[number];

/** Conventional exit codes: 128 + the signal's number. */
const EXIT_CODES: Record<ShutdownSignal, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** How often the parent is checked; its death is treated like SIGHUP. */
const PARENT_POLL_MS = 1000;

const waiters: ((signal: ShutdownSignal) => void)[] = [];
let stopping = false;

/**
 * Installs the handlers for the rest of the process's life. A second signal while
 * stopping exits at once (the embedded Neo4j still stops: it watches its pipe).
 */
export function installShutdownHandlers(log: (line: string) => void): void {
  for (const signal of SIGNALS) process.on(signal, () => void onSignal(signal, log));
  const parent = process.ppid;
  // Reparented (to init or a subreaper): whoever ran us is gone and nobody will send Ctrl-C.
  setInterval(() => {
    if (process.ppid !== parent) void onSignal('SIGHUP', log);
  }, PARENT_POLL_MS).unref();
}

/**
 * Resolves when a shutdown signal arrives; the caller then ends its command normally
 * (exit code 0), as a server does on Ctrl-C.
 */
export function untilShutdown(): Promise<ShutdownSignal> {
  return new Promise((resolve) => waiters.push(resolve));
}

async function onSignal(signal: ShutdownSignal, log: (line: string) => void): Promise<void> {
  if (stopping) process.exit(EXIT_CODES[signal]);
  stopping = true;
  if (waiters.length > 0) {
    for (const wake of waiters.splice(0)) wake(signal);
    return;
  }
  safeLog(log, `coopgraph: ${signal === 'SIGINT' ? 'interrupted' : `received ${signal}`}; stopping…`);
  try {
    await releaseEmbedded({ log: (line) => safeLog(log, line) });
  } finally {
    process.exit(EXIT_CODES[signal]);
  }
}

/** After SIGHUP the terminal may be gone; a failed write must not stop the clean-up. */
function safeLog(log: (line: string) => void, line: string): void {
  try {
    log(line);
  } catch {
    // Nowhere left to write to.
  }
}
