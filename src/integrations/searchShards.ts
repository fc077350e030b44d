/**
 * The sharded index the browser fetches (src/lib/search/searchShards.ts), cut from the built
 * search file (dist/search-index.json, from src/pages/search-index.json.ts). Writing the files
 * here, not as one route each, keeps tens of thousands of small files out of Astro's page
 * rendering. The file is read in pieces, twice (src/lib/search/searchShardCut.ts), never parsed
 * whole: at 20,000 articles JSON.parse of it alone ran out of the heap.
 * `npm run build` cuts them after `astro build` has exited (scripts/cut-search-shards.ts), in a
 * process of its own: run inside the build's last hook, the cut's working set (about 1.3 GB at
 * 20,000 articles) came on top of all the memory the build process still held, and made the
 * build's peak. In `astro dev` the integration cuts the same files on request.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { SHARDS_BASE, writeShards } from '../lib/search/searchShards.ts';
import { cutSearchFile } from '../lib/search/searchShardCut.ts';
import type { SearchData } from '../lib/search/searchRecords.ts';
import { linkedWriter } from './linkedFiles.ts';

/**
 * Where keptOutput (src/integrations/keptOutput.ts) moves the last build's dist/search-index/ at
 * the start of a build, relative to the project, instead of removing its files one by one.
 */
export const PREVIOUS_SHARDS = '.astro/search-shards-previous';

/**
 * Cuts `<out>/search-index.json` into the shards under `<out>/search-index/<hash>/`, writing
 * through the content-addressed store `store` (files an earlier build wrote with the same bytes
 * are hard-linked); returns the line `npm run build` prints.
 *
 * `previous`, if there, is the last build's search-index folder: its hash folder becomes this
 * build's (one rename), so the files whose bytes did not change stay where they are, and those
 * this build does not write are removed after the cut. An edit changes the hash, so without it
 * every file was removed before the build and linked again after it. A cut that fails after that
 * leaves the folder with the old bytes it has not replaced and no manifest; the build fails, and
 * the next one starts over from whatever of it is kept.
 */
export async function cutBuiltSearchIndex(out: string, store: string, previous?: string): Promise<string> {
  const started = performance.now();
  const source = path.join(out, 'search-index.json');
  const writer = linkedWriter(store);
  let files = 0;
  let folder: string | undefined;
  const manifest = await cutSearchFile(
    () => createReadStream(source, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
    (file, body) => {
      // The first file under this build's hash folder names it: the last build's is moved there.
      const hash = folder === undefined ? HASH_FOLDER.exec(file)?.[1] : undefined;
      if (hash !== undefined) adoptPrevious(previous, (folder = path.join(out, SHARDS_BASE, hash)));
      writer.write(path.join(out, file), body);
      files += 1;
    },
    (file) => readFileSync(path.join(out, file), 'utf8'),
  );
  const pruned = folder === undefined ? 0 : writer.pruneUnwritten(folder);
  const { reused, inPlace } = writer.finish();
  if (previous !== undefined) rmSync(previous, { recursive: true, force: true });
  return (
    `${files} files in ${SHARDS_BASE}${manifest.hash}/ (${manifest.terms.length} term shards; ${reused} unchanged since the last build, ` +
    `${inPlace} of them left in place and the others linked; ${pruned} of the last build's removed) in ${Math.round(performance.now() - started)} ms`
  );
}

const HASH_FOLDER = new RegExp(`^${SHARDS_BASE}([^/]+)/`, 'u');

/** Moves the last build's hash folder (the one its manifest names, in `previous`) to `folder`, if there is one. */
function adoptPrevious(previous: string | undefined, folder: string): void {
  if (previous === undefined || existsSync(folder)) return;
  let hash: unknown;
  try {
    hash = (JSON.parse(readFileSync(path.join(previous, 'manifest.json'), 'utf8')) as { hash?: unknown }).hash;
  } catch {
    return; // no finished cut to take files from
  }
  if (typeof hash !== 'string' || !/^[0-9a-z]+$/u.test(hash) || !existsSync(path.join(previous, hash))) return;
  mkdirSync(path.dirname(folder), { recursive: true });
  renameSync(path.join(previous, hash), folder);
}

/** In `astro dev`, the shards cut on request from the dev server's own /search-index.json. */
export function searchShards(): AstroIntegration {
  return {
    name: 'coverage-compare:search-shards',
    hooks: {
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
