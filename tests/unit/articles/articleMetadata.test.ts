import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/contentError.ts';
import { parseArticleMetadata } from '../../../src/lib/articles/articleMetadata.ts';

const entry = (file: string, slug: string) => `- file: ${file}
  slug: ${slug}
  outlet: example.com
  label: Example
  attribution: confirmed
  foundAt: https://example.com/a
  evidence: Title matches.
  lineage: Wire copy.
`;

function problems(yaml: string, files: string[]) {
  try {
    parseArticleMetadata(yaml, 'content/articles/articles.yaml', files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.line ?? '-'} ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseArticleMetadata', () => {
  it('accepts a valid file and fills defaults', () => {
    const [meta] = parseArticleMetadata(entry('a.txt', 'a-one'), 'm.yaml', ['a.txt']);
    expect(meta).toMatchObject({ file: 'a.txt', slug: 'a-one', language: 'en', overrides: {} });
  });

  it('names the line of a bad slug', () => {
    expect(problems(entry('a.txt', 'a-one') + entry('b.txt', 'Bad_Slug'), ['a.txt', 'b.txt'])).toEqual([
      '10 1.slug: must be kebab-case: lowercase letters, digits and single hyphens',
    ]);
  });

  it('rejects duplicate slugs and files, with the first line', () => {
    expect(problems(entry('a.txt', 'same') + entry('b.txt', 'same'), ['a.txt', 'b.txt'])).toEqual([
      '9 Duplicate slug "same" (first used at line 1).',
    ]);
    expect(problems(entry('a.txt', 'one') + entry('a.txt', 'two'), ['a.txt'])).toEqual([
      '9 Duplicate entry for a.txt (first at line 1).',
    ]);
  });

  it('rejects an entry for a missing file and a file without an entry', () => {
    expect(problems(entry('a.txt', 'one'), ['b.txt'])).toEqual([
      '1 The article file a.txt does not exist.',
      '- The article file b.txt has no metadata entry.',
    ]);
  });

  it('requires a reason for an override', () => {
    const yaml = `${entry('a.txt', 'one')}  overrides:\n    title:\n      text: T\n      reason: ''\n`;
    expect(problems(yaml, ['a.txt'])).toEqual(['12 0.overrides.title.reason: give the reason for the override in a sentence']);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('- file: a.txt\n  slug: [unclosed\n', ['a.txt'])[0]).toMatch(/^\d+ This is not valid YAML/);
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    expect(problems(entry('a.txt', 'one') + '  outlte: typo\n', ['a.txt'])[0]).toMatch(/Unrecognized key.*outlte/);
  });
});
