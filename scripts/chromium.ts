/**
 * Debian's chromium driven by playwright-core, with the one set of flags the
 * project's browser tests and benchmarks share: no GPU, no network chatter (this
 * machine's network is closed), no sandbox (CI runs as root in a container).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** True when Debian's chromium is installed (`apt-get install chromium`). */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Launches Debian's chromium headless; never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
