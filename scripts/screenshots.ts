/**
 * npm run screenshots: PNGs of each page type at 390, 1280 and 1440 px, light and dark, from the built
 * site, into screenshots/ (git-ignored). Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, serveSite } from '../tests/helpers/site.ts';
import { pageTypes } from '../tests/helpers/pages.ts';

const outDir = new URL('../screenshots/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const site = await serveSite();
const browser = await launchChromium();
let count = 0;
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [type, url] of Object.entries(pageTypes)) {
        await page.goto(`${site.origin}${url}`);
        const file = new URL(`${type.replace(/\s+/gu, '-')}-${width}-${scheme}.png`, outDir);
        await page.screenshot({ path: file.pathname, fullPage: true });
        count += 1;
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`screenshots: wrote ${count} PNGs to ${outDir.pathname}`);
