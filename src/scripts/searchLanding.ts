/**
 * searchLanding: after landing from a search result (/articles/<slug>/?hl=2,030+soldiers#p-12),
 * the result's matched words (as the result showed them, from searchEngine's `words`) are marked
 * in the paragraph it opened: whole words, any case, in text nodes only (the text is never
 * parsed as HTML). Imported by searchBoot.ts only when the address has `hl`.
 */
const landing = new URLSearchParams(location.search).get('hl');
const target = landing && location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const words = (landing ?? '').split(' ').filter(Boolean).slice(0, 20).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
if (target && words.length > 0) {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const node of texts) {
    const text = node.data;
    const parts: Node[] = [];
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(document.createTextNode(text.slice(at, match.index)));
      const mark = document.createElement('mark');
      mark.className = 'search-landing';
      mark.textContent = match[0];
      parts.push(mark);
      at = match.index + match[0].length;
    }
    if (at > 0) node.replaceWith(...parts, text.slice(at));
  }
}

export {};
