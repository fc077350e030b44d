/**
 * pageModel: a copied web page read as a body of sentence-like lines with chrome at its edges and
 * in short breaks, rather than as a list of phrases to match. parseArticle runs it after the line
 * rules; each pass removes lines under a named rule (so the report still says why), or, where the
 * evidence is thin, keeps the line and lists it as a doubt for the editor.
 *
 * The evidence, line by line (lineFeatures.ts): length, sentence punctuation, the share of
 * function words, capitals, digits, menus and link tokens. Around the line: its block (the lines
 * between blank lines), the first line of prose (the body starts there), the headline, and the
 * lines the same outlet prints on its other pages. The passes:
 *
 * - pop-up: the lines in a close mark's block ("×") are its box: `appeal`;
 * - headline: the first line that reads as a title and shows no sign of chrome (a menu, a
 *   masthead block, a desk byline, a line the outlet prints on other pages, a short label over
 *   another title-like line); what stands above it is `above-headline`. No such line before the
 *   first paragraph: the file has no headline, and the caller asks for one;
 * - under the headline, until the first line that ends like a sentence: names alone and short
 *   "By …" lines are bylines, a short label over title-like lines is a list of links, a menu or a
 *   word or two among removed lines is site chrome;
 * - link lists: a short label over a run of title-like lines, two or more bullets that read as
 *   titles, or three title-like lines in a row after the text has started: `link-list`; a menu
 *   there is site chrome, and so are counters ("128") next to removed chrome;
 * - the outlet's other pages: a line they print too is `outlet-boilerplate` when it is not long
 *   prose; long prose repeated is kept as a doubt (a background paragraph may be reused);
 * - a note about the author: a line that opens with the byline's name and says who they are.
 *
 * Forward stable, like the rest of the parser: a decision depends on the line, its block, the
 * lines before it and the list it belongs to, never on how much text follows, so a paragraph
 * appended later (after a blank line) changes nothing above it. The headline search reads the
 * lede, but only up to the end of the block of the first line that reads as a paragraph (a line
 * the parser's headline test rejects: where the search stops), and the guard that keeps a list of
 * links off the headline (`lastTitleBeforeText`) stands above the first such line too; a
 * paragraph appended after a blank line moves neither. The page model's one exception: in a file where no line reads as a paragraph yet,
 * the search has no lede to read but the file's own lines, so the first paragraph appended can
 * make another line the headline (or none). The parser lists such a headline as a doubt
 * (`HeadlineChoice.unsettled`); tests/unit/articles/properties.test.ts checks that nothing else moves.
 */
import type { CleaningRuleName } from './ruleCatalogue.ts';
import { isFunctionWord, isNameLike, isProse, lineFeatures, readsAsTitle, wordsOf, type LineFeatures } from './lineFeatures.ts';

export interface ModelLine {
  line: number;
  text: string;
}

export interface Doubt extends ModelLine {
  reason: string;
}

export interface PageModelContext {
  /** Every line of the file, blank ones included (text ''), in order: rows[i].line === i + 1. */
  rows: readonly ModelLine[];
  removedRule: (line: number) => CleaningRuleName | undefined;
  remove: (row: ModelLine, rule: CleaningRuleName) => void;
  /** Normalised lines of the same outlet's other files (see `outletLineSet`, outletLines.ts). */
  outletLines: Pick<ReadonlySet<string>, 'has' | 'size'>;
}

/** Each row's features, measured once per parse (the passes ask for them many times). */
const featureCache = new WeakMap<PageModelContext, Array<LineFeatures | undefined>>();
export function featuresOf(ctx: PageModelContext, row: ModelLine): LineFeatures {
  let cache = featureCache.get(ctx);
  if (!cache) featureCache.set(ctx, (cache = []));
  return (cache[row.line] ??= lineFeatures(row.text));
}

/** The key two printings of a line share: spacing and case aside. */
export const lineKey = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/** The lines of an outlet's other files, as keys, for `PageModelContext.outletLines`. */
export function outletLineSet(texts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) for (const line of text.split(/\r\n|\r|\n/u)) if (line.trim() !== '') keys.add(lineKey(line));
  return keys;
}

