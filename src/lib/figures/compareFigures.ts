/**
 * compareFigures: how two figures relate (same, consistent, contradicts), the rounding tolerance
 * behind it, and a reader's phrase for it (see figure.ts for the rules).
 */
import type { Figure, FigureRelation } from './figure.ts';
import { trailingZeros } from './cardinals.ts';

/**
 * The interval a figure allows once rounding is allowed for: a round count (precision >= 10)
 * stated exactly or approximately may have been rounded to that precision.
 */
export function toleranceInterval(figure: Figure): [number, number] {
  const rounded = figure.role === 'quantity' && (figure.kind === 'exact' || figure.kind === 'approximate') && figure.precision >= 10;
  if (!rounded) return [figure.low, figure.high];
  const half = figure.precision / 2;
  return [Math.min(figure.low, figure.value - half), Math.max(figure.high, figure.value + half)];
}

const overlap = ([aLow, aHigh]: readonly [number, number], [bLow, bHigh]: readonly [number, number]): boolean =>
  aLow <= bHigh && bLow <= aHigh;

/**
 * How two figures relate. Figures of different roles contradict (a year is not a count); units are
 * not compared.
 */
export function compareFigures(a: Figure, b: Figure): FigureRelation {
  if (a.role !== b.role) return 'contradicts';
  if (a.low === b.low && a.high === b.high && a.value === b.value) return 'same';
  return overlap(toleranceInterval(a), toleranceInterval(b)) ? 'consistent' : 'contradicts';
}

function precisionOfValue(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  // toString gives the shortest digits that round-trip, with an exponent for very large or small values.
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  return 10 ** (Number(exponent) + (frac ? -frac.length : trailingZeros(int)));
}

/**
 * A figure for a bare number from data (e.g. a claim's figure value 2030): exact, role quantity,
 * precision from its digits. It was not read from text: `start` is 0 and `end` the length of `text`.
 */
export function figureOfValue(value: number): Figure {
  const text = value.toLocaleString('en', { maximumFractionDigits: 20 });
  return { text, start: 0, end: text.length, kind: 'exact', role: 'quantity', value, low: value, high: value, precision: precisionOfValue(value), qualifier: null, unit: null };
}

const label = (figure: Figure): string => (figure.unit === '%' && !figure.text.endsWith('%') ? `${figure.text}%` : figure.text);

/**
 * A short English phrase for readers: "2,500 contradicts 2,030", "about 2,000 is consistent with
 * 2,030", "8 thousand is consistent with 7,939 (rounded)" — "(rounded)" when only the rounding
 * tolerance reconciles them.
 */
export function describeRelation(a: Figure, b: Figure): string {
  if (a.role !== b.role) return `${label(a)} (${a.role}) cannot be compared with ${label(b)} (${b.role})`;
  const relation = compareFigures(a, b);
  if (relation === 'same') return `${label(a)} is the same figure as ${label(b)}`;
  if (relation === 'contradicts') return `${label(a)} contradicts ${label(b)}`;
  const rounded = !overlap([a.low, a.high], [b.low, b.high]);
  return `${label(a)} is consistent with ${label(b)}${rounded ? ' (rounded)' : ''}`;
}
