/**
 * gcPauses — this process's garbage collections inside a window of `performance.now()` time.
 *
 * The bench's own process serves the files and drives the browser on the same cores as the page
 * it times; a major collection of a large heap in it takes the cores from the page. `watchGc()`
 * keeps every collection's pause (Node's `gc` performance entries) until `stop()`;
 * `between(t0, t1)` sums the pauses that overlap the window. V8 also marks on helper threads
 * around a pause; that time is in the thread figures of `hostCpu`, not here.
 */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

export interface GcWindow {
  /** Pause time inside the window, ms. */
  pauseMs: number;
  count: number;
  /** Of them, major (mark-compact) collections. */
  major: number;
}

/** One collection's pause, in `performance.now()` time. */
export interface Pause {
  start: number;
  end: number;
  major: boolean;
}

/** The pauses that overlap [t0, t1], clipped to it. */
export function pausesBetween(pauses: readonly Pause[], t0: number, t1: number): GcWindow {
  let pauseMs = 0;
  let count = 0;
  let major = 0;
  for (const pause of pauses) {
    if (pause.end <= t0 || pause.start >= t1) continue;
    pauseMs += Math.min(pause.end, t1) - Math.max(pause.start, t0);
    count += 1;
    if (pause.major) major += 1;
  }
  return { pauseMs, count, major };
}

/** Starts keeping this process's collection pauses; `stop()` ends it. */
export function watchGc(): { between(t0: number, t1: number): GcWindow; stop(): void } {
  const pauses: Pause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { detail?: { kind?: number } }>) {
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration, major: entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR });
    }
    // Only the last minutes matter to a window; the bench runs for an hour at 100,000 claims.
    if (pauses.length > 20_000) pauses.splice(0, pauses.length - 10_000);
  });
  observer.observe({ entryTypes: ['gc'] });
  return { between: (t0, t1) => pausesBetween(pauses, t0, t1), stop: () => observer.disconnect() };
}
