/**
 * Progressive enhancement for deep links; every control is a plain link without it.
 * - `a[data-copy-link]`: following the link also copies its absolute URL, with a visible notice.
 * - A link to an id that is not on the page (an old paragraph number, a removed claim row) gets a
 *   visible notice instead of silently landing at the top.
 * - Printing opens the comparison details so quotes print with the article.
 */

function announce(message: string): void {
  const status = document.getElementById('link-status');
  if (!status) return;
  status.textContent = message;
  status.hidden = false;
  window.clearTimeout(Number(status.dataset['timer'] ?? 0));
  status.dataset['timer'] = String(window.setTimeout(() => (status.hidden = true), 4000));
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = link.href;
  navigator.clipboard?.writeText(url).then(
    () => announce(`Link copied: ${url}`),
    () => announce(`Link: ${url}`),
  );
});

function checkTarget(): void {
  const notice = document.getElementById('missing-target');
  if (!notice) return;
  const raw = location.hash.slice(1).split(':~:')[0] ?? '';
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape is just a missing id.
  }
  const missing = id !== '' && document.getElementById(id) === null;
  notice.hidden = !missing;
  if (missing) {
    const name = notice.querySelector('[data-missing-id]');
    if (name) name.textContent = `#${id}`;
  }
}

checkTarget();
window.addEventListener('hashchange', checkTarget);

const closedBeforePrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    closedBeforePrint.push(details);
  }
});
window.addEventListener('afterprint', () => {
  for (const details of closedBeforePrint.splice(0)) details.open = false;
});
