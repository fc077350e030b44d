/**
 * charts: the site's charts as hast, rendered at build time into inline SVG. No chart code runs
 * in the browser.
 *
 * Each chart is a <figure> holding the SVG (role="img", named by its <title> and described by
 * its <desc>) and a table with the same numbers, built from the same data, so a screen reader,
 * a printout and a copy-paste all get the figures. Colours are CSS classes (src/styles/charts.css)
 * on the site's theme variables, never inline styles (the CSP allows none), so the charts follow
 * the light, dark and print themes. Text in the SVG is escaped like any hast text.
 */
import { h, s } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';

export interface ChartText {
  /** Unique on the page: prefixes the title, description and table ids. */
  id: string;
  /** The chart's accessible name, also its caption. */
  title: string;
  /** What the chart shows, in a sentence (the SVG's description). */
  description: string;
}

export interface Bar {
  label: string;
  value: number;
  /** Optional link for the table's row label. */
  href?: string;
}

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 150;
const PLOT_WIDTH = 260;
const VALUE_WIDTH = 40;

/** Cuts a label for the SVG (the table beside it has it whole). */
const shortLabel = (label: string, max = 22) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

function svgFrame(text: ChartText, width: number, height: number, content: ElementContent[]): Element {
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${text.id}-title`,
      'aria-describedby': `${text.id}-desc`,
      class: 'chart-svg',
    },
    [s('title', { id: `${text.id}-title` }, text.title), s('desc', { id: `${text.id}-desc` }, text.description), ...content],
  );
}

function figure(text: ChartText, svg: Element, table: Element, extraClass = ''): Element {
  return h('figure', { class: `chart ${extraClass}`.trim(), 'aria-labelledby': `${text.id}-caption` }, [
    h('figcaption', { id: `${text.id}-caption` }, text.title),
    h('div', { class: 'chart-body' }, [h('div', { class: 'chart-drawing' }, [svg]), h('div', { class: 'chart-table table-scroll' }, [table])]),
  ]);
}

const labelCell = (label: string, href: string | undefined) => h('th', { scope: 'row' }, href ? h('a', { href }, label) : label);

/** Horizontal bars, one per label, each with its number; `max` fixes the scale (e.g. the claim count). */
export function barChart(text: ChartText & { valueHeading: string; labelHeading: string; bars: readonly Bar[]; max?: number }): Element {
  const max = Math.max(1, text.max ?? 0, ...text.bars.map((bar) => bar.value));
  const height = Math.max(1, text.bars.length) * (BAR_HEIGHT + GAP) + GAP;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const rows = text.bars.flatMap((bar, i): ElementContent[] => {
    const y = GAP + i * (BAR_HEIGHT + GAP);
    const length = Math.round((bar.value / max) * PLOT_WIDTH);
    return [
      s('text', { x: LABEL_WIDTH - 8, y: y + BAR_HEIGHT * 0.72, 'text-anchor': 'end', class: 'chart-label' }, shortLabel(bar.label)),
      s('rect', { x: LABEL_WIDTH, y, width: PLOT_WIDTH, height: BAR_HEIGHT, class: 'chart-track' }),
      s('rect', { x: LABEL_WIDTH, y, width: length, height: BAR_HEIGHT, class: 'chart-bar' }),
      s('text', { x: LABEL_WIDTH + length + 6, y: y + BAR_HEIGHT * 0.72, class: 'chart-value' }, String(bar.value)),
    ];
  });
  const table = h('table', { class: 'chart-data' }, [
    h('caption', { class: 'visually-hidden' }, `${text.title}: the numbers`),
    h('thead', h('tr', [h('th', { scope: 'col' }, text.labelHeading), h('th', { scope: 'col' }, text.valueHeading)])),
    h('tbody', text.bars.map((bar) => h('tr', [labelCell(bar.label, bar.href), h('td', String(bar.value))]))),
  ]);
  return figure(text, svgFrame(text, width, height, rows), table);
}

/** A tiny bar strip for lists (the home page's event cards): bars only, the numbers in a table. */
export function sparkBars(text: ChartText & { valueHeading: string; labelHeading: string; bars: readonly Bar[]; max?: number }): Element {
  const max = Math.max(1, text.max ?? 0, ...text.bars.map((bar) => bar.value));
  const barWidth = 14;
  const height = 40;
  const width = Math.max(1, text.bars.length) * (barWidth + 4) + 4;
  const bars = text.bars.map((bar, i) => {
    // A non-zero count stays visible however small; zero draws no bar.
    const length = bar.value === 0 ? 0 : Math.max(1, Math.round((bar.value / max) * (height - 4)));
    return s('rect', { x: 4 + i * (barWidth + 4), y: height - length, width: barWidth, height: length, class: 'chart-bar' });
  });
  const table = h('table', { class: 'chart-data chart-data-small' }, [
    h('caption', { class: 'visually-hidden' }, `${text.title}: the numbers`),
    h('thead', h('tr', [h('th', { scope: 'col' }, text.labelHeading), h('th', { scope: 'col' }, text.valueHeading)])),
    h('tbody', text.bars.map((bar) => h('tr', [labelCell(bar.label, bar.href), h('td', String(bar.value))]))),
  ]);
  return figure(text, svgFrame(text, width, height, [s('line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, class: 'chart-axis' }), ...bars]), table, 'chart-small');
}

export interface TimelinePoint {
  label: string;
  /** YYYY-MM-DD, or null when not known (listed in the table, not drawn). */
  date: string | null;
  /** What the table shows in the date column ("10 January 2022, 18:42 UTC+06:00", "not known"). */
  shown: string;
  /** Where the date comes from, for the table. */
  source: string;
  href?: string;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const shortDay = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

/**
 * Publication timeline: one row per article, a dot on its day; the axis spans the event's first
 * day (or the earliest publication) to the last publication. Articles without a known date are
 * in the table only, and the description says how many.
 */
export function timelineChart(text: ChartText & { points: readonly TimelinePoint[]; from: string }): Element {
  const dated = text.points.filter((point): point is TimelinePoint & { date: string } => point.date !== null);
  const days = dated.map((point) => dayNumber(point.date));
  const first = Math.min(dayNumber(text.from), ...days);
  const last = Math.max(first + 1, ...days);
  const span = last - first;
  const rowHeight = 22;
  const top = 8;
  const axisY = top + Math.max(1, text.points.length) * rowHeight + 4;
  const height = axisY + 24;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const xOf = (day: number) => LABEL_WIDTH + 10 + ((day - first) / span) * (PLOT_WIDTH - 20);
  const content: ElementContent[] = [];
  text.points.forEach((point, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    content.push(s('text', { x: LABEL_WIDTH - 8, y: y + 4, 'text-anchor': 'end', class: 'chart-label' }, shortLabel(point.label)));
    content.push(s('line', { x1: LABEL_WIDTH, x2: LABEL_WIDTH + PLOT_WIDTH, y1: y, y2: y, class: 'chart-track-line' }));
    if (point.date !== null) content.push(s('circle', { cx: xOf(dayNumber(point.date)), cy: y, r: 5, class: 'chart-dot' }));
    else content.push(s('text', { x: LABEL_WIDTH + 6, y: y + 4, class: 'chart-value chart-muted' }, 'date not known'));
  });
  content.push(s('line', { x1: LABEL_WIDTH, x2: LABEL_WIDTH + PLOT_WIDTH, y1: axisY, y2: axisY, class: 'chart-axis' }));
  const ticks = span <= 6 ? Array.from({ length: span + 1 }, (_, i) => first + i) : [first, first + Math.round(span / 2), last];
  for (const day of ticks) {
    content.push(s('line', { x1: xOf(day), x2: xOf(day), y1: axisY, y2: axisY + 4, class: 'chart-axis' }));
    content.push(s('text', { x: xOf(day), y: axisY + 16, 'text-anchor': 'middle', class: 'chart-tick' }, shortDay(isoOfDay(day))));
  }
  const table = h('table', { class: 'chart-data' }, [
    h('caption', { class: 'visually-hidden' }, `${text.title}: the dates`),
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Published'), h('th', { scope: 'col' }, 'Date from')])),
    h('tbody', text.points.map((point) => h('tr', [labelCell(point.label, point.href), h('td', point.shown), h('td', point.source)]))),
  ]);
  return figure(text, svgFrame(text, width, height, content), table);
}

/**
 * Claims by topic for each source: a grid, one row per source and one column per topic, each
 * cell shaded by its share of the topic's claims and printed with its count.
 */
export function topicGridChart(
  text: ChartText & { rows: ReadonlyArray<{ label: string; href?: string }>; columns: ReadonlyArray<{ label: string; total: number; href?: string }>; counts: readonly (readonly number[])[] },
): Element {
  const cell = 30;
  const headerHeight = 110;
  const width = LABEL_WIDTH + Math.max(1, text.columns.length) * cell + 8;
  const height = headerHeight + Math.max(1, text.rows.length) * cell + 4;
  const content: ElementContent[] = [];
  text.columns.forEach((column, c) => {
    const x = LABEL_WIDTH + c * cell + cell / 2;
    content.push(s('text', { x, y: headerHeight - 6, transform: `rotate(-55 ${x} ${headerHeight - 6})`, class: 'chart-tick' }, shortLabel(column.label, 18)));
  });
  text.rows.forEach((row, r) => {
    const y = headerHeight + r * cell;
    content.push(s('text', { x: LABEL_WIDTH - 8, y: y + cell * 0.62, 'text-anchor': 'end', class: 'chart-label' }, shortLabel(row.label)));
    text.columns.forEach((column, c) => {
      const count = text.counts[r]?.[c] ?? 0;
      const share = column.total > 0 ? count / column.total : 0;
      // Five shades, so each is told apart in both themes; the number is printed in every cell.
      const level = count === 0 ? 0 : Math.min(4, 1 + Math.floor(share * 4));
      const x = LABEL_WIDTH + c * cell;
      content.push(s('rect', { x: x + 1, y: y + 1, width: cell - 2, height: cell - 2, class: `chart-cell chart-level-${level}` }));
      content.push(s('text', { x: x + cell / 2, y: y + cell * 0.62, 'text-anchor': 'middle', class: `chart-cell-value chart-cell-value-${level}` }, String(count)));
    });
  });
  const table = h('table', { class: 'chart-data' }, [
    h('caption', { class: 'visually-hidden' }, `${text.title}: the numbers`),
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Source'), ...text.columns.map((column) => h('th', { scope: 'col' }, column.href ? h('a', { href: column.href }, column.label) : column.label))])),
    h('tbody', [
      h('tr', [h('th', { scope: 'row' }, 'Claims in the topic'), ...text.columns.map((column) => h('td', String(column.total)))]),
      ...text.rows.map((row, r) => h('tr', [labelCell(row.label, row.href), ...text.columns.map((_, c) => h('td', String(text.counts[r]?.[c] ?? 0)))])),
    ]),
  ]);
  return figure(text, svgFrame(text, width, height, content), table, 'chart-wide');
}

/** A chart's HTML for `set:html` in a component. */
export function chartHtml(chart: Element): string {
  return unified().use(rehypeStringify).stringify({ type: 'root', children: [chart] });
}
