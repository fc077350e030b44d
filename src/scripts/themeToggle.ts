/**
 * The theme switch cycles auto → light → dark and remembers the choice in localStorage. The
 * choice is applied before first paint by the inline script in BaseLayout's <head> (which only
 * ever sets data-theme to light or dark), so a stored dark theme never flashes light.
 */
import { storeChoice } from './storedChoice.ts';

const root = document.documentElement;
const next: Record<string, string> = { auto: 'light', light: 'dark', dark: 'auto' };
const button = document.getElementById('theme-toggle');
if (button) {
  button.textContent = `Theme: ${root.dataset['theme'] ?? 'auto'}`;
  button.addEventListener('click', () => {
    const choice = next[root.dataset['theme'] ?? 'auto'] ?? 'auto';
    if (choice === 'auto') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
    storeChoice('theme', choice === 'auto' ? null : choice);
    button.textContent = `Theme: ${choice}`;
  });
}
