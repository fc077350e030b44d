import { afterEach, describe, expect, it } from 'vitest';
import { releaseHeldMemory } from '../../../src/data/heldMemory.ts';

const global = globalThis as { gc?: unknown };
const exposed = global.gc;
afterEach(() => {
  global.gc = exposed;
});

describe('releaseHeldMemory', () => {
  it('does nothing without an exposed collector (astro dev, a plain astro build)', () => {
    delete global.gc;
    expect(releaseHeldMemory()).toBeNull();
  });

  it('runs one last-resort, synchronous major collection and reports resident memory around it', () => {
    const calls: unknown[] = [];
    global.gc = (options: unknown) => calls.push(options);
    const released = releaseHeldMemory(0);
    expect(calls).toEqual([{ type: 'major', execution: 'sync', flavor: 'last-resort' }]);
    expect(released?.beforeBytes).toBeGreaterThan(0);
    expect(released?.afterBytes).toBeGreaterThan(0);
    expect(released?.ms).toBeGreaterThanOrEqual(0);
  });

  it('leaves a process holding less than the threshold alone (1 GiB by default: a small build gains nothing from it)', () => {
    const calls: unknown[] = [];
    global.gc = (options: unknown) => calls.push(options);
    const resident = process.memoryUsage.rss();
    expect(releaseHeldMemory(resident + 2 ** 30)).toBeNull();
    expect(calls).toEqual([]);
    expect(releaseHeldMemory(resident)).not.toBeNull();
    expect(calls).toHaveLength(1);
  });
});
