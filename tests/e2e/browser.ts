/** Debian's chromium for the browser tests: the project's shared launcher. */
export { hasChromium, launchChromium } from '../../scripts/chromium.ts';
