/**
 * The inline <head> script that applies a stored theme before first paint (no flash). It is
 * shared as a string so the CSP hash in astro.config.mjs is computed from the very same text.
 */
export const themeInitScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
