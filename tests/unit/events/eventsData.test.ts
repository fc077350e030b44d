import { describe, expect, it } from 'vitest';
import { checkEvents, formatEventDate, newestFirst, oldCompareEvent, parseEventFile } from '../../../src/lib/events/eventsData.ts';
import { assignEvents } from '../../../src/lib/events/eventMembership.ts';
import { chooseEvent, EventRefusal, newEventFile } from '../../../src/lib/events/newEvent.ts';
import { problemsOf } from '../../helpers/contentProblems.ts';

const FILE = 'content/events/bridge-closure.yaml';
const valid = 'title: Bridge closure\ndate: 2025-03-14\nplace: Lindmark\nsummary: The city closed a bridge after an inspection.\n';

describe('parseEventFile', () => {
  it('reads an event; the slug is the file name; a one-day event starts and ends that day', () => {
    expect(parseEventFile(valid, FILE)).toEqual({ slug: 'bridge-closure', title: 'Bridge closure', start: '2025-03-14', end: '2025-03-14', place: 'Lindmark', summary: 'The city closed a bridge after an inspection.', oldCompareUrls: false, file: FILE });
  });

  it('reads a date range', () => {
    const event = parseEventFile(valid.replace('date: 2025-03-14', 'date: { start: 2025-03-14, end: 2025-03-16 }'), FILE);
    expect([event.start, event.end]).toEqual(['2025-03-14', '2025-03-16']);
  });

  it.each([
    ['a date that is not a day', valid.replace('2025-03-14', '2025-02-30'), 3, /not a calendar date/u],
    ['a date in another format', valid.replace('2025-03-14', '14/03/2025'), 2, /YYYY-MM-DD/u],
    ['a range ending before it starts', valid.replace('date: 2025-03-14', 'date:\n  start: 2025-03-14\n  end: 2025-03-01'), 4, /ends on or after its start/u],
    ['no place', valid.replace('place: Lindmark\n', ''), 1, /place/u],
    ['a summary too short to say anything', valid.replace(/summary: .*/u, 'summary: Closed.'), 4, /neutral summary/u],
    ['a misspelt key', `${valid}titel: x\n`, 5, /titel/u],
  ])('refuses %s, naming the file and line', (_, text, line, message) => {
    const [problem] = problemsOf(() => parseEventFile(text, FILE));
    expect(problem).toMatchObject({ file: FILE });
    expect(problem?.line).toBeGreaterThanOrEqual(line === 1 ? 1 : line - 1);
    expect(problem?.message).toMatch(message);
  });

  it('refuses a file name that is not a slug', () => {
    expect(problemsOf(() => parseEventFile(valid, 'content/events/Bridge Closure.yaml'))[0]?.message).toMatch(/not a valid event slug/u);
  });
});

describe('the set of events', () => {
  const event = (slug: string, start: string, oldCompareUrls = false) => ({ ...parseEventFile(valid, `content/events/${slug}.yaml`), start, oldCompareUrls });

  it('newest first by start date, then slug', () => {
    expect(newestFirst([event('a', '2022-01-10'), event('c', '2025-01-01'), event('b', '2025-01-01')]).map((e) => e.slug)).toEqual(['b', 'c', 'a']);
  });

  it('needs at least one event, and at most one serving the old /compare/ URLs', () => {
    expect(problemsOf(() => checkEvents([], 'content/events'))[0]?.message).toBe('There is no event.');
    const [problem] = problemsOf(() => checkEvents([event('a', '2022-01-10', true), event('b', '2023-01-10', true)], 'content/events'));
    expect(problem).toMatchObject({ file: 'content/events/b.yaml', id: 'b' });
  });

  it('the old /compare/ URLs go to the marked event, else the only one, else none', () => {
    expect(oldCompareEvent([event('a', '2022-01-10'), event('b', '2023-01-10', true)])?.slug).toBe('b');
    expect(oldCompareEvent([event('a', '2022-01-10')])?.slug).toBe('a');
    expect(oldCompareEvent([event('a', '2022-01-10'), event('b', '2023-01-10')])).toBeUndefined();
  });

  it('formats dates and ranges', () => {
    expect(formatEventDate('2022-01-10', '2022-01-10')).toBe('10 January 2022');
    expect(formatEventDate('2025-09-02', '2025-09-05')).toBe('2–5 September 2025');
    expect(formatEventDate('2025-08-30', '2025-09-02')).toBe('30 August – 2 September 2025');
    expect(formatEventDate('2024-12-30', '2025-01-02')).toBe('30 December 2024 – 2 January 2025');
  });
});

