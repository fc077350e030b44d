import { describe, expect, it } from 'vitest';
import { descendantsOf, parseProcStat, readProcessTable } from '../../../bench/lib/processTable.ts';

describe('parseProcStat', () => {
  it('reads the parent after a name with spaces and parentheses', () => {
    expect(parseProcStat(42, '42 (Web Content (x)) S 7 42 42 0 -1')).toEqual({ pid: 42, ppid: 7, name: 'Web Content (x)' });
  });
});

describe('descendantsOf', () => {
  it('finds children and grandchildren, not the root or unrelated processes', () => {
    const parents = new Map([[1, 0], [100, 1], [200, 100], [201, 200], [300, 1]]);
    expect([...descendantsOf(parents, 100)].sort()).toEqual([200, 201]);
    expect(descendantsOf(parents, 201).size).toBe(0);
  });
  it('ends on parent links that loop', () => {
    expect([...descendantsOf(new Map([[5, 6], [6, 5]]), 5)]).toEqual([6]);
  });
});

describe('readProcessTable', () => {
  it('holds this process, with its parent', () => {
    const table = readProcessTable();
    if (process.platform !== 'linux') return expect(table.size).toBe(0);
    expect(table.get(process.pid)?.ppid).toBe(process.ppid);
  });
});
