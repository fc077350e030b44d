/**
 * pageBlocks: every text block of a saved web page, numbered in document order, with what its
 * place in the page says about it.
 *
 * A block is the text an element holds directly: an element that is not inline (p, li, h2, div,
 * td, a custom element…) starts a block, inline elements (a, span, em…) add to their block, and
 * `<br>` is a space; two or more `<br>` in a row (nothing but white space between) end a block,
 * since older pages set their paragraphs apart that way in one `<div>`: each part is a block of
 * its own, numbered in order, and the element carries all their numbers. White space is collapsed as a browser shows it. Scripts, styles, templates
 * and embedded objects are one block each whose text is a description ("<script>, 1,234
 * characters"), never their content. Blocks are numbered from 1 in the order their text
 * starts in the document (so a header's own text that follows its <h1> comes after it), head
 * included (the `<title>`), so "block N" and its path (`body > main > article > p[3]`) name one
 * place on the page for the cleaning report. The walk is iterative and refuses a page nested
 * deeper than MAX_PAGE_DEPTH, so a hostile page cannot exhaust the stack here or later.
 *
 * Each block's element is marked with its number (`data-cc-block`) so that what Readability keeps
 * can be matched back to the page.
 */
import { ContentError } from '../contentError.ts';
import { MAX_PAGE_DEPTH } from './pageDom.ts';
import type { PageRuleName } from './pageRules.ts';

export const BLOCK_ATTRIBUTE = 'data-cc-block';

export interface PageBlock {
  /** 1-based, in document order: the block's `line` in the parsed article. */
  number: number;
  /** The text as shown, white space collapsed; a description for a not-text block. */
  text: string;
  /** Local name of the element that holds the text. */
  tag: string;
  /** Where it stands: `body > div#page > article > p[3]` (classes and ids as the page wrote them). */
  path: string;
  /** The nearest structural reason (its own element or an ancestor) and that element's depth. */
  structure: { rule: PageRuleName; depth: number } | null;
  /** Depth of the block's element (html is 0). */
  depth: number;
  /** Every character of its text is inside a link. */
  allLinks: boolean;
  /** Holds a `<time>` element. */
  hasTime: boolean;
  /** The element or an ancestor (below the body) is marked as a dek: standfirst, summary, lede… */
  dekLike: boolean;
  element: Element;
}

/** Elements that add to the block around them. Everything else starts a block of its own. */
const INLINE = new Set(
  'a abbr b bdi bdo big br cite code data del dfn em font i img ins kbd mark nobr q rp rt ruby s samp small span strike strong sub sup time tt u var wbr'.split(' '),
);

/** Not text: described, never read. */
const NOT_TEXT = new Set('script style noscript template svg math iframe object embed canvas video audio'.split(' '));

const byTag: Record<string, PageRuleName> = {
  nav: 'page-navigation',
  menu: 'page-navigation',
  header: 'page-header',
  footer: 'page-footer',
  aside: 'page-aside',
  form: 'page-form',
  button: 'page-form',
  select: 'page-form',
  textarea: 'page-form',
  dialog: 'page-dialog',
  title: 'page-metadata',
  figure: 'page-caption',
  figcaption: 'page-caption',
};

const byRole: Record<string, PageRuleName> = {
  navigation: 'page-navigation',
  menu: 'page-navigation',
  menubar: 'page-navigation',
  banner: 'page-header',
  contentinfo: 'page-footer',
  complementary: 'page-aside',
  search: 'page-form',
  form: 'page-form',
  dialog: 'page-dialog',
  alertdialog: 'page-dialog',
};

