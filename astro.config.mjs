// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { themeInitScript } from './src/scripts/themeInit.mjs';
import { PREVIOUS_SHARDS, searchShards } from './src/integrations/searchShards.ts';
import { keptOutput } from './src/integrations/keptOutput.ts';
import { claimsExports } from './src/integrations/claimsExports.ts';
import { releaseMemory } from './src/integrations/releaseMemory.ts';
import { moduleUrls } from './src/integrations/moduleUrl.ts';
import { sitemap } from './src/integrations/sitemap.ts';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Draft articles (status: draft in articles.yaml) are built with a noindex tag; they (and their table and raw pages) stay out of the
 * sitemap too. A metadata file that does not parse is reported by the content loader, not here.
 * @returns {string[]}
 */
function draftPaths() {
  try {
    const entries = parse(readFileSync(new URL('./content/articles/articles.yaml', import.meta.url), 'utf8'));
    return Array.isArray(entries)
      ? entries.filter((entry) => entry?.status === 'draft' && typeof entry.slug === 'string').map((entry) => `/articles/${entry.slug}/`)
      : [];
  } catch {
    return [];
  }
}
const drafts = draftPaths();
const modules = moduleUrls();

export default defineConfig({
  // Canonical origin for absolute URLs (canonical links, sitemap, Open Graph).
  site: 'https://coverage-compare.example.org',
  // Astro's cache (content store, article detail files, Vite deps) in the project, not in
  // node_modules/.astro: test and bench builds of temporary copies link node_modules and would
  // otherwise share one cache, each overwriting the others' files.
  cacheDir: './.astro/build-cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Builds must be reproducible and work offline.
  devToolbar: { enabled: false },
  // No Markdown is rendered (article text never goes through a Markdown parser); turning the
  // highlighter off also keeps Shiki's inline styles out of the CSP.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy on every page: Astro hashes the scripts and styles it emits;
  // the one inline script (theme before first paint) is hashed here; nothing else may run.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [sha256(themeInitScript)] },
    },
  },
  // Pages whose getStaticPaths gives a cacheKey (src/data/pageKey.ts) are kept from the last
  // build when neither their key nor their code changed (README, Performance); keptOutput (last
  // in the list) keeps dist/ between builds so they stay where they are instead of being copied.
  experimental: { incrementalBuild: true },
  // `import url from './x.ts?module-url'`: the search bootstrap imports the search module by its
  // built URL, without Vite's preload helper (src/integrations/moduleUrl.ts).
  vite: { plugins: [modules.plugin], build: { assetsInlineLimit: modules.assetsInlineLimit } },
  integrations: [
    // The memory V8 keeps mapped after content sync and after the pages, given back (src/integrations/releaseMemory.ts).
    releaseMemory(),
    // The search shards in `astro dev`; `npm run build` cuts them after the build (scripts/cut-search-shards.ts).
    searchShards(),
    // /claims.json and /claims.csv, written when content syncs (src/integrations/claimsExports.ts).
    claimsExports(),
    // The sitemap (src/integrations/sitemap.ts; it replaced @astrojs/sitemap, README "Performance").
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !drafts.some((draft) => page.includes(draft)),
    }),
    // Last: dist/ kept between builds, holding exactly this build's files (src/integrations/keptOutput.ts).
    // The last build's search shards are moved aside for the cut to reuse (scripts/cut-search-shards.ts).
    keptOutput({ aside: { 'search-index': fileURLToPath(new URL(`./${PREVIOUS_SHARDS}`, import.meta.url)) } }),
  ],
});
