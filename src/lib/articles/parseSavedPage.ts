/**
 * parseSavedPage: the bytes of a saved web page (.html, .htm) → the same parsed article a text
 * file gives (title, dek, sections, paragraphs p-1…, removed blocks with their rule), plus the
 * page's metadata with where each value came from.
 *
 * The page is only read for its text. Mozilla's Readability, run on a copy of the DOM, finds the
 * article; every text block of the page (pageBlocks) is then placed exactly once: the title, a
 * dek line, a subhead (h2–h4), a paragraph, or removed with the rule that explains it. A block's
 * number stands where a text file has its line number, so ids, quotes and the report work the
 * same. Markup never passes through: only block text leaves this module.
 *
 * What Readability keeps is checked again with the page's own structure (a caption, a related
 * list, share buttons inside the article), the cleaning rules' line patterns ("Advertisement")
 * and link density (a block that is all link). What it drops but reads as a sentence inside the
 * article's container is kept: a line the model is unsure of is shown, never lost.
 */
import { Readability } from '@mozilla/readability';
import { ContentError } from '../contentError.ts';
import { cleaningRules, matchLineRule } from './cleaningRules.ts';
import { matchStructuralLine, type StructuralMatch } from './structuralRules.ts';
import { byWordsDoubt } from './bodyEdges.ts';
import { isProse, lineFeatures } from './lineFeatures.ts';
import type { Doubt } from './pageModel.ts';
import { isAuthorNote, namesInByline } from './pageModel.ts';
import { boxesAndLabels } from './pageBoxes.ts';
import { decodeArticleText } from './decodeArticleSource.ts';
import { BLOCK_ATTRIBUTE, pageBlocks, type PageBlock } from './pageBlocks.ts';
import { checkPageSize, MAX_PAGE_ELEMENTS, parsePageDocument, PAGE_DOM_ENGINE, type PageDomEngine } from './pageDom.ts';
import { readPageMetadata, type PageMetadata } from './pageMetadata.ts';
import { pageRuleReasons, type PageRuleName } from './pageRules.ts';
import { INTRO_SECTION_ID, sectionSlugger, type ParseOptions, type Section, type SourceLine } from './parseArticle.ts';
import type { ParsedRawArticle, RemovedText } from './parseArticleFile.ts';

/** Saved pages may be larger than text files (inline scripts and styles), up to this. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** A page needs at least this many words of article text to be an article. */
export const MIN_ARTICLE_WORDS = 50;

const MAX_DEK_CHARS = 300;
const HEADINGS = new Set(['h2', 'h3', 'h4']);

export interface ParsedSavedPage {
  parsed: ParsedRawArticle;
  page: PageMetadata;
}

export interface SavedPageOptions extends ParseOptions {
  engine?: PageDomEngine;
}

/** A saved web page, by its file name. */
export const isSavedPageFile = (name: string): boolean => /\.html?$/iu.test(name);