/** Words in class and id attributes ("site-nav" → site, nav), and what they mark. */
const byToken: Record<string, PageRuleName> = {};
const tokenRules: Array<[PageRuleName, string]> = [
  ['page-navigation', 'nav navbar navigation menu breadcrumb breadcrumbs crumbs pagination pager skip skiplink lang langs language languages'],
  ['page-header', 'header masthead topbar'],
  ['page-footer', 'footer colophon copyright bio'],
  ['page-aside', 'sidebar aside rail widget'],
  ['page-comments', 'comment comments disqus respond replies'],
  ['page-related', 'related recommended recommendations trending popular mostread outbrain taboola teasers readmore'],
  ['page-dialog', 'cookie cookies consent gdpr modal popup overlay newsletter subscribe subscription donate donation paywall signup'],
  ['page-share', 'share sharing social sharebar like likes'],
  ['page-caption', 'caption figcaption credit credits'],
  ['page-advertisement', 'ad ads advert adverts advertisement sponsor sponsored promo'],
  ['page-tags', 'tags tag keywords topics'],
  ['page-metadata', 'byline author authors dateline date timestamp published'],
];
for (const [rule, words] of tokenRules) for (const word of words.split(' ')) byToken[word] = rule;

/**
 * Elements that hold the article or the whole page: their classes describe the content
 * (WordPress writes `tag-kazakhstan comments-open` on the article), never chrome around it.
 */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

/** Form controls take the reason of what they sit in (a share bar's buttons are share buttons). */
const CONTROLS = new Set(['button', 'select', 'textarea', 'input']);

/** Class and id words that mark a dek (standfirst) under the headline. */
const DEK_TOKENS = new Set('standfirst dek deck subtitle subheadline summary lede lead intro strapline excerpt sapo'.split(' '));

function tokens(element: Element): string[] {
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return words.split(/[^a-z0-9]+/u).filter(Boolean);
}

export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = element.getAttribute('style') ?? '';
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(style);
}


/**
 * What an element says it is, from its class or id words, its role or its tag; undefined when it
 * says nothing. Words are read from the last: in "author-bio" or "comment-meta" the last word that
 * means something names the thing (a bio, a comment), and a class is more specific than the tag
 * it is on (`<footer class="comment-meta">` is part of the comments).
 */
export function structuralRule(element: Element): PageRuleName | undefined {
  const tag = element.localName;
  if (CONTAINERS.has(tag) || element.getAttribute('role')?.trim().toLowerCase() === 'main') return undefined;
  if (/\barticlebody\b/iu.test(element.getAttribute('itemprop') ?? '')) return undefined;
  const words = tokens(element);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const rule = byToken[words[i] as string];
    if (rule) return rule;
  }
  const role = element.getAttribute('role')?.trim().toLowerCase();
  if (role && byRole[role]) return byRole[role];
  const itemprop = element.getAttribute('itemprop')?.toLowerCase() ?? '';
  if (/\b(?:author|datepublished|datemodified)\b/u.test(itemprop)) return 'page-metadata';
  if (element.getAttribute('rel')?.toLowerCase() === 'author') return 'page-metadata';
  return byTag[tag];
}

const MAX_PATH_STEPS = 7;
const MAX_NAME_CHARS = 40;

/**
 * `div#page`, `p.lead`, `li[3]`: the element's tag with its id or first class and its index among
 * same-tag siblings. Siblings are walked one by one: asking a parent for its `children` costs the
 * size of its subtree in linkedom, which made the walk quadratic on large pages.
 */
function step(element: Element): string {
  const id = element.getAttribute('id')?.trim();
  const firstClass = element.getAttribute('class')?.trim().split(/\s+/u)[0];
  const name = id ? `#${id.slice(0, MAX_NAME_CHARS)}` : firstClass ? `.${firstClass.slice(0, MAX_NAME_CHARS)}` : '';
  let before = 0;
  for (let s = element.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === element.localName) before += 1;
  let after = 0;
  for (let s = element.nextElementSibling; s && before + after === 0; s = s.nextElementSibling) if (s.localName === element.localName) after += 1;
  return `${element.localName}${name}${before + after > 0 ? `[${before + 1}]` : ''}`;
}

