/**
 * publishedDate: when an article was published, and where that date comes from.
 *
 * The date is what a reader can check: the page's metadata, a dateline in the text, the date in
 * its URL, or, failing those, the editor's own finding (say how in the article's evidence). A
 * time is recorded only when the source gives one; with a zone ("18:42+06:00", "11:05Z") it can
 * be ordered against other times, without one only against other days.
 */
import { z } from 'astro/zod';

export const PUBLISHED_SOURCES = ['page-metadata', 'dateline', 'url', 'editor'] as const;
export type PublishedSource = (typeof PUBLISHED_SOURCES)[number];

const isoDate = z
  .string({ error: 'write the date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine((text) => {
    const day = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
  }, 'not a calendar date');

export const publishedSchema = z.strictObject({
  date: isoDate,
  /** HH:MM, with a zone (Z or ±HH:MM) when the source gives one. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/, 'write the time as HH:MM, optionally with a zone: 18:42, 18:42Z, 18:42+06:00')
    .optional(),
  /** Where the date was read: page-metadata, dateline, url or editor. */
  from: z.enum(PUBLISHED_SOURCES, { error: `say where the date comes from: ${PUBLISHED_SOURCES.join(', ')}` }),
});

export type Published = z.output<typeof publishedSchema>;

export const PUBLISHED_SOURCE_LABELS: Record<PublishedSource, string> = {
  'page-metadata': 'page metadata',
  dateline: 'dateline',
  url: 'URL',
  editor: 'editor',
};

/** The instant in ms when the time has a zone; null when only the day (or a local time) is known. */
export function publishedInstant(published: Published): number | null {
  const time = published.time;
  if (!time || time.length === 5) return null;
  return Date.parse(`${published.date}T${time.slice(0, 5)}:00${time.slice(5)}`);
}

/**
 * Orders two dates: negative when a is earlier. Same day without two zoned times → 0 (the order is
 * not known). A zoned time near midnight can fall on another UTC day; the dates as printed decide
 * first, since that is what the sources say.
 */
export function comparePublished(a: Published, b: Published): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ia = publishedInstant(a);
  const ib = publishedInstant(b);
  return ia !== null && ib !== null ? ia - ib : 0;
}

/** schema.org datePublished: the date, or date and time when the zone is known. */
export function isoPublished(published: Published): string {
  const time = published.time;
  if (!time || time.length === 5) return published.date;
  return `${published.date}T${time.slice(0, 5)}:00${time.slice(5) === 'Z' ? 'Z' : time.slice(5)}`;
}

/** "10 January 2022, 18:42 +06:00" for pages. */
// One formatter for every date the pages print: toLocaleDateString with options builds a new one
// on each call, which every listed article paid (2.4 s of a 5,000-article build).
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar day, "YYYY-MM-DD" (anything after the tenth character is ignored), as "10 January 2022". */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return DAY.format(new Date(Date.UTC(year as number, (month as number) - 1, day as number)));
}

export function formatPublished(published: Published): string {
  const day = formatDay(published.date);
  if (!published.time) return day;
  const zone = published.time.slice(5);
  return `${day}, ${published.time.slice(0, 5)}${zone === '' ? '' : zone === 'Z' ? ' UTC' : ` UTC${zone}`}`;
}

/**
 * A saved page's own date (its metadata, ISO 8601: "2022-01-10", "2022-01-10T18:42:00+06:00") as
 * a `published` from the page metadata, for an article whose entry records none; null when the
 * value is not such a date. The time keeps the zone the page wrote; a time without one is dropped.
 */
export function publishedFromPage(value: string | null | undefined): Published | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/u.exec(value?.trim() ?? '');
  if (!match) return null;
  const candidate = { date: match[1], ...(match[2] && match[3] ? { time: `${match[2]}${match[3]}` } : {}), from: 'page-metadata' };
  const parsed = publishedSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
