/**
 * outletLines: the lines an outlet prints on its other pages, for every file of the outlet at
 * once, in time linear in the outlet's text.
 *
 * The page model asks, for one file, whether a line also occurs in any *other* file of the same
 * outlet (`PageModelContext.outletLines`). Building that set from the other files' texts for each
 * file (`outletLineSet`) reads the outlet's whole text once per file: quadratic in the number of
 * files per outlet, and at 20,000 generated articles (500 per outlet) most of a build's CPU time.
 * Here each line key is counted once per file that prints it; a file's view of the others is then
 * "printed by more files than this one alone", which answers exactly as the set of the other files'
 * lines does.
 */
import { lineKey } from './pageModel.ts';

/** The keys of one file's non-blank lines, each once. */
function fileKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/u)) if (line.trim() !== '') keys.add(lineKey(line));
  return keys;
}

/** What the page model reads of the other files' lines (`PageModelContext.outletLines`), and their keys in turn. */
export type OutletLines = Pick<ReadonlySet<string>, 'has' | 'size'> & Iterable<string>;

/**
 * The other files' lines as one file sees them: a key is there when more files print it than this
 * one alone. Reads like the set `outletLineSet` builds (`has`, `size`, iteration); the keys are
 * listed only if someone iterates.
 */
class OtherFilesLines implements OutletLines {
  readonly #counts: ReadonlyMap<string, number>;
  readonly #own: ReadonlySet<string>;
  #size: number | undefined;

  constructor(counts: ReadonlyMap<string, number>, own: ReadonlySet<string>) {
    this.#counts = counts;
    this.#own = own;
  }

  has(key: string): boolean {
    return (this.#counts.get(key) ?? 0) > (this.#own.has(key) ? 1 : 0);
  }

  /** Every counted key but this file's own lines that no other file prints. */
  get size(): number {
    if (this.#size === undefined) {
      let onlyHere = 0;
      for (const key of this.#own) if (this.#counts.get(key) === 1) onlyHere += 1;
      this.#size = this.#counts.size - onlyHere;
    }
    return this.#size;
  }

  *keys(): SetIterator<string> {
    for (const key of this.#counts.keys()) if (this.has(key)) yield key;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.keys();
  }

}

/**
 * For each of an outlet's files (`texts[i]`, null for a file that gives the others no context,
 * such as a saved web page), the lines of the outlet's other files: equal, as a set, to
 * `outletLineSet(texts without texts[i] and the nulls)`.
 */
export function outletLineViews(texts: ReadonlyArray<string | null>): OutletLines[] {
  const own = texts.map((text) => (text === null ? new Set<string>() : fileKeys(text)));
  const counts = new Map<string, number>();
  for (const keys of own) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return own.map((keys) => new OtherFilesLines(counts, keys));
}