/** The element's path from `html`, its last MAX_PATH_STEPS steps when it is deeper. */
export function pathOf(element: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) steps.unshift(step(node));
  return steps.length > MAX_PATH_STEPS ? `… > ${steps.slice(-MAX_PATH_STEPS).join(' > ')}` : steps.join(' > ');
}

/**
 * A block whose every character sits in inline elements that say what they are, all the same
 * thing (`<span class="author">…</span> <span class="date">…</span>`), is that thing: the inline
 * elements are more specific than the block around them.
 */
function inlineStructure(open: Open): PageBlock['structure'] | undefined {
  if (open.structure?.rule === 'page-hidden' || open.inlineChars.size === 0) return undefined;
  const rules = [...open.inlineChars.keys()];
  const covered = [...open.inlineChars.values()].reduce((sum, n) => sum + n, 0);
  return rules.length === 1 && covered === open.textChars ? { rule: rules[0] as PageRuleName, depth: open.depth + 1 } : undefined;
}

/** A `<br>` in a block's text: one is a space, two or more in a row end a paragraph. */
const LINE_BREAK = Symbol('br');

interface TextPart {
  text: string;
  /** Visible characters inside a link. */
  linkChars: number;
}

interface Open {
  element: Element;
  depth: number;
  parts: Array<TextPart | typeof LINE_BREAK>;
  linkChars: number;
  textChars: number;
  hasTime: boolean;
  structure: PageBlock['structure'];
  dekLike: boolean;
  notText: boolean;
  /** When its first visible character came, in document order: blocks are numbered by it. */
  order: number;
  /** Characters inside inline elements that say what they are (`<span class="date">`), by rule. */
  inlineChars: Map<PageRuleName, number>;
}

/**
 * Walks the document and returns its non-empty blocks in document order, each element marked
 * with its block number. Throws a ContentError for a page nested deeper than MAX_PAGE_DEPTH.
 */
