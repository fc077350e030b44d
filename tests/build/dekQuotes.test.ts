/**
 * A claim quoted from the dek, end to end (issue 13, point 3), in a temporary copy of the project:
 * `npm run add-article` adds a fixture article whose dek, and only its dek, says that Tokayev
 * called the unrest an attempted coup; its review file suggests that claim with a quote from
 * `dek-1`; the suggested mention, copied into the claims file as an editor would, builds. Then the
 * article page shows the dek line as a passage (`#dek-1`) with the quote highlighted by kind and
 * the claim's comparison beside it, the claim page and the exports point at it, and `#dek-1` lands
 * in Chromium with the target outline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { closeSiteInBrowser, openSiteInBrowser, type SiteInBrowser } from '../helpers/site.ts';
import { axeViolations } from '../helpers/axe.ts';
import { htmlProblems } from '../helpers/builtPageChecks.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/dek-quote/lakeside-dek.txt');
const SLUG = 'lakeside-dek';
const CLAIM = 'tokayev-attempted-coup';
const DEK_LINE = 'Tokayev tells the alliance the unrest in his country was an attempted coup';

let project: TempProject;
let build: { status: number | null; output: string };
let suggested: Record<string, unknown> | undefined;
const built = (file: string) => readFileSync(path.join(project.dir, 'dist', file), 'utf8');

beforeAll(() => {
  project = tempProject();
  const added = project.run('add-article', [fixture, '--slug', SLUG]);
  if (added.status !== 0) throw new Error(`add-article failed:\n${added.stdout}\n${added.stderr}`);
  const review = parse(readFileSync(path.join(project.dir, `content/claims/_suggestions/${SLUG}.yaml`), 'utf8')) as {
    claims: Array<{ claim: string; file: string; sentences: Array<Record<string, unknown>> }>;
  };
  const entry = review.claims.find((c) => c.claim === CLAIM);
  suggested = entry?.sentences.find((s) => s['paragraph'] === 'dek-1');
  if (!entry || !suggested) throw new Error(`no dek suggestion for ${CLAIM}:\n${JSON.stringify(review, null, 2)}`);
  // Accept the suggestion as an editor does: its mention goes first under the claim's mentions.
  const mention = stringify([suggested['mention']]).trimEnd().split('\n').map((line) => `      ${line}`).join('\n');
  project.edit(entry.file, (text) => {
    const at = text.indexOf('    mentions:\n', text.indexOf(`  - id: ${CLAIM}\n`));
    const after = at + '    mentions:\n'.length;
    return `${text.slice(0, after)}${mention}\n${text.slice(after)}`;
  });
  build = project.build();
}, 300_000);

afterAll(() => project?.dispose());

describe('a claim quoted from the dek', () => {
  it('is suggested by add-article with a mention quoting the dek line, which builds', () => {
    expect(suggested).toMatchObject({
      paragraph: 'dek-1',
      mention: { article: SLUG, voice: 'attributed', attributedTo: 'Kassym-Jomart Tokayev', quotes: [DEK_LINE] },
    });
    expect(build.status, build.output).toBe(0);
  });

  it('renders the dek line as a passage with its id, the quote marked by kind and its comparison beside it', () => {
    const html = built(`articles/${SLUG}/index.html`);
    const line = /<p id="dek-1" class="para dek">.*?<\/p>/su.exec(html)?.[0] ?? '';
    expect(line).toContain('<a class="para-link" href="#dek-1"><span class="visually-hidden">Dek line </span>');
    expect(line).toMatch(new RegExp(`<mark class="quote quote-same" id="q-${CLAIM}">${DEK_LINE}<a class="quote-ref" href="#claim-${CLAIM}"`, 'u'));
    expect(html).toMatch(new RegExp(`</p><details class="passage-claims" lang="en"><summary>1 claim: same<span class="visually-hidden"> in dek line 1</span></summary><div class="claim-card kind-same" id="claim-${CLAIM}">`, 'u'));
    expect(html).toContain('<p id="dek-2" class="para dek">');
    expect(html).not.toContain('id="p-4"');
  });

  it('the claim page, the exports and the search index point at the dek line', () => {
    const claimPage = built(`claims/${CLAIM}/index.html`);
    expect(claimPage).toContain(`<a href="/articles/${SLUG}/#q-${CLAIM}" data-copy-link>In context (dek-1)</a>`);
    expect(claimPage).toContain(`<a href="/articles/${SLUG}/#q-${CLAIM}:~:text=Tokayev%20tells%20the%20alliance,was%20an%20attempted%20coup">Text-fragment link</a>`);
    const json = JSON.parse(built('claims.json')) as { claims: Array<{ id: string; mentions: Array<{ article: string; paragraph: string; url: string; quote: string }> }> };
    const mention = json.claims.find((c) => c.id === CLAIM)?.mentions.find((m) => m.article === SLUG);
    expect(mention).toMatchObject({ paragraph: 'dek-1', quote: DEK_LINE });
    expect(mention?.url).toMatch(new RegExp(`/articles/${SLUG}/#q-${CLAIM}$`, 'u'));
    const csvRow = built('claims.csv').split('\n').find((row) => row.startsWith(`${CLAIM},`) && row.includes(`,${SLUG},`));
    expect(csvRow).toContain(',dek-1,');
    const search = JSON.parse(built('search-index.json')) as { passages: { docs: Array<[number, number, number, string]> } };
    expect(search.passages.docs.filter((doc) => doc[3] === DEK_LINE).map((doc) => doc[2])).toEqual([-1]);
  });

  it('#dek-1 lands in Chromium: the line is the target, outlined, its quote highlighted, its comparison beside it; axe and html-validate find nothing', async () => {
    const url = `/articles/${SLUG}/`;
    expect(await htmlProblems(path.join(project.dir, 'dist'), [url])).toEqual([]);
    let opened: Partial<SiteInBrowser> = {};
    try {
      opened = await openSiteInBrowser(path.join(project.dir, 'dist'));
      const { browser, site } = opened as SiteInBrowser;
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${site.origin}${url}#dek-1`);
      const state = await tab.evaluate((claim) => {
        const target = document.querySelector(':target');
        const mark = target?.querySelector('mark.quote');
        const card = document.getElementById(`claim-${claim}`);
        const box = (el: Element | null | undefined) => el?.getBoundingClientRect();
        const line = box(target);
        const beside = box(card);
        return {
          target: target?.id,
          outline: target ? getComputedStyle(target).outlineStyle : null,
          inView: line ? line.top >= 0 && line.top < window.innerHeight : false,
          mark: mark ? { id: mark.id, className: mark.className, underline: getComputedStyle(mark).textDecorationLine } : null,
          card: card ? { visible: card.checkVisibility(), right: line && beside ? beside.left >= line.right : false, inDetails: card.closest('details')?.previousElementSibling?.id } : null,
        };
      }, CLAIM);
      expect(state).toEqual({
        target: 'dek-1',
        outline: 'solid',
        inView: true,
        mark: { id: `q-${CLAIM}`, className: 'quote quote-same', underline: 'underline' },
        card: { visible: true, right: true, inDetails: 'dek-1' },
      });
      // The comparison's own links lead back to the quote in the dek line.
      await tab.click(`#claim-${CLAIM} a.row-number`);
      expect(await tab.evaluate(() => document.querySelector(':target')?.closest('p')?.id)).toBe('dek-1');
      const violations: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const scheme = await browser.newContext({ bypassCSP: true, colorScheme });
        const page = await scheme.newPage();
        await page.goto(`${site.origin}${url}#dek-1`);
        violations.push(...(await axeViolations(page)).map((v) => `${colorScheme}: ${v}`));
        await scheme.close();
      }
      expect(violations).toEqual([]);
      await context.close();
    } finally {
      await closeSiteInBrowser(opened);
    }
  }, 120_000);
});
