/**
 * newEvent: the pure part of `npm run new-event`: checks the options and writes the text of the
 * event's file (content/events/<slug>.yaml), which is then parsed with the build's own schema
 * before anything is written, so a file the command writes always loads.
 */
import { stringify } from 'yaml';
import { ContentError } from '../contentError.ts';
import { eventSlugPattern, parseEventFile } from './eventsData.ts';

export interface NewEventOptions {
  slug?: string | undefined;
  title?: string | undefined;
  /** YYYY-MM-DD; with `end`, the first day of a range. */
  date?: string | undefined;
  end?: string | undefined;
  place?: string | undefined;
  summary?: string | undefined;
}

export class EventRefusal extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

const PLACE_TO_FILL = 'Not yet recorded';
const SUMMARY_TO_FILL = 'Not yet written: replace this with a short neutral summary of what happened.';

/** The event file's text and path, or an EventRefusal saying what to fix. */
export function newEventFile(options: NewEventOptions, existing: readonly string[], folder: string): { file: string; text: string } {
  const slug = options.slug?.trim() ?? '';
  const title = options.title?.trim() ?? '';
  const date = options.date?.trim() ?? '';
  if (!slug) throw new EventRefusal('Give the event a --slug.', 'A kebab-case permalink, e.g. --slug harbour-bridge-closure-2025.');
  if (!eventSlugPattern.test(slug)) throw new EventRefusal(`The slug "${slug}" is not kebab-case.`, 'Use lowercase letters, digits and single hyphens.');
  if (existing.includes(slug)) throw new EventRefusal(`There is already an event "${slug}".`, `Choose another slug; the events are: ${existing.join(', ')}.`);
  if (!title) throw new EventRefusal('Give the event a --title.', 'A short neutral title, e.g. --title "Closure of the Old Harbour Bridge".');
  if (!date) throw new EventRefusal('Give the event a --date.', 'The day it happened, as YYYY-MM-DD (add --end YYYY-MM-DD for several days).');
  const end = options.end?.trim();
  const entry = {
    title,
    date: end ? { start: date, end } : date,
    place: options.place?.trim() || PLACE_TO_FILL,
    summary: options.summary?.trim() || SUMMARY_TO_FILL,
  };
  const file = `${folder}/${slug}.yaml`;
  const text = `# An event the site compares coverage of: /events/${slug}/ (never rename a published one).\n${stringify(entry, { lineWidth: 100 })}`;
  try {
    parseEventFile(text, file);
  } catch (error) {
    if (error instanceof ContentError) {
      const problem = error.problems[0];
      throw new EventRefusal(problem?.message.replace(/^date(\.start|\.end)?: /u, (_, part: string | undefined) => (part === '.end' ? '--end: ' : '--date: ')) ?? error.message, 'Write dates as YYYY-MM-DD, a real calendar day, the end on or after the start.');
    }
    throw error;
  }
  return { file, text };
}

/**
 * The event an added article goes to: the one named with --event, else the only event. Refused,
 * with the list, when the name is unknown or when there are several events and none is named.
 */
export function chooseEvent(option: string | undefined, events: readonly string[]): string {
  const listed = events.length > 0 ? events.join(', ') : '(none)';
  if (option !== undefined) {
    if (events.includes(option)) return option;
    throw new EventRefusal(`There is no event "${option}".`, `Use one of the events: ${listed}; or create it first with npm run new-event.`);
  }
  if (events.length === 1) return events[0] as string;
  if (events.length === 0) throw new EventRefusal('There is no event to add the article to.', 'Create one first: npm run new-event -- --slug <slug> --title "<title>" --date <YYYY-MM-DD>.');
  throw new EventRefusal(`The site has ${events.length} events: say which one the article reports.`, `Add --event <slug>, one of: ${listed}.`);
}
