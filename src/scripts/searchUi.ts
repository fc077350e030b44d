/**
 * searchUi: the search boxes as ARIA comboboxes (loaded by searchBoot.ts on first focus).
 *
 * Fetches the search manifest (/search-index/manifest.json) once, then each query fetches the
 * term shards and the records it needs (src/lib/search/searchShardLoader.ts); results are
 * rendered into the box's listbox: claims first, then passages, matched words in <mark>. All
 * record text goes into the page as text nodes (never as HTML).
 *
 * Two modes, from the input's data-search attribute:
 * - `dropdown` (header): a popup under the box; Enter on no option submits the form to /search/.
 * - `page` (/search/): the results are the page; the address follows the query
 *   (history.replaceState), so a reload, Back or a shared link shows the same results.
 * Keys: ↓/↑ move through the options, Enter opens the active one, Escape closes the popup (or,
 * with it closed, clears the box).
 *
 * Each option is itself the link (`<a role="option">`): a link inside an option would be an
 * interactive element nested in another (axe: nested-interactive). A passage's link carries the
 * matched words (`?hl=`), which the bootstrap marks in the paragraph on arrival.
 */
// The results' styles as a file of their own, linked on first use: Astro would put a plain CSS
// import of a client script into every page's CSS, and no page needs them before the search is
// used (the article page's weight, issue 17). The search page imports them too.
import resultsStylesheet from '../styles/searchResults.css?url';
import type { ClaimHit, Marked, PassageHit, SearchResults } from '../lib/search/searchEngine.ts';
import { latestQuery } from '../lib/search/latestQuery.ts';
import { openShardedSearch, type ShardedSearch } from '../lib/search/searchShardLoader.ts';

const LIMITS = {
  dropdown: { claims: 5, passages: 5 },
  page: { claims: 50, passages: 50 },
} as const;
/** Screen readers get the count once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY = 400;
/** A keystroke still waiting this long says the index is loading. */
const SLOW_NOTICE_AFTER = 150;
const windowTimers = { set: (run: () => void, ms: number) => window.setTimeout(run, ms), clear: (id: number) => window.clearTimeout(id) };

// What the loader fetches ahead for a keystroke not typed yet goes at low priority: over HTTP/1.1
// the browser sends a typed keystroke's requests first.
const fetchJson = async (path: string, priority?: 'low'): Promise<unknown> => {
  const response = await fetch(path, priority ? { priority } : undefined);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
};

let engine: Promise<ShardedSearch> | null = null;

