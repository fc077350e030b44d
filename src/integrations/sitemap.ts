/**
 * sitemap: writes the sitemap files (src/lib/site/sitemap.ts) of the built pages when the build
 * is done, in place of @astrojs/sitemap, whose sort made a collator per comparison (seconds of
 * every build at 20,000 articles; README, "Performance"). The same file names and URLs: every page
 * Astro built, absolute under `site` and `base`, without the status pages and what `filter`
 * refuses. @astrojs/sitemap also listed the static routes Astro resolved; in a static build each
 * of them is a built page, so they are all here (a route that builds no page has no URL to list).
 * It declared the news, xhtml, image and video namespaces too, which no entry here uses.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { SITEMAP_INDEX, sitemapFiles } from '../lib/site/sitemap.ts';

export interface SitemapOptions {
  /** Keeps an absolute page URL in the sitemap. */
  filter?: (url: string) => boolean;
}

/** Status pages are not content: a crawler must not index them. */
const STATUS_PAGE = /^\/?(?:404|500)(?:\/|\.html)?$/u;

export function sitemap(options: SitemapOptions = {}): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'coverage-compare:sitemap',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!config?.site) {
          logger.warn('astro.config has no `site`: no sitemap written (its URLs must be absolute).');
          return;
        }
        const base = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site);
        const urls = new Set(
          pages
            .filter((page) => !STATUS_PAGE.test(page.pathname))
            // Under the base's path, so a first segment with a colon is not read as a scheme.
            .map((page) => new URL(`${base.pathname}${page.pathname.replace(/^\//u, '')}`, base).href)
            .filter((url) => options.filter?.(url) ?? true),
        );
        const files = sitemapFiles(urls, base.href);
        for (const { file, xml } of files) writeFileSync(path.join(fileURLToPath(dir), file), xml);
        const chunks = files.length - 1;
        logger.info(files.length === 0 ? 'no pages: no sitemap written' : `${urls.size} pages in ${chunks} sitemap file${chunks === 1 ? '' : 's'} and ${SITEMAP_INDEX}`);
      },
    },
  };
}
