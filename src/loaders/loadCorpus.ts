/**
 * loadCorpus: reads the raw articles, their metadata and the claims files from disk and runs
 * them through the pure modules in src/lib (decode, parse, verify, compare). Both collection
 * loaders call it, so an article's highlights and its claims always come from one verification.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isArticleFileName, parseLocatedArticleMetadata, UNATTRIBUTED_OUTLET, type ArticleMetadata } from '../lib/articles/articleMetadata.ts';
import { checkEvents, parseEventFile, type EventRecord } from '../lib/events/eventsData.ts';
import { assignEvents } from '../lib/events/eventMembership.ts';
import { decodeArticleText, describeSource, type ArticleSource } from '../lib/articles/decodeArticleSource.ts';
import { parseArticleFile, type ParsedArticleFile, type ParsedRawArticle } from '../lib/articles/parseArticleFile.ts';
import type { PageMetadata } from '../lib/articles/pageMetadata.ts';
import { isSavedPageFile } from '../lib/articles/parseSavedPage.ts';
import { dekPassages } from '../lib/articles/passageIds.ts';
import { parseClaimsFile, parseNotClaimsFile, type ClaimsFile, type NotClaimsFile } from '../lib/claims/claimsData.ts';
import { checkAliasNames, parseAliasesFile, type AliasesFile, type SpeakerAlias } from '../lib/claims/speakerAliases.ts';
import type { VerifiedClaims } from '../lib/claims/verifyClaims.ts';
import { outletLineViews, type OutletLines } from '../lib/articles/outletLines.ts';
import { codeDigest, digestOf, type BuildCache } from '../data/buildCache.ts';
import { VERIFY_CACHE, verifyCached } from './verifyCached.ts';
import { ContentError } from '../lib/contentError.ts';
import { CONTENT_LAYOUT } from '../lib/contentLayout.ts';

export interface LoadedArticle {
  /** Its event resolved (articles.yaml may leave it out while the site has one event). */
  meta: ArticleMetadata & { event: string };
  parsed: ParsedRawArticle;
  /** A saved web page's metadata (headline, byline, date… with their sources); null for a text file. */
  page: PageMetadata | null;
  source: ArticleSource;
  /** Path of the raw file relative to the project root. */
  filePath: string;
}

export interface Corpus {
  /** Newest first. */
  events: EventRecord[];
  articles: LoadedArticle[];
  verified: VerifiedClaims;
  /** claim id → its event. */
  claimEvent: Map<string, string>;
  /** Other names of the claims' sources (content/claims/aliases.yaml), for the claim suggestions; [] without the file. */
  aliases: SpeakerAlias[];
}

export interface CorpusPaths {
  /** Project root. */
  root: URL;
  events: string;
  articles: string;
  claims: string;
  metadataFile: string;
  notClaimsFile: string;
  aliasesFile: string;
}

export const defaultPaths = (root: URL): CorpusPaths => ({
  root,
  events: CONTENT_LAYOUT.events,
  articles: CONTENT_LAYOUT.articles,
  claims: CONTENT_LAYOUT.claims,
  metadataFile: CONTENT_LAYOUT.metadataFile,
  notClaimsFile: CONTENT_LAYOUT.notClaimsFile,
  aliasesFile: CONTENT_LAYOUT.aliasesFile,
});

