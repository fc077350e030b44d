/**
 * The labelled set (tests/fixtures/labelled/): raw files from many kinds of site, each with its
 * expected parse (<name>.expected.json: site, kind, title, dek, sections, removed lines with their
 * rules, figures) and the claims it makes (<name>.claims.yaml: claim id → verbatim passages), all
 * written by hand before the code was run on them. `npm run bench:ingest` and a unit test score
 * the cleaning, the headline, the claim suggestions and the figure relations over it, leave one
 * site out: a file is parsed with its own outlet's other files as context (as the loader does),
 * and never with anything fitted on its site.
 *
 * Every file goes through `readLabelledFile`, the one place that knows how a raw file becomes a
 * parsed article; a new extension (.html) is one more branch there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { decodeArticleText } from '../src/lib/articles/decodeArticleSource.ts';
import { parseArticle, splitLines, trimLine } from '../src/lib/articles/parseArticle.ts';
import { pageBlocks } from '../src/lib/articles/pageBlocks.ts';
import { parsePageDocument } from '../src/lib/articles/pageDom.ts';
import { parseArticleFile, type ParsedRawArticle } from '../src/lib/articles/parseArticleFile.ts';
import { decodeSavedPage, isSavedPageFile } from '../src/lib/articles/parseSavedPage.ts';
import { ContentError } from '../src/lib/contentError.ts';
import { suggestClaims, type ClaimSuggestions, type ClaimToMatch } from '../src/lib/editor/claimSuggestions.ts';
import type { SpeakerAlias } from '../src/lib/claims/speakerAliases.ts';
import { chromeSuspects } from '../src/lib/editor/chromeSuspects.ts';
import { locateQuote, type Passage } from '../src/lib/claims/locateQuote.ts';
import type { FigureRelation } from '../src/lib/figures/figure.ts';
import { scoreSuggestions, type AnswerKey, type SuggestionScore } from './suggestionEval.ts';

export const labelledDir = fileURLToPath(new URL('../tests/fixtures/labelled/', import.meta.url));

/**
 * The held-out rounds (tests/fixtures/heldout/<round>/): files in the labelled set's format,
 * written after the model and scored before any change, that the model's rules and thresholds were
 * never tuned on. Each round is scored on its own, never pooled with the labelled set.
 */
export const heldoutDir = fileURLToPath(new URL('../tests/fixtures/heldout/', import.meta.url));

/** The held-out rounds' folders ("h1", "h2", …), in order. */
export function heldoutRounds(dir = heldoutDir): Array<{ round: string; dir: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((round) => ({ round, dir: path.join(dir, round) }));
}

export interface ExpectedParse {
  site: string;
  kind: 'press-agency' | 'broadcaster' | 'aggregator' | 'blog' | 'portal' | 'regional' | 'translation';
  title: string;
  dek: string[];
  sections: Array<{ id: string; heading: string | null; paragraphs: string[] }>;
  /** Line text → the rule that should remove it. */
  removed: Record<string, string>;
  /** Figures of the article about existing claims, and how each relates to that claim. */
  figures: Array<{ text: string; claim: string; relation: FigureRelation }>;
}

export interface LabelledFile {
  name: string;
  /** File name extension, without the dot: "txt" (and "html" once pages are read). */
  extension: string;
  path: string;
  expected: ExpectedParse;
  /** Claim id → verbatim passages. */
  claims: Record<string, string[]>;
  /** The file's non-blank lines (a saved page's text blocks), as the parse must account for them. */
  lines: Array<{ line: number; text: string }>;
  /** The file as received. */
  bytes: Uint8Array;
  /** The raw text, for the outlet context of its siblings. */
  text: string;
}

/** Every raw file of the set (whatever its extension; labels are .json and .yaml), by name. */
export function labelledFiles(dir = labelledDir): string[] {
  return readdirSync(dir)
    .filter((file) => !file.endsWith('.json') && !file.endsWith('.yaml'))
    .sort()
    .map((file) => path.join(dir, file));
}

/** Elements of a saved page that hold no text a reader sees (see the README's input handling table). */
const NOT_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg']);

/** Reads one labelled file and its labels. Throws, naming the file, on an extension it cannot read. */
export function readLabelledFile(file: string): LabelledFile {
  const extension = path.extname(file).slice(1).toLowerCase();
  const name = path.basename(file, path.extname(file));
  const dir = path.dirname(file);
  if (extension !== 'txt' && !isSavedPageFile(file)) throw new Error(`${file}: the bench reads .txt, .html and .htm files; add a reader for .${extension} in readLabelledFile.`);
  for (const label of [`${name}.expected.json`, `${name}.claims.yaml`]) {
    if (!existsSync(path.join(dir, label))) throw new Error(`${file}: ${label} is missing; every file of the labelled set needs its labels (nothing is skipped).`);
  }
  const bytes = new Uint8Array(readFileSync(file));
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as ExpectedParse;
  const claims = (parseYaml(readFileSync(path.join(dir, `${name}.claims.yaml`), 'utf8')) ?? {}) as Record<string, string[]>;
  // A saved page's "lines" are its text blocks, numbered as the parse numbers them; scripts,
  // styles and the like are not text (the parse lists each as one block, by its tag and length).
  const text = isSavedPageFile(file) ? decodeSavedPage(file, bytes) : decodeArticleText(file, bytes);
  const lines = isSavedPageFile(file)
    ? pageBlocks(parsePageDocument(text), file)
        .filter((block) => !NOT_TEXT_TAGS.has(block.tag))
        .map((block) => ({ line: block.number, text: block.text }))
    : splitLines(text)
        .map((raw, index) => ({ line: index + 1, text: trimLine(raw) }))
        .filter((row) => row.text !== '');
  return { name, extension, path: file, expected, claims, lines, text, bytes };
}

