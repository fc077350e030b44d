/**
 * renderArticleBody: a parsed article's sections → a hast tree → HTML, with rehype.
 *
 * The tree is built from the parsed structure, never from Markdown, so article text stays text:
 * `*`, `_`, `<`, `[the city of]` reach the reader exactly as written (rehype-stringify escapes
 * them). Every section heading and paragraph carries its stable id and a visible link to itself.
 */
import { h } from 'hastscript';
import type { ElementContent, Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Paragraph, Section } from './parseArticle.ts';

function paragraphNode(paragraph: Paragraph): ElementContent {
  const number = paragraph.id.slice(2);
  return h('p', { id: paragraph.id, className: ['para'] }, [
    h('a', { className: ['para-link'], href: `#${paragraph.id}` }, [
      h('span', { className: ['visually-hidden'] }, 'Paragraph '),
      number,
    ]),
    ' ',
    h('span', { className: ['para-text'] }, paragraph.text),
  ]);
}

function sectionNode(section: Section): ElementContent {
  if (!section.heading) {
    return h('section', { id: section.id, className: ['article-section'] }, section.paragraphs.map(paragraphNode));
  }
  return h('section', { className: ['article-section'], ariaLabelledBy: section.id }, [
    h('div', { className: ['heading-wrapper'] }, [
      h('h2', { id: section.id }, section.heading.text),
      h('a', { className: ['heading-link'], href: `#${section.id}` }, [
        h('span', { ariaHidden: 'true' }, '§'),
        h('span', { className: ['visually-hidden'] }, `Link to section: ${section.heading.text}`),
      ]),
    ]),
    ...section.paragraphs.map(paragraphNode),
  ]);
}

export function articleBodyTree(sections: readonly Section[]): Root {
  return { type: 'root', children: sections.map(sectionNode) };
}

const processor = unified().use(rehypeStringify);

export function articleBodyHtml(sections: readonly Section[]): string {
  return processor.stringify(articleBodyTree(sections));
}
