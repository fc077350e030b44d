/**
 * pageFurniture: the page model's passes for the boxes and notes a site sets around its text,
 * found by their company rather than their wording (see pageModel.ts for the model itself):
 *
 * - a box laid over the page (a cookie banner, an appeal, a newsletter sign-up) is a block: once
 *   one of its lines is recognised, its buttons and its other lines in the site's voice go with it;
 * - the site's own lines among its chrome after the text: a line in the site's voice ("you",
 *   "our", "this article") between removed lines, a few words inside a block of chrome, a line
 *   that opens with the site's masthead name after removed chrome, an agency's name alone;
 * - a sentence of prose in the site's voice is never removed on that evidence alone: unless it
 *   touches a box's line, it is kept and listed as a doubt for the editor.
 */
import { isOutletLabel } from './cleaningRules.ts';
import { isNameLike, isProse, isReportedSpeech, lineFeatures, readsAsTitle } from './lineFeatures.ts';
import { besideRemoved, blockOf, featuresOf, kept, lineKey, MAX_BLOCK_WALK, type Doubt, type ModelLine, type PageModelContext } from './pageModel.ts';
import type { CleaningRuleName } from './ruleCatalogue.ts';

/** Rules of the boxes laid over a page: a cookie banner, an appeal, a newsletter sign-up. */
const DIALOG_RULES: ReadonlySet<CleaningRuleName> = new Set(['cookie-notice', 'appeal', 'newsletter']);
/** A button of such a box: "Allow all", "Only necessary", "Maybe later", "Register". */
const MAX_BUTTON_WORDS = 3;
const MAX_SITE_VOICE_WORDS = 40;
/** The site speaking: to the reader, as "we", or about this page itself. */
const siteVoice = /\b(?:you|your|yours|we|our|ours|us)\b|\bthis (?:article|story|commentary|analysis|post|piece|page|site|website|newsletter|text)\b/iu;

/**
 * The site speaking to the reader rather than reporting: second person or first person plural
 * ("Translation errors? Let us know.", "Our editorial principles", "If you have noticed a
 * mistake…"), short, and no reported speech.
 */
export function speaksAsSite(text: string, features = lineFeatures(text)): boolean {
  return features.words >= 1 && features.words <= MAX_SITE_VOICE_WORDS && siteVoice.test(text) && !isReportedSpeech(text);
}

/**
 * A box laid over the page is a block: once one of its lines is a cookie notice, an appeal or a
 * newsletter sign-up, its buttons (a few words, no sentence) and its other lines in the site's
 * voice belong to it, whatever they say ("This website stores small files on your device…" over
 * "Allow all" and "Only necessary").
 */
export function removeDialogs(ctx: PageModelContext): void {
  for (const row of ctx.rows) {
    const rule = ctx.removedRule(row.line);
    if (rule === undefined || !DIALOG_RULES.has(rule)) continue;
    const block = blockOf(ctx, row);
    if (block.length > MAX_BLOCK_WALK) continue;
    for (const [index, other] of block.entries()) {
      if (!kept(ctx, other)) continue;
      const features = featuresOf(ctx, other);
      // A short line over a headline-like line is a list's label ("More for you"), not a button.
      const next = block.slice(index + 1).find((line) => kept(ctx, line));
      const labelsList = next !== undefined && readsAsTitle(next.text, MAX_BUTTON_WORDS + 1);
      if (labelsList) continue;
      const button = features.words <= MAX_BUTTON_WORDS && !features.endsSentence && !features.endsClause && /\p{L}/u.test(other.text);
      // A sentence of the box must touch one of its removed lines: a paragraph is never taken from across the block.
      const voice = speaksAsSite(other.text, features) && (!isProse(features) || touchesRemoved(ctx, other));
      if (button || voice) ctx.remove(other, rule);
    }
  }
}

/**
 * The site's own lines among its chrome, after the text has started (`from`): a line in the
 * site's voice with removed chrome on both sides, and a line that opens with the site's name
 * (read from the masthead above the headline) right after removed chrome ("Aral Radio is not
 * responsible for the content of external sites."). Two passes, so a run of such lines goes.
 */