export function loadEngine(): Promise<ShardedSearch> {
  engine ??= openShardedSearch(fetchJson).catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** A passage's link with the words to mark on arrival: /articles/<slug>/?hl=…#p-N. */
export function landingUrl(hit: PassageHit): string {
  if (hit.words.length === 0) return hit.url;
  const [path, hash] = hit.url.split('#');
  return `${path}?${new URLSearchParams({ hl: hit.words.join(' ') }).toString()}#${hash ?? ''}`;
}

const controllers = new WeakMap<HTMLInputElement, Combobox>();

/** Turns a search input into a live combobox (once). */
export function activate(input: HTMLInputElement): void {
  if (controllers.has(input)) return;
  if (!document.querySelector(`link[href="${resultsStylesheet}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = resultsStylesheet;
    document.head.append(link);
  }
  // The index is fetched now, on first focus, so results are ready by the first keystroke.
  loadEngine().catch(() => undefined);
  controllers.set(input, new Combobox(input));
}

interface OptionEntry {
  element: HTMLElement;
  href: string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

class Combobox {
  private readonly mode: 'dropdown' | 'page';
  private readonly root: HTMLElement;
  private readonly listbox: HTMLElement;
  private readonly popup: HTMLElement | null;
  private readonly message: HTMLElement | null;
  private readonly status: HTMLElement | null;
  private readonly browse: HTMLElement | null;
  private readonly baseTitle = document.title;
  private options: OptionEntry[] = [];
  private active = -1;
  private open = false;
  private shownQuery: string | null = null;
  private announceTimer = 0;
  private readonly order = latestQuery(windowTimers, SLOW_NOTICE_AFTER);

  constructor(private readonly input: HTMLInputElement) {
    this.mode = input.dataset['search'] === 'page' ? 'page' : 'dropdown';
    this.root = input.closest<HTMLElement>('[data-search-root]') ?? document.body;
    this.listbox = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement;
    this.popup = this.root.querySelector<HTMLElement>('[data-search-popup]');
    this.message = this.root.querySelector<HTMLElement>('[data-search-message]');
    this.status = document.getElementById(input.dataset['status'] ?? '');
    this.browse = this.mode === 'page' ? document.querySelector<HTMLElement>('[data-search-browse]') : null;

    input.addEventListener('input', () => this.update());
    input.addEventListener('keydown', (event) => this.onKeydown(event));
    input.addEventListener('focus', () => {
      if (this.mode === 'dropdown' && this.options.length > 0 && input.value.trim() !== '') this.setOpen(true);
    });
    this.root.addEventListener('focusout', (event) => {
      if (this.mode === 'dropdown' && !this.root.contains(event.relatedTarget as Node | null)) this.setOpen(false);
    });
    // A click on an option must not blur the box first (that would close the popup under it).
    this.popup?.addEventListener('mousedown', (event) => event.preventDefault());
    if (this.mode === 'dropdown') this.listbox.addEventListener('click', () => this.setOpen(false));
    window.addEventListener('pageshow', (event) => {
      if (event.persisted && this.mode === 'dropdown') this.setOpen(false);
    });

    if (this.mode === 'page') {
      const q = new URLSearchParams(location.search).get('q');
      if (q !== null && q !== input.value) input.value = q;
    }
    this.update();
  }

  private update(): void {
    const query = this.input.value;
    if (this.mode === 'page') this.syncAddress(query);
    if (query.trim() === '') {
      this.order.cancel();
      this.render(null, query);
      return;
    }
    const ticket = this.order.begin(() => this.say('Loading the search index…', true));
    loadEngine()
      .then((ready) => ready.search(query, LIMITS[this.mode]))
      .then(
        (results) => {
          if (ticket.settle()) this.render(results, query);
        },
        () => {
          if (!ticket.settle()) return;
          this.render(null, query);
          this.showMessage('Search is unavailable: the index could not be loaded.');
          this.say('Search is unavailable: the index could not be loaded.', true);
        },
      );
  }

  private syncAddress(query: string): void {
    const url = query.trim() === '' ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
    if (`${location.pathname}${location.search}` !== url) history.replaceState(history.state, '', url);
    document.title = query.trim() === '' ? this.baseTitle : `“${query.trim()}” · ${this.baseTitle}`;
  }

  private render(results: SearchResults | null, query: string): void {
    this.options = [];
    this.setActive(-1);
    this.listbox.replaceChildren();
    this.shownQuery = results ? query : null;
    if (this.browse) this.browse.hidden = results !== null;
    if (!results) {
      this.showMessage(null);
      this.setOpen(false);
      this.say('', true);
      return;
    }
    const idBase = this.listbox.id;
    const group = (label: string, count: number, hits: Array<ClaimHit | PassageHit>) => {
      if (hits.length === 0) return;
      const element = document.createElement('div');
      element.setAttribute('role', 'group');
      element.className = 'search-group';
      const heading = document.createElement('div');
      heading.id = `${idBase}-${label.toLowerCase()}`;
      heading.className = 'search-group-label';
      heading.setAttribute('role', 'presentation');
      const of = `${results.capped ? 'about ' : ''}${count.toLocaleString('en')}`;
      heading.textContent = hits.length < count ? `${label} (${hits.length} of ${of})` : `${label} (${count})`;
      element.setAttribute('aria-labelledby', heading.id);
      element.append(heading);
      for (const hit of hits) element.append(this.option(hit.kind === 'claim' ? claimContent(hit) : passageContent(hit), hit.kind === 'claim' ? hit.url : landingUrl(hit), hit.kind));
      this.listbox.append(element);
    };
    group('Claims', results.totalClaims, results.claims);
    group('Passages', results.totalPassages, results.passages);
    const total = results.totalClaims + results.totalPassages;
    if (this.mode === 'dropdown' && total > 0) {
      const all = document.createElement('div');
      all.className = 'search-group search-all';
      const content = document.createElement('span');
      content.className = 'search-option-title';
      content.textContent = `See all results for “${query.trim()}”`;
      all.append(this.option([content], `/search/?q=${encodeURIComponent(query)}`, 'all'));
      this.listbox.append(all);
    }
    const count = `${results.capped ? 'About ' : ''}${plural(results.totalClaims, 'claim', 'claims')} and ${plural(results.totalPassages, 'passage', 'passages')}`;
    const note = results.partial ? ' No result has every word; these have some of them.' : '';
    const summary =
      total === 0
        ? `No claim or passage matches “${query.trim()}”. Check the spelling, or try fewer words.`
        : `${count} for “${query.trim()}”${results.capped ? ', best first' : ''}.${note}`;
    this.showMessage(total === 0 ? summary : results.partial ? note.trim() : null);
    this.setOpen(total > 0 || this.mode === 'dropdown');
    this.say(summary, false);
  }

  private option(content: Node[], href: string, kind: string): HTMLElement {
    const element = document.createElement('a');
    element.href = href;
    element.tabIndex = -1;
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
    element.id = `${this.listbox.id}-${this.options.length}`;
    element.className = `search-option search-option-${kind}`;
    element.append(...content);
    element.addEventListener('mousemove', () => {
      const index = this.options.findIndex((o) => o.element === element);
      if (index !== this.active) this.setActive(index, false);
    });
    this.options.push({ element, href });
    return element;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.options.length === 0) return;
        event.preventDefault();
        if (!this.open) {
          this.setOpen(true);
          this.setActive(event.key === 'ArrowDown' ? 0 : this.options.length - 1);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const n = this.options.length;
        this.setActive(this.active === -1 ? (step === 1 ? 0 : n - 1) : (this.active + step + n) % n);
        return;
      }
      case 'Enter': {
        const chosen = this.options[this.active];
        if (this.open && chosen) {
          event.preventDefault();
          this.setOpen(false);
          location.assign(chosen.href);
        } else if (this.mode === 'page') {
          event.preventDefault(); // results are already on the page
          if (this.shownQuery !== this.input.value) this.update();
        }
        return;
      }
      case 'Escape': {
        event.preventDefault();
        if (this.mode === 'dropdown' && this.open) this.setOpen(false);
        else if (this.active !== -1) this.setActive(-1);
        else if (this.input.value !== '') {
          this.input.value = '';
          this.update();
        }
        return;
      }
      default:
    }
  }

  private setActive(index: number, scroll = true): void {
    this.options[this.active]?.element.setAttribute('aria-selected', 'false');
    this.active = index;
    const current = this.options[index];
    if (current) {
      current.element.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', current.element.id);
      if (scroll) current.element.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private setOpen(open: boolean): void {
    const visible = open && (this.options.length > 0 || (this.message !== null && !this.message.hidden));
    this.open = visible;
    if (this.popup) this.popup.hidden = !visible;
    this.listbox.hidden = this.mode === 'page' ? this.options.length === 0 : false;
    this.input.setAttribute('aria-expanded', String(visible && this.options.length > 0));
    if (!visible) this.setActive(-1);
  }

  private showMessage(text: string | null): void {
    if (!this.message) return;
    this.message.textContent = text ?? '';
    this.message.hidden = text === null;
  }

  /** The live region: at once for state changes, after a pause for result counts. */
  private say(text: string, now: boolean): void {
    window.clearTimeout(this.announceTimer);
    if (!this.status) return;
    if (now) this.status.textContent = text;
    else this.announceTimer = window.setTimeout(() => this.status && (this.status.textContent = text), ANNOUNCE_DELAY);
  }
}

/** Text with <mark>s, built from text nodes only. */
function markedNodes(value: Marked): Node[] {
  const nodes: Node[] = [];
  if (value.cutStart) nodes.push(document.createTextNode('…'));
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start > at) nodes.push(document.createTextNode(value.text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = value.text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  if (at < value.text.length) nodes.push(document.createTextNode(value.text.slice(at)));
  if (value.cutEnd) nodes.push(document.createTextNode('…'));
  return nodes;
}

function span(className: string, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(...children);
  return element;
}

function claimContent(hit: ClaimHit): Node[] {
  const meta = span(
    'search-option-meta',
    `${hit.topic} · `,
    ...markedNodes(hit.speaker),
    ` · reported by ${hit.sources} of ${hit.articleCount}`,
    ...(hit.figure ? [` · ${hit.figure}`] : []),
  );
  const content: Node[] = [span('search-option-title', ...markedNodes(hit.statement)), meta];
  if (hit.quote) content.push(span('search-option-quote', '“', ...markedNodes(hit.quote), '” ', span('search-option-source', `— ${hit.quote.outlet}`)));
  return content;
}

function passageContent(hit: PassageHit): Node[] {
  const meta = span('search-option-meta', ...markedNodes(hit.title), ` · ${hit.outlet}`);
  if (hit.section) meta.append(' · ', ...markedNodes(hit.section));
  // A dek line's number is negative (searchRecords.ts): -1 is dek line 1.
  meta.append(hit.paragraph < 0 ? ` · dek ${-hit.paragraph}` : ` · ¶${hit.paragraph}`);
  return [span('search-option-title search-option-excerpt', ...markedNodes(hit.excerpt)), meta];
}
