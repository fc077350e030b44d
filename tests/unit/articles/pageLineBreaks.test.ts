/**
 * Older pages set their paragraphs apart with `<br><br>` inside one element: each part is a
 * block (and a paragraph) of its own; a lone `<br>` is a space.
 */
import { describe, expect, it } from 'vitest';
import { parsePageDocument } from '../../../src/lib/articles/pageDom.ts';
import { BLOCK_ATTRIBUTE, pageBlocks } from '../../../src/lib/articles/pageBlocks.ts';
import { parseSavedPage } from '../../../src/lib/articles/parseSavedPage.ts';
import { accountedLines } from '../../helpers/corpus.ts';

const FILE = 'content/articles/br.html';
const PARAGRAPHS = [
  'President Kassym-Jomart Tokayev told the leaders of the Collective Security Treaty Organization on Monday that the unrest of the past week had been an attempted coup.',
  'He said that order had been restored across the country and that the large-scale counter-terrorist operation would soon end.',
  'According to the health ministry, 164 people were killed during the unrest, including children.',
  'Russian President Vladimir Putin said the alliance would not allow the situation in the region to be destabilised.',
];
const html = `<!DOCTYPE html><html lang="en"><head><title>Tokayev: unrest was a coup attempt | Steppe Daily</title></head><body>
<div class="menu-top"><a href="/">Home</a></div>
<h1>Tokayev: unrest was a coup attempt</h1>
<div class="text">
${PARAGRAPHS[0]}<br><br>
${PARAGRAPHS[1]}<br>
 <br>
${PARAGRAPHS[2]}<br><br><br>
${(PARAGRAPHS[3] as string).replace('alliance would', 'alliance<br>would')}
</div>
</body></html>`;

describe('paragraphs set apart by <br><br>', () => {
  it('are blocks of their own, in order, and the element carries all their numbers', () => {
    const document = parsePageDocument(html);
    const blocks = pageBlocks(document, FILE);
    const div = document.querySelector('div.text');
    const text = blocks.filter((block) => block.element === div);
    expect(text.map((block) => block.text)).toEqual(PARAGRAPHS);
    expect(text.map((block) => block.number)).toEqual([4, 5, 6, 7]);
    expect(div?.getAttribute(BLOCK_ATTRIBUTE)).toBe('4 5 6 7');
  });

  it('come through as paragraphs, every block accounted for once', () => {
    const { parsed } = parseSavedPage(new TextEncoder().encode(html), { file: FILE });
    expect(parsed.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).toEqual(PARAGRAPHS);
    const blocks = pageBlocks(parsePageDocument(html), FILE);
    expect(accountedLines(parsed).map((row) => row.line)).toEqual(blocks.map((block) => block.number));
  });

  it('a part that is all link is all link; the rest of the element is not', () => {
    const page = `<html><body><div>Read the statement in full.<br><br><a href="/x">Other story</a></div></body></html>`;
    const blocks = pageBlocks(parsePageDocument(page), FILE);
    expect(blocks.map((block) => [block.text, block.allLinks])).toEqual([
      ['Read the statement in full.', false],
      ['Other story', true],
    ]);
  });
});
