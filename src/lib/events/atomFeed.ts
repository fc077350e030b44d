/**
 * atomFeed: an Atom 1.0 feed (RFC 4287) of the site's events and articles, newest first.
 *
 * Deterministic: `updated` comes from the content's own dates (an event's last day, an article's
 * publication, else its event's), never from the clock, so two builds give the same bytes.
 * Links are absolute when the site's origin is known, root-relative otherwise (then xml:base is
 * left out and readers resolve them against the feed's own URL). Entry ids are tag URIs that do not
 * depend on the origin, so moving the site does not make every entry new.
 */
import { escapeXml } from '../text/escapeXml.ts';

export interface FeedEntry {
  /** Stable part of the entry's id: "event:<slug>", "article:<slug>". */
  key: string;
  title: string;
  /** Root-relative path of the page. */
  path: string;
  /** YYYY-MM-DD or a full ISO date-time. */
  updated: string;
  summary: string;
  /** Categories (the event's slug for an article). */
  categories?: readonly string[];
}

export interface FeedInput {
  title: string;
  /** The feed's own path, e.g. "/feed.xml". */
  path: string;
  /** The site's origin ("https://example.org"), or null when not configured. */
  site: string | null;
  /** For tag URIs: a domain and a date the authority held it ("coverage-compare.example.org,2026"). */
  authority: string;
  entries: readonly FeedEntry[];
  /** Keep only the newest this many entries (a feed is what is new, not an archive: it must not grow with the corpus). */
  maxEntries?: number;
}

/** A date as an RFC 3339 date-time (Atom needs the time): a bare day is its midnight UTC. */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString().replace(/\.000Z$/u, 'Z');
}

export function atomFeed(input: FeedInput): string {
  const href = (path: string) => (input.site ? new URL(path, input.site).href : path);
  const entries = [...input.entries]
    .sort((a, b) => atomDate(b.updated).localeCompare(atomDate(a.updated)) || a.key.localeCompare(b.key))
    .slice(0, input.maxEntries ?? Infinity);
  const updated = entries[0] ? atomDate(entries[0].updated) : '1970-01-01T00:00:00Z';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(input.title)}</title>`,
    `  <id>tag:${escapeXml(input.authority)}:feed</id>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(href(input.path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(href('/'))}"/>`,
    `  <author><name>${escapeXml(input.title)}</name></author>`,
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>tag:${escapeXml(input.authority)}:${escapeXml(entry.key)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(href(entry.path))}"/>`,
      `    <updated>${atomDate(entry.updated)}</updated>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