describe('assignEvents', () => {
  const article = (id: string, event: string | undefined, line: number) => ({ id, event, file: 'content/articles/articles.yaml', line });
  const claims = (file: string, event: string | undefined, mentions: string[]) => ({
    file,
    event,
    eventLine: 2,
    claims: [{ id: `${file}-claim`, mentions: mentions.map((a) => ({ article: a })), mentionLines: mentions.map((_, i) => 10 + i * 5) }],
  });

  it('with one event, entries that name none belong to it', () => {
    const result = assignEvents(['summit'], [article('a', undefined, 5)], [claims('c.yaml', undefined, ['a'])]);
    expect(result.problems).toEqual([]);
    expect(result.articleEvent.get('a')).toBe('summit');
    expect(result.fileEvent.get('c.yaml')).toBe('summit');
  });

  it('with several, an entry that names none is refused with the list', () => {
    const { problems } = assignEvents(['flood', 'summit'], [article('a', undefined, 5)], []);
    expect(problems).toEqual([{ file: 'content/articles/articles.yaml', line: 5, id: 'a', message: 'This article names no event, and the site has 2 events.', hint: 'Add event: <slug>, one of: flood, summit.' }]);
  });

  it('an unknown event is refused where it is named', () => {
    const { problems } = assignEvents(['summit'], [article('a', 'sumit', 7)], [claims('c.yaml', 'flod', [])]);
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['content/articles/articles.yaml', 7, 'Unknown event "sumit".'],
      ['c.yaml', 2, 'Unknown event "flod".'],
    ]);
  });

  it('a claim citing another event’s article is refused at the mention’s line', () => {
    const { problems } = assignEvents(['flood', 'summit'], [article('a', 'summit', 5), article('b', 'flood', 20)], [claims('c.yaml', 'summit', ['a', 'b'])]);
    expect(problems).toEqual([
      {
        file: 'c.yaml',
        line: 15,
        id: 'c.yaml-claim',
        message: 'Article "b" belongs to the event "flood", but this claims file is about "summit".',
        hint: 'A claim compares the articles of its own event only: move the claim to a claims file of that event, or remove this mention.',
      },
    ]);
  });
});

describe('new-event and add-article --event (pure parts)', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(EventRefusal);
      return (error as EventRefusal).message;
    }
    throw new Error('expected a refusal');
  };

  it('writes an event file that the build reads back', () => {
    const { file, text } = newEventFile({ slug: 'ferry-strike', title: 'Ferry strike', date: '2025-06-02', end: '2025-06-04', place: 'Harbour', summary: 'Ferry crews stopped work for three days.' }, ['summit'], 'content/events');
    expect(file).toBe('content/events/ferry-strike.yaml');
    expect(parseEventFile(text, file)).toMatchObject({ slug: 'ferry-strike', start: '2025-06-02', end: '2025-06-04', place: 'Harbour' });
  });

  it('refuses a missing or bad option, and a slug in use', () => {
    expect(refusal(() => newEventFile({ title: 'T', date: '2025-01-01' }, [], 'e'))).toMatch(/--slug/u);
    expect(refusal(() => newEventFile({ slug: 'Not_Kebab', title: 'T', date: '2025-01-01' }, [], 'e'))).toMatch(/kebab/u);
    expect(refusal(() => newEventFile({ slug: 'summit', title: 'T', date: '2025-01-01' }, ['summit'], 'e'))).toMatch(/already an event/u);
    expect(refusal(() => newEventFile({ slug: 'x', date: '2025-01-01' }, [], 'e'))).toMatch(/--title/u);
    expect(refusal(() => newEventFile({ slug: 'x', title: 'T' }, [], 'e'))).toMatch(/--date/u);
    expect(refusal(() => newEventFile({ slug: 'x', title: 'T', date: '2025-13-01' }, [], 'e'))).toMatch(/calendar date/u);
  });

  it('an article goes to the event named, or to the only one; else it is refused with the list', () => {
    expect(chooseEvent('flood', ['flood', 'summit'])).toBe('flood');
    expect(chooseEvent(undefined, ['summit'])).toBe('summit');
    expect(refusal(() => chooseEvent(undefined, ['flood', 'summit']))).toBe('The site has 2 events: say which one the article reports.');
    expect(refusal(() => chooseEvent('storm', ['flood', 'summit']))).toBe('There is no event "storm".');
  });
});
