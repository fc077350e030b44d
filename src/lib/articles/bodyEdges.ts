/**
 * bodyEdges: where the structural line rules (structuralRules.ts) may remove a line. A copied page
 * is a body of prose with chrome at its edges and in short breaks, so a rule that goes by a shape
 * no sentence has (a close mark, a copyright footer, a row of buttons) removes its line anywhere,
 * but a rule that goes by words a sentence may share (a price, an inbox, "prohibited", an error,
 * "Have your say", "About X:", a phone-like figure) removes its line only:
 *
 * - at the edges of the text: before its first line of prose or after its last one (prose that no
 *   rule matches and that does not stand among chrome, such as a footer's disclaimer: the body's
 *   anchors);
 * - inside the body, beside other chrome (the nearest line above or below, blank lines aside, is
 *   removed, or is another such line: a run of chrome), and only when the line is no sentence.
 *
 * Anywhere else the line is article text: it is kept and listed as a doubt for the editor, never
 * silently dropped. Appending text can only turn a removed line at the end into a kept one, never
 * the reverse: prose appended after a foot line read as chrome by its words puts that line inside
 * the text: it and the lines after it get ids, and the kept line above it may lose its subhead (a
 * subhead stands alone and is not followed by another); nothing further up moves. A documented
 * exception to forward stability (README, "The headline by evidence"): a page's foot is only
 * known by what does not follow it.
 */
import { isProse, lineFeatures, type LineFeatures } from './lineFeatures.ts';
import type { Doubt, ModelLine } from './pageModel.ts';
import type { CleaningRuleName } from './ruleCatalogue.ts';
import { matchStructuralLine, type StructuralMatch } from './structuralRules.ts';

/** Reads as a sentence: it ends like one and has the function words of running text. */
const MIN_SENTENCE_WORDS = 4;
const MIN_SENTENCE_FUNCTION_SHARE = 0.15;
export const isSentenceLike = (features: LineFeatures): boolean =>
  features.words >= MIN_SENTENCE_WORDS && features.endsSentence && features.functionShare >= MIN_SENTENCE_FUNCTION_SHARE;

/**
 * The verdict on a line a rule reads as chrome by its words: undefined when it goes (at an edge of
 * the text, or no sentence beside other chrome), else why it is kept and listed for the editor.
 */
export function byWordsDoubt(rule: CleaningRuleName, edge: boolean, beside: boolean, features: LineFeatures): string | undefined {
  if (edge || (beside && !isSentenceLike(features))) return undefined;
  const why = beside ? 'but is a sentence inside the text' : 'but stands inside the text with no chrome beside it';
  return `reads like ${rule} chrome by its words, ${why}`;
}

export interface BodyEdgesContext {
  /** Every line of the file, blank ones included (text ''), in order: rows[i].line === i + 1. */
  rows: readonly ModelLine[];
  removedRule: (line: number) => CleaningRuleName | undefined;
  remove: (row: ModelLine, rule: CleaningRuleName) => void;
}

/** Applies the structural line rules to the lines still kept; lines spared inside the body go to `doubts`. */
export function applyStructuralRules(ctx: BodyEdgesContext, doubts: Doubt[]): void {
  const kept = ctx.rows.filter((row) => row.text !== '' && ctx.removedRule(row.line) === undefined);
  const byWords = new Map<number, { row: ModelLine; match: StructuralMatch; features: LineFeatures }>();
  const anchors: number[] = [];
  for (const row of kept) {
    const match = matchStructuralLine(row.text);
    const features = lineFeatures(row.text);
    if (match && !match.byWords) ctx.remove(row, match.rule);
    else if (match) byWords.set(row.line, { row, match, features });
    else if (isProse(features)) anchors.push(row.line);
  }
  const chrome = (line: number | undefined) => line !== undefined && (ctx.removedRule(line) !== undefined || byWords.has(line));
  // Prose among chrome (a disclaimer in a footer block) is no anchor of the body; a menu counts as chrome there.
  const menus = new Set(ctx.rows.filter((row) => row.text !== '' && lineFeatures(row.text).menu).map((row) => row.line));
  const amongChrome = chromeDensity(ctx, (line) => chrome(line) || menus.has(line));
  const body = anchors.filter((line) => !amongChrome(line));
  const first = body[0];
  const last = body.at(-1);
  for (const { row, match, features } of byWords.values()) {
    const edge = first === undefined || last === undefined || row.line < first || row.line > last;
    const beside = chrome(nearestText(ctx, row.line, -1)) || chrome(nearestText(ctx, row.line, 1));
    const doubt = byWordsDoubt(match.rule, edge, beside, features);
    if (doubt === undefined) ctx.remove(row, match.rule);
    else doubts.push({ ...row, reason: doubt });
  }
}

/** How far each side of a line its neighbourhood reaches, inside its block. */
const NEIGHBOURHOOD = 8;

/**
 * Whether most of a line's neighbours (the other non-blank lines of its block, at most
 * NEIGHBOURHOOD each side) are chrome. Prefix counts keep it linear in a file with no blank lines.
 */
function chromeDensity(ctx: BodyEdgesContext, chrome: (line: number) => boolean): (line: number) => boolean {
  const n = ctx.rows.length;
  const chromeBefore = new Array<number>(n + 1).fill(0);
  const textBefore = new Array<number>(n + 1).fill(0);
  const blockStart = new Array<number>(n + 2).fill(0);
  const blockEnd = new Array<number>(n + 2).fill(0);
  for (let line = 1; line <= n; line += 1) {
    const blank = ctx.rows[line - 1]?.text === '';
    chromeBefore[line] = (chromeBefore[line - 1] ?? 0) + (!blank && chrome(line) ? 1 : 0);
    textBefore[line] = (textBefore[line - 1] ?? 0) + (blank ? 0 : 1);
    blockStart[line] = blank ? line + 1 : line > 1 && ctx.rows[line - 2]?.text !== '' ? (blockStart[line - 1] ?? line) : line;
  }
  for (let line = n; line >= 1; line -= 1) {
    const blank = ctx.rows[line - 1]?.text === '';
    blockEnd[line] = blank ? line - 1 : line < n && ctx.rows[line]?.text !== '' ? (blockEnd[line + 1] ?? line) : line;
  }
  return (line) => {
    const from = Math.max(blockStart[line] ?? line, line - NEIGHBOURHOOD);
    const to = Math.min(blockEnd[line] ?? line, line + NEIGHBOURHOOD);
    const others = (textBefore[to] ?? 0) - (textBefore[from - 1] ?? 0) - 1;
    const chromeLines = (chromeBefore[to] ?? 0) - (chromeBefore[from - 1] ?? 0);
    return others > 0 && chromeLines * 2 > others;
  };
}

/** The line number of the nearest non-blank line above (step -1) or below (step 1), if any. */
function nearestText(ctx: BodyEdgesContext, line: number, step: -1 | 1): number | undefined {
  for (let other = line + step; other >= 1 && other <= ctx.rows.length; other += step) {
    if (ctx.rows[other - 1]?.text !== '') return other;
  }
  return undefined;
}