/** The file's lines that are not labelled, as kept or removed: each is a gap in the labels. */
export function unlabelledLines(file: LabelledFile): Array<{ line: number; text: string }> {
  const { title, dek, sections, removed } = file.expected;
  const labelled = new Set([title, ...dek, ...sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]), ...Object.keys(removed)]);
  return file.lines.filter((row) => !labelled.has(row.text));
}

/** Parses a labelled file as the loader would, with its outlet's other files as context. */
export function parseLabelled(file: LabelledFile, siblings: readonly LabelledFile[]): ParsedRawArticle {
  const options = { file: path.relative(process.cwd(), file.path), outletTexts: siblings.filter((s) => s.extension === 'txt').map((s) => s.text) };
  return isSavedPageFile(file.path) ? parseArticleFile(file.bytes, options).parsed : parseArticle(file.text, options);
}

export interface FileScore {
  name: string;
  site: string;
  extension: string;
  headlineRight: boolean;
  /** The title found, or the refusal. */
  headline: string;
  expectedRemoved: number;
  removedRight: number;
  /** Removed lines that carry the expected rule. */
  ruleRight: number;
  expectedKept: number;
  /** Kept lines (title, dek, subheads, paragraphs) that the parse removed. */
  lost: string[];
  /** Chrome lines the parse kept. */
  missed: string[];
  /** Of those, the ones listed for the editor as suspects (chromeSuspects). */
  missedFlagged: number;
  suggestions: SuggestionScore | null;
  figuresExpected: number;
  figuresRight: number;
  /** Relations the suggestions state that the labels do not have. */
  figuresSpurious: string[];
  figuresWrong: string[];
}

