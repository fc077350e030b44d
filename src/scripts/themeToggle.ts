/**
 * The theme switch cycles auto → light → dark and remembers the choice in localStorage. The
 * choice is applied before first paint by the inline script in BaseLayout's <head>, so a stored
 * dark theme never flashes light.
 */
type Choice = 'auto' | 'light' | 'dark';
const order: Choice[] = ['auto', 'light', 'dark'];

function current(): Choice {
  const theme = document.documentElement.dataset['theme'];
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

function apply(choice: Choice, button: HTMLButtonElement): void {
  if (choice === 'auto') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = choice;
  try {
    if (choice === 'auto') localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
  button.textContent = `Theme: ${choice}`;
}

const button = document.getElementById('theme-toggle');
if (button instanceof HTMLButtonElement) {
  button.textContent = `Theme: ${current()}`;
  button.addEventListener('click', () => {
    apply(order[(order.indexOf(current()) + 1) % order.length] as Choice, button);
  });
}
