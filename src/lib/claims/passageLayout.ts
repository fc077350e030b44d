/**
 * passageLayout: an article's text cut into passages (one per paragraph), each with the claims
 * whose comparison is shown beside it, and each quote marked by what it is.
 *
 * The page lays each paragraph next to the comparisons of the claims that start in it (a grid row
 * per paragraph on wide screens; on narrow ones the comparisons follow the paragraph, folded into
 * one line such as "3 claims: 2 same, 1 different"). A quote is one of three kinds, from this
 * article's point of view: reported the same by some other source and differently by none
 * (`same`), reported differently by at least one (`different`), or by no other source
 * (`only-here`). The HTML of each paragraph is the renderer's own (renderArticleBody), so the
 * text, ids and escaping are exactly those of the article body; only a kind class is added to
 * each highlighted quote, in place of the `data-claim` the renderer puts on each mark for it: the
 * claim is named already by the mark's id (`q-<claim>`) and its reference link
 * (`#claim-<claim>`), and a copy on every mark was 0.2 KB gzip of the heaviest page (issue 17).
 */
import type { Element, ElementContent, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { articleBodyTree, dekLineNodes, type Highlight } from '../articles/renderArticleBody.ts';
import type { Section, SourceLine } from '../articles/parseArticle.ts';
import { dekPassages } from '../articles/passageIds.ts';

export type QuoteKind = 'same' | 'different' | 'only-here';

/** How a claim of this article fares elsewhere, from its comparison cells. */
export function quoteKind(cells: ReadonlyArray<{ status: 'same' | 'different' | 'not-reported' }>): QuoteKind {
  if (cells.some((cell) => cell.status === 'different')) return 'different';
  if (cells.some((cell) => cell.status === 'same')) return 'same';
  return 'only-here';
}

const kindWords: Record<QuoteKind, string> = { same: 'same', different: 'different', 'only-here': 'only here' };

/** The folded line for a paragraph's claims: "3 claims: 2 same, 1 different", "1 claim: only here". */
export function passageSummary(kinds: readonly QuoteKind[]): string {
  const count = kinds.length;
  const head = `${count} ${count === 1 ? 'claim' : 'claims'}`;
  const parts = (['same', 'different', 'only-here'] as const)
    .map((kind) => ({ kind, n: kinds.filter((k) => k === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => (count === 1 ? kindWords[kind] : `${n} ${kindWords[kind]}`));
  return `${head}: ${parts.join(', ')}`;
}

export interface PassageParagraph {
  id: string;
  /** The paragraph element as the article body renders it, quotes classed by kind. */
  html: string;
}

export interface PassageSection {
  /** `id` on the section element (the intro, which has no heading). */
  id: string | null;
  /** `aria-labelledby` of the section element (a section with a subhead). */
  labelledBy: string | null;
  /** The subhead block (heading and its link), or '' for the intro. */
  headingHtml: string;
  paragraphs: PassageParagraph[];
}

const processor = unified().use(rehypeStringify);
const html = (node: ElementContent) => processor.stringify({ type: 'root', children: [node] } satisfies Root);

function classQuotes(node: ElementContent, kinds: ReadonlyMap<string, QuoteKind>): void {
  if (node.type !== 'element') return;
  if (node.tagName === 'mark') {
    const kind = kinds.get(String(node.properties['dataClaim'] ?? ''));
    if (kind) node.properties['className'] = [...((node.properties['className'] as string[] | undefined) ?? []), `quote-${kind}`];
    delete node.properties['dataClaim'];
  }
  for (const child of node.children) classQuotes(child, kinds);
}

/**
 * The article body as sections of separately rendered paragraphs. Concatenating each section's
 * heading and paragraphs inside its section element gives the renderer's articleBodyHtml, with
 * a `quote-<kind>` class on each mark.
 */
export function articlePassages(
  sections: readonly Section[],
  highlights: ReadonlyMap<string, readonly Highlight[]>,
  kinds: ReadonlyMap<string, QuoteKind>,
): PassageSection[] {
  const tree = articleBodyTree(sections, highlights);
  return tree.children.map((node) => {
    const section = node as Element;
    const children = section.children.filter((child): child is Element => child.type === 'element');
    const heading = children.find((child) => child.tagName === 'div');
    const paragraphs = children.filter((child) => child.tagName === 'p');
    return {
      id: typeof section.properties['id'] === 'string' ? section.properties['id'] : null,
      labelledBy: section.properties['ariaLabelledBy'] === undefined ? null : String(section.properties['ariaLabelledBy']),
      headingHtml: heading ? html(heading) : '',
      paragraphs: paragraphs.map((paragraph) => {
        classQuotes(paragraph, kinds);
        return { id: String(paragraph.properties['id']), html: html(paragraph) };
      }),
    };
  });
}

/**
 * The dek lines as passages (`dek-1`, …), rendered and classed like paragraphs, so a claim quoted
 * from the dek is highlighted by kind and has its comparison beside it.
 */
export function dekLinePassages(
  dek: readonly SourceLine[],
  highlights: ReadonlyMap<string, readonly Highlight[]>,
  kinds: ReadonlyMap<string, QuoteKind>,
): PassageParagraph[] {
  return dekLineNodes(dekPassages(dek), highlights).map((node) => {
    classQuotes(node, kinds);
    return { id: String((node as Element).properties['id']), html: html(node) };
  });
}
