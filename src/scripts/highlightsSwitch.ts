/**
 * The highlights switch, remembered: a click stores the choice and sets html[data-highlights]
 * (the head script applies a stored "off" before first paint). Without JavaScript the links
 * still work through :target (see global.css).
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-highlights-switch]');
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  const off = link.dataset['highlightsSwitch'] === 'off';
  const root = document.documentElement;
  if (off) root.dataset['highlights'] = 'off';
  else delete root.dataset['highlights'];
  try {
    if (off) localStorage.setItem('highlights', 'off');
    else localStorage.removeItem('highlights');
  } catch {
    // Storage refused (private mode): the switch still works for this page.
  }
  // A hash left by the script-free switch would otherwise keep its state.
  if (location.hash === '#highlights-off' || location.hash === '#highlights-on') history.replaceState(null, '', location.pathname + location.search);
  document.querySelector<HTMLAnchorElement>(`a[data-highlights-switch="${off ? 'on' : 'off'}"]`)?.focus();
});
