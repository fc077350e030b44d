/**
 * pageBoxes: the page model's neighbour rules for saved web pages, where a page's classes say
 * nothing ("a7", "box-3") and Readability kept the block. The containers of the page stand in
 * for the text model's blocks:
 *
 * - a container that holds a sign-up, an appeal or a form is a box: its buttons and its lines in
 *   the site's voice ("Our best stories, every morning.") go with it: `page-dialog`;
 * - a short block above the headline that is no sentence (a section label, "World"): `page-header`.
 *
 * Lists of links need no rule here: on a saved page their items are links (`page-link-only`), and a
 * run of short unlinked lines under a heading is more often a box of facts than a list.
 *
 * Pure: it reads the blocks and their placements and returns the blocks to remove, by rule.
 */
import { isProse, lineFeatures } from './lineFeatures.ts';
import { speaksAsSite } from './pageFurniture.ts';
import type { PageBlock } from './pageBlocks.ts';
import type { PageRuleName } from './pageRules.ts';
import type { CleaningRuleName } from './ruleCatalogue.ts';

/** Rules that mark a block as part of a box laid over the page or set into it. */
const BOX_RULES: ReadonlySet<string> = new Set<PageRuleName | CleaningRuleName>(['newsletter', 'appeal', 'cookie-notice', 'page-dialog', 'page-form']);
/** A box holds a few blocks; a container with more is the article or the page. */
const MAX_BOX_BLOCKS = 6;
/** How far up from a box's line its container may be. */
const MAX_BOX_LEVELS = 3;
const MAX_LABEL_WORDS = 4;
const MAX_BUTTON_WORDS = 3;
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The blocks to remove, with their rule. `isBody` tells which blocks are article text now,
 * `ruleOf` the rule of a removed block, `title` the headline's block number.
 */
export function boxesAndLabels(
  blocks: readonly PageBlock[],
  isBody: (block: PageBlock) => boolean,
  ruleOf: (block: PageBlock) => string | undefined,
  title: number | undefined,
): Map<number, PageRuleName> {
  const out = new Map<number, PageRuleName>();
  const body = (block: PageBlock) => isBody(block) && !out.has(block.number) && block.number !== title;

  // A box: the container of a sign-up, an appeal or a form, as removeDialogs (pageFurniture.ts)
  // reads a box of a copied page: its buttons, and its lines in the site's voice, a sentence only
  // when it touches the box's line. A container that holds most of the article is the article.
  const bodyCount = blocks.filter(body).length;
  for (const block of blocks) {
    const rule = ruleOf(block);
    if (rule === undefined || !BOX_RULES.has(rule)) continue;
    let box: Element | null = block.element.parentElement;
    for (let level = 1; box && level <= MAX_BOX_LEVELS; level += 1) {
      const inside = blocks.filter((other) => box?.contains(other.element));
      if (inside.length > MAX_BOX_BLOCKS) break;
      if (inside.filter(body).length * 2 > bodyCount) break;
      if (inside.length >= 2) {
        for (const other of inside) {
          if (!body(other)) continue;
          const features = lineFeatures(other.text);
          // A heading titles what follows it, never a button.
          const button = !HEADING_TAGS.has(other.tag) && features.words <= MAX_BUTTON_WORDS && !features.endsSentence && !features.endsClause;
          const touches = Math.abs(other.number - block.number) === 1;
          const voice = speaksAsSite(other.text, features) && (!isProse(features) || touches);
          if (button || voice) out.set(other.number, 'page-dialog');
        }
        break;
      }
      box = box.parentElement;
    }
  }

  // Above the headline: a short block that is no sentence.
  if (title !== undefined) {
    for (const block of blocks) {
      if (block.number >= title) break;
      const features = lineFeatures(block.text);
      if (body(block) && features.words <= MAX_LABEL_WORDS && !features.endsSentence) out.set(block.number, 'page-header');
    }
  }
  return out;
}
