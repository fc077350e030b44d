import { describe, expect, it } from 'vitest';
import { pausesBetween } from '../../../bench/lib/gcPauses.ts';

describe('pausesBetween', () => {
  const pauses = [
    { start: 0, end: 5, major: false },
    { start: 98, end: 104, major: true }, // straddles the window's start
    { start: 120, end: 121, major: false },
    { start: 195, end: 210, major: false }, // straddles its end
    { start: 300, end: 330, major: true },
  ];
  it('sums the pauses inside the window, clipped to it', () => {
    expect(pausesBetween(pauses, 100, 200)).toEqual({ pauseMs: 4 + 1 + 5, count: 3, major: 1 });
  });
  it('gives nothing for a window with no pause or an empty list', () => {
    expect(pausesBetween(pauses, 10, 90)).toEqual({ pauseMs: 0, count: 0, major: 0 });
    expect(pausesBetween([], 0, 1000)).toEqual({ pauseMs: 0, count: 0, major: 0 });
  });
  it('leaves out a pause that only touches the window', () => {
    expect(pausesBetween([{ start: 90, end: 100, major: false }, { start: 200, end: 205, major: false }], 100, 200)).toEqual({ pauseMs: 0, count: 0, major: 0 });
  });
  it('gives nothing for a window that never started', () => {
    expect(pausesBetween(pauses, Infinity, 500)).toEqual({ pauseMs: 0, count: 0, major: 0 });
  });
});
