/**
 * The inline <head> script that applies a stored theme and a stored "highlights off" before first
 * paint (no flash), and marks <html data-js> so controls that need JavaScript are laid out from the
 * first paint (no layout shift when their script runs). It is shared as a string so the CSP hash in
 * astro.config.mjs is computed from the very same text.
 */
export const themeInitScript =
  "(function(d){d.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t;if(localStorage.getItem('highlights')==='off')d.dataset.highlights='off'}catch(e){}})(document.documentElement)";
