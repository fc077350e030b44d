/**
 * parseArticle: raw article text (plus its editorial overrides) → a typed, cleaned article.
 *
 * Pure: no file system, no framework. Every non-blank input line ends up exactly once in the
 * result, as the title, a dek line, a section heading, a paragraph, or a `removed` entry that
 * names the cleaning rule that dropped it. Paragraphs are the file's non-blank lines (scraped
 * pages keep one paragraph per line), numbered `p-1`, `p-2`, … in reading order; sections come
 * from lines that stand alone between blank lines and read like a subhead. Ids depend only on
 * what comes before them, so appending text never renumbers anything, but for two exceptions at
 * the edges of a text still being written: the headline of a file with no paragraph yet
 * (pageModel.ts) and a foot line read as chrome by its words (bodyEdges.ts).
 *
 * Cleaning runs in this order: the line rules of cleaningRules.ts (and everything after a comment
 * form); then the context rules, which need a line's neighbours: weak chrome beside strong chrome
 * of the same rule ("Facebook" among share buttons), the headlines listed under a "Related
 * stories" heading, the caption in a photo credit's block; then the outlet label and breadcrumb
 * above the headline; then repeated captions. A context rule never takes the first line of text
 * (the headline) and looks no further than the lines next to the one it removes, the list it
 * belongs to, or the block it stands in, so a paragraph appended after a blank line changes nothing
 * above it.
 */
import GithubSlugger from 'github-slugger';
import { ContentError } from '../contentError.ts';
import {
  cleaningRules,
  isOutletLabel,
  listHeading,
  matchLineRule,
  matchWeakLineRule,
  type CleaningRuleName,
} from './cleaningRules.ts';
import { applyStructuralRules } from './bodyEdges.ts';
import { dekLineId } from './passageIds.ts';
import { ARTICLE_PAGE_IDS, isGeneratedAnchor } from './pageAnchors.ts';
import { joinWrappedText, unwrapLines } from './wrappedLines.ts';
import { isProse, lineFeatures } from './lineFeatures.ts';
import { removeDialogs, removeOtherScript, removeSiteLines } from './pageFurniture.ts';
import {
  chooseHeadline,
  firstProse,
  lastTitleBeforeText,
  outletLineSet,
  removeAboveHeadline,
  removeAuthorBios,
  removeHeadBylines,
  removeLinkLists,
  removeListLabels,
  removeCounters,
  removeOutletBoilerplate,
  removePopups,
  tailDoubts,
  type Doubt,
  type PageModelContext,
} from './pageModel.ts';

export interface SourceLine {
  /** 1-based line number in the raw file. */
  line: number;
  /** The line as written, without surrounding white space. */
  text: string;
}

export interface Paragraph extends SourceLine {
  /** Stable anchor id: `p-` and the paragraph's position in reading order, from 1. */
  id: string;
  /**
   * The raw lines a fixed-width copy broke this paragraph into (wrappedLines.ts), two or more:
   * `line` is the first and `text` their join. Absent for a paragraph of one line.
   */
  wrappedLines?: SourceLine[] | undefined;
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
  /** Kept lines the page model is unsure of, with why: for the editor to check, never dropped. */
  doubts?: Doubt[];
}

export interface ParseOptions {
  /** File name, for error messages. */
  file: string;
  /** An editorial title for a file that has no headline of its own. */
  titleOverride?: { text: string; reason: string } | undefined;
  /**
   * The raw text of the same outlet's other files: a line they print too is page furniture
   * (pageModel.ts). Leave it out for a file whose outlet is not known.
   */
  outletTexts?: readonly string[] | undefined;
  /**
   * The same lines already keyed (outletLines.ts, one pass over an outlet for all its files);
   * used instead of `outletTexts` when given.
   */
  outletLines?: Pick<ReadonlySet<string>, 'has' | 'size'> | undefined;
}

/** Id of the section that holds the paragraphs before the first subhead. */
export const INTRO_SECTION_ID = 'intro';

