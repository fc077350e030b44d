/**
 * pageMetadata: what a saved web page says about itself (headline, byline, date, site name,
 * canonical URL, language), each value with where it was read.
 *
 * Sources are tried in a fixed order, the page's structured data first because sites write it for
 * machines and keep it free of chrome: JSON-LD (schema.org Article and its kinds), then Open
 * Graph, then other `<meta>` tags, then the page itself (`<h1>`, `<title>` without its site-name
 * suffix, a byline element, a `<time datetime>`). Values are text: white space collapsed; a URL is
 * kept only when it is http(s); a date only in ISO 8601 form; a language only as a BCP 47 tag.
 */
import { z } from 'astro/zod';

export const metadataSources = ['json-ld', 'og', 'meta', 'link', 'html-lang', 'h1', 'title', 'page'] as const;
export type MetadataSource = (typeof metadataSources)[number];

export const sourcedValueSchema = z.object({ value: z.string().min(1), source: z.enum(metadataSources) });
export type SourcedValue = z.output<typeof sourcedValueSchema>;

export const pageMetadataSchema = z.object({
  headline: sourcedValueSchema.nullable(),
  byline: sourcedValueSchema.nullable(),
  published: sourcedValueSchema.nullable(),
  siteName: sourcedValueSchema.nullable(),
  canonicalUrl: sourcedValueSchema.nullable(),
  language: sourcedValueSchema.nullable(),
});
export type PageMetadata = z.output<typeof pageMetadataSchema>;

/** The page's metadata as the reports list it (the article page's and add-article's), in order, each with its label. */
export const pageMetadataFields = (page: PageMetadata): ReadonlyArray<readonly [label: string, field: SourcedValue | null]> => [
  ['Headline', page.headline],
  ['Byline', page.byline],
  ['Published', page.published],
  ['Site name', page.siteName],
  ['Canonical URL', page.canonicalUrl],
  ['Language', page.language],
];

/** Longest headline taken from metadata; a longer one is not a headline. */
export const MAX_PAGE_HEADLINE_CHARS = 250;
const MAX_VALUE_CHARS = 300;
/** JSON-LD is searched this deep and this wide, so a hostile blob cannot make the search slow. */
const MAX_JSON_LD_DEPTH = 5;
const MAX_JSON_LD_NODES = 2_000;
/** Byline elements looked at (each is compared with the others, so the count is bounded). */
const MAX_BYLINE_CANDIDATES = 50;

const clean = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\s\u00a0]+/gu, ' ').trim();

function sourced(value: string | null | undefined, source: MetadataSource, max = MAX_VALUE_CHARS): SourcedValue | null {
  const text = clean(value);
  return text !== '' && text.length <= max && /[\p{L}\p{N}]/u.test(text) ? { value: text, source } : null;
}

const first = (...values: Array<SourcedValue | null>): SourcedValue | null => values.find((v) => v !== null) ?? null;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:Article|BlogPosting|Report)$/u.test(t));
}

/** The first schema.org Article (NewsArticle, BlogPosting, ReportageNewsArticle…) in the page's JSON-LD. */
export function jsonLdArticle(document: Document): Json | null {
  for (const script of document.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken blob is the page's problem; the other sources still apply.
    }
    const queue: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
    for (let seen = 0; queue.length > 0 && seen < MAX_JSON_LD_NODES; seen += 1) {
      const { value, depth } = queue.shift() as { value: unknown; depth: number };
      if (depth > MAX_JSON_LD_DEPTH) continue;
      if (Array.isArray(value)) queue.push(...value.map((item) => ({ value: item, depth: depth + 1 })));
      else if (isObject(value)) {
        if (isArticleType(value['@type'])) return value;
        if (Array.isArray(value['@graph'])) queue.push({ value: value['@graph'], depth: depth + 1 });
      }
    }
  }
  return null;
}

/** A name, a `{ name }` or a list of them, as one line: "Olga Petrova, James Hart". */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((item) => (typeof item === 'string' ? item : isObject(item) && typeof item.name === 'string' ? item.name : ''))
    .map(clean)
    .filter(Boolean);
  return found.length > 0 ? found.join(', ') : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The content of the first `<meta>` whose property or name is one of `keys` (case-insensitive). */
function meta(document: Document, keys: readonly string[]): string | null {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    if (wanted.has(key)) {
      const content = clean(element.getAttribute('content'));
      if (content !== '') return content;
    }
  }
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const date = (value: string | null | undefined, source: MetadataSource): SourcedValue | null =>
  value && ISO_DATE.test(clean(value)) ? { value: clean(value), source } : null;

const BCP47 = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/iu;
function language(value: string | null | undefined, source: MetadataSource): SourcedValue | null {
  const tag = clean(value).replace(/_/gu, '-');
  return BCP47.test(tag) ? { value: tag, source } : null;
}

function httpUrl(value: string | null | undefined, source: MetadataSource): SourcedValue | null {
  try {
    const url = new URL(clean(value));
    return url.protocol === 'http:' || url.protocol === 'https:' ? { value: url.href, source } : null;
  } catch {
    return null;
  }
}

