import { describe, expect, it } from 'vitest';
import { barChart, chartHtml, sparkBars, timelineChart, topicGridChart } from '../../../src/lib/charts/charts.ts';

const text = { id: 'c1', title: 'Coverage <per> source', description: 'How many claims each source reports.' };

describe('charts', () => {
  it('a bar chart: an SVG named by its title, with a table of the same numbers', () => {
    const html = chartHtml(barChart({ ...text, labelHeading: 'Source', valueHeading: 'Claims', bars: [{ label: 'Alpha', value: 3, href: '/a/' }, { label: 'Beta <script>', value: 0 }], max: 4 }));
    expect(html).toMatch(/<svg[^>]* role="img" aria-labelledby="c1-title" aria-describedby="c1-desc"/u);
    expect(html).toContain('<title id="c1-title">Coverage &#x3C;per> source</title>');
    expect(html).toContain('<desc id="c1-desc">How many claims each source reports.</desc>');
    expect(html).toContain('<tr><th scope="row"><a href="/a/">Alpha</a></th><td>3</td></tr>');
    expect(html).toContain('<tr><th scope="row">Beta &#x3C;script></th><td>0</td></tr>');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/style=/u);
    // Scale: 3 of 4 is three quarters of the 260-unit plot.
    expect(html).toContain('<rect x="150" y="6" width="195" height="18" class="chart-bar">');
  });

  it('a timeline: dated sources drawn, undated ones said so, every one in the table', () => {
    const html = chartHtml(
      timelineChart({
        ...text,
        from: '2025-03-14',
        points: [
          { label: 'Wire', date: '2025-03-14', shown: '14 March 2025', source: 'URL' },
          { label: 'Blog', date: null, shown: 'not known', source: '–' },
        ],
      }),
    );
    expect(html.match(/<circle/gu)).toHaveLength(1);
    expect(html).toContain('date not known');
    expect(html).toContain('<tr><th scope="row">Blog</th><td>not known</td><td>–</td></tr>');
  });

  it('a topic grid: one cell per source and topic with its count; the table has the totals', () => {
    const html = chartHtml(topicGridChart({ ...text, rows: [{ label: 'A' }, { label: 'B' }], columns: [{ label: 'Troops', total: 4 }, { label: 'Deaths', total: 1 }], counts: [[4, 0], [1, 1]] }));
    expect(html.match(/class="chart-cell chart-level-\d"/gu)).toEqual(['class="chart-cell chart-level-4"', 'class="chart-cell chart-level-0"', 'class="chart-cell chart-level-2"', 'class="chart-cell chart-level-4"']);
    expect(html).toContain('<tr><th scope="row">Claims in the topic</th><td>4</td><td>1</td></tr>');
    expect(html).toContain('<tr><th scope="row">B</th><td>1</td><td>1</td></tr>');
  });

  it('spark bars for lists: one bar per source', () => {
    const html = chartHtml(sparkBars({ ...text, labelHeading: 'Source', valueHeading: 'Claims', bars: [{ label: 'A', value: 2 }, { label: 'B', value: 1 }] }));
    expect(html.match(/class="chart-bar"/gu)).toHaveLength(2);
    expect(html).toContain('role="img"');
  });
});