const MAX_HEADLINE_CHARS = 250;
const MAX_DEK_LINE_CHARS = 200;
const MAX_SUBHEAD_CHARS = 90;
const MAX_SUBHEAD_WORDS = 12;
const MAX_CAPTION_CHARS = 120;
/** Longest line taken for a headline in a list of links ("Related stories"). */
const MAX_LINKED_HEADLINE_CHARS = 150;
const MAX_LINKED_HEADLINE_WORDS = 25;
/** A caption printed with a photo credit: longer lines are text, whatever stands next to them. */
const MAX_PHOTO_CAPTION_CHARS = 200;
/** A photo block (caption and credits, set off by blank lines) has at most this many lines. */
const MAX_PHOTO_BLOCK_LINES = 3;
/** Reported speech: a paragraph's, never a caption's. */
const REPORTED_SPEECH = /["“”«»]|\b(?:said|says|told|according to)\b/u;
/** A credit line of a few names only: "AFP / Getty Images", "Photo: Name Surname / Agency". */
const MAX_BARE_CREDIT_WORDS = 6;

/** Ends like a sentence or a clause: a stop, colon, comma… possibly inside closing quotes. */
const sentenceEnd = /[.!?…:;,]\s*["'“”‘’«»)\]]*$/u;

/** What makes a section id from a subhead's text; one per article, so repeats get `-1`, `-2`. */
export interface SectionSlugger {
  slug(text: string): string;
}

/**
 * The slugger of section ids. `intro`, the dek lines' ids (`dek-1`…, passageIds.ts) and the
 * article page's own ids (pageAnchors.ts) are taken, so a subhead never shares an anchor with
 * them ("Dek 1" gets `dek-1-1`, "Main" `main-1`); a slug shaped like a generated id (`p-3`,
 * `claim-…`) is made from "section" and the words instead (`section-p-3`).
 */
export function sectionSlugger(dekLines: number): SectionSlugger {
  const slugger = new GithubSlugger();
  slugger.slug(INTRO_SECTION_ID);
  for (let index = 0; index < dekLines; index += 1) slugger.slug(dekLineId(index));
  for (const id of ARTICLE_PAGE_IDS) slugger.slug(id);
  return {
    slug(text) {
      const id = slugger.slug(text);
      return isGeneratedAnchor(id) ? slugger.slug(`section ${text}`) : id;
    },
  };
}

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
 * A headline in a list of links: short, starts like a title, does not end like a sentence (a
 * question mark, an exclamation or a truncating ellipsis are fine: headlines end that way).
 */
function looksLikeLinkedHeadline(text: string): boolean {
  return (
    text.length <= MAX_LINKED_HEADLINE_CHARS &&
    wordCount(text) <= MAX_LINKED_HEADLINE_WORDS &&
    /^[\p{Lu}\p{N}"“‘'«„]/u.test(text) &&
    (/(?:\.\.\.|…)$/u.test(text) || !/[.;,:]\s*["'“”‘’«»)\]]*$/u.test(text))
  );
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
  // 1a. The page model's line rules (structuralRules.ts): chrome a line's shape gives away
  // anywhere; chrome its words give away only at the edges of the text or beside other chrome
  // (bodyEdges.ts). Lines spared inside the text are listed for the editor.
  const doubts: Doubt[] = [];
  applyStructuralRules({ rows, removedRule: (line) => removed.get(line)?.rule, remove }, doubts);

  // The first line of text is the title candidate: the context rules below never take it.
  const firstText = remaining()[0]?.line;
  // A list of links above the headline (a "Trending now" box at the top of the page) must not run
  // into the headline: it stops before the last line that reads as a headline above the first
  // line of text (pageModel.ts), which the headline search will weigh.
  const headlineGuard = lastTitleBeforeText(remaining(), looksLikeHeadline);
  const rowAt = (line: number): SourceLine | undefined => rows[line - 1];

  // 1b. Lines that are chrome only in company ("Facebook", "Like", "Accept") are removed when they
  // stand in a run of their rule's lines (blank lines aside, nothing else between): beside at least
  // one line the rule removed on its own, or beside another such line.
  let run: { rule: CleaningRuleName; strong: number; weak: SourceLine[] } | undefined;
  const closeRun = (): void => {
    if (run && run.weak.length > 0 && (run.strong > 0 || run.weak.length >= 2)) {
      for (const row of run.weak) remove(row, run.rule);
    }
    run = undefined;
  };
  for (const row of rows) {
    if (row.text === '') continue;
    const removedRule = removed.get(row.line)?.rule;
    const weakRule = removedRule === undefined ? matchWeakLineRule(row.text) : undefined;
    const rule = removedRule ?? weakRule;
    if (rule === undefined || rule !== run?.rule) closeRun();
    if (rule === undefined) continue;
    run ??= { rule, strong: 0, weak: [] };
    if (weakRule) run.weak.push(row);
    else run.strong += 1;
  }
  closeRun();

  // 1c. The headlines listed under a "Related stories" or "Sponsored" heading. Items set directly
  // under the heading form one block that ends at the first blank line; items set apart by blank
  // lines run on while they read as headlines (not for "Sponsored", which also labels bare ad
  // slots). The list ends at the first line that reads as text; lines already removed are skipped.
  for (const row of rows) {
    const heading = removed.get(row.line) ? listHeading(row.text) : undefined;
    if (!heading || removed.get(row.line)?.rule !== heading.rule) continue;
    const asBlock = !isBlank(row.line + 1);
    if (asBlock || heading.acrossBlankLines) {
      for (let line = row.line + 1; line <= rows.length; line += 1) {
        const item = rowAt(line) as SourceLine;
        if (item.text === '') {
          if (asBlock) break;
          continue;
        }
        // The next heading runs its own list (and stopping there keeps the scan linear).
        if (listHeading(item.text)) break;
        if (removed.has(line)) continue;
        if (line === firstText || line === headlineGuard || !looksLikeLinkedHeadline(item.text)) break;
        remove(item, heading.rule);
      }
    }
  }

  const captionDoubts: SourceLine[] = [];
  // 1d. A caption printed with its photo credit: the one other line in a short block (set off by
  // blank lines) that holds a credit. A credit inside running text (no blank lines around) leaves
  // its neighbours alone: they may be paragraphs.
  for (const row of rows) {
    if (removed.get(row.line)?.rule !== 'photo-credit') continue;
    // Walk out to the blank lines, but no further than a photo block can reach.
    let start = row.line;
    while (!isBlank(start - 1) && row.line - start < MAX_PHOTO_BLOCK_LINES) start -= 1;
    let end = row.line;
    while (!isBlank(end + 1) && end - start + 1 <= MAX_PHOTO_BLOCK_LINES) end += 1;
    if (!isBlank(start - 1) || !isBlank(end + 1) || end - start + 1 > MAX_PHOTO_BLOCK_LINES) continue;
    const others = rows.slice(start - 1, end).filter((other) => !removed.has(other.line));
    const [caption] = others;
    // A caption describes the picture; reported speech ("… said", a quote) is a paragraph's: kept, as a doubt.
    const captionLike = others.length === 1 && caption && caption.line !== firstText && caption.text.length <= MAX_PHOTO_CAPTION_CHARS;
    if (captionLike && REPORTED_SPEECH.test(caption.text)) captionDoubts.push(caption);
    else if (captionLike) {
      remove(caption, 'photo-caption');
    }
  }

  // 1e. A caption over its credit line ("… at the meeting on Monday (file photo)" / "AFP / Getty
  // Images"): the line right above a credit, with no blank line between, when it is no sentence of
  // prose (a paragraph followed by a credit keeps its place).
  for (const row of rows) {
    if (removed.get(row.line)?.rule !== 'photo-credit' || isBlank(row.line - 1)) continue;
    // A bare credit of a few names ("AFP / Getty Images"), not a copyright footer ("© 2022 …").
    if (wordCount(row.text) > MAX_BARE_CREDIT_WORDS || /©|\(c\)|copyright|\d{4}/iu.test(row.text)) continue;
    const caption = rowAt(row.line - 1) as SourceLine;
    if (removed.has(caption.line) || caption.line === firstText || caption.text.length > MAX_PHOTO_CAPTION_CHARS) continue;
    if (!isProse(lineFeatures(caption.text)) && !/["“”«»]/u.test(caption.text) && /\p{Ll}/u.test(caption.text) && wordCount(caption.text) >= 4) remove(caption, 'photo-caption');
  }

  // 2. What scrapers leave above the headline: an outlet label, a breadcrumb trail.
  const [first] = remaining();
  if (first && isOutletLabel(first.text)) remove(first, 'outlet-label');
  const [crumb, headline] = remaining();
  if (crumb && headline && isBreadcrumb(crumb.text, headline.text)) remove(crumb, 'breadcrumb');

  // 2b. The page model (pageModel.ts): a close mark's pop-up box.
  const model: PageModelContext = {
    rows,
    removedRule: (line) => removed.get(line)?.rule,
    remove,
    outletLines: options.outletLines ?? outletLineSet(options.outletTexts ?? []),
  };
  for (const row of captionDoubts) doubts.push({ ...row, reason: 'beside a photo credit, but reads as reported speech (a caption or a paragraph?)' });
  removePopups(model);
  removeDialogs(model);

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
    // The headline by evidence: the first title-like line above the text that is not chrome.
    const choice = chooseHeadline(model, looksLikeHeadline);
    if (!choice.row) {
      const [skipped] = choice.passedOver;
      const at = skipped ?? choice.stoppedAt ?? (remaining()[0] as SourceLine);
      const why = skipped
        ? `the title-like lines above its text read as site chrome (${choice.passedOver
            .slice(0, 3)
            .map((row) => `line ${row.line} "${row.text.slice(0, 40)}": ${row.reason}`)
            .join('; ')})`
        : `its first line of text reads as a paragraph ("${at.text.slice(0, 60)}…")`;
      throw new ContentError({
        file: options.file,
        line: at.line,
        message: `The file has no headline: ${why}.`,
        hint: 'Give this file an overrides.title (text and reason) in content/articles/articles.yaml.',
      });
    }
    titleRow = choice.row;
    if (choice.unsettled) doubts.push({ ...titleRow, reason: 'the headline was weighed against no paragraph: no line reads as one yet, so text added below may choose another line' });
    removeAboveHeadline(model, titleRow);
    title = { text: titleRow.text, line: titleRow.line, overrideReason: null };
  }

  // 3b. The page model around the text: bylines under the headline, link lists, the outlet's
  // boilerplate, a note about the author; and the lines it is unsure of.
  if (titleRow) removeHeadBylines(model, titleRow.line);
  const bodyStart = firstProse(model, titleRow?.line ?? 0)?.line;
  if (bodyStart !== undefined) removeLinkLists(model, bodyStart);
  if (bodyStart !== undefined) removeListLabels(model, bodyStart);
  if (bodyStart !== undefined) removeCounters(model, bodyStart);
  removeOutletBoilerplate(model, titleRow?.line, doubts);
  if (bodyStart !== undefined) removeAuthorBios(model, bodyStart, doubts);
  if (bodyStart !== undefined) removeOtherScript(model, titleRow?.line);
  if (bodyStart !== undefined) removeSiteLines(model, bodyStart, titleRow?.line, doubts);
  tailDoubts(model, doubts);

  // 4. Captions: short lines printed more than once are page layout, never a subhead.
  const occurrences = new Map<string, SourceLine[]>();
  for (const row of remaining()) {
    const key = row.text.replace(/\s+/gu, ' ');
    // Push, not spread: a file of one line repeated 100,000 times must stay linear.
    const seen = occurrences.get(key);
    if (seen) seen.push(row);
    else occurrences.set(key, [row]);
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
  // A paragraph a fixed-width copy wrapped over several lines is one run (wrappedLines.ts).
  const runs = unwrapLines(text_);
  const isSubhead = (run: SourceLine[], index: number): boolean => {
    const [row] = run;
    const next = runs[index + 1];
    return (
      run.length === 1 &&
      row !== undefined &&
      standsAlone(row) &&
      looksLikeSubhead(row.text) &&
      !(next?.length === 1 && standsAlone(next[0] as SourceLine) && looksLikeSubhead((next[0] as SourceLine).text))
    );
  };

  const slugger = sectionSlugger(dek.length);
  const sections: Section[] = [{ id: INTRO_SECTION_ID, heading: null, paragraphs: [] }];
  let paragraphNumber = 0;
  runs.forEach((run, index) => {
    const row = run[0] as SourceLine;
    if (isSubhead(run, index)) {
      sections.push({ id: slugger.slug(row.text), heading: row, paragraphs: [] });
      return;
    }
    paragraphNumber += 1;
    const paragraph: Paragraph =
      run.length === 1 ? { ...row, id: `p-${paragraphNumber}` } : { line: row.line, text: joinWrappedText(run), id: `p-${paragraphNumber}`, wrappedLines: run };
    (sections.at(-1) as Section).paragraphs.push(paragraph);
  });
  if (sections[0]?.paragraphs.length === 0) sections.shift();

  return {
    title,
    dek,
    sections,
    removed: [...removed.values()].sort((a, b) => a.line - b.line),
    doubts: doubts.filter((doubt) => !removed.has(doubt.line)).sort((a, b) => a.line - b.line),
  };
}
