/**
 * latestQuery: keeps a search box's answers in keystroke order.
 *
 * Each keystroke begins a ticket. Only the newest ticket may show its results: a query's shards
 * arrive in any order, so an older keystroke can finish after a newer one. The "still loading"
 * notice is timed per keystroke and shown only while the newest ticket is still waiting; an older
 * keystroke's notice, firing after the newer one's results, would cover them. A keystroke that
 * needs no search (the box emptied) cancels: nothing typed before it may show.
 *
 * Timers are passed in, so the order can be tested without a browser.
 */
export interface Timers {
  set(run: () => void, ms: number): number;
  clear(id: number): void;
}

export interface QueryTicket {
  /** Whether this is still the newest ticket; if it is, its loading notice is called off. */
  settle(): boolean;
}

export interface LatestQuery {
  /** A new keystroke's ticket; `onSlow` runs once after `slowAfterMs` if it is still the newest and unsettled. */
  begin(onSlow: () => void): QueryTicket;
  /** No query now: every ticket so far is stale, and no notice is pending. */
  cancel(): void;
}

export function latestQuery(timers: Timers, slowAfterMs: number): LatestQuery {
  let newest = 0;
  let slowTimer: number | null = null;
  const callOff = () => {
    if (slowTimer !== null) timers.clear(slowTimer);
    slowTimer = null;
  };
  return {
    begin(onSlow) {
      callOff();
      const ticket = ++newest;
      slowTimer = timers.set(() => {
        slowTimer = null;
        if (ticket === newest) onSlow();
      }, slowAfterMs);
      return {
        settle() {
          if (ticket !== newest) return false;
          callOff();
          return true;
        },
      };
    },
    cancel() {
      newest++;
      callOff();
    },
  };
}
