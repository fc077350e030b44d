/**
 * parseArticle: raw article text (plus its editorial overrides) → a typed, cleaned article.
 *
 * Pure: no file system, no framework. Every non-blank input line ends up exactly once in the
 * result, as the title, a dek line, a section heading, a paragraph, or a `removed` entry that
 * names the cleaning rule that dropped it. Paragraphs are the file's non-blank lines (scraped
 * pages keep one paragraph per line), numbered `p-1`, `p-2`, … in reading order; sections come
 * from lines that stand alone between blank lines and read like a subhead. Ids depend only on
 * what comes before them, so appending text never renumbers anything.
 */
import GithubSlugger from 'github-slugger';
import { ContentError } from './contentError.ts';
import { cleaningRules, isOutletLabel, matchLineRule, type CleaningRuleName } from './cleaningRules.ts';

export interface SourceLine {
  /** 1-based line number in the raw file. */
  line: number;
  /** The line as written, without surrounding white space. */
  text: string;
}

export interface Paragraph extends SourceLine {
  /** Stable anchor id: `p-` and the paragraph's position in reading order, from 1. */
  id: string;
}

export interface Section {
  /** Stable anchor id: `intro` for the text before the first subhead, else the subhead's slug. */
  id: string;
  heading: SourceLine | null;
  paragraphs: Paragraph[];
}

export interface RemovedLine extends SourceLine {
  rule: CleaningRuleName;
  reason: string;
}

export interface ArticleTitle {
  text: string;
  /** Line of the title in the raw file, or null when the title comes from an override. */
  line: number | null;
  /** Why the title was supplied by the editors; null when it is the file's own headline. */
  overrideReason: string | null;
}

export interface ParsedArticle {
  title: ArticleTitle;
  dek: SourceLine[];
  sections: Section[];
  removed: RemovedLine[];
}

export interface ParseOptions {
  /** File name, for error messages. */
  file: string;
  /** An editorial title for a file that has no headline of its own. */
  titleOverride?: { text: string; reason: string } | undefined;
}

/** Id of the section that holds the paragraphs before the first subhead. */
export const INTRO_SECTION_ID = 'intro';

const MAX_HEADLINE_CHARS = 250;
const MAX_DEK_LINE_CHARS = 200;
const MAX_SUBHEAD_CHARS = 90;
const MAX_SUBHEAD_WORDS = 12;
const MAX_CAPTION_CHARS = 120;

/** Ends like a sentence or a clause: a stop, colon, comma… possibly inside closing quotes. */
const sentenceEnd = /[.!?…:;,]\s*["'“”‘’«»)\]]*$/u;

/** Trims ordinary and no-break spaces; nothing else about a line is changed. */
export function trimLine(raw: string): string {
  return raw.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/gu, '');
}

/** Splits text into lines on LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function looksLikeHeadline(text: string): boolean {
  return text.length <= MAX_HEADLINE_CHARS && !/[.;,:]\s*$/u.test(text);
}

function looksLikeSubhead(text: string): boolean {
  return (
    text.length <= MAX_SUBHEAD_CHARS &&
    wordCount(text) <= MAX_SUBHEAD_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !sentenceEnd.test(text)
  );
}

function looksLikeCaption(text: string): boolean {
  return text.length <= MAX_CAPTION_CHARS && !sentenceEnd.test(text);
}

/**
 * "Home World Kazakhstan speaks of a “coup” and Putin: we will not allow revolutions..." before
 * the headline: a few crumb words, then the start of the next line, cut off with an ellipsis.
 */
export function isBreadcrumb(text: string, nextLine: string): boolean {
  const truncated = /^(.*?)\s*(\.\.\.|…)$/u.exec(text);
  if (!truncated?.[1]) return false;
  const stem = truncated[1];
  const words = stem.split(' ');
  for (let crumbs = 1; crumbs <= 4 && crumbs < words.length; crumbs += 1) {
    const rest = words.slice(crumbs).join(' ');
    if (rest.length >= 15 && nextLine.startsWith(rest)) return true;
  }
  return false;
}

