/** Small formatting helpers for the printed report. 1 KB = 1024 bytes, 1 MB = 1024 KB. */

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
export const ms = (value: number | null): string => (value === null ? '–' : Math.round(value).toLocaleString('en-US'));
export const seconds = (millis: number): string => (millis / 1000).toFixed(1);
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
export const score = (value: number | null): string => (value === null ? '–' : String(Math.round(value * 100)));

/** A GitHub-flavoured Markdown table (readable as plain text too). */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, rightAlign: readonly boolean[] = []): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const cell = (text: string, i: number): string => (rightAlign[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0));
  const line = (cells: readonly string[]): string => `| ${cells.map((text, i) => cell(text, i)).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (rightAlign[i] ? `${'-'.repeat(width + 1)}:` : `${'-'.repeat(width + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