const SEPARATORS = ['|', '–', '—', '-', '·', '::', '»', ':'];

/**
 * "Kazakh leader … | Daily Portal" → "Kazakh leader …": a `<title>` or og:title ends with the site
 * name after a separator. With the site name known, only that suffix (or prefix) is taken off;
 * without it, only a short last part after " | ".
 */
export function stripSiteName(title: string, siteName: string | null): string {
  const trimmed = clean(title);
  if (siteName) {
    const site = clean(siteName).toLowerCase();
    for (const separator of SEPARATORS) {
      const suffix = ` ${separator} ${site}`;
      if (trimmed.toLowerCase().endsWith(suffix)) return trimmed.slice(0, -suffix.length).trim();
      const prefix = `${site} ${separator} `;
      if (trimmed.toLowerCase().startsWith(prefix)) return trimmed.slice(prefix.length).trim();
    }
    return trimmed;
  }
  const parts = trimmed.split(' | ');
  const last = parts.at(-1) ?? '';
  return parts.length > 1 && last.split(' ').length <= 4 ? parts.slice(0, -1).join(' | ') : trimmed;
}

/** A byline element's text without its "By": "By Olga Petrova" → "Olga Petrova". */
function bylineText(element: Element | null): string | null {
  const value = clean(element?.textContent).replace(/^by\s+/iu, '');
  return value !== '' && value.length <= 120 ? value : null;
}

function isBylineElement(element: Element): boolean {
  if (element.matches('[rel="author"], [itemprop~="author"]')) return true;
  const classes = (element.getAttribute('class') ?? '').toLowerCase().split(/[^a-z0-9]+/u);
  return classes.includes('byline') || classes.includes('author');
}

/** The innermost byline element's text: "By Anna Kovacs", not the block that also holds her title. */
function pageByline(document: Document): string | null {
  const marked = [...document.querySelectorAll('[rel="author"], [itemprop~="author"], [class]')].filter(isBylineElement).slice(0, MAX_BYLINE_CANDIDATES);
  for (const element of marked) {
    if (marked.some((other) => other !== element && element.contains(other))) continue;
    const named = element.querySelector('[itemprop="name"]');
    const value = bylineText(named ?? element);
    if (value) return value;
  }
  return null;
}

function pageDate(document: Document): string | null {
  const marked = document.querySelector('time[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content]');
  if (marked) return marked.getAttribute('datetime') ?? marked.getAttribute('content');
  for (const time of document.querySelectorAll('time[datetime]')) {
    const value = time.getAttribute('datetime');
    if (value && ISO_DATE.test(clean(value))) return value;
  }
  return null;
}

/**
 * Reads the page's metadata. `h1` is the page heading just above the article text (the caller
 * knows where the text starts); the headline falls back to it, then to the `<title>`.
 */
export function readPageMetadata(document: Document, h1: string | null): PageMetadata {
  const ld = jsonLdArticle(document);
  const publisher = ld && isObject(ld.publisher) ? ld.publisher : null;
  const siteName = first(
    sourced(publisher ? text(publisher.name) : null, 'json-ld'),
    sourced(meta(document, ['og:site_name']), 'og'),
    sourced(meta(document, ['application-name']), 'meta'),
  );
  const mainEntity = ld && isObject(ld.mainEntityOfPage) ? text(ld.mainEntityOfPage['@id']) : ld ? text(ld.mainEntityOfPage) : null;
  const canonical = [...document.querySelectorAll('link[rel]')].find((link) =>
    (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u).includes('canonical'),
  );
  const titleElement = document.querySelector('title');
  return {
    headline: first(
      sourced(ld ? text(ld.headline) : null, 'json-ld', MAX_PAGE_HEADLINE_CHARS),
      sourced(stripSiteName(meta(document, ['og:title']) ?? '', siteName?.value ?? null), 'og', MAX_PAGE_HEADLINE_CHARS),
      sourced(h1, 'h1', MAX_PAGE_HEADLINE_CHARS),
      sourced(stripSiteName(titleElement?.textContent ?? '', siteName?.value ?? null), 'title', MAX_PAGE_HEADLINE_CHARS),
    ),
    byline: first(
      sourced(ld ? names(ld.author) : null, 'json-ld'),
      sourced(meta(document, ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator']), 'meta'),
      sourced(pageByline(document), 'page'),
    ),
    published: first(
      date(ld ? text(ld.datePublished) : null, 'json-ld'),
      date(meta(document, ['article:published_time']), 'og'),
      date(meta(document, ['pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date']), 'meta'),
      date(pageDate(document), 'page'),
    ),
    siteName,
    canonicalUrl: first(
      httpUrl(canonical?.getAttribute('href'), 'link'),
      httpUrl(meta(document, ['og:url']), 'og'),
      httpUrl(ld ? (text(ld.url) ?? mainEntity) : null, 'json-ld'),
    ),
    language: first(
      language(document.documentElement.getAttribute('lang'), 'html-lang'),
      language(ld ? text(ld.inLanguage) : null, 'json-ld'),
      language(meta(document, ['og:locale']), 'og'),
      language(meta(document, ['content-language']), 'meta'),
    ),
  };
}