export function removeSiteLines(ctx: PageModelContext, from: number, headline: number | undefined, doubts: Doubt[]): void {
  const names = headline === undefined ? [] : mastheadNames(ctx, headline);
  removeSiteVoiceRuns(ctx, from);
  for (let pass = 0; pass < 2; pass += 1) {
    for (const row of ctx.rows) {
      if (row.line <= from || !kept(ctx, row)) continue;
      const features = featuresOf(ctx, row);
      const key = lineKey(row.text);
      const named = names.some((name) => key.startsWith(`${name} `)) && features.words <= MAX_SITE_VOICE_WORDS && !isReportedSpeech(row.text);
      // A few words inside a block of chrome ("Contact the newsroom" between an appeal and the
      // copyright): a subhead stands alone between blank lines, so it is never inside one.
      const short = features.words <= MAX_BUTTON_WORDS + 3 && !features.endsSentence && !features.endsClause && chromeOnBothSidesInBlock(ctx, row);
      const voiced = speaksAsSite(row.text, features) && besideRemoved(ctx, row);
      if (isOutletLabel(row.text.replace(/^[-–—]\s*/u, ''))) ctx.remove(row, 'wire-signoff');
      // A sentence of prose in the site's voice may be a blogger's own ("We drove to Almaty."): kept, and shown as a doubt.
      else if (voiced && isProse(features)) {
        // Touching an appeal, a sign-up or a cookie notice, it is that box's text.
        const box = touchingDialogRule(ctx, row);
        if (box) ctx.remove(row, box);
        else if (pass === 0) doubts.push({ ...row, reason: 'speaks to the reader between lines of chrome (an appeal or a notice?)' });
      } else if (voiced || (named && removedBefore(ctx, row)) || short) ctx.remove(row, 'site-chrome');
    }
  }
}

/**
 * A run of short lines in the site's voice ("Got a tip? Email us…", "Want more? Check out our
 * podcast") with removed chrome right before and after the run: the site's notes, one after another.
 */
function removeSiteVoiceRuns(ctx: PageModelContext, from: number): void {
  let run: ModelLine[] = [];
  const close = (next: ModelLine | undefined) => {
    const before = run[0] ? previousNonBlank(ctx, run[0]) : undefined;
    if (run.length >= 2 && before && next && ctx.removedRule(before.line) !== undefined && ctx.removedRule(next.line) !== undefined) {
      for (const row of run) ctx.remove(row, 'site-chrome');
    }
    run = [];
  };
  for (const row of ctx.rows) {
    if (row.line <= from || row.text === '') continue;
    const features = featuresOf(ctx, row);
    if (kept(ctx, row) && !isProse(features) && speaksAsSite(row.text, features)) run.push(row);
    else close(row);
  }
  run = [];
}

function previousNonBlank(ctx: PageModelContext, row: ModelLine): ModelLine | undefined {
  return nearestText(ctx, row, -1);
}

/** The nearest non-blank line above (step -1) or below (step 1) the row, if any. */
function nearestText(ctx: PageModelContext, row: ModelLine, step: -1 | 1): ModelLine | undefined {
  for (let line = row.line + step; line >= 1 && line <= ctx.rows.length; line += step) {
    const other = ctx.rows[line - 1] as ModelLine;
    if (other.text !== '') return other;
  }
  return undefined;
}

/** The nearest non-blank line above or below the row is removed chrome. */
function besideChrome(ctx: PageModelContext, row: ModelLine): boolean {
  return [nearestText(ctx, row, -1), nearestText(ctx, row, 1)].some((other) => other !== undefined && ctx.removedRule(other.line) !== undefined);
}

/** Letters of the scripts pages mix; the body is written in one of them. */
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['han', /\p{Script=Han}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
];
function scriptShares(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [name, letters] of SCRIPTS) {
    const n = text.match(letters)?.length ?? 0;
    counts.set(name, n);
    total += n;
  }
  for (const [name, n] of counts) counts.set(name, total === 0 ? 0 : n / total);
  return counts;
}
/** A body in one script: its lede has at least this share of its letters in it. */
const BODY_SCRIPT_SHARE = 0.9;
/** A line in another script: at least this share of its letters are in a script other than the body's. */
const OTHER_SCRIPT_SHARE = 0.7;
const MAX_OTHER_SCRIPT_WORDS = 30;

