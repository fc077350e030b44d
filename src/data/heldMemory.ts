/**
 * Gives back to the system the heap pages V8 keeps mapped, with a last-resort collection (the
 * kind V8's memory reducer runs when a process is idle, which a build never is); a regular
 * collection frees the objects but keeps their pages for reuse. At 2,000 articles the build held
 * 1,077 MB at its first page with 156 MB of live heap, 664 MB after this; at 20,000 articles,
 * 3,446 MB after the last page, 2,072 MB after this. The collection is V8's, exposed by
 * `--expose-gc` (`npm run build` sets it); without it (`astro dev`, a plain `astro build`) this
 * does nothing and returns null.
 *
 * A process holding less than `fromBytes` (1 GiB) is left alone, and null returned: each
 * collection takes 0.4 to 0.8 s of a 2,000-article rebuild, whose process holds 600 to 800 MB and
 * never comes near a budget; what the collections are for is the 20,000-article build's peak,
 * where the process holds 2 to 3.5 GB each time.
 */
type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

export interface Released {
  beforeBytes: number;
  afterBytes: number;
  ms: number;
}

/** Below this much resident memory a last-resort collection costs more than what it gives back can matter. */
export const WORTH_RELEASING_FROM = 2 ** 30;

export function releaseHeldMemory(fromBytes: number = WORTH_RELEASING_FROM): Released | null {
  const collect = (globalThis as { gc?: Collect }).gc;
  if (typeof collect !== 'function') return null;
  const beforeBytes = process.memoryUsage.rss();
  if (beforeBytes < fromBytes) return null;
  const started = performance.now();
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { beforeBytes, afterBytes: process.memoryUsage.rss(), ms: performance.now() - started };
}
