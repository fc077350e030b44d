/**
 * The Astro integration that cuts the built search file (dist/search-index.json, from
 * src/pages/search-index.json.ts) into the sharded index the browser fetches
 * (src/lib/search/searchShards.ts), after the build has written it. Writing the files here, not
 * as one route each, keeps tens of thousands of small files out of Astro's page rendering.
 * In `astro dev` the same files are cut from the dev server's own /search-index.json on request.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARDS_BASE, writeShards } from '../lib/search/searchShards.ts';
import type { SearchData } from '../lib/search/searchRecords.ts';

export function searchShards(): AstroIntegration {
  return {
    name: 'coverage-compare:search-shards',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const text = readFileSync(path.join(out, 'search-index.json'), 'utf8');
        const made = new Set<string>();
        let files = 0;
        const manifest = writeShards(JSON.parse(text) as SearchData, text, (file, body) => {
          const target = path.join(out, file);
          const folder = path.dirname(target);
          if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
          writeFileSync(target, body);
          files += 1;
        });
        logger.info(`${files} files in ${SHARDS_BASE}${manifest.hash}/ (${manifest.terms.length} term shards) in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        let cached: { text: string; files: Map<string, string> } | null = null;
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '';
          if (!url.startsWith(SHARDS_BASE)) return next();
          const origin = `http://${request.headers.host ?? 'localhost'}`;
          fetch(`${origin}/search-index.json`)
            .then((r) => r.text())
            .then((text) => {
              if (cached?.text !== text) {
                const files = new Map<string, string>();
                writeShards(JSON.parse(text) as SearchData, text, (file, body) => files.set(file, body));
                cached = { text, files };
              }
              const body = cached.files.get(url.split('?')[0] ?? '');
              response.statusCode = body === undefined ? 404 : 200;
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(body ?? '{}');
            })
            .catch(next);
        });
      },
    },
  };
}
