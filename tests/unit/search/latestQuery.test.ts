import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestQuery, type Timers } from '../../../src/lib/search/latestQuery.ts';

const timers: Timers = {
  set: (run, ms) => setTimeout(run, ms) as unknown as number,
  clear: (id) => clearTimeout(id),
};

describe('latestQuery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the loading notice for a keystroke still waiting, once', () => {
    const order = latestQuery(timers, 150);
    const slow = vi.fn();
    order.begin(slow);
    vi.advanceTimersByTime(149);
    expect(slow).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(slow).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(slow).toHaveBeenCalledTimes(1);
  });

  it('an older keystroke finishing after a newer one neither shows nor raises a notice over its results', () => {
    const order = latestQuery(timers, 150);
    const olderSlow = vi.fn();
    const newerSlow = vi.fn();
    const older = order.begin(olderSlow);
    vi.advanceTimersByTime(100);
    const newer = order.begin(newerSlow);
    vi.advanceTimersByTime(20);
    expect(newer.settle()).toBe(true); // the newer one's results are shown
    vi.advanceTimersByTime(1000); // past both keystrokes' notice times
    expect(older.settle()).toBe(false);
    expect(olderSlow).not.toHaveBeenCalled();
    expect(newerSlow).not.toHaveBeenCalled();
  });

  it('a settled ticket calls off its own notice', () => {
    const order = latestQuery(timers, 150);
    const slow = vi.fn();
    expect(order.begin(slow).settle()).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(slow).not.toHaveBeenCalled();
  });

  it('emptying the box makes every earlier keystroke stale and calls off its notice', () => {
    const order = latestQuery(timers, 150);
    const slow = vi.fn();
    const typed = order.begin(slow);
    order.cancel();
    vi.advanceTimersByTime(1000);
    expect(typed.settle()).toBe(false);
    expect(slow).not.toHaveBeenCalled();
  });

  it('the newest keystroke still waiting gets the notice on its own time', () => {
    const order = latestQuery(timers, 150);
    const olderSlow = vi.fn();
    const newerSlow = vi.fn();
    order.begin(olderSlow);
    vi.advanceTimersByTime(100);
    order.begin(newerSlow);
    vi.advanceTimersByTime(100); // 200 ms after the first keystroke, 100 after the second
    expect(olderSlow).not.toHaveBeenCalled();
    expect(newerSlow).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(newerSlow).toHaveBeenCalledTimes(1);
  });
});