export function pageBlocks(document: Document, file: string): PageBlock[] {
  const root = document.documentElement;
  const opened: Open[] = [];
  let order = 0;
  // Iterative pre-order walk; each entry carries its block, whether it is inside a link, and the
  // context inherited from its ancestors.
  interface Frame {
    node: Node;
    depth: number;
    block: Open | undefined;
    inLink: boolean;
    structure: PageBlock['structure'];
    hidden: boolean;
    dekLike: boolean;
    /** The rule of the nearest inline element (inside the block) that says what it is. */
    inlineRule: PageRuleName | undefined;
  }
  const stack: Frame[] = [{ node: root, depth: 0, block: undefined, inLink: false, structure: null, hidden: false, dekLike: false, inlineRule: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { node, depth } = frame;
    if (node.nodeType === 3) {
      const block = frame.block;
      if (!block || block.notText) continue;
      const text = node.nodeValue ?? '';
      const chars = text.replace(/\s+/gu, '').length;
      block.parts.push({ text, linkChars: frame.inLink ? chars : 0 });
      if (chars > 0 && block.order < 0) block.order = (order += 1);
      block.textChars += chars;
      if (frame.inLink) block.linkChars += chars;
      if (frame.inlineRule) block.inlineChars.set(frame.inlineRule, (block.inlineChars.get(frame.inlineRule) ?? 0) + chars);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (depth > MAX_PAGE_DEPTH) {
      throw new ContentError({
        file,
        message: `The page nests elements more than ${MAX_PAGE_DEPTH} deep (at ${pathOf(element)}); real pages nest 20 to 40 deep.`,
        hint: 'Save the article page itself; a page nested this deep is generated or hostile markup.',
      });
    }
    const tag = element.localName;
    const hidden = frame.hidden || isHidden(element);
    const own = CONTROLS.has(tag) && frame.structure ? undefined : structuralRule(element);
    let structure = frame.structure;
    if (hidden) structure = { rule: 'page-hidden', depth };
    else if (own) structure = { rule: own, depth };
    const dekLike = frame.dekLike || (tag !== 'body' && tag !== 'html' && tokens(element).some((t) => DEK_TOKENS.has(t)));
    if (tag === 'br') {
      frame.block?.parts.push(LINE_BREAK);
      continue;
    }
    let block = frame.block;
    let inlineRule = frame.inlineRule;
    const notText = NOT_TEXT.has(tag);
    if (notText || !INLINE.has(tag) || (hidden && !frame.hidden)) {
      inlineRule = undefined;
      block = { element, depth, parts: [], linkChars: 0, textChars: 0, hasTime: false, structure, dekLike, notText, order: -1, inlineChars: new Map() };
      opened.push(block);
      if (notText) {
        const length = (element.textContent ?? '').trim().length;
        if (length > 0) {
          block.parts.push({ text: `<${tag}>, ${length.toLocaleString('en')} characters`, linkChars: 0 });
          block.order = (order += 1);
        }
        continue;
      }
    } else if (own) inlineRule = own;
    if (tag === 'time' && block) block.hasTime = true;
    const inLink = frame.inLink || tag === 'a';
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({ node: children[i] as Node, depth: depth + 1, block, inLink, structure, hidden, dekLike, inlineRule });
    }
  }

  const blocks: PageBlock[] = [];
  // By first visible character: a header's own text after its <h1> comes after the h1.
  for (const open of opened.filter((o) => o.order >= 0).sort((a, b) => a.order - b.order)) {
    const pieces = paragraphsOf(open.parts);
    const numbers: number[] = [];
    for (const piece of pieces) {
      const number = blocks.length + 1;
      numbers.push(number);
      blocks.push({
        number,
        text: piece.text,
        tag: open.element.localName,
        path: pathOf(open.element),
        // What inline elements say covers the element's whole text, so it holds for an unsplit block only.
        structure: open.notText ? { rule: 'page-not-text', depth: open.depth } : ((pieces.length === 1 ? inlineStructure(open) : undefined) ?? open.structure),
        depth: open.depth,
        allLinks: !open.notText && piece.chars > 0 && piece.linkChars === piece.chars,
        hasTime: open.hasTime,
        dekLike: open.dekLike,
        element: open.element,
      });
    }
    if (numbers.length > 0) open.element.setAttribute(BLOCK_ATTRIBUTE, numbers.join(' '));
  }
  return blocks;
}

/** Collapses white space as a browser shows it and trims the ends. */
const shownText = (text: string): string => text.replace(/[ \t\n\r\f]+/gu, ' ').replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/gu, '');

/**
 * A block's text cut at each run of two or more `<br>` (white space between them aside); a lone
 * `<br>` is a space. Empty pieces are dropped.
 */
function paragraphsOf(parts: ReadonlyArray<TextPart | typeof LINE_BREAK>): Array<{ text: string; chars: number; linkChars: number }> {
  const pieces: Array<{ text: string; chars: number; linkChars: number }> = [];
  let current: TextPart[] = [];
  let breaks = 0;
  let pending: TextPart[] = [];
  const close = (): void => {
    const text = shownText(current.map((part) => part.text).join(''));
    if (text !== '') {
      const linkChars = current.reduce((sum, part) => sum + part.linkChars, 0);
      pieces.push({ text, chars: text.replace(/\s+/gu, '').length, linkChars });
    }
    current = [];
  };
  for (const part of parts) {
    if (part === LINE_BREAK) {
      breaks += 1;
      continue;
    }
    if (breaks > 0 && part.text.trim() === '') {
      pending.push(part);
      continue;
    }
    if (breaks >= 2) close();
    else if (breaks === 1) current.push({ text: ' ', linkChars: 0 }, ...pending);
    else current.push(...pending);
    pending = [];
    breaks = 0;
    current.push(part);
  }
  close();
  return pieces;
}
