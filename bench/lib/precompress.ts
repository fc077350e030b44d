/**
 * precompressText: writes a gzip (level 9) copy beside every text file of a built site
 * (`page.html` → `page.html.gz`), so that a server started afterwards with
 * `serveSite(dir, { precompressed: true })` answers as a static host does, with
 * `Content-Encoding: gzip` to a browser that accepts it.
 *
 * Why the bench needs it: Lighthouse's simulated load is driven by the bytes that crossed the
 * wire. Served uncompressed, a 77.7 KB page costs several simulated round trips that no visitor of
 * a real host (GitHub Pages, Netlify, Cloudflare, nginx with gzip) pays, and Lighthouse fails its
 * own text-compression audit on our server rather than on the site.
 *
 * A copy is kept only when it is smaller than the file, as hosts skip tiny responses. Run it on a
 * folder that is only served (the bench's temp copy), never on ./dist: the copies are not part of
 * the site.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What hosts compress: markup, styles, scripts, data and SVG; images and fonts are compressed already. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv', '.webmanifest']);

export interface PrecompressResult {
  /** Text files given a .gz copy. */
  files: number;
  /** Text files left without one (the copy would not be smaller). */
  skipped: number;
  rawBytes: number;
  gzipBytes: number;
}

export function precompressText(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, skipped: 0, rawBytes: 0, gzipBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = readFileSync(file);
    const gzipped = gzipSync(body, { level: 9 });
    if (gzipped.length >= body.length) {
      result.skipped += 1;
      continue;
    }
    writeFileSync(`${file}.gz`, gzipped);
    result.files += 1;
    result.rawBytes += body.length;
    result.gzipBytes += gzipped.length;
  }
  return result;
}