export function parseArticle(text: string, options: ParseOptions): ParsedArticle {
  const rows: SourceLine[] = splitLines(text).map((raw, index) => ({ line: index + 1, text: trimLine(raw) }));
  const isBlank = (line: number): boolean => line < 1 || line > rows.length || rows[line - 1]?.text === '';
  const removed = new Map<number, RemovedLine>();
  const remove = (row: SourceLine, rule: CleaningRuleName): void => {
    removed.set(row.line, { ...row, rule, reason: cleaningRules[rule].reason });
  };
  const remaining = (): SourceLine[] => rows.filter((row) => row.text !== '' && !removed.has(row.line));

  // 1. Site chrome recognisable line by line; once the comment form starts, the article is over.
  let afterCommentForm = false;
  for (const row of remaining()) {
    const rule = matchLineRule(row.text);
    if (rule) {
      remove(row, rule);
      afterCommentForm ||= rule === 'comment-form';
    } else if (afterCommentForm) {
      remove(row, 'after-comment-form');
    }
  }

  // 2. What scrapers leave above the headline: an outlet label, a breadcrumb trail.
  const [first] = remaining();
  if (first && isOutletLabel(first.text)) remove(first, 'outlet-label');
  const [crumb, headline] = remaining();
  if (crumb && headline && isBreadcrumb(crumb.text, headline.text)) remove(crumb, 'breadcrumb');

  if (remaining().length === 0) {
    throw new ContentError({
      file: options.file,
      message: 'The file has no article text: every line is blank or site chrome.',
      hint: 'Check that the right file was saved; remove it and its metadata entry if it holds no article.',
    });
  }

  // 3. The title: the file's headline, or the editors' title for a file that has none.
  let title: ArticleTitle;
  let titleRow: SourceLine | undefined;
  if (options.titleOverride) {
    title = { text: options.titleOverride.text, line: null, overrideReason: options.titleOverride.reason };
  } else {
    titleRow = remaining()[0] as SourceLine;
    if (!looksLikeHeadline(titleRow.text)) {
      throw new ContentError({
        file: options.file,
        line: titleRow.line,
        message: `The file has no headline: its first line of text reads as a paragraph ("${titleRow.text.slice(0, 60)}…").`,
        hint: 'Give this file an overrides.title (text and reason) in content/articles/articles.yaml.',
      });
    }
    title = { text: titleRow.text, line: titleRow.line, overrideReason: null };
  }

  // 4. Captions: short lines printed more than once are page layout, never a subhead.
  const occurrences = new Map<string, SourceLine[]>();
  for (const row of remaining()) {
    const key = row.text.replace(/\s+/gu, ' ');
    occurrences.set(key, [...(occurrences.get(key) ?? []), row]);
  }
  for (const [key, rowsWithText] of occurrences) {
    if (rowsWithText.length < 2 || !looksLikeCaption(key)) continue;
    for (const row of rowsWithText) if (row !== titleRow) remove(row, 'repeated-caption');
  }

  const body = remaining().filter((row) => row !== titleRow);

  // 5. Dek: the block right under the headline, when its lines read as subtitles, not sentences.
  const dek: SourceLine[] = [];
  if (titleRow) {
    for (const row of body) {
      const previous = dek.at(-1);
      if (previous && (row.line !== previous.line + 1)) break;
      if (row.text.length > MAX_DEK_LINE_CHARS || sentenceEnd.test(row.text)) {
        dek.length = 0;
        break;
      }
      dek.push(row);
    }
    // A dek is set apart from the text; a lone short first line running into the text is not one.
    const last = dek.at(-1);
    if (last && !isBlank(last.line + 1) && !removed.has(last.line + 1)) dek.length = 0;
  }
  const dekLines = new Set(dek.map((row) => row.line));
  const text_ = body.filter((row) => !dekLines.has(row.line));

  // 6. Sections and paragraphs.
  const standsAlone = (row: SourceLine): boolean =>
    (isBlank(row.line - 1) || removed.has(row.line - 1)) && (isBlank(row.line + 1) || removed.has(row.line + 1));
  // Decided by the line and its neighbours only, never by how much text follows: a short line at
  // the very end is a subhead too, so appending text later cannot turn a paragraph (and its
  // published p-N id) into a heading. Of two candidates in a row, only the second is a subhead.
  const isSubhead = (row: SourceLine, index: number): boolean => {
    const next = text_[index + 1];
    return (
      standsAlone(row) &&
      looksLikeSubhead(row.text) &&
      !(next !== undefined && standsAlone(next) && looksLikeSubhead(next.text))
    );
  };

  const slugger = new GithubSlugger();
  slugger.slug(INTRO_SECTION_ID);
  const sections: Section[] = [{ id: INTRO_SECTION_ID, heading: null, paragraphs: [] }];
  let paragraphNumber = 0;
  text_.forEach((row, index) => {
    if (isSubhead(row, index)) {
      sections.push({ id: slugger.slug(row.text), heading: row, paragraphs: [] });
      return;
    }
    paragraphNumber += 1;
    (sections.at(-1) as Section).paragraphs.push({ ...row, id: `p-${paragraphNumber}` });
  });
  if (sections[0]?.paragraphs.length === 0) sections.shift();

  return {
    title,
    dek,
    sections,
    removed: [...removed.values()].sort((a, b) => a.line - b.line),
  };
}
