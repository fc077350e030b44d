/**
 * eventsData: the events the site compares coverage of, one YAML file per event
 * (content/events/<slug>.yaml; the file name is the slug and the permalink /events/<slug>/).
 *
 * An event is what the articles report: a title, a date or a date range, a place and a short
 * neutral summary. Every article and every claim belongs to one event.
 */
import { z } from 'astro/zod';
import { ContentError } from '../contentError.ts';
import { parseYamlSource } from '../yamlSource.ts';

export const eventSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isoDate = z
  .string({ error: 'write the date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'not a calendar date');

export const eventDateSchema = z.union([
  isoDate,
  z
    .strictObject({ start: isoDate, end: isoDate })
    .refine((range) => range.start <= range.end, { message: 'a date range ends on or after its start', path: ['end'] }),
]);

export const eventFileSchema = z.strictObject({
  title: z.string().trim().min(1, 'give the event a title'),
  /** The day it happened, or { start, end } for an event over several days. */
  date: eventDateSchema,
  place: z.string().trim().min(1, 'say where it happened'),
  /** What happened, in neutral words: no outlet's framing. */
  summary: z.string().trim().min(20, 'write a short neutral summary (a sentence or two)'),
  /**
   * The event the site had before events existed: the old /compare/ URLs show its matrix. At most
   * one event sets it.
   */
  oldCompareUrls: z.boolean().default(false),
});

export type EventDate = z.output<typeof eventDateSchema>;

export interface EventRecord {
  slug: string;
  title: string;
  start: string;
  /** Equal to start for a one-day event. */
  end: string;
  place: string;
  summary: string;
  oldCompareUrls: boolean;
  /** The event file, relative to the project root, for messages. */
  file: string;
}

const hint = 'Fix this event; the README ("Events") lists the fields every event needs.';

/** Parses one event file; `file` is its path relative to the project root, ending in <slug>.yaml. */
export function parseEventFile(yamlText: string, file: string): EventRecord {
  const slug = (file.split('/').pop() ?? '').replace(/\.yaml$/u, '');
  if (!eventSlugPattern.test(slug)) {
    throw new ContentError({ file, message: `The file name "${slug}" is not a valid event slug.`, hint: 'Name event files <slug>.yaml with a kebab-case slug (lowercase letters, digits, single hyphens).' });
  }
  const { value } = parseYamlSource(yamlText, eventFileSchema, file, hint);
  const { start, end } = typeof value.date === 'string' ? { start: value.date, end: value.date } : value.date;
  return { slug, title: value.title, start, end, place: value.place, summary: value.summary, oldCompareUrls: value.oldCompareUrls, file };
}

/** Checks a set of events: at least one, at most one with oldCompareUrls. Returns them newest first. */
export function checkEvents(events: readonly EventRecord[], folder: string): EventRecord[] {
  if (events.length === 0) {
    throw new ContentError({ file: folder, message: 'There is no event.', hint: 'Create one with npm run new-event -- --slug <slug> --title "<title>" --date <YYYY-MM-DD>.' });
  }
  const old = events.filter((event) => event.oldCompareUrls);
  if (old.length > 1) {
    throw new ContentError(
      old.slice(1).map((event) => ({
        file: event.file,
        id: event.slug,
        message: `Only one event can serve the old /compare/ URLs; ${old[0]?.file} already does.`,
        hint: 'Remove oldCompareUrls from this event.',
      })),
    );
  }
  return newestFirst(events);
}

/** Newest first by start date, then by slug, so the order never depends on file order. */
export function newestFirst<T extends { start: string; slug: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => b.start.localeCompare(a.start) || a.slug.localeCompare(b.slug));
}

/** The event the /compare/ URLs belong to: the one marked so, else the only one, else none. */
export function oldCompareEvent<T extends { oldCompareUrls: boolean }>(events: readonly T[]): T | undefined {
  return events.find((event) => event.oldCompareUrls) ?? (events.length === 1 ? events[0] : undefined);
}

/** "10 January 2022", or "2–11 January 2022", "30 December 2021 – 2 January 2022". */
export function formatEventDate(start: string, end: string): string {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const format = (iso: string, options: Intl.DateTimeFormatOptions) => day(iso).toLocaleDateString('en-GB', { timeZone: 'UTC', ...options });
  if (start === end) return format(start, { day: 'numeric', month: 'long', year: 'numeric' });
  if (start.slice(0, 7) === end.slice(0, 7)) return `${format(start, { day: 'numeric' })}–${format(end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${format(start, { day: 'numeric', month: 'long' })} – ${format(end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
  return `${format(start, { day: 'numeric', month: 'long', year: 'numeric' })} – ${format(end, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}