const closeMarks = /^[×✕✖✗╳]$/u;
const MAX_POPUP_LINE_WORDS = 40;
const MAX_MASTHEAD_LINE_WORDS = 12;
const MAX_MASTHEAD_BLOCK_LINES = 5;
const MAX_BYLINE_WORDS = 4;
/** Prose printed on an outlet's other pages is boilerplate only when shorter than this. */
const MAX_BOILERPLATE_PROSE_WORDS = 20;
/** Rules whose line is a label over a list of links. */
const LABEL_RULES: ReadonlySet<CleaningRuleName> = new Set(['read-more', 'related-links']);
/** Rules that mark a block as a masthead: navigation, buttons, pop-ups. */
const MASTHEAD_RULES: ReadonlySet<CleaningRuleName> = new Set([
  'site-chrome', 'share-buttons', 'button-glyph', 'appeal', 'language-editions', 'breadcrumb', 'newsletter', 'cookie-notice',
]);

export const kept = (ctx: PageModelContext, row: ModelLine | undefined): row is ModelLine =>
  row !== undefined && row.text !== '' && ctx.removedRule(row.line) === undefined;

/** Blocks longer than this are running text, not a pop-up, masthead or label block: not walked further. */
export const MAX_BLOCK_WALK = 8;

/**
 * The non-blank rows of a row's block (its neighbours up to the blank lines), at most
 * MAX_BLOCK_WALK each side: a longer block comes back longer than any block the passes look for,
 * and walking no further keeps a file without blank lines linear.
 */
export function blockOf(ctx: PageModelContext, row: ModelLine): ModelLine[] {
  let start = row.line;
  while (start > 1 && ctx.rows[start - 2]?.text !== '' && row.line - start <= MAX_BLOCK_WALK) start -= 1;
  let end = row.line;
  while (end < ctx.rows.length && ctx.rows[end]?.text !== '' && end - row.line <= MAX_BLOCK_WALK) end += 1;
  return ctx.rows.slice(start - 1, end);
}

/** A close mark's block is its pop-up: the appeal and buttons around the "×". */
export function removePopups(ctx: PageModelContext): void {
  for (const row of ctx.rows) {
    if (ctx.removedRule(row.line) !== 'button-glyph' || !closeMarks.test(row.text)) continue;
    const block = blockOf(ctx, row);
    if (block.length > MAX_BLOCK_WALK) continue;
    for (const other of block) {
      if (kept(ctx, other) && wordsOf(other.text).length <= MAX_POPUP_LINE_WORDS) ctx.remove(other, 'appeal');
    }
  }
}

/** A block of short lines holding navigation or buttons: the masthead, not the headline. */
function inMasthead(ctx: PageModelContext, row: ModelLine): boolean {
  const block = blockOf(ctx, row);
  if (block.length > MAX_MASTHEAD_BLOCK_LINES) return false;
  const others = block.filter((other) => other !== row);
  const marked = others.some((other) => {
    const rule = ctx.removedRule(other.line);
    return (rule !== undefined && MASTHEAD_RULES.has(rule)) || featuresOf(ctx, other).menu;
  });
  return marked && block.every((other) => ctx.removedRule(other.line) !== undefined || wordsOf(other.text).length <= MAX_MASTHEAD_LINE_WORDS);
}

/** A headline-length line that names what the text is about: the company it keeps cannot make it chrome. */
const MIN_ABOUT_THE_TEXT_WORDS = 4;

/**
 * The reason a title-like line above the text is not the headline, or null. Its neighbours
 * (navigation, a short label) count against it only when it names nothing the text is about:
 * on most sites a breadcrumb, a menu or a section label ("World") stands right above the headline.
 */
