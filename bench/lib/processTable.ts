/**
 * processTable — the processes visible in `/proc`, with their parents, and the descendants of one.
 *
 * The build bench sums a build's memory over its whole process tree (`treeRss`); the search bench
 * groups CPU time by who started a process (`hostCpu`). Both walk the same parent links, read
 * here once. Linux only: elsewhere the table is empty.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessEntry {
  pid: number;
  /** The parent's pid (field 4 of `/proc/<pid>/stat`). */
  ppid: number;
  /** `comm`: the name in parentheses in the same file. */
  name: string;
}

/** `/proc/<pid>/stat`'s pid, parent and name; the name is in parentheses and may hold spaces or ')'. */
export function parseProcStat(pid: number, stat: string): ProcessEntry {
  const close = stat.lastIndexOf(')');
  return { pid, ppid: Number(stat.slice(close + 2).split(' ')[1]), name: stat.slice(stat.indexOf('(') + 1, close) };
}

/** Every process visible now, by pid; empty where there is no `/proc`. */
export function readProcessTable(): Map<number, ProcessEntry> {
  const table = new Map<number, ProcessEntry>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const name of names) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      table.set(Number(name), parseProcStat(Number(name), readFileSync(`/proc/${name}/stat`, 'utf8')));
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** The processes `root` started, and theirs, down the tree (not `root` itself). */
export function descendantsOf(parents: ReadonlyMap<number, number>, root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = new Set<number>();
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (found.has(pid) || pid === root) continue; // parent links that loop end here
    found.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}
