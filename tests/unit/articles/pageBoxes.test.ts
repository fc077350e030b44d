/**
 * Saved pages whose classes say nothing (src/lib/articles/pageBoxes.ts): a box's lines go with its
 * sign-up or form, a label above the headline goes, a note about the author goes; the article's
 * paragraphs and a box of facts stay.
 */
import { describe, expect, it } from 'vitest';
import { parseSavedPage } from '../../../src/lib/articles/parseSavedPage.ts';

const page = (body: string) =>
  new TextEncoder().encode(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CSTO summit: Tokayev speaks of coup | Prairie Voice</title></head><body>${body}</body></html>`);
const P1 = "Kazakhstan's president told an emergency video summit of the Russian-led military alliance on Monday that his country had survived an attempted coup.";
const P2 = 'Kassym-Jomart Tokayev said that militants had been waiting for their moment, and that the unrest had been planned in advance.';
const P3 = "Vladimir Putin told the meeting that the alliance's forces would leave once their mission was done.";

function parse(body: string) {
  const { parsed } = parseSavedPage(page(body), { file: 'page.html' });
  return {
    title: parsed.title.text,
    kept: parsed.sections.flatMap((s) => [...(s.heading ? [s.heading.text] : []), ...s.paragraphs.map((p) => p.text)]),
    removed: Object.fromEntries(parsed.removed.map((r) => [r.text, r.rule])),
  };
}

describe('saved pages without telling classes', () => {
  it('a sign-up box takes its lines in the site’s voice; a label above the headline and the author’s note go', () => {
    const got = parse(`<div class="a2"><div class="a3"><span class="a4">World</span><h1>CSTO summit: Tokayev speaks of coup</h1>
      <p class="a6">By Helen Brook, Staff Writer</p><p>${P1}</p><p>${P2}</p>
      <div class="a8"><h4>Get the Prairie Voice briefing</h4><p>Our best stories, every morning.</p><input type="email"><button>Sign up</button></div>
      <p>${P3}</p><p>Helen Brook covers foreign affairs for the Prairie Voice.</p></div></div>`);
    expect(got.title).toBe('CSTO summit: Tokayev speaks of coup');
    expect(got.kept).toEqual([P1, P2, P3]);
    expect(got.removed).toMatchObject({ World: 'page-header', 'Our best stories, every morning.': 'page-dialog', 'Helen Brook covers foreign affairs for the Prairie Voice.': 'page-footer' });
  });

  it('a box of facts under a heading and a subhead over paragraphs stay', () => {
    const got = parse(`<article><h1>CSTO summit: Tokayev speaks of coup</h1><p>${P1}</p><h3>Key figures</h3><p>164 people killed</p><p>7,939 people detained</p>
      <h2>What comes next</h2><p>${P2}</p><p>${P3}</p></article>`);
    expect(got.kept).toEqual([P1, 'Key figures', '164 people killed', '7,939 people detained', 'What comes next', P2, P3]);
  });

  it('a sign-up in the article’s own container takes no paragraph and no subhead of it', () => {
    const reply = 'We contacted the regional akimat for comment but had not received a reply by the time of publication.';
    const got = parse(`<h1>CSTO summit: Tokayev speaks of coup</h1><div class="c1"><p>${P1}</p><p>Get our morning briefing in your inbox.</p><p>${P2}</p>
      <h2>Second day</h2><p>${P3}</p><p>${reply}</p></div>`);
    expect(got.kept).toEqual([P1, P2, 'Second day', P3, reply]);
    expect(got.removed).toMatchObject({ 'Get our morning briefing in your inbox.': 'newsletter' });
  });

  it('a heading in a box is never one of its buttons; a prose line must touch the box’s line', () => {
    const far = 'We will publish the full list of the detained once the courts release it, district by district.';
    const got = parse(`<h1>CSTO summit: Tokayev speaks of coup</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>
      <div class="b1"><h3>Day two</h3><p>${far}</p><p>The alliance met again on Tuesday, and the talks ran late into the evening.</p><p>Get our morning briefing in your inbox.</p></div>`);
    expect(got.kept).toEqual(expect.arrayContaining(['Day two', far]));
  });

  it('a paragraph a line rule reads as chrome by its words stays in the body, listed for the editor', () => {
    const rent = 'Average rent in Almaty rose from $400 to $520 a month this year.';
    const virus = 'Reproduction of the virus is prohibited outside licensed labs.';
    const { parsed } = parseSavedPage(page(`<article><h1>CSTO summit: Tokayev speaks of coup</h1><p>${P1}</p><p>${rent}</p><p>${P2}</p><p>${virus}</p><p>${P3}</p></article>`), { file: 'page.html' });
    expect(parsed.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([P1, rent, P2, virus, P3]);
    expect((parsed.doubts ?? []).map((d) => d.text)).toEqual([virus]);
  });
});