/** Names, sizes and modification times of every content file: changes when any file does. */
export async function contentFingerprint(paths: CorpusPaths): Promise<string> {
  const rootDir = fileURLToPath(paths.root);
  const parts: string[] = [];
  for (const folder of [paths.events, paths.articles, paths.claims]) {
    const dir = path.join(rootDir, folder);
    for (const name of (await readdir(dir).catch(() => [])).sort()) {
      const info = await stat(path.join(dir, name));
      parts.push(`${folder}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/**
 * A new article held in memory (add-article --dry-run): loaded as if its file were in the articles
 * folder and articles.yaml read `metadataText`, so a preview runs every check the build runs
 * while writing nothing.
 */
export interface ArticleInMemory {
  file: string;
  bytes: Uint8Array;
  metadataText: string;
}

/** Kind of entry in the build cache: one article file's parse. */
export const PARSE_CACHE = 'parse';
/** Kind of entry in the build cache: one claims file's parse. */
export const CLAIMS_CACHE = 'claims-file';
/** What the build cache holds (src/data/buildCache.ts), for pruning. */
export const CACHE_KINDS = [PARSE_CACHE, CLAIMS_CACHE, VERIFY_CACHE] as const;

/**
 * `cache`: the build cache (content sync passes it; scripts and tests do not), from which an
 * unchanged file's parse and an unchanged group's verification are read instead of redone.
 */
export async function loadCorpus(paths: CorpusPaths, inMemory?: ArticleInMemory, cache?: BuildCache): Promise<Corpus> {
  const rootDir = fileURLToPath(paths.root);
  const articlesDir = path.join(rootDir, paths.articles);
  const claimsDir = path.join(rootDir, paths.claims);
  const events = await loadEvents(rootDir, paths.events);

  const onDisk = await readdir(articlesDir);
  const names = [...new Set(inMemory ? [...onDisk, inMemory.file] : onDisk)].sort();
  const metadata = parseLocatedArticleMetadata(
    inMemory?.metadataText ?? (await readFile(path.join(articlesDir, paths.metadataFile), 'utf8')),
    path.join(paths.articles, paths.metadataFile),
    names.filter(isArticleFileName),
  );
  const raws: Array<{ meta: ArticleMetadata & { line: number }; filePath: string; bytes: Uint8Array; text: string | null }> = [];
  for (const meta of [...metadata].sort((a, b) => a.file.localeCompare(b.file))) {
    const filePath = path.join(paths.articles, meta.file);
    const bytes = meta.file === inMemory?.file ? inMemory.bytes : new Uint8Array(await readFile(path.join(articlesDir, meta.file)));
    // A saved page's lines are its blocks, not lines of text: it gives its outlet's other files no context.
    raws.push({ meta, filePath, bytes, text: isSavedPageFile(meta.file) ? null : decodeArticleText(filePath, bytes) });
  }
  // The page model reads the lines an outlet prints on all its pages from its other files; a
  // draft's placeholder outlet groups nothing. One pass over each outlet's files (outletLines.ts).
  const byOutlet = new Map<string, number[]>();
  raws.forEach(({ meta }, i) => {
    if (meta.outlet === UNATTRIBUTED_OUTLET) return;
    const list = byOutlet.get(meta.outlet);
    if (list) list.push(i);
    else byOutlet.set(meta.outlet, [i]);
  });
  const noOutlet: OutletLines = new Set<string>();
  const views: OutletLines[] = raws.map(() => noOutlet);
  for (const members of byOutlet.values()) {
    outletLineViews(members.map((i) => (raws[i] as (typeof raws)[number]).text)).forEach((view, j) => {
      views[members[j] as number] = view;
    });
  }
  const sources = raws.map(({ meta, bytes }) => describeSource(meta.file, bytes));
  // A parse depends on the file, its title override and its outlet's other files: the cache key
  // takes the outlet's text files (names and digests) whole, so an edit anywhere in an outlet
  // re-parses that outlet's files.
  const code = cache ? codeDigest(rootDir) : '';
  const outletKeys = new Map<string, string>();
  const outletKey = (outlet: string): string => {
    let key = outletKeys.get(outlet);
    if (key === undefined) {
      const members = outlet === UNATTRIBUTED_OUTLET ? [] : (byOutlet.get(outlet) ?? []);
      key = digestOf(members.flatMap((i) => (raws[i]?.text !== null ? [raws[i]?.meta.file, sources[i]?.sha256] : [])));
      outletKeys.set(outlet, key);
    }
    return key;
  };
  const unplaced = raws.map(({ meta, filePath, bytes }, i) => {
    const source = sources[i] as ArticleSource;
    const key = cache ? digestOf(code, filePath, source.sha256, meta.overrides.title ?? null, outletKey(meta.outlet)) : '';
    const known = cache?.get<ParsedArticleFile>(PARSE_CACHE, key);
    const { parsed, page } = known ?? parseArticleFile(bytes, { file: filePath, titleOverride: meta.overrides.title, outletLines: views[i] });
    if (cache && !known) cache.set(PARSE_CACHE, key, { parsed, page });
    return { meta, parsed, page, source, filePath };
  });

  const claimFiles = (await readdir(claimsDir)).filter((name) => name.endsWith('.yaml')).sort();
  const topicFiles = [];
  let notClaims: NotClaimsFile | null = null;
  let aliases: AliasesFile | null = null;
  for (const name of claimFiles) {
    const file = path.join(paths.claims, name);
    const text = await readFile(path.join(claimsDir, name), 'utf8');
    if (name === paths.notClaimsFile) notClaims = parseNotClaimsFile(text, file);
    else if (name === paths.aliasesFile) aliases = parseAliasesFile(text, file);
    else if (/^newClaimCandidates:/mu.test(text)) {
      throw new ContentError({
        file,
        message: 'This is a claim-suggestions file written by npm run add-article, not a claims file.',
        hint: `Move it back to ${path.join(paths.claims, CONTENT_LAYOUT.suggestionsFolder)}/ (the build does not read it), and copy the mentions you accept into the claims files.`,
      });
    } else {
      // A claims file's parse (YAML, schema, line numbers) is reused while its text and the code are unchanged.
      const key = cache ? digestOf(code, file, text) : '';
      const known = cache?.get<ClaimsFile>(CLAIMS_CACHE, key);
      const parsedFile = known ?? parseClaimsFile(text, file);
      if (cache && !known) cache.set(CLAIMS_CACHE, key, parsedFile);
      topicFiles.push(parsedFile);
    }
  }
  const metadataFile = path.join(paths.articles, paths.metadataFile);
  const membership = assignEvents(
    events.map((event) => event.slug),
    unplaced.map(({ meta }) => ({ id: meta.slug, event: meta.event, file: metadataFile, line: meta.line })),
    topicFiles,
  );
  if (membership.problems.length > 0) throw new ContentError(membership.problems);
  const articles: LoadedArticle[] = unplaced.map(({ meta: { line: _line, ...meta }, ...rest }) => ({
    ...rest,
    meta: { ...meta, event: membership.articleEvent.get(meta.slug) as string },
  }));
  const claimEvent = new Map(topicFiles.flatMap((file) => file.claims.map((claim) => [claim.id, membership.fileEvent.get(file.file) as string] as const)));
  const verified = verifyCached(
    topicFiles,
    articles.map(({ meta, parsed, filePath }) => ({
      id: meta.slug,
      file: filePath,
      draft: meta.status === 'draft',
      passages: parsed.sections.flatMap((section) => section.paragraphs),
      dek: dekPassages(parsed.dek),
    })),
    notClaims,
    cache ? { store: cache, code } : undefined,
  );
  if (aliases) checkAliasNames(aliases, verified.claims.flatMap((claim) => [claim.speaker, ...claim.mentions.flatMap((m) => (m.attributedTo ? [m.attributedTo] : []))]));
  return { events, articles, verified, claimEvent, aliases: aliases?.entries.map(({ name, aliases: names }) => ({ name, aliases: names })) ?? [] };
}

/** The event files, checked (at least one; one serving the old /compare/ URLs at most), newest first. */
async function loadEvents(rootDir: string, folder: string): Promise<EventRecord[]> {
  const names = (await readdir(path.join(rootDir, folder)).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  const events: EventRecord[] = [];
  for (const name of names) events.push(parseEventFile(await readFile(path.join(rootDir, folder, name), 'utf8'), path.join(folder, name)));
  return checkEvents(events, folder);
}
