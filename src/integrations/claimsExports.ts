/**
 * The Astro integration that puts the site-wide exports (/claims.json, /claims.csv) into the
 * site. The claims loader writes them to the build cache piece by piece when content syncs
 * (src/data/exportFiles.ts says why they are not endpoints); after the build this links them into
 * dist/. In `astro dev` it adds a route for each that streams the cached file (src/exports/).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_EXPORTS, exportFolder, placeExport } from '../data/exportFiles.ts';

const DEV_ROUTES: Record<(typeof SITE_EXPORTS)[number]['name'], string> = {
  'claims.json': '../exports/claimsJson.ts',
  'claims.csv': '../exports/claimsCsv.ts',
};

export function claimsExports(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'coverage-compare:claims-exports',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const { name } of SITE_EXPORTS) injectRoute({ pattern: `/${name}`, entrypoint: new URL(DEV_ROUTES[name], import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = exportFolder(fileURLToPath(cacheDir ?? new URL('./.astro/', dir)));
        for (const { name } of SITE_EXPORTS) placeExport(path.join(folder, name), path.join(fileURLToPath(dir), name));
        logger.info(`${SITE_EXPORTS.map((e) => e.name).join(', ')} linked from ${folder}`);
      },
    },
  };
}
