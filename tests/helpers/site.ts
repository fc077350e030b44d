/**
 * Browser-test plumbing: serve a built site on 127.0.0.1 with sirv, and drive Chromium with
 * playwright-core (the one findBrowser finds; `npm test` provisions it first). A missing Chromium
 * is a failure with the command to run, never a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { chromiumExecutable } from './findBrowser.ts';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface ServedSite {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Answer with a file's `.gz` copy, `Content-Encoding: gzip`, when the browser accepts gzip, as a
   * static host compresses. The copies must exist before the server starts (bench/lib/precompress.ts
   * writes them); the tests serve the files as they are.
   */
  precompressed?: boolean;
}

/**
 * Serves a folder on 127.0.0.1 like a static host: sirv for the files, and for a missing path
 * status 404 with `notFound` (the site's 404 page) or a plain "Not found". The one server the
 * browser tests, the benchmarks and the screenshots use.
 */
export async function serveDir(dir: string, notFound?: Buffer, options: ServeOptions = {}): Promise<ServedSite> {
  const handler = sirv(dir, { dev: false, etag: false, dotfiles: false, gzip: options.precompressed === true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', notFound ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
      res.end(notFound ?? 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A built site of this project: refuses a folder without an index page, serves its 404 page. */
export async function serveSite(dir = distDir, options: ServeOptions = {}): Promise<ServedSite> {
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm test does it for you).`);
  }
  return serveDir(dir, existsSync(`${dir}/404.html`) ? readFileSync(`${dir}/404.html`) : undefined, options);
}

/** The Chromium the tests and benchmarks use (for messages and tools that take a path). */
export const chromiumPath: string = (() => {
  try {
    return chromiumExecutable();
  } catch {
    return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  }
})();

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium features turned off on top of Playwright's own list. Since Chromium 151 every new
 * profile (each browser context) preloads the address bar's popup as a WebUI page, headless too:
 * about 0.75 s of one core in a renderer of its own, in the second after the context's first
 * page loads, which is when a benchmark times its first search (README, "Chromium's address-bar
 * popup"). Puppeteer turned the same two off by default.
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium honours only the last `--disable-features`, so adding one would drop Playwright's:
 * this returns Playwright's to leave out (`ignoreDefaultArgs`) and one switch with both lists.
 */
export function mergeDisabledFeatures(defaultArgs: readonly string[], features: readonly string[]): { ignore: string[]; arg: string } {
  const prefix = '--disable-features=';
  const defaults = defaultArgs.filter((arg) => arg.startsWith(prefix));
  const names = [...defaults.flatMap((arg) => arg.slice(prefix.length).split(',')), ...features].filter(Boolean);
  return { ignore: defaults, arg: prefix + [...new Set(names)].join(',') };
}

/** Playwright's default switches for these options, as it spawns them (read once per module instance: each test file's). */
let defaultArgs: Promise<string[]> | null = null;
function playwrightDefaultArgs(): Promise<string[]> {
  defaultArgs ??= (async () => {
    const server = await chromium.launchServer({ executablePath: chromiumExecutable(), headless: true, args: LAUNCH_ARGS });
    try {
      return server.process().spawnargs.slice(1);
    } finally {
      await server.close();
    }
  })().catch((error: unknown) => {
    // A failed start (a busy host's timeout) is not kept: the next launch tries again.
    defaultArgs = null;
    throw error;
  });
  return defaultArgs;
}

export async function launchChromium(): Promise<Browser> {
  const { ignore, arg } = mergeDisabledFeatures(await playwrightDefaultArgs(), DISABLED_FEATURES);
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, ignoreDefaultArgs: ignore, args: [...LAUNCH_ARGS, arg] });
}

export interface SiteInBrowser {
  site: ServedSite;
  browser: Browser;
}

/** The built site served on 127.0.0.1 and a Chromium to browse it: the browser tests' setup. */
export async function openSiteInBrowser(dir = distDir): Promise<SiteInBrowser> {
  const site = await serveSite(dir);
  try {
    return { site, browser: await launchChromium() };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/** Closes what openSiteInBrowser opened (either may be missing if setup failed). */
export async function closeSiteInBrowser(opened: Partial<SiteInBrowser>): Promise<void> {
  await opened.browser?.close();
  await opened.site?.close();
}