/**
 * Chrome in another language: a short line, not prose, whose letters are mostly in another script
 * than the body's ("Читайте также: …", "Подписывайтесь на наш канал" under an English text) is
 * the site's interface in its home language, not the article, when it stands beside other chrome.
 * Quoted lines stay, and so does a line after one that ends in a colon (a slogan, a sign). The
 * body's script is read from the first lines of prose above the line.
 */
export function removeOtherScript(ctx: PageModelContext, headline: number | undefined): void {
  const lede: string[] = [];
  let body: string | undefined;
  for (const row of ctx.rows) {
    if (row.line === headline || !kept(ctx, row)) continue;
    const features = featuresOf(ctx, row);
    if (isProse(features)) {
      if (lede.length < 2) {
        lede.push(row.text);
        body = [...scriptShares(lede.join(' '))].find(([, share]) => share >= BODY_SCRIPT_SHARE)?.[0];
      }
      continue;
    }
    if (!body || /["“”«»„]/u.test(row.text) || features.words > MAX_OTHER_SCRIPT_WORDS) continue;
    // A line the text introduces ("… chanted a slogan:") is quoted, and one with no chrome beside it is the text's.
    const above = nearestText(ctx, row, -1);
    if (above !== undefined && /:\s*$/u.test(above.text) && kept(ctx, above)) continue;
    if (!besideChrome(ctx, row)) continue;
    const own = scriptShares(row.text);
    if (1 - (own.get(body) ?? 0) >= OTHER_SCRIPT_SHARE && [...own.values()].some((share) => share > 0)) ctx.remove(row, 'language-editions');
  }
}

/** The site's name as its masthead prints it: a short name-like line removed above the headline. */
function mastheadNames(ctx: PageModelContext, headline: number): string[] {
  const names: string[] = [];
  for (const row of ctx.rows) {
    if (row.line >= headline) break;
    if (ctx.removedRule(row.line) === undefined) continue;
    const features = featuresOf(ctx, row);
    if (features.words >= 1 && features.words <= 4 && row.text.length >= 4 && isNameLike(features) && !features.linkToken) names.push(lineKey(row.text));
  }
  return names;
}

/** The dialog rule of the line right above or below the row (no blank line between), if any. */
function touchingDialogRule(ctx: PageModelContext, row: ModelLine): CleaningRuleName | undefined {
  for (const other of [ctx.rows[row.line - 2], ctx.rows[row.line]]) {
    const rule = other && other.text !== '' ? ctx.removedRule(other.line) : undefined;
    if (rule !== undefined && DIALOG_RULES.has(rule)) return rule;
  }
  return undefined;
}

/** The line right above or below the row (no blank line between) is removed. */
function touchesRemoved(ctx: PageModelContext, row: ModelLine): boolean {
  return [ctx.rows[row.line - 2], ctx.rows[row.line]].some((other) => other !== undefined && other.text !== '' && ctx.removedRule(other.line) !== undefined);
}

/** The lines right above and below the row, with no blank line between, are both removed. */
function chromeOnBothSidesInBlock(ctx: PageModelContext, row: ModelLine): boolean {
  const above = ctx.rows[row.line - 2];
  const below = ctx.rows[row.line];
  return above !== undefined && below !== undefined && above.text !== '' && below.text !== '' && ctx.removedRule(above.line) !== undefined && ctx.removedRule(below.line) !== undefined;
}

/** The nearest non-blank line before the row is removed chrome. */
function removedBefore(ctx: PageModelContext, row: ModelLine): boolean {
  for (let line = row.line - 1; line >= 1; line -= 1) {
    if ((ctx.rows[line - 1] as ModelLine).text !== '') return ctx.removedRule(line) !== undefined;
  }
  return false;
}
