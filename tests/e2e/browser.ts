/** Debian's chromium for the browser tests: the project's shared launcher. */
export { CHROMIUM_PATH, hasChromium, launchChromium } from '../../scripts/chromium.ts';
