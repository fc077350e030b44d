/**
 * eventMembership: every article and every claim belongs to one event, and a claim compares only
 * the articles of its own event. Checked before the quotes are verified, so a claim that cites
 * another event's article is reported as that, not as a quote that was not found.
 */
import type { ContentProblem } from '../contentError.ts';

export interface MemberArticle {
  id: string;
  event: string;
  /** Metadata file and line of the article's entry. */
  file: string;
  line: number;
}

export interface MemberClaimsFile {
  file: string;
  event: string;
  /** Line of the file's `event:` key. */
  eventLine: number;
  claims: ReadonlyArray<{ id: string; mentions: ReadonlyArray<{ article: string }>; mentionLines: readonly number[] }>;
}

/** The problems with who belongs where; [] when every article and claim is in a known event. */
export function membershipProblems(
  eventSlugs: readonly string[],
  articles: readonly MemberArticle[],
  claimFiles: readonly MemberClaimsFile[],
): ContentProblem[] {
  const known = new Set(eventSlugs);
  const problems: ContentProblem[] = [];
  const listed = eventSlugs.join(', ');
  for (const article of articles) {
    if (!known.has(article.event)) {
      problems.push({ file: article.file, line: article.line, id: article.id, message: `Unknown event "${article.event}".`, hint: `Use one of the events: ${listed} (or create it with npm run new-event).` });
    }
  }
  const eventOf = new Map(articles.map((article) => [article.id, article.event]));
  for (const file of claimFiles) {
    if (!known.has(file.event)) {
      problems.push({ file: file.file, line: file.eventLine, message: `Unknown event "${file.event}".`, hint: `Use one of the events: ${listed}.` });
      continue;
    }
    for (const claim of file.claims) {
      claim.mentions.forEach((mention, m) => {
        const theirs = eventOf.get(mention.article);
        // An unknown article is reported by the claims verification, with the list of ids.
        if (theirs === undefined || theirs === file.event) return;
        problems.push({
          file: file.file,
          line: claim.mentionLines[m] ?? file.eventLine,
          id: claim.id,
          message: `Article "${mention.article}" belongs to the event "${theirs}", but this claims file is about "${file.event}".`,
          hint: 'A claim compares the articles of its own event only: move the claim to a claims file of that event, or remove this mention.',
        });
      });
    }
  }
  return problems;
}
