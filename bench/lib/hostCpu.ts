/**
 * hostCpu — who had the machine's cores during a timed window, so a slow run can be told apart
 * from a slow search.
 *
 * `readCpuSnapshot()` reads every thread's scheduler figures (`/proc/<pid>/task/<tid>/schedstat`:
 * nanoseconds on a core, and nanoseconds runnable but waiting for one) and the kernel's CPU
 * pressure (`/proc/pressure/cpu`, microseconds in which some task waited). `cpuBetween(a, b)`
 * sums what changed, by group: the browser's processes (the ones this process started), this
 * process (the bench, its server and Playwright), the kernel's own threads (named, heaviest first), and everything else.
 *
 * On 2 shared cores a search run that waits 100 ms for a core is not 100 ms of search; this says
 * how long each group ran and waited. A thread that ends inside the window is not in the second
 * snapshot, so its time is missing (a closed page's renderer, say); the pressure figure still
 * counts the waiting it caused. Reading a snapshot takes a few ms. Linux only: elsewhere the
 * snapshot is null and nothing is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { descendantsOf, readProcessTable } from './processTable.ts';

export interface ThreadCpu {
  /** Process id of the thread's process. */
  pid: number;
  /** Which group the process belongs to. */
  group: CpuGroup;
  /** The kernel thread's name, or for this process's threads the thread's (`MainThread`, `V8Worker`, `libuv-worker`…); '' for the rest. */
  name: string;
  runNs: number;
  waitNs: number;
}

export type CpuGroup = 'browser' | 'bench' | 'kernel' | 'other';

export interface CpuSnapshot {
  /** Keyed by thread id. */
  threads: Map<number, ThreadCpu>;
  /** `/proc/pressure/cpu`'s "some" total, µs; null where the kernel has no pressure figures. */
  pressureUs: number | null;
}

export interface CpuWindow {
  /** ms on a core, by group. */
  runMs: Record<CpuGroup, number>;
  /** ms runnable and waiting for a core, by group. */
  waitMs: Record<CpuGroup, number>;
  /** The kernel threads that ran most, ms on a core: name, ms. */
  kernel: Array<readonly [string, number]>;
  /** This process's threads by name, ms on a core, most first: its main thread, V8's helpers (which mark and sweep beside a collection's pause, and compile in the background), libuv's pool. */
  bench: Array<readonly [string, number]>;
  /** ms in which some task waited for a core, from the kernel's pressure figures. */
  pressureMs: number | null;
}

/** `/proc/<pid>/task/<tid>/schedstat`: "run_ns wait_ns timeslices". */
export function parseSchedstat(text: string): { runNs: number; waitNs: number } | null {
  const [run, wait] = text.trim().split(/\s+/u).map(Number);
  return run !== undefined && wait !== undefined && Number.isFinite(run) && Number.isFinite(wait) ? { runNs: run, waitNs: wait } : null;
}

/** `/proc/pressure/cpu`: the "some" line's total (µs). */
export function parsePressure(text: string): number | null {
  const total = /^some\b.*\btotal=(\d+)/mu.exec(text)?.[1];
  return total === undefined ? null : Number(total);
}

/**
 * Which group each process is in: this process is the bench; the processes it started, and
 * theirs, are the browser's (Playwright starts the browser as a child; Pagefind's indexing
 * service is a child too while it indexes; bench:search closes it before the browser is timed); the kernel's
 * threads have no command line and are kthreadd's (pid 2) children.
 */
export function cpuGroups(processes: ReadonlyArray<{ pid: number; ppid: number; kernelThread: boolean }>, selfPid: number): Map<number, CpuGroup> {
  const started = descendantsOf(new Map(processes.map((p) => [p.pid, p.ppid])), selfPid);
  const groups = new Map<number, CpuGroup>();
  for (const p of processes) {
    groups.set(p.pid, p.pid === selfPid ? 'bench' : p.kernelThread ? 'kernel' : started.has(p.pid) ? 'browser' : 'other');
  }
  return groups;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the task ended between the listing and the read
  }
}

