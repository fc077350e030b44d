/**
 * fullGc — a full garbage collection of this process, on demand, without starting Node with
 * `--expose-gc`: the benches run as `node bench/….ts`, no flags. V8 takes the flag at run time for
 * contexts made after it, so `gc` is fetched from a new one. Turned on at the first call, not on
 * import, so a module that only imports from a bench changes nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** Collects now; returns the heap in use after it, MB. */
export function fullGc(): number {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