const normalise = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();
const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
const readsAsSentence = (text: string): boolean => wordCount(text) >= 8 && /[.!?…]["'”’»)]*$/u.test(text);

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a page as UTF-8, like every article file (invalid bytes are refused, never replaced).
 * A page that declares another charset and is not valid UTF-8 is refused with the conversion to
 * run; one that declares another charset but is valid UTF-8 is read as UTF-8 (browsers re-save
 * pages as UTF-8 and leave the old declaration in place).
 */
export function decodeSavedPage(file: string, bytes: Uint8Array): string {
  try {
    return decodeArticleText(file, bytes, MAX_PAGE_BYTES);
  } catch (error) {
    const charset = declaredCharset(bytes);
    const [problem] = error instanceof ContentError ? error.problems : [];
    if (!problem || problem.byteOffset === undefined || !charset || /^utf-?8$/u.test(charset)) throw error;
    throw new ContentError({
      ...problem,
      message: `${problem.message} The page declares charset ${charset}; saved pages are read as UTF-8.`,
      hint: `Convert it (for example \`iconv -f ${charset.toUpperCase()} -t UTF-8\`), then check the text against the source page.`,
    });
  }
}

/** Block numbers of the blocks Readability kept, or an empty set when it found no article. */
function readabilityKeeps(document: Document): Set<number> {
  // Readability changes the document it reads: it gets a copy, the blocks keep the original.
  const copy = document.cloneNode(true) as Document;
  const result = new Readability<Element>(copy, { serializer: (node) => node as Element, maxElemsToParse: MAX_PAGE_ELEMENTS }).parse();
  const kept = new Set<number>();
  const content = result?.content;
  if (!content) return kept;
  const marked = [...(content.hasAttribute(BLOCK_ATTRIBUTE) ? [content] : []), ...content.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`)];
  // An element whose text `<br><br>` cut into several blocks carries all their numbers ("5 6 7").
  for (const element of marked) for (const number of (element.getAttribute(BLOCK_ATTRIBUTE) ?? '').split(' ')) kept.add(Number(number));
  return kept;
}

/** Depth of the deepest element that holds every given element (html is 0), or -1 for none. */
function commonAncestorDepth(elements: Element[]): { element: Element | null; depth: number } {
  const chain = (element: Element): Element[] => {
    const list: Element[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) list.unshift(node);
    return list;
  };
  const [firstElement, ...rest] = elements;
  if (!firstElement) return { element: null, depth: -1 };
  let common = chain(firstElement);
  for (const element of rest) {
    const other = chain(element);
    let i = 0;
    while (i < common.length && i < other.length && common[i] === other[i]) i += 1;
    common = common.slice(0, i);
  }
  return { element: common.at(-1) ?? null, depth: common.length - 1 };
}

const contains = (ancestor: Element | null, element: Element): boolean => ancestor !== null && ancestor.contains(element);

type Placement = { kind: 'body' } | { kind: 'removed'; rule: RemovedText['rule']; reason: string };

const removedBy = (rule: PageRuleName): Placement => ({ kind: 'removed', rule, reason: pageRuleReasons[rule] });

/** "the page has 120 text blocks: 40 navigation, 12 footer…": what a refusal found instead. */
function foundSummary(blocks: PageBlock[], placements: Map<number, Placement>): string {
  const counts = new Map<string, number>();
  for (const placement of placements.values()) {
    const key = placement.kind === 'removed' ? placement.rule : 'kept';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([rule, n]) => `${n} ${rule}`);
  const longest = blocks.filter((b) => b.structure?.rule !== 'page-not-text').sort((a, b) => b.text.length - a.text.length)[0];
  const sample = longest ? `; the longest is block ${longest.number} (${longest.path}, ${wordCount(longest.text)} words)` : '';
  return `${blocks.length} text blocks (${parts.join(', ') || 'none'})${sample}`;
}

export function parseSavedPage(bytes: Uint8Array, options: SavedPageOptions): ParsedSavedPage {
  const { file } = options;
  const html = decodeSavedPage(file, bytes);
  checkPageSize(file, html);
  const document = parsePageDocument(html, options.engine ?? PAGE_DOM_ENGINE);
  const blocks = pageBlocks(document, file);
  const kept = readabilityKeeps(document);
  const keptElements = blocks.filter((b) => kept.has(b.number)).map((b) => b.element);
  const container = commonAncestorDepth(keptElements);

  // 1. Each block's first placement: body or removed, from Readability, structure, links and line rules.
  const placements = new Map<number, Placement>();
  const byWords = new Map<number, { match: StructuralMatch; text: string }>();
  for (const block of blocks) {
    const structure = block.structure;
    if (structure?.rule === 'page-hidden' || structure?.rule === 'page-not-text') {
      placements.set(block.number, removedBy(structure.rule));
      continue;
    }
    const inside = contains(container.element, block.element);
    // Inside the article, only what lies between the block and the article's container counts:
    // the article's own header holds the headline and dek, which are placed below.
    const own = structure && (!inside || structure.depth > container.depth) && !(inside && structure.rule === 'page-header') ? structure.rule : undefined;
    // The text rules, phrase and structural, read a block as they read a line of a copied page;
    // a structural rule that goes by words is weighed below, once the body is known (bodyEdges.ts).
    const structural = matchStructuralLine(block.text);
    const lineRule = matchLineRule(block.text) ?? (structural?.byWords === false ? structural.rule : undefined);
    // A short block with a <time> is the page's date line, unless it stands in the comments.
    const dateLine = block.hasTime && block.text.length <= 120 && !readsAsSentence(block.text);
    if (dateLine && (own === undefined || own === 'page-header' || own === 'page-footer')) placements.set(block.number, removedBy('page-metadata'));
    else if (own) placements.set(block.number, removedBy(own));
    else if (block.allLinks) placements.set(block.number, removedBy('page-link-only'));
    else if (lineRule) placements.set(block.number, { kind: 'removed', rule: lineRule, reason: cleaningRules[lineRule].reason });
    else if (kept.has(block.number) || (inside && readsAsSentence(block.text))) {
      placements.set(block.number, { kind: 'body' });
      if (structural) byWords.set(block.number, { match: structural, text: block.text });
    } else if (structural) placements.set(block.number, { kind: 'removed', rule: structural.rule, reason: cleaningRules[structural.rule].reason });
    else placements.set(block.number, removedBy('page-outside-article'));
  }
  // 1b. A body block a rule reads as chrome by its words goes at the body's edges, or beside
  // removed blocks when it is no sentence; anywhere else it stays, listed for the editor.
  const doubts: Doubt[] = [];
  const anchors = blocks.filter((b) => placements.get(b.number)?.kind === 'body' && !byWords.has(b.number) && isProse(lineFeatures(b.text))).map((b) => b.number);
  const removedAt = (number: number) => placements.get(number)?.kind === 'removed' || byWords.has(number);
  for (const [number, { match, text }] of byWords) {
    const edge = anchors.length === 0 || number < (anchors[0] as number) || number > (anchors.at(-1) as number);
    const doubt = byWordsDoubt(match.rule, edge, removedAt(number - 1) || removedAt(number + 1), lineFeatures(text));
    if (doubt === undefined) placements.set(number, { kind: 'removed', rule: match.rule, reason: cleaningRules[match.rule].reason });
    else doubts.push({ line: number, text, reason: doubt });
  }
  const isBody = (block: PageBlock) => placements.get(block.number)?.kind === 'body';
  const firstBody = blocks.find((b) => isBody(b) && !HEADINGS.has(b.tag) && b.tag !== 'h1');

  // 2. The headline: metadata first; the page's own <h1> just above the text otherwise.
  const h1s = blocks.filter((b) => b.tag === 'h1' && b.structure?.rule !== 'page-hidden' && (!firstBody || b.number < firstBody.number));
  const h1 = h1s.at(-1) ?? null;
  const page = readPageMetadata(document, h1?.text ?? null);
  let titleBlock: PageBlock | undefined;
  if (page.headline) {
    const wanted = normalise(page.headline.value);
    titleBlock = blocks.find((b) => /^h[1-6]$/u.test(b.tag) && b.structure?.rule !== 'page-hidden' && normalise(b.text) === wanted);
  }
  if (h1 && h1 !== titleBlock) placements.set(h1.number, removedBy('page-headline-variant'));
  // A short block outside the text that names the byline is the page's byline line.
  const byline = page.byline ? normalise(page.byline.value) : null;
  for (const block of blocks) {
    const placement = placements.get(block.number);
    const loose = placement?.kind === 'removed' && (placement.rule === 'page-outside-article' || placement.rule === 'page-header');
    if (byline && loose && block.text.length <= 120 && normalise(block.text).includes(byline)) placements.set(block.number, removedBy('page-metadata'));
  }
  if (titleBlock) placements.delete(titleBlock.number);
  if (!page.headline && !options.titleOverride) {
    throw new ContentError({
      file,
      message: 'The page has no headline: no JSON-LD headline, og:title, <h1> above the text or <title>.',
      hint: 'Give this file an overrides.title (text and reason) in content/articles/articles.yaml.',
    });
  }

  // 2b. A note about the author in the text ("Sam Reed is the Planet's foreign editor …"): named
  // by the page's byline or by a "By …" block above the text, and saying who they are.
  const authors = [
    ...(page.byline ? namesInByline(page.byline.value) : []),
    ...blocks.filter((b) => !isBody(b) && b.text.length <= 120 && /^by\s/iu.test(b.text)).flatMap((b) => namesInByline(b.text)),
  ];
  for (const block of blocks) {
    if (isBody(block) && isAuthorNote(block.text, authors)) placements.set(block.number, removedBy('page-footer'));
  }

  // 2c. Boxes and labels above the headline, read from the page's containers (pageBoxes.ts).
  const ruleOf = (block: PageBlock) => {
    const placement = placements.get(block.number);
    return placement?.kind === 'removed' ? placement.rule : undefined;
  };
  for (const [number, rule] of boxesAndLabels(blocks, isBody, ruleOf, titleBlock?.number)) placements.set(number, removedBy(rule));

  // 3. The dek: blocks marked as a standfirst, or an <h2>, right under the headline, before the text.
  const dek: SourceLine[] = [];
  if (titleBlock) {
    for (const block of blocks) {
      if (block.number <= titleBlock.number) continue;
      const placement = placements.get(block.number);
      const free = placement?.kind === 'body' || placement?.rule === 'page-outside-article' || placement?.rule === 'page-header';
      // A standfirst Readability kept in the text and written as a sentence is the first paragraph.
      const leadParagraph = kept.has(block.number) && /[.!?…]["'”’»)]*$/u.test(block.text);
      const candidate = free && (block.dekLike || block.tag === 'h2') && !leadParagraph && block.text.length <= MAX_DEK_CHARS && !block.hasTime;
      if (candidate) {
        dek.push({ line: block.number, text: block.text });
        placements.delete(block.number);
        continue;
      }
      if (placement?.kind === 'body') break;
    }
  }

  // 4. Sections: h2–h4 start one; a heading with no paragraph under it is a widget's title.
  const body = blocks.filter(isBody);
  body.forEach((block, index) => {
    const next = body[index + 1];
    if (HEADINGS.has(block.tag) && (!next || HEADINGS.has(next.tag))) placements.set(block.number, removedBy('page-empty-heading'));
  });
  const slugger = sectionSlugger(dek.length);
  const sections: Section[] = [{ id: INTRO_SECTION_ID, heading: null, paragraphs: [] }];
  let paragraphNumber = 0;
  for (const block of blocks.filter(isBody)) {
    const row = { line: block.number, text: block.text };
    if (HEADINGS.has(block.tag)) {
      sections.push({ id: slugger.slug(block.text), heading: row, paragraphs: [] });
      continue;
    }
    paragraphNumber += 1;
    (sections.at(-1) as Section).paragraphs.push({ ...row, id: `p-${paragraphNumber}` });
  }
  if (sections[0]?.paragraphs.length === 0) sections.shift();

  const words = sections.flatMap((s) => s.paragraphs).reduce((sum, p) => sum + wordCount(p.text), 0);
  if (paragraphNumber === 0 || words < MIN_ARTICLE_WORDS) {
    throw new ContentError({
      file,
      message: `The page is not an article: Readability found no readable article body (${paragraphNumber} paragraphs, ${words} words; an article has at least ${MIN_ARTICLE_WORDS}). The page has ${foundSummary(blocks, placements)}.`,
      hint: 'Save the article page itself, opened on its own (not a front page, a listing or a consent page), or save its text as a .txt file.',
    });
  }

  const removed: RemovedText[] = [];
  for (const block of blocks) {
    const placement = placements.get(block.number);
    if (placement?.kind === 'removed') {
      removed.push({ line: block.number, text: block.text, rule: placement.rule, reason: placement.reason, path: block.path });
    }
  }
  const title = options.titleOverride
    ? { text: options.titleOverride.text, line: null, overrideReason: options.titleOverride.reason }
    : { text: titleBlock?.text ?? (page.headline?.value as string), line: titleBlock?.number ?? null, overrideReason: null };
  if (options.titleOverride && titleBlock) {
    removed.push({ line: titleBlock.number, text: titleBlock.text, rule: 'page-headline-variant', reason: pageRuleReasons['page-headline-variant'], path: titleBlock.path });
    removed.sort((a, b) => a.line - b.line);
  }
  const placedDoubts = doubts.filter((doubt) => placements.get(doubt.line)?.kind === 'body');
  return { parsed: { title, dek, sections, removed, doubts: placedDoubts }, page };
}
