/**
 * Hostile and unusual input, built into a real site from tests/fixtures/hostile-site and opened
 * in Chromium: nothing in the text may run, load, navigate or alter the page; every page keeps
 * to its Content-Security-Policy. And a rejected input fails the build without leaving a dist/
 * that looks complete.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/pages.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/hostile-site/content');
let project: TempProject;
let site: ServedSite;
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
  project = tempProject();
  project.useContent(fixture);
  // One enormous line (300 KB), generated rather than committed.
  project.write('content/articles/a06_enormous_line.txt', `Enormous line headline\n\n${'word '.repeat(60_000)}end.\n`);
  appendFileSync(
    path.join(project.dir, 'content/articles/articles.yaml'),
    '- file: a06_enormous_line.txt\n  slug: hostile-enormous-line\n  label: Enormous\n  outlet: example.org\n  attribution: confirmed\n  foundAt: null\n  evidence: Fixture.\n  lineage: Fixture.\n',
  );
  // A Russian text (written for this test) with its language in the metadata.
  project.write('content/articles/a07_russian.txt', 'Лидеры обсудили положение в стране\n\nВстреча прошла по видеосвязи в понедельник.\n\nУчастники договорились продолжить работу.\n');
  appendFileSync(
    path.join(project.dir, 'content/articles/articles.yaml'),
    '- file: a07_russian.txt\n  slug: hostile-russian\n  label: Russian\n  outlet: example.ru\n  attribution: confirmed\n  foundAt: null\n  evidence: Fixture.\n  lineage: Written in Russian for this test.\n  language: ru\n',
  );
  const { status, output } = project.build();
  if (status !== 0) throw new Error(`the hostile fixture site did not build:\n${output}`);
  pages = builtPages(path.join(project.dir, 'dist'));
  ({ site, browser } = await openSiteInBrowser(path.join(project.dir, 'dist')));
}, 240_000);

afterAll(async () => {
  await closeSiteInBrowser({ site, browser });
  project?.dispose();
});

describe('hostile input, accepted and rendered safely', () => {
  it('builds every article of the fixture', () => {
    for (const slug of ['hostile-markup', 'hostile-front-matter', 'hostile-unicode', 'hostile-lone-cr', 'hostile-titleless', 'hostile-enormous-line', 'hostile-page-markup', 'hostile-page-malformed']) {
      expect(pages).toContain(`/articles/${slug}/`);
    }
  });

  it('runs nothing, loads nothing from elsewhere and breaks no policy on any page', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('dialog', async (dialog) => {
      problems.push(`${current}: dialog "${dialog.message()}"`);
      await dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') problems.push(`${current}: request to ${request.url()}`);
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith(site.origin)) problems.push(`${current}: navigated to ${frame.url()}`);
    });
    for (const url of pages) {
      current = url;
      await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.trim().toLowerCase();
            if (name.startsWith('on')) bad.push(`<${element.localName} ${name}>`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^(javascript|data|vbscript):/.test(value)) {
              bad.push(`<${element.localName} ${name}="${attribute.value}">`);
            }
          }
        }
        const scripts = [...document.scripts].filter((s) => s.type !== 'application/ld+json' && /alert\(/.test(s.textContent ?? ''));
        bad.push(...scripts.map((s) => `script: ${s.textContent?.slice(0, 60)}`));
        return [...bad, ...(window as unknown as { __violations: string[] }).__violations.map((v) => `CSP: ${v}`)];
      });
      problems.push(...found.map((f) => `${url}: ${f}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('shows markup, entities, templates and Markdown exactly as written', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/articles/hostile-markup/`);
    const text = (await page.locator('.article-body').textContent()) ?? '';
    for (const literal of [
      "<script>alert('xss')</script>",
      "<img src=x onerror=alert('img')>",
      "[click me](javascript:alert('md'))",
      '![pic](https://evil.example/x.png)',
      '&lt;b&gt;bold&lt;/b&gt; &amp; &quot; and &nbsp; and &copy;.',
      '{{ constructor.constructor(\'alert("tpl")\')() }} and { props.title }',
      '</p></span></div><p onclick="alert(\'p\')">still text</p>',
      '*not emphasis* _not emphasis_ **not strong** `not code` # not a heading > not a quote',
    ]) {
      expect(text).toContain(literal);
    }
    expect(await page.locator('h1').textContent()).toBe('<script>alert("title")</script> Markup & “quotes” in a headline');
    expect(await page.locator('.provenance-line').textContent()).toContain("<script>alert('outlet')</script> Outlet");
    expect(await page.locator('.provenance-line').textContent()).toContain("Origin: Lineage with [markdown](javascript:alert('lineage')) and {{ template }}");
    // The hostile quote is highlighted as text too.
    expect(await page.locator('#q-quoted-script-tag').textContent()).toBe("<script>alert('xss')</script>");
    await page.close();
  });

  it('keeps right-to-left text, emoji, combining marks and direction controls, isolated per paragraph', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/articles/hostile-unicode/`);
    const paragraphs = await page.locator('.para-text').allTextContents();
    expect(paragraphs).toEqual([
      'Arabic: مرحبا بالعالم، هذا نص تجريبي.',
      'Hebrew: שלום עולם, זה טקסט.',
      'Combining: e\u0301 a\u0300 n\u0303; emoji 👩\u200d👩\u200d👧 🇰🇿 🎉.',
      'Zero-width:\u200b here\u200c and\u200d there.',
      'Bidi override: \u202egnirts desrever\u202c end.',
    ]);
    expect(await page.locator('.para-text').first().getAttribute('dir')).toBe('auto');
    const notes = await page.locator('.character-notes li').allTextContents();
    expect(notes).toEqual([
      'Line 7: invisible characters U+200D ZERO WIDTH JOINER ×2',
      'Line 9: invisible characters U+200B ZERO WIDTH SPACE ×1, U+200C ZERO WIDTH NON-JOINER ×1, U+200D ZERO WIDTH JOINER ×1',
      'Line 11: direction controls U+202C POP DIRECTIONAL FORMATTING ×1, U+202E RIGHT-TO-LEFT OVERRIDE ×1',
    ]);
    await page.close();
  });

  it('renders a front-matter look-alike as text, its fences and keys listed as removed', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/articles/hostile-front-matter/`);
    // The page model takes the first line that reads as a headline of the text; the short
    // "key: value" lines above it share no word with the text and are listed as removed.
    expect(await page.locator('h1').textContent()).toBe('A headline after a front-matter fence');
    expect(await page.locator('.article-body').textContent()).toContain('<style>body{display:none}</style>');
    expect(await page.locator('body').isVisible()).toBe(true);
    // The removed lines, with their text, are on the article's cleaning page.
    await page.goto(`${site.origin}/articles/hostile-front-matter/cleaning/`);
    const removed = await page.locator('.removed-table tbody tr').allTextContents();
    expect(removed.filter((row) => row.includes('separator-line'))).toHaveLength(2);
    expect(removed.filter((row) => row.includes('above-headline') && /title: Front matter look-alike|layout: \.\.\/\.\.\/layouts\/Evil\.astro/u.test(row))).toHaveLength(2);
    await page.close();
  });
});

describe('language and the raw file', () => {
  it('sets the article’s language on its headline and text, and names it in the provenance line', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/articles/hostile-russian/`);
    expect(await page.locator('h1').getAttribute('lang')).toBe('ru');
    expect(await page.locator('h1').textContent()).toBe('Лидеры обсудили положение в стране');
    expect(await page.locator('.article-body').getAttribute('lang')).toBe('ru');
    expect(await page.locator('#p-1').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ru');
    expect(await page.locator('.provenance-line').textContent()).toContain('· Russian ·');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('serves a BOM and CRLF file and a lone-CR file byte for byte, and shows their lines beside what became of them', async () => {
    const page = await browser.newPage();
    for (const [slug, file] of [
      ['hostile-unicode', 'a03_unicode_bom_crlf.txt'],
      ['hostile-lone-cr', 'a04_lone_cr.txt'],
    ] as const) {
      const served = Buffer.from(await (await fetch(`${site.origin}/articles/${slug}/raw.txt`)).arrayBuffer());
      expect(served.equals(readFileSync(path.join(fixture, 'articles', file)))).toBe(true);
      await page.goto(`${site.origin}/articles/${slug}/raw/`);
      expect(await page.locator('.fate-unaccounted').count()).toBe(0);
      expect(await page.locator('.fate-paragraph').count()).toBe(await (async () => {
        await page.goto(`${site.origin}/articles/${slug}/`);
        const n = await page.locator('p.para').count();
        await page.goto(`${site.origin}/articles/${slug}/raw/`);
        return n;
      })());
    }
    await page.close();
  });
});

describe('hostile saved web pages: only their text reaches the site', () => {
  /** Markers that stand only in the pages' markup: scripts, handlers, URLs, frames, forms. */
  const markupMarkers = ['evil-page.example', 'PHNjcmlwdD5ocHhkYXRh', "alert('css')", 'ld-url', ...['script', 'onload', 'nav', 'h1', 'p', 'inline-link', 'img', 'onerror', 'srcdoc', 'form', 'button', 'svg-script', 'svg-link'].map((m) => `hpx-${m}'`)];

  it('no script, style, iframe, handler, <base>, meta refresh, javascript: or data: URL of a page appears anywhere in dist/', () => {
    const dist = path.join(project.dir, 'dist');
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(?:html|json|csv|xml|js|css|txt)$/u.test(entry.name)) {
          const text = readFileSync(file, 'utf8');
          for (const marker of markupMarkers) if (text.includes(marker)) found.push(`${path.relative(dist, file)}: ${marker}`);
        }
      }
    };
    walk(dist);
    expect(found).toEqual([]);
    const page = readFileSync(path.join(dist, 'articles/hostile-page-markup/index.html'), 'utf8');
    expect(page).not.toMatch(/<base\b|http-equiv="refresh"|<iframe|srcdoc/iu);
  });

  it('shows the page’s text, and markup written as text, exactly as written', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/articles/hostile-page-markup/`);
    expect(await page.locator('h1').textContent()).toBe('Hostile page: markup in a saved page');
    const text = (await page.locator('.article-body').textContent()) ?? '';
    expect(text).toContain('The words of a link in the text stay, and its address goes; an image leaves nothing behind in the sentence.');
    expect(text).toContain("Markup written as text is shown as written: <script>alert('hpx-as-text')</script> and &amp; stay visible, escaped on output.");
    // A saved page has no raw view, but its removed blocks have their page too, linked from each block's number.
    const blockLinks = await page.locator('.removed-by-rule a[id^="removed-line-"]').evaluateAll((links) => links.map((a) => [a.id, a.getAttribute('href')]));
    expect(blockLinks.length).toBeGreaterThan(0);
    for (const [id, href] of blockLinks) expect(href).toBe(`/articles/hostile-page-markup/cleaning/#${id}`);
    await page.goto(`${site.origin}/articles/hostile-page-markup/cleaning/`);
    // The JSON-LD byline, in the full source report, is text too: shown, never run.
    expect(await page.locator('.page-metadata').textContent()).toContain("Byline: <img src=x onerror=alert('ld-author')> (from json-ld)");
    expect(await page.locator('.removed-table th').first().textContent()).toBe('Block');
    expect(await page.locator('.removed-table tbody tr').allTextContents()).toContainEqual(expect.stringContaining('<script>, 19 characters'));
    await page.close();
  });

  it('reads a malformed page as a browser does, as UTF-8 whatever it declares', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/articles/hostile-page-malformed/`);
    expect(await page.locator('h1').textContent()).toBe('Malformed page: Қазақстан, café and unclosed tags');
    expect(await page.locator('.para-text').allTextContents()).toEqual([
      'This page has no html, head or body tags, declares a charset it does not use and leaves its paragraphs unclosed, as browsers allow.',
      'Its text is Unicode all the same: Қазақстан, Алматы, café and naïve are read as written, and misnested tags keep their words.',
      'A stray cell in a table, written without its closing tags, belongs to the page and reads as a sentence of it.',
      'An unclosed division at the end of the page, with enough words to be kept as a paragraph of the text.',
    ]);
    await page.close();
  });
});

describe('rejected input', () => {
  it('fails the build with the file and byte offset, and leaves no dist/ that looks complete', () => {
    const broken = tempProject();
    try {
      mkdirSync(path.join(broken.dir, 'dist'), { recursive: true });
      writeFileSync(path.join(broken.dir, 'dist/index.html'), '<!doctype html><title>stale</title>');
      const file = path.join(broken.dir, 'content/articles/004_2a6a73dade66118b.txt');
      const bytes = readFileSync(file);
      const at = bytes.indexOf('\n\nKazakh President Kassym-Jomart') + 2; // start of line 3
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
      const { status, output } = broken.build();
      expect(status).not.toBe(0);
      expect(output).toContain(
        `content/articles/004_2a6a73dade66118b.txt:3 (byte ${at}): The file is not valid UTF-8: byte 0xff at offset ${at} cannot be decoded.`,
      );
      expect(existsSync(path.join(broken.dir, 'dist/index.html'))).toBe(false);
    } finally {
      broken.dispose();
    }
  }, 180_000);
});