/**
 * Every thread's run and wait time now; null off Linux. Reading them all takes a few ms of this
 * process's main thread: `self` says whether this process's own threads are read first or last,
 * so a window opened with 'last' and closed with 'first' leaves most of that reading out.
 */
export function readCpuSnapshot(self: 'first' | 'last' = 'last'): CpuSnapshot | null {
  const table = readProcessTable();
  if (table.size === 0) return null;
  const processes = [...table.values()].map((p) => ({ ...p, kernelThread: (p.ppid === 2 || p.pid === 2) && readText(`/proc/${p.pid}/cmdline`) === '' }));
  const groups = cpuGroups(processes, process.pid);
  const mine = (p: { pid: number }) => (p.pid === process.pid ? 1 : 0);
  processes.sort((a, b) => (self === 'last' ? mine(a) - mine(b) : mine(b) - mine(a)));
  const threads = new Map<number, ThreadCpu>();
  for (const { pid, name } of processes) {
    const group = groups.get(pid) ?? 'other';
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const times = parseSchedstat(readText(`/proc/${pid}/task/${tid}/schedstat`) ?? '');
      if (!times) continue;
      const threadName = group === 'kernel' ? name : group === 'bench' ? (readText(`/proc/${pid}/task/${tid}/comm`) ?? '').trim() : '';
      threads.set(Number(tid), { pid, group, name: threadName, ...times });
    }
  }
  const pressure = readText('/proc/pressure/cpu');
  return { threads, pressureUs: pressure === null ? null : parsePressure(pressure) };
}

/**
 * What ran and waited between two snapshots; a thread that started in between counts from zero,
 * one that ended is missing. A thread id is matched with its process too (Linux hands ids out in
 * turn up to `pid_max`, so one is not reused within a window of a second).
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuWindow {
  const zero = (): Record<CpuGroup, number> => ({ browser: 0, bench: 0, kernel: 0, other: 0 });
  const runMs = zero();
  const waitMs = zero();
  const kernel = new Map<string, number>();
  const bench = new Map<string, number>();
  for (const [tid, thread] of after.threads) {
    const was = before.threads.get(tid);
    const same = was !== undefined && was.pid === thread.pid && was.runNs <= thread.runNs;
    const run = (thread.runNs - (same ? was.runNs : 0)) / 1e6;
    const wait = Math.max(0, thread.waitNs - (same ? was.waitNs : 0)) / 1e6;
    runMs[thread.group] += run;
    waitMs[thread.group] += wait;
    const named = thread.group === 'kernel' ? kernel : thread.group === 'bench' ? bench : null;
    if (named && run > 0) named.set(thread.name, (named.get(thread.name) ?? 0) + run);
  }
  const pressureMs = before.pressureUs !== null && after.pressureUs !== null ? (after.pressureUs - before.pressureUs) / 1000 : null;
  const heaviest = (named: Map<string, number>) => [...named].sort((a, b) => b[1] - a[1]);
  return { runMs, waitMs, kernel: heaviest(kernel), bench: heaviest(bench), pressureMs };
}

/** One line: "browser ran 210 ms (waited 60), bench ran 40 (waited 2; MainThread 30, V8Worker 10), kernel ran 12 (waited 0; kdamond.0 10), other ran 0 (waited 0); some task waited 70 ms". */
export function describeCpuWindow(window: CpuWindow): string {
  const n = (value: number) => value.toFixed(0);
  const group = (label: string, key: 'bench' | 'kernel') => {
    const top = window[key].filter(([, run]) => run >= 1).slice(0, 3);
    return `${label} ran ${n(window.runMs[key])} (waited ${n(window.waitMs[key])}${top.length > 0 ? `; ${top.map(([name, run]) => `${name} ${n(run)}`).join(', ')}` : ''})`;
  };
  const pressure = window.pressureMs === null ? '' : `; some task waited ${n(window.pressureMs)} ms`;
  return `browser ran ${n(window.runMs.browser)} ms (waited ${n(window.waitMs.browser)}), ${group('bench', 'bench')}, ${group('kernel', 'kernel')}, other ran ${n(window.runMs.other)} (waited ${n(window.waitMs.other)})${pressure}`;
}