function notHeadline(ctx: PageModelContext, row: ModelLine, text: () => ReadonlySet<string>): string | null {
  const features = featuresOf(ctx, row);
  if (features.menu) return 'a menu';
  // "• Markets slide as oil jumps": an item of a list of links (a "Trending" box above the story).
  if (features.bullet) return 'a list item';
  if (features.linkToken && features.words <= 3) return 'a site address';
  if (ctx.outletLines.has(lineKey(row.text))) return 'printed on the outlet’s other pages';
  const words = text();
  if (features.words >= MIN_ABOUT_THE_TEXT_WORDS && contentWords(row.text).some((word) => words.has(word))) return null;
  if (inMasthead(ctx, row)) return 'in the masthead, beside navigation';
  // In a short block: a short label over another title-like line ("Valley Courier" over its
  // tagline), or the line under such a label. A block of many lines is running text.
  const block = blockOf(ctx, row);
  if (block.length <= 3) {
    const index = block.indexOf(row);
    const next = block[index + 1];
    const previous = block[index - 1];
    if (features.words < 4 && kept(ctx, next) && readsAsTitle(next.text, 2)) return 'a label over another line';
    // An all-capitals kicker ("EXCLUSIVE") over a headline is not a masthead.
    if (kept(ctx, previous) && wordsOf(previous.text).length < 4 && /\p{Ll}/u.test(previous.text)) return 'under a short label (a masthead and its tagline)';
  }
  return null;
}

/** How far below a page title the headline it repeats may stand (kept lines). */
const MAX_TITLE_REPEAT_DISTANCE = 6;

/**
 * "Tokayev says coup attempt defeated - Steppe Times" over "Tokayev says coup attempt defeated":
 * the browser's page title, copied with the page. The headline is the line it repeats, without
 * the site's name after a dash, bar or colon.
 */
function repeatsWithSiteName(ctx: PageModelContext, row: ModelLine): boolean {
  let seen = 0;
  for (let line = row.line + 1; line <= ctx.rows.length && seen < MAX_TITLE_REPEAT_DISTANCE; line += 1) {
    const other = ctx.rows[line - 1] as ModelLine;
    if (!kept(ctx, other)) continue;
    seen += 1;
    if (other.text.length < 12 || !row.text.startsWith(other.text)) continue;
    const suffix = row.text.slice(other.text.length);
    const name = /^\s*[-–—|:·]\s*(.{2,40})$/u.exec(suffix)?.[1];
    if (name && wordsOf(name).length <= 5) return true;
  }
  return false;
}

export interface HeadlineChoice {
  /** The headline, or undefined when no line qualifies. */
  row: ModelLine | undefined;
  /** The line that ended the search: the first one that reads as a paragraph (for the refusal). */
  stoppedAt: ModelLine | undefined;
  /** Title-like lines passed over, with the reason. */
  passedOver: Doubt[];
  /**
   * True when the choice weighed the lines against a lede while no line of the file reads as a
   * paragraph yet (`ledeEnd` undefined): the first paragraph appended later becomes the lede and
   * may make another line the headline. The parser lists the headline as a doubt then.
   */
  unsettled: boolean;
}

