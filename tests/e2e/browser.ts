/** Debian's chromium for the browser tests: the project's shared launcher, and opening the viewer. */
import type { Browser, Page } from 'playwright-core';

export { hasChromium, launchChromium } from '../../scripts/chromium.ts';

/**
 * Opens `url` in a new page and waits until the viewer says it is ready; a page error seen on
 * the way goes into the failure message, so a broken bundle reads as such, not as a timeout.
 */
export async function openReadyViewer(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 850 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page
    .waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 })
    .catch((error: unknown) => {
      throw new Error(`viewer did not become ready (${errors.join('; ') || String(error)})`);
    });
  return page;
}
