/**
 * Broken editorial input stops the build with a message that names the file, the line or id,
 * and what to do. Each case builds a temporary copy of the project.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../helpers/tempProject.ts';

let project: TempProject | undefined;
afterEach(() => {
  project?.dispose();
  project = undefined;
});

describe('the build fails clearly on broken content', () => {
  it('a quote that is not in the article names the claims file, line, claim, article and closest passage', () => {
    project = tempProject();
    project.edit('content/claims/detentions.yaml', (text) =>
      text.replace('7,939 people have been detained across the country', '7,939 people were detained across the country'),
    );
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/claims\/detentions\.yaml:\d+: \[detentions-total\] Quote not found in article "trixabia-attempted-coup-unsuccessful": "[^"]*7,939 people were detained across the country\."\. Closest passage \(p-17\): "[^"]*7,939 people have been detained across the country\."/,
    );
    expect(output).toContain('→ Copy the passage exactly as the cleaned article shows it');
    expect(output).toContain('A content file has a problem'); // one problem: the cause, not its echo
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js):\d+:\d+/); // no stack trace
  }, 120_000);

  it('an unknown article id in a claim names the file, line and the valid ids', () => {
    project = tempProject();
    project.edit('content/claims/detentions.yaml', (text) =>
      text.replace('article: trixabia-attempted-coup-unsuccessful', 'article: trixabia-typo'),
    );
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/claims\/detentions\.yaml:\d+: \[detentions-total\] Unknown article "trixabia-typo"\.\n\s+→ Use one of the article ids: worldwarthird-foreign-interference/);
  }, 120_000);

  it('a number in an article that no quote covers fails the build and says how to fix it', () => {
    project = tempProject();
    project.remove('content/claims/not-claims.yaml');
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/003_5c0e006fbbd7d074\.txt:36: \[newsdirectory3-two-coup-attempts#p-16\] The number "24" in p-16 \([^)]*Habar 24[^)]*\) is in no claim's quote\./);
    expect(output).toContain('list it in content/claims/not-claims.yaml');
  }, 120_000);
});
