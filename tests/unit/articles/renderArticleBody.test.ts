import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from '../../../src/lib/articles/renderArticleBody.ts';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';

describe('articleBodyHtml', () => {
  const html = articleBodyHtml(
    parseArticle(
      'Headline\n\n“The main blow was directed against [the city of] Almaty.” *a* _b_ <script>alert(1)</script> &amp; [x](http://e).\n\nA subhead here\n\nSecond.',
      { file: 'f.txt' },
    ).sections,
  );

  it('renders article text as text: markup characters are escaped, never interpreted', () => {
    expect(html).toContain('[the city of] Almaty.');
    expect(html).toContain('*a* _b_ &#x3C;script>alert(1)&#x3C;/script> &#x26;amp; [x](http://e).');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>');
  });

  it('gives paragraphs and section headings their ids and self-links', () => {
    expect(html).toContain('<p id="p-1" class="para"><a class="para-link" href="#p-1">');
    expect(html).toContain('<h2 id="a-subhead-here" dir="auto">A subhead here</h2><a class="heading-link" href="#a-subhead-here">');
    expect(html).toContain('<section id="intro" class="article-section">');
  });
});
