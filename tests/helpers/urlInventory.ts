/**
 * The published URLs of a built site and the ids each page carries: every file of dist/ (hashed
 * assets aside, whose names change with their content), every sitemap URL, and every id on every
 * HTML page. tests/fixtures/published/urls.json is this inventory of the site as published before
 * events existed; tests/build/publishedUrls.test.ts checks a new build still serves all of it.
 *
 * Regenerate only when adding URLs is not enough (never to drop one):
 *   npx node tests/helpers/urlInventory.ts dist > tests/fixtures/published/urls.json
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface UrlInventory {
  /** URL path → ids on that page (sorted); [] for files that are not HTML. */
  pages: Record<string, string[]>;
  /** Paths listed in the sitemap. */
  sitemap: string[];
}

/** Every file of a built site as a URL path: "/articles/x/" for x/index.html, "/claims.json". */
export function siteFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const relative = `/${path.relative(dir, full).split(path.sep).join('/')}`;
      if (entry.isDirectory()) {
        if (relative !== '/_astro') walk(full);
      } else files.push(relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative);
    }
  };
  walk(dir);
  return files.sort();
}

export const fileOf = (dir: string, url: string) => path.join(dir, url.endsWith('/') ? `${url}index.html` : url);

/** The ids of an HTML document, in order of first appearance, without duplicates. */
export function idsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => (match[1] as string).replace(/&amp;/gu, '&')))];
}

export function sitemapPaths(dir: string): string[] {
  const paths: string[] = [];
  for (const name of readdirSync(dir).filter((file) => /^sitemap-\d+\.xml$/u.test(file))) {
    for (const match of readFileSync(path.join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)) paths.push(new URL(match[1] as string).pathname);
  }
  return paths.sort();
}

export function urlInventory(dir: string): UrlInventory {
  const pages: Record<string, string[]> = {};
  for (const url of siteFiles(dir)) {
    const file = fileOf(dir, url);
    pages[url] = file.endsWith('.html') ? idsOf(readFileSync(file, 'utf8')).sort() : [];
  }
  return { pages, sitemap: sitemapPaths(dir) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(path.sep).join('/'))) {
  process.stdout.write(`${JSON.stringify(urlInventory(process.argv[2] ?? 'dist'), null, 1)}\n`);
}
