/**
 * Progressive enhancement for deep links; every control is a plain link without it.
 * - A link to a place (a paragraph's or section's own link, a claim's number, any
 *   `a[data-copy-link]`): following it also copies its absolute URL, with a visible notice. The
 *   links repeated on every paragraph and claim are found by their class, so the article page
 *   does not carry an attribute on each of them.
 * - A link to an id that is not on the page (an old paragraph number, a removed claim row) gets a
 *   visible notice instead of silently landing at the top.
 * - Printing opens the comparison details so quotes print with the article.
 */

let timer = 0;
function announce(message: string): void {
  const status = document.getElementById('link-status');
  if (!status) return;
  status.textContent = message;
  status.hidden = false;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (status.hidden = true), 4000);
}

const COPY_LINKS = 'a[data-copy-link],a.para-link,a.heading-link,a.row-number';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(COPY_LINKS);
  if (!link) return;
  const url = link.href;
  navigator.clipboard?.writeText(url).then(
    () => announce(`Link copied: ${url}`),
    () => announce(`Link: ${url}`),
  );
});

function checkTarget(): void {
  const notice = document.getElementById('missing-target');
  if (!notice) return;
  let id = location.hash.slice(1).split(':~:')[0] ?? '';
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape is just a missing id.
  }
  notice.hidden = id === '' || document.getElementById(id) !== null;
  const name = notice.querySelector('code');
  if (name) name.textContent = `#${id}`;
}

checkTarget();
window.addEventListener('hashchange', checkTarget);

let closedBeforePrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  closedBeforePrint = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const details of closedBeforePrint) details.open = true;
});
window.addEventListener('afterprint', () => {
  for (const details of closedBeforePrint) details.open = false;
});
