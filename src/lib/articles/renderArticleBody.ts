/**
 * renderArticleBody: a parsed article's sections → a hast tree → HTML, with rehype.
 *
 * The tree is built from the parsed structure, never from Markdown, so article text stays text:
 * `*`, `_`, `<`, `[the city of]` reach the reader exactly as written (rehype-stringify escapes
 * them). Every section heading and paragraph carries its stable id and a visible link to itself;
 * quoted passages are wrapped in `<mark>` with their anchor and a link to their comparison row.
 */
import { h } from 'hastscript';
import type { ElementContent, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Paragraph, Section } from './parseArticle.ts';

/** A quote to highlight in a paragraph, linked to its row in the comparison table. */
export interface Highlight {
  start: number;
  end: number;
  /** Element id of the highlight (`q-<claim-id>`, …). */
  anchor: string;
  claim: string;
  /** Row number in the comparison table, shown after the quote. */
  number: number;
}

interface Piece extends Highlight {
  /** The first piece of a quote carries its id; the last carries the link to its row. */
  first: boolean;
  last: boolean;
}

const byStartThenLongest = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end;

/**
 * Quotes may overlap. Marks must nest, so a quote that runs past the end of an enclosing one is
 * split there: the piece inside keeps the id, the piece after it keeps the row link.
 */
function markedText(text: string, from: number, to: number, pieces: Piece[]): ElementContent[] {
  const out: ElementContent[] = [];
  let position = from;
  let queue = [...pieces].sort(byStartThenLongest);
  while (queue.length > 0) {
    const piece = queue.shift() as Piece;
    if (piece.start > position) out.push({ type: 'text', value: text.slice(position, piece.start) });
    const inner: Piece[] = [];
    const rest: Piece[] = [];
    for (const other of queue) {
      if (other.start >= piece.end) rest.push(other);
      else if (other.end <= piece.end) inner.push(other);
      else {
        inner.push({ ...other, end: piece.end, last: false });
        rest.push({ ...other, start: piece.end, first: false });
      }
    }
    queue = rest.sort(byStartThenLongest);
    const children = markedText(text, piece.start, piece.end, inner);
    if (piece.last) {
      children.push(
        h('a', {
          className: ['quote-ref'],
          href: `#claim-${piece.claim}`,
          ariaLabel: `Claim ${piece.number}`,
          dataN: String(piece.number),
        }),
      );
    }
    out.push(h('mark', { className: ['quote'], id: piece.first ? piece.anchor : undefined, dataClaim: piece.claim }, children));
    position = piece.end;
  }
  if (position < to) out.push({ type: 'text', value: text.slice(position, to) });
  return out;
}

/**
 * A passage element: its id, a visible link to itself (labelled for screen readers), and its
 * text with the quotes marked. Paragraphs and dek lines differ only in class and label.
 */
function passageNode(passage: Paragraph, highlights: readonly Highlight[], className: string[], label: Array<ElementContent | string>): ElementContent {
  const pieces = highlights.map((highlight) => ({ ...highlight, first: true, last: true }));
  return h('p', { id: passage.id, className }, [
    h('a', { className: ['para-link'], href: `#${passage.id}` }, label),
    ' ',
    // dir=auto isolates the text: a right-to-left line, or a stray direction override, cannot
    // reorder anything outside it.
    h('span', { className: ['para-text'], dir: 'auto' }, markedText(passage.text, 0, passage.text.length, pieces)),
  ]);
}

function paragraphNode(paragraph: Paragraph, highlights: readonly Highlight[]): ElementContent {
  return passageNode(paragraph, highlights, ['para'], [h('span', { className: ['visually-hidden'] }, 'Paragraph '), paragraph.id.slice(2)]);
}

/**
 * The dek lines (`dek-N`, articles/passageIds.ts) as passages, highlighted like paragraphs. The
 * link reads "D1" (dek line 1), so it is not taken for paragraph 1.
 */
export function dekLineNodes(dek: readonly Paragraph[], highlights: HighlightsByParagraph = new Map()): ElementContent[] {
  return dek.map((line) =>
    passageNode(line, highlights.get(line.id) ?? [], ['para', 'dek'], [
      h('span', { className: ['visually-hidden'] }, 'Dek line '),
      h('span', { ariaHidden: 'true' }, 'D'),
      line.id.slice('dek-'.length),
    ]),
  );
}

type HighlightsByParagraph = ReadonlyMap<string, readonly Highlight[]>;

/** The highlights of an article's own quotes, by paragraph, from its comparison rows. */
export function highlightsFromRows(
  rows: ReadonlyArray<{ claim: string; number: number; quotes: ReadonlyArray<{ paragraph: string; start: number; end: number; anchor: string }> }>,
): Map<string, Highlight[]> {
  const highlights = new Map<string, Highlight[]>();
  for (const row of rows) {
    for (const quote of row.quotes) {
      const list = highlights.get(quote.paragraph) ?? [];
      list.push({ start: quote.start, end: quote.end, anchor: quote.anchor, claim: row.claim, number: row.number });
      highlights.set(quote.paragraph, list);
    }
  }
  return highlights;
}

function sectionNode(section: Section, highlights: HighlightsByParagraph): ElementContent {
  const paragraphs = section.paragraphs.map((p) => paragraphNode(p, highlights.get(p.id) ?? []));
  if (!section.heading) {
    return h('section', { id: section.id, className: ['article-section'] }, paragraphs);
  }
  return h('section', { className: ['article-section'], ariaLabelledBy: section.id }, [
    h('div', { className: ['heading-wrapper'] }, [
      h('h2', { id: section.id, dir: 'auto' }, section.heading.text),
      h('a', { className: ['heading-link'], href: `#${section.id}` }, [
        h('span', { ariaHidden: 'true' }, '§'),
        h('span', { className: ['visually-hidden'] }, `Link to section: ${section.heading.text}`),
      ]),
    ]),
    ...paragraphs,
  ]);
}

export function articleBodyTree(sections: readonly Section[], highlights: HighlightsByParagraph = new Map()): Root {
  return { type: 'root', children: sections.map((section) => sectionNode(section, highlights)) };
}

const processor = unified().use(rehypeStringify);

export function articleBodyHtml(sections: readonly Section[], highlights: HighlightsByParagraph = new Map()): string {
  return processor.stringify(articleBodyTree(sections, highlights));
}
