/**
 * exportFiles: the site-wide exports, /claims.json and /claims.csv, written to files in the build
 * cache when content syncs (the claims loader) and put into the site from there
 * (src/integrations/claimsExports.ts links them into dist/; `astro dev` serves them from the
 * cache through src/exports/).
 *
 * Why not an endpoint: Astro 7's static build reads an endpoint's body whole
 * (`Buffer.from(await response.arrayBuffer())` in astro/dist/core/build/generate.js, a streamed
 * body included), and the endpoint built the document as one object and one string on top: at
 * 20,000 articles 161 MB of JSON and 116 MB of CSV, and the build's peak (4.56 GB) was while
 * rendering them. Here the text is written piece by piece (one article or claim at a time) to the
 * file, so memory holds one buffer of about a megabyte, whatever the corpus size.
 *
 * Incremental: a file is kept while the digest of everything it is made from (the claims, what
 * the exports show of each article, the site's origin and the code) is the one recorded beside it.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { claimsCsvText, claimsJsonText, type ExportArticle, type ExportClaim } from '../lib/claims/claimsExport.ts';
import { publishedDate } from '../lib/articles/articleProvenance.ts';
import { codeDigest, digestOf } from './buildCache.ts';

/** The site-wide exports: file name in the site (and in the cache folder) and its media type. */
export const SITE_EXPORTS = [
  { name: 'claims.json', type: 'application/json; charset=utf-8' },
  { name: 'claims.csv', type: 'text/csv; charset=utf-8' },
] as const;
export type SiteExportName = (typeof SITE_EXPORTS)[number]['name'];

/** The folder of the export files in Astro's cache folder. */
export const exportFolder = (cacheDir: string): string => path.join(cacheDir, 'exports');

/** What the exports read of an article: its stored entry's data, or the loader's equivalent. */
export interface ExportArticleData {
  source: { file: string; sha256: string };
  title: { text: string };
  outlet: string;
  status: ExportArticle['status'];
  attribution: ExportArticle['attribution'];
  foundAt: string | null;
  lineage: string;
  language: string;
  event: string;
  published?: { from: string } | undefined;
  page: unknown;
}

/** An article as the exports list it. */
export function exportArticleOf(id: string, data: ExportArticleData): ExportArticle {
  return {
    id,
    sourceFile: data.source.file,
    title: data.title.text,
    outlet: data.outlet,
    status: data.status,
    attribution: data.attribution,
    foundAt: data.foundAt,
    lineage: data.lineage,
    language: data.language,
    sha256: data.source.sha256,
    published: publishedDate(data),
    event: data.event,
    publishedFrom: data.published?.from ?? null,
  };
}

const FLUSH_AT = 1 << 20;

/**
 * Writes `pieces` to `file`, about a megabyte at a time, through a temporary file renamed at the
 * end: a build stopped midway leaves the last complete file (or none), never half of one.
 */
export function writePieces(file: string, pieces: Iterable<string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    const bytes = Buffer.from(buffer.join(''), 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    buffer = [];
    size = 0;
  };
  try {
    for (const piece of pieces) {
      buffer.push(piece);
      size += piece.length;
      if (size >= FLUSH_AT) flush();
    }
    flush();
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, file);
}

/** Export files' code: what decides their bytes besides the data. */
const EXPORT_CODE = ['src/lib/claims', 'src/data'] as const;

/**
 * Writes claims.json and claims.csv to `folder` unless both are there from the same inputs.
 * Returns the names of the files written (none when both were current).
 */
export function writeSiteExports(
  folder: string,
  site: string | undefined,
  articles: readonly ExportArticle[],
  claims: readonly ExportClaim[],
  /** The claims' digest (the claims file's), so that they need not be hashed again. */
  claimsDigest: string,
  root: string,
): SiteExportName[] {
  const key = digestOf(existsSync(path.join(root, 'src')) ? codeDigest(root, EXPORT_CODE) : null, site ?? null, claimsDigest, articles);
  const written: SiteExportName[] = [];
  for (const { name } of SITE_EXPORTS) {
    const file = path.join(folder, name);
    const keyFile = `${file}.key`;
    let known: string | null = null;
    try {
      known = readFileSync(keyFile, 'utf8');
    } catch {
      // Not written yet.
    }
    if (known === key && existsSync(file)) continue;
    rmSync(keyFile, { force: true });
    writePieces(file, name === 'claims.json' ? claimsJsonText(articles, claims, { site }) : claimsCsvText(articles, claims, { site }));
    writeFileSync(keyFile, key);
    written.push(name);
  }
  return written;
}

/** The sha256 of a file (hex), for the build log and tests. */
export const fileSha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Puts an export file into the built site: a hard link (the cache file is replaced by a rename
 * when rewritten, never changed in place, so the site's copy cannot change under it), or a copy
 * where links are not possible.
 */
export function placeExport(from: string, to: string): void {
  if (!existsSync(from)) {
    throw new Error(`The export ${from} is missing: the claims loader writes it when content syncs. Run the build again (or \`astro sync\`).`);
  }
  mkdirSync(path.dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
