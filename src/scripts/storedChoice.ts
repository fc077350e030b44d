/** Remembers (or, with null, forgets) a reader's choice; storage can be refused (private mode), and the choice then lasts for this page only. */
export function storeChoice(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Refused: nothing to keep.
  }
}
