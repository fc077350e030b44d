/**
 * The sharded search as the browser opens it, over files held in memory (what writeShards wrote)
 * instead of a server: a missing file is a 404. Every request is recorded in order, with whether
 * the loader asked for it at low priority (a fetch ahead for a keystroke not typed yet).
 */
import { openShardedSearch, type LoaderOptions, type ShardedSearch } from '../../src/lib/search/searchShardLoader.ts';

export interface ServedShards {
  search: ShardedSearch;
  /** The paths requested, in order. */
  fetched: string[];
  /** The same requests, each with its priority. */
  requests: Array<{ path: string; low: boolean }>;
}

export async function openServedShards(files: ReadonlyMap<string, string>, options: LoaderOptions = {}): Promise<ServedShards> {
  const fetched: string[] = [];
  const requests: Array<{ path: string; low: boolean }> = [];
  const search = await openShardedSearch(async (path, priority) => {
    fetched.push(path);
    requests.push({ path, low: priority === 'low' });
    const body = files.get(path);
    if (body === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(body) as unknown;
  }, options);
  return { search, fetched, requests };
}
