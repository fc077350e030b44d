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
 * the exports show of each article, the site's origin and the code) is the one recorded beside it;
 * else each claim's piece is copied from the last file while its own inputs are unchanged, so an
 * edit to one article recomputes the pieces of the claims it is in.
 */
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { claimsCsvPieces, claimsJsonPieces, type ExportArticle, type ExportClaim, type ExportPiece } from '../lib/claims/claimsExport.ts';
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
 * Writes `chunks` to `file`, about a megabyte at a time, through a temporary file renamed at the
 * end: a build stopped midway leaves the last complete file (or none), never half of one.
 */
function writeChunks(file: string, chunks: Iterable<Buffer>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  let buffer: Buffer[] = [];
  let size = 0;
  const flush = () => {
    const bytes = Buffer.concat(buffer, size);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    buffer = [];
    size = 0;
  };
  try {
    for (const chunk of chunks) {
      buffer.push(chunk);
      size += chunk.length;
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

/** Writes `pieces` (strings) to `file`, as writeChunks does. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  writeChunks(file, (function* () {
    for (const piece of pieces) yield Buffer.from(piece, 'utf8');
  })());
}

/** Where a kept piece's bytes are in the last file: [key, byte offset, byte length]. */
type PieceIndex = Array<[string, number, number]>;

/**
 * Writes `pieces` to `file`, taking each piece that `keyOf` gives a key from the last file written
 * there when its index (`file`.pieces.json) lists that key, and computing the others. The index is
 * removed before and written after the file, so it never describes another file's bytes.
 */
export function writeCachedPieces(file: string, pieces: Iterable<ExportPiece>, keyOf: (piece: ExportPiece) => string | null): { reused: number; computed: number } {
  const indexFile = `${file}.pieces.json`;
  let old = new Map<string, [number, number]>();
  let oldFd: number | null = null;
  try {
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as PieceIndex;
    oldFd = openSync(file, 'r');
    old = new Map(index.map(([key, offset, length]) => [key, [offset, length]]));
  } catch {
    // No index or no file: every piece is computed.
  }
  rmSync(indexFile, { force: true });
  const index: PieceIndex = [];
  const counts = { reused: 0, computed: 0 };
  let offset = 0;
  const chunks = function* (): Generator<Buffer> {
    for (const piece of pieces) {
      const key = keyOf(piece);
      const at = key === null ? undefined : old.get(key);
      let bytes: Buffer | null = null;
      if (at && oldFd !== null) {
        const kept = Buffer.allocUnsafe(at[1]);
        if (readSync(oldFd, kept, 0, at[1], at[0]) === at[1]) bytes = kept;
      }
      if (bytes) counts.reused += 1;
      else {
        bytes = Buffer.from(piece.text(), 'utf8');
        if (key !== null) counts.computed += 1;
      }
      if (key !== null) index.push([key, offset, bytes.length]);
      offset += bytes.length;
      yield bytes;
    }
  };
  try {
    writeChunks(file, chunks());
  } finally {
    if (oldFd !== null) closeSync(oldFd);
  }
  const partial = `${indexFile}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(index));
  renameSync(partial, indexFile);
  return counts;
}

/** Export files' code: what decides their bytes besides the data. */
const EXPORT_CODE = ['src/lib/claims', 'src/data'] as const;

/**
 * Writes claims.json and claims.csv to `folder` unless both are there from the same inputs; a
 * claim's piece (its JSON element, its CSV rows) is kept from the last file while the claim, the
 * articles it is shown with, the origin and the code are unchanged. Returns what was written.
 */
export function writeSiteExports(
  folder: string,
  site: string | undefined,
  articles: readonly ExportArticle[],
  claims: readonly ExportClaim[],
  /** The claims' digest (the claims file's), so that they need not be hashed again. */
  claimsDigest: string,
  root: string,
): Array<{ name: SiteExportName; reused: number; computed: number }> {
  const prefix = digestOf(existsSync(path.join(root, 'src')) ? codeDigest(root, EXPORT_CODE) : null, site ?? null);
  const key = digestOf(prefix, claimsDigest, articles);
  const claimDigests = new WeakMap<ExportClaim, string>();
  const claimDigest = (claim: ExportClaim): string => {
    let digest = claimDigests.get(claim);
    if (digest === undefined) claimDigests.set(claim, (digest = digestOf(claim)));
    return digest;
  };
  const written: Array<{ name: SiteExportName; reused: number; computed: number }> = [];
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
    const counts =
      name === 'claims.json'
        ? writeCachedPieces(file, claimsJsonPieces(articles, claims, { site }), (piece) => (piece.claim ? digestOf(prefix, name, claimDigest(piece.claim)) : null))
        : writeCachedPieces(file, claimsCsvPieces(articles, claims, { site }), (piece) => (piece.claim ? digestOf(prefix, name, claimDigest(piece.claim), piece.articles ?? null) : null));
    writeFileSync(keyFile, key);
    written.push({ name, ...counts });
  }
  return written;
}

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
