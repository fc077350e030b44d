/**
 * eventMembership: every article and every claim belongs to one event, and a claim compares only
 * the articles of its own event. An article's event is its `event` in articles.yaml, a claim's is
 * its claims file's `event`; either may be left out only while the site has a single event.
 * Checked before the quotes are verified, so a claim that cites another event's article is
 * reported as that, not as a quote that was not found.
 */
import type { ContentProblem } from '../contentError.ts';

export interface MemberArticle {
  id: string;
  event: string | undefined;
  /** Metadata file and line of the article's entry. */
  file: string;
  line: number;
}

export interface MemberClaimsFile {
  file: string;
  event: string | undefined;
  /** Line of the file's `event:` key. */
  eventLine: number;
  claims: ReadonlyArray<{ id: string; mentions: ReadonlyArray<{ article: string }>; mentionLines: readonly number[] }>;
}

export interface Membership {
  /** article id → event slug. */
  articleEvent: Map<string, string>;
  /** claims file → event slug. */
  fileEvent: Map<string, string>;
  problems: ContentProblem[];
}

export function assignEvents(
  eventSlugs: readonly string[],
  articles: readonly MemberArticle[],
  claimFiles: readonly MemberClaimsFile[],
): Membership {
  const known = new Set(eventSlugs);
  const only = eventSlugs.length === 1 ? eventSlugs[0] : undefined;
  const listed = eventSlugs.join(', ');
  const problems: ContentProblem[] = [];
  const articleEvent = new Map<string, string>();
  const fileEvent = new Map<string, string>();

  const resolve = (declared: string | undefined, where: { file: string; line: number; id?: string }, what: string): string | undefined => {
    if (declared === undefined) {
      if (only !== undefined) return only;
      problems.push({ ...where, message: `${what} names no event, and the site has ${eventSlugs.length} events.`, hint: `Add event: <slug>, one of: ${listed}.` });
      return undefined;
    }
    if (!known.has(declared)) {
      problems.push({ ...where, message: `Unknown event "${declared}".`, hint: `Use one of the events: ${listed} (or create it with npm run new-event).` });
      return undefined;
    }
    return declared;
  };

  for (const article of articles) {
    const event = resolve(article.event, { file: article.file, line: article.line, id: article.id }, 'This article');
    if (event !== undefined) articleEvent.set(article.id, event);
  }
  for (const file of claimFiles) {
    const event = resolve(file.event, { file: file.file, line: file.eventLine }, 'This claims file');
    if (event === undefined) continue;
    fileEvent.set(file.file, event);
    for (const claim of file.claims) {
      claim.mentions.forEach((mention, m) => {
        const theirs = articleEvent.get(mention.article);
        // An unknown article is reported by the claims verification, with the list of ids.
        if (theirs === undefined || theirs === event) return;
        problems.push({
          file: file.file,
          line: claim.mentionLines[m] ?? file.eventLine,
          id: claim.id,
          message: `Article "${mention.article}" belongs to the event "${theirs}", but this claims file is about "${event}".`,
          hint: 'A claim compares the articles of its own event only: move the claim to a claims file of that event, or remove this mention.',
        });
      });
    }
  }
  return { articleEvent, fileEvent, problems };
}
