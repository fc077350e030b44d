/**
 * Page weight as a browser sees it: load a page in a fresh Chromium context (empty cache), record
 * every response on the initial load (page.on('response') + response.body()), and sum the bytes
 * per kind, raw and gzip (zlib level 9). Also reads the browser's own performance entries
 * (largest-contentful-paint, layout-shift, longtask) for LCP, CLS and a total-blocking-time
 * estimate, at a desktop and a phone viewport.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface Resource {
  url: string;
  path: string;
  kind: Kind;
  resourceType: string;
  status: number;
  raw: number;
  gzip: number;
}

export interface KindTotals {
  raw: number;
  gzip: number;
  count: number;
}

export interface WebVitals {
  /** Largest contentful paint, ms from navigation start. */
  lcpMs: number | null;
  /** Cumulative layout shift (all shifts without recent input, summed). */
  cls: number;
  /** Number of layout-shift entries recorded. */
  layoutShifts: number;
  /** Sum over long tasks of (duration − 50 ms). */
  tbtMs: number;
  longTasks: number;
  fcpMs: number | null;
  /** Each layout shift: when, how much, and which elements moved (from → to). */
  shiftSources: Array<{ atMs: number; value: number; sources: string[] }>;
}

export interface PageWeight {
  name: string;
  url: string;
  resources: Resource[];
  totals: Record<Kind, KindTotals> & { all: KindTotals };
  /** Worst load (highest CLS, then latest LCP) of `loads` loads per viewport; see `loads`. */
  desktop: WebVitals;
  phone: WebVitals;
  /** Every load's vitals: a shift that depends on script timing shows up in some loads only. */
  loads: { desktop: WebVitals[]; phone: WebVitals[] };
  /** Status of the document response. */
  status: number;
  /** Inline <style> and <script> (not JSON-LD) in the HTML: counted in the HTML bytes above. */
  inline: { styles: number; styleChars: number; scripts: number; scriptChars: number; scriptStarts: string[] };
}

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (type === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

export const gzipSize = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

/** Registered before any page script runs; the page keeps its own tallies in window.__vitals. */
const vitalsInit = `(() => {
  const v = { lcp: null, cls: 0, shifts: 0, tbt: 0, longTasks: 0, fcp: null, sources: [] };
  const describe = (node) => {
    if (!node || !node.nodeName) return 'unknown';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName;
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(' ').filter(Boolean).join('.') : '');
  };
  const rect = (r) => r ? Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) : '?';
  Object.defineProperty(window, '__vitals', { value: v });
  const observe = (type, each) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true }); } catch {}
  };
  observe('largest-contentful-paint', (e) => { v.lcp = e.renderTime || e.startTime; });
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    v.cls += e.value; v.shifts += 1;
    v.sources.push({ atMs: Math.round(e.startTime), value: e.value, sources: (e.sources || []).map((s) => describe(s.node) + ' moved ' + rect(s.previousRect) + ' -> ' + rect(s.currentRect)) });
  });
  observe('longtask', (e) => { v.longTasks += 1; v.tbt += Math.max(0, e.duration - 50); });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') v.fcp = e.startTime; });
})();`;

interface RawVitals {
  lcp: number | null;
  cls: number;
  shifts: number;
  tbt: number;
  longTasks: number;
  fcp: number | null;
  sources: WebVitals['shiftSources'];
}

async function readVitals(page: Page): Promise<WebVitals> {
  // Let late paints and shifts land, then read.
  await page.waitForTimeout(1000);
  const raw = await page.evaluate(() => (window as unknown as { __vitals: RawVitals }).__vitals);
  return { lcpMs: raw.lcp, cls: raw.cls, layoutShifts: raw.shifts, tbtMs: raw.tbt, longTasks: raw.longTasks, fcpMs: raw.fcp, shiftSources: raw.sources };
}

/** Loads `url` in a fresh context and records everything fetched until the network is idle. */
export async function loadAndRecord(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  afterLoad?: (page: Page, resources: Resource[]) => Promise<void>,
): Promise<{ resources: Resource[]; vitals: WebVitals }> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(vitalsInit);
  const resources: Resource[] = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          body = Buffer.alloc(0); // redirects and aborted requests have no body
        }
        const parsed = new URL(response.url());
        resources.push({
          url: response.url(),
          path: parsed.protocol.startsWith('http') ? parsed.pathname + parsed.search : response.url().slice(0, 40),
          kind: kindOf(response),
          resourceType: response.request().resourceType(),
          status: response.status(),
          raw: body.length,
          gzip: body.length > 0 ? gzipSize(body) : 0,
        });
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const vitals = await readVitals(page);
  await Promise.all(pending);
  if (afterLoad) await afterLoad(page, resources);
  await Promise.all(pending);
  await context.close();
  return { resources, vitals };
}

