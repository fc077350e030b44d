/**
 * The highlights switch, remembered: a click stores the choice and sets html[data-highlights]
 * (the head script applies a stored "off" before first paint). Without JavaScript the links
 * still work through :target (see global.css).
 */
import { storeChoice } from './storedChoice.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-highlights-switch]');
  if (!link) return;
  event.preventDefault();
  const off = link.dataset['highlightsSwitch'] === 'off';
  if (off) document.documentElement.dataset['highlights'] = 'off';
  else delete document.documentElement.dataset['highlights'];
  storeChoice('highlights', off ? 'off' : null);
  // A hash left by the script-free switch would otherwise keep its state.
  if (/^#highlights-o/u.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  document.querySelector<HTMLAnchorElement>(`a[data-highlights-switch=${off ? 'on' : 'off'}]`)?.focus();
});