/** Headlines name what the text is about; navigation ("e-Edition", "All news") names nothing in it. */
const MIN_SELF_EVIDENT_HEADLINE_WORDS = 5;
const contentWords = (text: string): string[] =>
  wordsOf(text.toLowerCase())
    .filter((word) => word.length >= 3 && /\p{L}/u.test(word) && !isFunctionWord(word))
    .map((word) => word.replace(/(?:'s|’s|s)$/u, ''));

/** Lines of prose read for what the text is about: the lede, before any appeal or link further down. */
const LEDE_LINES = 2;

/**
 * The last line the lede is read from: the end of the block (up to the next blank line) of the
 * first kept line that does not look like a headline, where the headline search stops. A paragraph
 * appended after a blank line cannot move it, so the words a headline is weighed against, and the
 * headline with them, stay. Undefined while no line of the file reads as a paragraph: then the
 * whole file is read, and text appended later is the lede (the one exception, in the module doc).
 */
function ledeEnd(ctx: PageModelContext, looksLikeHeadline: (text: string) => boolean): number | undefined {
  const stop = ctx.rows.find((row) => kept(ctx, row) && !looksLikeHeadline(row.text));
  if (stop === undefined) return undefined;
  let end = stop.line;
  while (end < ctx.rows.length && ctx.rows[end]?.text !== '') end += 1;
  return end;
}

/**
 * The content words of the lede: what the text is about. A text of short sentences only has its
 * first sentences read instead. Only lines up to `end` (see `ledeEnd`) are read.
 */
function textWords(ctx: PageModelContext, end: number | undefined): Set<string> {
  const read = (isLede: (row: ModelLine) => boolean): string[] => {
    const words: string[] = [];
    let lines = 0;
    for (const row of ctx.rows) {
      if (end !== undefined && row.line > end) break;
      if (!kept(ctx, row) || !isLede(row)) continue;
      words.push(...contentWords(row.text));
      if ((lines += 1) >= LEDE_LINES) break;
    }
    return words;
  };
  const prose = read((row) => isProse(featuresOf(ctx, row)));
  return new Set(prose.length > 0 ? prose : read((row) => featuresOf(ctx, row).endsSentence));
}

/** A short line that shares no content word with the first lines of prose. */
function sharesNothingWithText(row: ModelLine, text: () => ReadonlySet<string>): boolean {
  const letterWords = wordsOf(row.text).filter((word) => /\p{L}/u.test(word)).length;
  if (letterWords >= MIN_SELF_EVIDENT_HEADLINE_WORDS) return false;
  const words = text();
  return !contentWords(row.text).some((word) => words.has(word));
}

/** Headlines stand near the top: the search looks at no more candidate lines than this. */
const MAX_HEADLINE_CANDIDATES = 40;

/**
 * The headline by evidence: the first line, before anything that reads as a paragraph, that
 * reads as a title and shows no sign of chrome. A short line that shares no word with the text
 * is passed over while a better line follows, and taken only when none does (a file may really
 * be headed "Headline"). `looksLikeHeadline` is the parser's own test.
 */
export function chooseHeadline(ctx: PageModelContext, looksLikeHeadline: (text: string) => boolean): HeadlineChoice {
  const passedOver: Doubt[] = [];
  let weak: ModelLine | undefined;
  const done = (row: ModelLine | undefined, stoppedAt: ModelLine | undefined): HeadlineChoice => ({
    row: row ?? weak,
    stoppedAt,
    passedOver: passedOver.filter((doubt) => doubt.line !== (row ?? weak)?.line),
    unsettled: words !== undefined && end === undefined,
  });
  let words: Set<string> | undefined;
  let end: number | undefined;
  const text = (): Set<string> => (words ??= textWords(ctx, (end = ledeEnd(ctx, looksLikeHeadline))));
  for (const row of ctx.rows) {
    if (!kept(ctx, row)) continue;
    if (!looksLikeHeadline(row.text)) return done(undefined, row);
    if (passedOver.length >= MAX_HEADLINE_CANDIDATES) return done(undefined, undefined);
    const reason = notHeadline(ctx, row, text) ?? (repeatsWithSiteName(ctx, row) ? 'the page title: a headline below, with the site’s name added' : null);
    if (reason === null && !sharesNothingWithText(row, text)) return done(row, undefined);
    if (reason === null) weak ??= row;
    passedOver.push({ ...row, reason: reason ?? 'short, and shares no word with the text' });
  }
  return done(undefined, undefined);
}

/** Everything kept above the headline is the page around the article. */
export function removeAboveHeadline(ctx: PageModelContext, headline: ModelLine): void {
  for (const row of ctx.rows) {
    if (row.line >= headline.line) break;
    if (kept(ctx, row)) ctx.remove(row, 'above-headline');
  }
}

const byPrefix = /^by\s+\S|^(?:posted|published|written|updated)\b.{0,60}\bby\s+\S/iu;

/**
 * Under the headline, until the first line that ends like a sentence (blank and removed lines
 * aside): a name alone ("Nina Oskarova", "NewsHub"; not all capitals, which is a kicker) or a
 * short "By …" / "Posted … by …" line is a byline; a menu ("3 sources · Updated 3h ago") is site
 * chrome, and so is a word or two set among lines already removed ("Follow" between a byline and
 * a reading time). A dek may stand in between. Never decided by what follows the first sentence.
 */
export function removeHeadBylines(ctx: PageModelContext, after: number): void {
  const count = new Map<string, number>();
  for (const row of ctx.rows) if (row.text !== '') count.set(lineKey(row.text), (count.get(lineKey(row.text)) ?? 0) + 1);
  for (const row of ctx.rows) {
    if (row.line <= after || !kept(ctx, row)) continue;
    const features = featuresOf(ctx, row);
    // "Posted on … by Marat K." ends with an initial, not a sentence.
    const byInitial = byPrefix.test(row.text) && /\s\p{Lu}\.$/u.test(row.text);
    // "Copied!" after a copy-link button is one word, not the first sentence.
    const oneWord = features.words <= 1 && /!$/u.test(row.text);
    if (features.endsSentence && !byInitial && !oneWord) return;
    // A line printed twice is a caption (repeated-caption), not the one byline.
    if ((count.get(lineKey(row.text)) ?? 0) > 1) continue;
    // "Nina Oskarova", "NewsHub", "The Associated Press".
    const name = row.text.replace(/^the\s+/iu, '');
    const nameOnly = isNameLike(lineFeatures(name)) && wordsOf(name).length <= MAX_BYLINE_WORDS && /\p{Ll}/u.test(name);
    const shortBy = byPrefix.test(row.text) && features.words <= 12;
    const items = readsAsTitle(row.text, 1, 3, features) ? itemsAfter(ctx, row, (item) => isItem(ctx, item, 2)) : [];
    if (nameOnly || shortBy) ctx.remove(row, 'byline');
    else if (items.length >= 2) {
      // "Key events" over the posts it links to.
      for (const line of [row, ...items]) ctx.remove(line, 'link-list');
    }
    else if (features.menu) ctx.remove(row, 'site-chrome');
    else if (isRoleByline(row.text, features)) ctx.remove(row, 'byline');
    else if (features.words <= 2 && besideRemoved(ctx, row, after)) ctx.remove(row, 'site-chrome');
  }
}

/** A reporter's role word in a short signature line. */
const roleWord = /\b(?:correspondent|reporter|editor|writer|columnist|staff|desk|bureau|newsroom|contributor)\b/iu;

/**
 * "From our correspondent Jana Hartmann", "Central Asia correspondent Aigerim Nurlanova": a short
 * line under the headline that names a reporter's role and ends with a capitalised name.
 */
function isRoleByline(text: string, features: LineFeatures): boolean {
  if (features.words > 8 || features.endsSentence || !roleWord.test(text) || /["“”«»]/u.test(text)) return false;
  const isName = (words: string[]) => words.length === 2 && words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && !roleWord.test(words.join(' '));
  // The name last ("… correspondent Jana Hartmann") or first, before a comma ("Aigerim Nurlanova, Central Asia correspondent").
  const [first = '', ...rest] = text.split(/,\s*/u);
  return isName(wordsOf(text).slice(-2)) || (rest.length > 0 && isName(wordsOf(first)));
}

/**
 * The nearest non-blank lines before and after the row are both removed (there is a line after
 * it); the headline (`headline`), which is no article text either, counts as removed above.
 */
export function besideRemoved(ctx: PageModelContext, row: ModelLine, headline = 0): boolean {
  const near = (step: 1 | -1): boolean => {
    for (let line = row.line + step; line >= 1 && line <= ctx.rows.length; line += step) {
      const other = ctx.rows[line - 1] as ModelLine;
      if (other.text !== '') return ctx.removedRule(line) !== undefined || line === headline;
    }
    // Nothing before is the top of the file; nothing after would let appended text decide.
    return step === -1;
  };
  return near(-1) && near(1);
}

/**
 * Counters without letters ("128" claps, "3" comments) in a run of such lines that stands next
 * to removed chrome: site chrome. A lone figure among text stays (it is listed as a suspect).
 */
export function removeCounters(ctx: PageModelContext, from: number): void {
  const isCounter = (row: ModelLine) => kept(ctx, row) && row.text.length <= 8 && !/\p{L}/u.test(row.text) && /\p{N}/u.test(row.text);
  const nonBlank = ctx.rows.filter((row) => row.line > from && row.text !== '');
  for (let i = 0; i < nonBlank.length; i += 1) {
    if (!isCounter(nonBlank[i] as ModelLine)) continue;
    let j = i;
    while (j + 1 < nonBlank.length && isCounter(nonBlank[j + 1] as ModelLine)) j += 1;
    const before = nonBlank[i - 1];
    const after = nonBlank[j + 1];
    const removedNext = (row: ModelLine | undefined) => row !== undefined && ctx.removedRule(row.line) !== undefined;
    if (removedNext(before) || removedNext(after)) for (const row of nonBlank.slice(i, j + 1)) ctx.remove(row, 'site-chrome');
    i = j;
  }
}

/**
 * The last line that reads as a headline of five words or more above the first line of text (a
 * line of prose, or one the parser's `looksLikeHeadline` rejects: where the headline search
 * stops): the line a list of links set above the headline must leave for the headline search.
 * In a file with no such line of text yet, the last such line of the file: where text appended
 * later would put it, so appending changes nothing above it. Undefined when there is none.
 */
export function lastTitleBeforeText(rows: readonly ModelLine[], looksLikeHeadline: (text: string) => boolean): number | undefined {
  let candidate: number | undefined;
  for (const row of rows) {
    if (row.text === '') continue;
    const features = lineFeatures(row.text);
    if (isProse(features) || !looksLikeHeadline(row.text)) return candidate;
    const letterWords = wordsOf(row.text).filter((word) => /\p{L}/u.test(word)).length;
    if (letterWords >= MIN_SELF_EVIDENT_HEADLINE_WORDS && readsAsTitle(row.text, 1, 30, features)) candidate = row.line;
  }
  return candidate;
}

/** The first line of prose after `after`, or undefined. */
export function firstProse(ctx: PageModelContext, after: number): ModelLine | undefined {
  return ctx.rows.find((row) => row.line > after && kept(ctx, row) && isProse(featuresOf(ctx, row)));
}

/**
 * A list item: reads as a title, not as prose; a bullet is read without its marker. A headline
 * may ask a question ("Who are the CSTO and why did they come?"): a short question with no comma
 * or quote is an item too, though its function words make it read as a sentence.
 */
function isItem(ctx: PageModelContext, row: ModelLine, minWords: number): boolean {
  const own = featuresOf(ctx, row);
  const text = own.bullet ? bulletContent(row.text) : row.text;
  const features = own.bullet ? lineFeatures(text) : own;
  return readsAsTitle(text, minWords, 20, features) && (!isProse(features) || isQuestionTitle(text, features));
}
const MAX_QUESTION_TITLE_WORDS = 12;
const isQuestionTitle = (text: string, features: LineFeatures): boolean =>
  features.words <= MAX_QUESTION_TITLE_WORDS && /\?$/u.test(text) && !/[,;"“”«»]/u.test(text);
const bulletContent = (text: string): string => text.replace(/^(?:[-–—•·*►▸▶■●◆○›»]|\d{1,2}[.)])\s+/u, '');

/** The kept rows after `row` that read as list items, blank and removed lines skipped. */
function itemsAfter(ctx: PageModelContext, row: ModelLine, accept: (item: ModelLine) => boolean): ModelLine[] {
  const items: ModelLine[] = [];
  for (let line = row.line + 1; line <= ctx.rows.length; line += 1) {
    const item = ctx.rows[line - 1] as ModelLine;
    if (item.text === '' || ctx.removedRule(line) !== undefined) continue;
    if (!accept(item)) break;
    items.push(item);
  }
  return items;
}

/**
 * Lists of links after the text has started (`from`: the first prose line): a short label over
 * two or more title-like lines; two or more bullets that read as titles; three title-like lines
 * in a row.
 */
export function removeLinkLists(ctx: PageModelContext, from: number): void {
  for (const row of ctx.rows) {
    if (row.line <= from || row.text === '') continue;
    const rule = ctx.removedRule(row.line);
    const label = rule !== undefined ? LABEL_RULES.has(rule) : readsAsTitle(row.text, 1, 4) && !featuresOf(ctx, row).bullet;
    if (label) {
      const items = itemsAfter(ctx, row, (item) => isItem(ctx, item, 1));
      if (items.length >= 2) {
        if (rule === undefined) ctx.remove(row, 'link-list');
        for (const item of items) ctx.remove(item, 'link-list');
        continue;
      }
    }
    if (rule !== undefined) continue;
    // A menu ("Radio Steppe · 10 January 2022 · Duration 04:51") is navigation wherever it stands.
    if (featuresOf(ctx, row).menu) {
      ctx.remove(row, 'site-chrome');
      continue;
    }
    if (featuresOf(ctx, row).bullet && isItem(ctx, row, 2)) {
      const items = [row, ...itemsAfter(ctx, row, (item) => featuresOf(ctx, item).bullet && isItem(ctx, item, 2))];
      if (items.length >= 2) for (const item of items) ctx.remove(item, 'link-list');
      continue;
    }
    if (isItem(ctx, row, 3)) {
      const items = [row, ...itemsAfter(ctx, row, (item) => isItem(ctx, item, 3))];
      // Buttons and boxes already removed inside the run are evidence too: two title-like lines
      // among a sign-up box's lines ("Discover more from X", "Already have an account? Sign in").
      const furniture = furnitureBetween(ctx, row.line, (items.at(-1) as ModelLine).line);
      if (items.length >= 3 || (items.length === 2 && furniture >= 1)) for (const item of items) ctx.remove(item, 'link-list');
    }
  }
}

/**
 * The label of a list already removed: a title-like line right above its first item, with no
 * blank line between ("Explore more on these topics" over the topic links). A subhead stands
 * alone, and a sentence ends with a stop, so neither is taken.
 */
const MAX_LIST_LABEL_WORDS = 8;
export function removeListLabels(ctx: PageModelContext, from: number): void {
  for (const row of ctx.rows) {
    if (row.line <= from + 1 || ctx.removedRule(row.line) !== 'link-list') continue;
    const above = ctx.rows[row.line - 2] as ModelLine;
    if (kept(ctx, above) && above.line > from && readsAsTitle(above.text, 2, MAX_LIST_LABEL_WORDS) && !isProse(featuresOf(ctx, above))) ctx.remove(above, 'link-list');
  }
}

/** Rules of page furniture (buttons, boxes, links) that make a run of short lines around them a list. */
const FURNITURE_RULES: ReadonlySet<CleaningRuleName> = new Set([
  'share-buttons', 'newsletter', 'appeal', 'cookie-notice', 'read-more', 'related-links', 'link-list', 'button-glyph',
]);

/** How many lines between two lines (inclusive) were removed as page furniture. */
function furnitureBetween(ctx: PageModelContext, from: number, to: number): number {
  let count = 0;
  for (let line = from; line <= to; line += 1) {
    const rule = ctx.removedRule(line);
    if (rule !== undefined && FURNITURE_RULES.has(rule)) count += 1;
  }
  return count;
}

/** Lines the outlet prints on its other pages: boilerplate unless long prose (then a doubt). */
export function removeOutletBoilerplate(ctx: PageModelContext, headline: number | undefined, doubts: Doubt[]): void {
  if (ctx.outletLines.size === 0) return;
  for (const row of ctx.rows) {
    if (row.line === headline || !kept(ctx, row) || !ctx.outletLines.has(lineKey(row.text))) continue;
    const features = featuresOf(ctx, row);
    const quotedOrFigured = /["“”«»]|\d/u.test(row.text);
    if (features.words < 4) doubts.push({ ...row, reason: 'printed on the outlet’s other pages too (short: a subhead or a label?)' });
    else if (!isProse(features) || (features.words < MAX_BOILERPLATE_PROSE_WORDS && !quotedOrFigured)) ctx.remove(row, 'outlet-boilerplate');
    else doubts.push({ ...row, reason: 'printed on the outlet’s other pages too (a reused paragraph or boilerplate?)' });
  }
}

const bioVerb = /^(?:is|was|has|had|covers|covered|writes|wrote|joined|reports|reported|edits|leads|works|worked|lives)\b/u;
const bioWords = /\b(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|analyst|author|producer|freelance|years of experience|has covered|based in)\b/iu;

/** Author names from the removed byline lines: "By Erik Lindqvist" → "Erik Lindqvist". */
function bylineNames(ctx: PageModelContext): string[] {
  return ctx.rows.filter((row) => ctx.removedRule(row.line) === 'byline').flatMap((row) => namesInByline(row.text));
}

/** The names a byline line signs: "By Erik Lindqvist and Olga Petrova" → both; "By Sam Reed · 10 Jan 2022" → "Sam Reed". */
export function namesInByline(text: string): string[] {
  const by = (/\bby\s+(.+)$/iu.exec(text)?.[1] ?? text).split(/\s+[·|•]\s+/u)[0] ?? '';
  return by
    .split(/\s*(?:,|;|\band\b|&)\s*/u)
    .filter((name) => wordsOf(name).length >= 2 && wordsOf(name).length <= 4)
    .map((name) => name.trim());
}

/**
 * A note about the author: opens with one of the byline's names and says who they are ("Erik
 * Lindqvist is the Herald's foreign affairs editor", "Lena Vogt is a senior fellow …": the name
 * defined, whatever the job is called). Shared with saved pages (parseSavedPage.ts).
 */
export function isAuthorNote(text: string, names: readonly string[]): boolean {
  const named = names.find((name) => text.startsWith(`${name} `) && bioVerb.test(text.slice(name.length + 1)));
  if (named === undefined || wordsOf(text).length > 60 || /["“”«»]/u.test(text)) return false;
  // "… covers foreign affairs for the Voice": a job done for the outlet, in the present tense.
  const defined = /^(?:is|was) (?:a|an|the)\b|^has (?:been|worked|covered|written|reported)\b|^(?:covers|writes|reports|edits|works)\b.{0,80}\b(?:for|at)\b/u.test(text.slice(named.length + 1));
  return defined || bioWords.test(text);
}

/** A line that opens with the byline's name and says who the author is; a bare look-alike is a doubt. */
export function removeAuthorBios(ctx: PageModelContext, from: number, doubts: Doubt[]): void {
  const names = bylineNames(ctx);
  for (const row of ctx.rows) {
    if (row.line <= from || !kept(ctx, row)) continue;
    if (isAuthorNote(row.text, names)) ctx.remove(row, 'author-bio');
    else if (/^\p{Lu}\p{L}+(?: \p{Lu}[\p{L}.]*){1,2} (?:is|has been) (?:a|an|the)\b/u.test(row.text) && bioWords.test(row.text) && !/["“”]|\bsaid\b/u.test(row.text)) {
      doubts.push({ ...row, reason: 'reads like a note about the author' });
    }
  }
}

/** Title-like lines kept after the last prose: the model cannot tell a last subhead from a link. */
export function tailDoubts(ctx: PageModelContext, doubts: Doubt[]): void {
  let lastProse = 0;
  for (const row of ctx.rows) if (kept(ctx, row) && isProse(featuresOf(ctx, row))) lastProse = row.line;
  if (lastProse === 0) return;
  for (const row of ctx.rows) {
    if (row.line > lastProse && kept(ctx, row) && !featuresOf(ctx, row).endsSentence) {
      doubts.push({ ...row, reason: 'after the last paragraph of text, and not a sentence (a link or a label?)' });
    }
  }
}