export function totalsOf(resources: readonly Resource[]): PageWeight['totals'] {
  const zero = (): KindTotals => ({ raw: 0, gzip: 0, count: 0 });
  const totals = { html: zero(), css: zero(), js: zero(), other: zero(), all: zero() };
  for (const resource of resources) {
    for (const bucket of [totals[resource.kind], totals.all]) {
      bucket.raw += resource.raw;
      bucket.gzip += resource.gzip;
      bucket.count += 1;
    }
  }
  return totals;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

const worst = (list: readonly WebVitals[]): WebVitals =>
  [...list].sort((a, b) => b.cls - a.cls || (b.lcpMs ?? 0) - (a.lcpMs ?? 0))[0] as WebVitals;

export async function measurePage(browser: Browser, name: string, url: string, loads = 3): Promise<PageWeight> {
  let inline: PageWeight['inline'] = { styles: 0, styleChars: 0, scripts: 0, scriptChars: 0, scriptStarts: [] };
  const desktop = await loadAndRecord(browser, url, DESKTOP, async (page) => {
    inline = await page.evaluate(() => {
      const styles = [...document.querySelectorAll('style')];
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')].filter(
        (script) => script.getAttribute('type') !== 'application/ld+json',
      );
      return {
        styles: styles.length,
        styleChars: styles.reduce((n, style) => n + (style.textContent?.length ?? 0), 0),
        scripts: scripts.length,
        scriptChars: scripts.reduce((n, script) => n + (script.textContent?.length ?? 0), 0),
        scriptStarts: scripts.map((script) => `${script.type || 'classic'} ${script.textContent?.length ?? 0} chars: ${(script.textContent ?? '').trim().slice(0, 60)}`),
      };
    });
  });
  const desktopLoads = [desktop.vitals];
  const phoneLoads: WebVitals[] = [];
  for (let i = 0; i < loads; i += 1) {
    if (i > 0) desktopLoads.push((await loadAndRecord(browser, url, DESKTOP)).vitals);
    phoneLoads.push((await loadAndRecord(browser, url, PHONE)).vitals);
  }
  const status = desktop.resources.find((resource) => resource.kind === 'html')?.status ?? 0;
  return {
    name,
    url,
    resources: desktop.resources,
    totals: totalsOf(desktop.resources),
    desktop: worst(desktopLoads),
    phone: worst(phoneLoads),
    loads: { desktop: desktopLoads, phone: phoneLoads },
    status,
    inline,
  };
}

export interface OnUse {
  /** What loaded on initial load whose path mentions search. */
  searchOnInitialLoad: Resource[];
  /** What loaded after focusing the header search box and typing a query. */
  afterUse: Resource[];
}

/** Focus the header search box and type, to see that the search code and index load only then. */
export async function searchOnUse(browser: Browser, url: string): Promise<OnUse> {
  let initialCount = 0;
  let initial: Resource[] = [];
  let afterUse: Resource[] = [];
  await loadAndRecord(browser, url, DESKTOP, async (page, resources) => {
    initialCount = resources.length;
    initial = [...resources];
    await page.focus('#site-search');
    await page.keyboard.type('coup', { delay: 20 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    afterUse = resources;
  });
  return {
    searchOnInitialLoad: initial.filter((r) => /search/iu.test(r.path) && r.kind !== 'html'),
    afterUse: afterUse.slice(initialCount),
  };
}