/** "at least 164" is the labelled "164": a qualifier read with the figure is not a different figure. */
export function sameFigureText(found: string, labelled: string): boolean {
  const a = found.toLowerCase();
  const b = labelled.toLowerCase();
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

function relationOf(suggestions: ClaimSuggestions, text: string, claim: string): FigureRelation | 'none' {
  const same = (a: string) => sameFigureText(a, text);
  for (const entry of suggestions.figures.filter((figure) => same(figure.figure))) {
    const match = entry.matches.find((m) => m.claim === claim);
    if (match) return match.relation;
    if (entry.contradicts.some((c) => c.claim === claim)) return 'contradicts';
  }
  return 'none';
}

/** Scores one file's parse (or refusal) against its labels. */
export function scoreFile(
  file: LabelledFile,
  result: ParsedRawArticle | ContentError,
  claims: readonly ClaimToMatch[],
  aliases: readonly SpeakerAlias[] = [],
): FileScore {
  const { expected } = file;
  const removedTexts = new Set(Object.keys(expected.removed));
  const chromeLines = file.lines.filter((row) => removedTexts.has(row.text));
  const keptLines = file.lines.filter((row) => !removedTexts.has(row.text));
  const base = { name: file.name, site: expected.site, extension: file.extension, expectedRemoved: chromeLines.length, expectedKept: keptLines.length };
  if (result instanceof ContentError) {
    return {
      ...base, headlineRight: false, headline: `refused: ${result.message}`, removedRight: 0, ruleRight: 0, lost: [], missed: chromeLines.map((r) => r.text), missedFlagged: 0,
      suggestions: null, figuresExpected: expected.figures.length, figuresRight: 0, figuresSpurious: [], figuresWrong: expected.figures.map((f) => f.text),
    };
  }
  const removedBy = new Map(result.removed.map((row) => [row.line, row.rule as string]));
  const passages: Passage[] = result.sections.flatMap((section) => section.paragraphs);
  const key: AnswerKey = {};
  for (const [claim, quotes] of Object.entries(file.claims)) {
    key[claim] = quotes.flatMap((quote) => {
      const found = locateQuote(quote, passages);
      return found ? [found] : [];
    });
  }
  // As add-article calls it: the dek is scored too, and sources are resolved through the aliases.
  const suggestions = suggestClaims(passages, claims, { dek: result.dek.map((line) => line.text), aliases });
  const suspectLines = new Set(chromeSuspects(result).map((suspect) => suspect.line));
  const figuresWrong: string[] = [];
  let figuresRight = 0;
  for (const figure of expected.figures) {
    const got = relationOf(suggestions, figure.text, figure.claim);
    if (got === figure.relation) figuresRight += 1;
    else figuresWrong.push(`${figure.text} ${figure.claim}: ${got}, expected ${figure.relation}`);
  }
  const isLabelled = (figure: string, claim: string) => expected.figures.some((f) => f.claim === claim && sameFigureText(figure, f.text));
  const figuresSpurious: string[] = [];
  for (const entry of suggestions.figures) {
    const stated = [...entry.matches.map((m) => `${m.claim} (${m.relation})`), ...entry.contradicts.map((c) => `${c.claim} (contradicts)`)];
    for (const [index, claim] of [...entry.matches.map((m) => m.claim), ...entry.contradicts.map((c) => c.claim)].entries()) {
      if (!isLabelled(entry.figure, claim)) figuresSpurious.push(`${entry.figure} → ${stated[index]}`);
    }
  }
  return {
    ...base,
    headlineRight: result.title.text === expected.title,
    headline: result.title.text,
    removedRight: chromeLines.filter((row) => removedBy.has(row.line)).length,
    ruleRight: chromeLines.filter((row) => removedBy.get(row.line) === expected.removed[row.text]).length,
    lost: keptLines.filter((row) => removedBy.has(row.line)).map((row) => `${row.text} (${removedBy.get(row.line)})`),
    missed: chromeLines.filter((row) => !removedBy.has(row.line)).map((row) => row.text),
    missedFlagged: chromeLines.filter((row) => !removedBy.has(row.line) && suspectLines.has(row.line)).length,
    suggestions: scoreSuggestions(suggestions, key),
    figuresExpected: expected.figures.length,
    figuresRight,
    figuresSpurious,
    figuresWrong,
  };
}

/**
 * Leave one site out: each site's files are parsed with nothing fitted on that site. The cleaning
 * has no fitted weights (its thresholds are fixed in the code), so a held-out file is parsed by
 * the same model with its own outlet's other files as context, as the loader would; what is left
 * out is any label of the held-out site.
 */
export function leaveOneSiteOut(files: readonly LabelledFile[], claims: readonly ClaimToMatch[], aliases: readonly SpeakerAlias[] = []): FileScore[] {
  return files.map((file) => {
    const siblings = files.filter((other) => other !== file && other.expected.site === file.expected.site);
    let result: ParsedRawArticle | ContentError;
    try {
      result = parseLabelled(file, siblings);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      result = error;
    }
    return scoreFile(file, result, claims, aliases);
  });
}

export interface SetScore {
  files: number;
  byExtension: Record<string, number>;
  sites: number;
  headlineAccuracy: number;
  chromeRecall: number;
  /** Chrome lines removed, and labelled as chrome (the recall's numerator and denominator). */
  chromeRemoved: number;
  chromeExpected: number;
  ruleAgreement: number;
  linesLost: number;
  linesLostPer20Files: number;
  /** Chrome lines kept, and how many of them the editor is shown as suspects. */
  chromeKept: number;
  chromeKeptFlagged: number;
  suggestions: { precision: number; recall: number; sentencePrecision: number };
  figureRelationsRight: number;
  figuresExpected: number;
  figuresSpurious: number;
}

export function totalOf(scores: readonly FileScore[]): SetScore {
  const sum = (pick: (s: FileScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const byExtension: Record<string, number> = {};
  for (const s of scores) byExtension[s.extension] = (byExtension[s.extension] ?? 0) + 1;
  const scored = scores.flatMap((s) => (s.suggestions ? [s.suggestions] : []));
  const suggested = scored.reduce((n, s) => n + s.suggestedClaims, 0);
  const correct = scored.reduce((n, s) => n + s.correctClaims, 0);
  const truth = scores.reduce((n, s) => n + (s.suggestions?.trueClaims ?? 0), 0);
  const pairs = scored.reduce((n, s) => n + s.suggestedPairs, 0);
  const correctPairs = scored.reduce((n, s) => n + s.correctPairs, 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const spurious = sum((s) => s.figuresSpurious.length);
  return {
    files: scores.length,
    byExtension,
    sites: new Set(scores.map((s) => s.site)).size,
    headlineAccuracy: ratio(sum((s) => (s.headlineRight ? 1 : 0)), scores.length),
    chromeRecall: ratio(sum((s) => s.removedRight), sum((s) => s.expectedRemoved)),
    chromeRemoved: sum((s) => s.removedRight),
    chromeExpected: sum((s) => s.expectedRemoved),
    ruleAgreement: ratio(sum((s) => s.ruleRight), sum((s) => s.expectedRemoved)),
    linesLost: sum((s) => s.lost.length),
    linesLostPer20Files: ratio(sum((s) => s.lost.length) * 20, scores.length),
    chromeKept: sum((s) => s.missed.length),
    chromeKeptFlagged: sum((s) => s.missedFlagged),
    suggestions: { precision: ratio(correct, suggested), recall: ratio(correct, truth), sentencePrecision: ratio(correctPairs, pairs) },
    figureRelationsRight: ratio(sum((s) => s.figuresRight), sum((s) => s.figuresExpected) + spurious),
    figuresExpected: sum((s) => s.figuresExpected),
    figuresSpurious: spurious,
  };
}
