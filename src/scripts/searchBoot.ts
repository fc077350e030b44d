/**
 * searchBoot: the only search code a page loads up front. It gives each search box its ARIA
 * combobox roles (without JavaScript it is a plain search field in a GET form), waits for the
 * first focus of a box (or "/" pressed outside a text field), and only then imports the search
 * module, which fetches the index. On /search/?q=… the page is the search, so it loads at once.
 *
 * The modules are imported by URL (src/integrations/moduleUrl.ts), not by path: an `import()` the
 * bundler sees brings in Vite's preload helper, which would more than double this file on every
 * page for nothing to preload.
 */
import searchUiUrl from './searchUi.ts?module-url';
import searchLandingUrl from './searchLanding.ts?module-url';

type SearchUi = typeof import('./searchUi.ts');

let loading: Promise<SearchUi> | null = null;
const load = (): Promise<SearchUi> => {
  loading ??= (import(/* @vite-ignore */ searchUiUrl) as Promise<SearchUi>).catch((error: unknown) => {
    loading = null; // try again on the next focus
    throw error;
  });
  return loading;
};

const inputs = [...document.querySelectorAll<HTMLInputElement>('input[data-search]')];
for (const input of inputs) {
  const listbox = document.getElementById(input.dataset['listbox'] ?? '');
  if (!listbox) continue;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-autocomplete', 'list');
}
const activate = (input: HTMLInputElement) => {
  load().then(
    (ui) => ui.activate(input),
    () => {
      const status = document.getElementById(input.dataset['status'] ?? '');
      if (status) status.textContent = 'Search could not be loaded. Press Enter to search on the search page.';
    },
  );
};

for (const input of inputs) {
  input.addEventListener('focus', () => activate(input));
}

const pageInput = inputs.find((input) => input.dataset['search'] === 'page');
if (pageInput && new URLSearchParams(location.search).get('q')) activate(pageInput);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
  const box = pageInput ?? inputs[0];
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// Landing from a search result (/articles/<slug>/?hl=…#p-12): the module that marks the words
// loads only then, so no other page view runs it.
if (new URLSearchParams(location.search).has('hl')) void import(/* @vite-ignore */ searchLandingUrl);
