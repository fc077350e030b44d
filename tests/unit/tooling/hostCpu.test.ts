import { describe, expect, it } from 'vitest';
import { cpuBetween, cpuGroups, describeCpuWindow, parsePressure, parseSchedstat, type CpuSnapshot, type ThreadCpu } from '../../../bench/lib/hostCpu.ts';

const thread = (pid: number, group: ThreadCpu['group'], name: string, runMs: number, waitMs: number): ThreadCpu => ({ pid, group, name, runNs: runMs * 1e6, waitNs: waitMs * 1e6 });
const snapshot = (threads: Array<[number, ThreadCpu]>, pressureUs: number | null): CpuSnapshot => ({ threads: new Map(threads), pressureUs });

describe('parseSchedstat and parsePressure', () => {
  it('reads run and wait nanoseconds', () => {
    expect(parseSchedstat('180775406 7854878 504\n')).toEqual({ runNs: 180775406, waitNs: 7854878 });
  });
  it('gives null for what is not a schedstat line', () => {
    expect(parseSchedstat('')).toBeNull();
    expect(parseSchedstat('abc')).toBeNull();
  });
  it('reads the "some" total, not the "full" one', () => {
    expect(parsePressure('some avg10=0.00 avg60=1.47 avg300=23.77 total=2164303187\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=5\n')).toBe(2164303187);
    expect(parsePressure('full avg10=0.00 total=5\n')).toBeNull();
  });
});

describe('cpuGroups', () => {
  it('puts this process, its descendants, kernel threads and the rest in their groups', () => {
    const groups = cpuGroups(
      [
        { pid: 1, ppid: 0, kernelThread: false },
        { pid: 2, ppid: 0, kernelThread: true },
        { pid: 75, ppid: 2, kernelThread: true },
        { pid: 100, ppid: 1, kernelThread: false },
        { pid: 200, ppid: 100, kernelThread: false }, // the browser
        { pid: 201, ppid: 200, kernelThread: false }, // its renderer
        { pid: 300, ppid: 1, kernelThread: false },
      ],
      100,
    );
    expect(Object.fromEntries(groups)).toEqual({ 1: 'other', 2: 'kernel', 75: 'kernel', 100: 'bench', 200: 'browser', 201: 'browser', 300: 'other' });
  });
  it('ends on a loop in the parent links', () => {
    const groups = cpuGroups([{ pid: 5, ppid: 6, kernelThread: false }, { pid: 6, ppid: 5, kernelThread: false }], 100);
    expect(groups.get(5)).toBe('other');
  });
});

describe('cpuBetween', () => {
  it('sums what each group ran and waited, and names the kernel threads that ran', () => {
    const before = snapshot([[10, thread(1, 'browser', 'chromium', 100, 10)], [11, thread(1, 'browser', 'chromium', 50, 0)], [20, thread(75, 'kernel', 'kdamond.0', 1000, 5)]], 1_000_000);
    const after = snapshot(
      [
        [10, thread(1, 'browser', 'chromium', 180, 40)],
        [11, thread(1, 'browser', 'chromium', 60, 0)],
        [12, thread(1, 'browser', 'chromium', 7, 3)], // started in between: counts from zero
        [20, thread(75, 'kernel', 'kdamond.0', 1012, 5)],
        [30, thread(9, 'bench', 'MainThread', 20, 2)],
        [31, thread(9, 'bench', 'V8Worker', 3, 0)],
        [32, thread(9, 'bench', 'V8Worker', 2, 0)],
      ],
      1_045_000,
    );
    const window = cpuBetween(before, after);
    expect(window.runMs).toEqual({ browser: 97, bench: 25, kernel: 12, other: 0 });
    expect(window.waitMs).toEqual({ browser: 33, bench: 2, kernel: 0, other: 0 });
    expect(window.kernel).toEqual([['kdamond.0', 12]]);
    expect(window.bench).toEqual([['MainThread', 20], ['V8Worker', 5]]);
    expect(window.pressureMs).toBe(45);
    expect(describeCpuWindow(window)).toBe('browser ran 97 ms (waited 33), bench ran 25 (waited 2; MainThread 20, V8Worker 5), kernel ran 12 (waited 0; kdamond.0 12), other ran 0 (waited 0); some task waited 45 ms');
  });
  it('leaves out a thread that ended inside the window', () => {
    const before = snapshot([[10, thread(1, 'browser', '', 100, 0)], [11, thread(1, 'browser', '', 400, 0)]], null);
    const after = snapshot([[10, thread(1, 'browser', '', 130, 5)]], null);
    expect(cpuBetween(before, after).runMs.browser).toBe(30);
  });
  it('counts a thread id reused by another process from zero', () => {
    const before = snapshot([[10, thread(1, 'other', 'a', 500, 0)]], null);
    const after = snapshot([[10, thread(2, 'browser', 'b', 30, 0)]], null);
    const window = cpuBetween(before, after);
    expect(window.runMs.browser).toBe(30);
    expect(window.runMs.other).toBe(0);
    expect(window.pressureMs).toBeNull();
    expect(describeCpuWindow(window)).not.toContain('some task waited');
  });
});
