/**
 * escapeXml: text as XML character data or an attribute value. The five characters that would end
 * or open markup become entities; the control characters XML 1.0 forbids even as entities are
 * dropped (the text may be an article's, which is untrusted).
 */
export const escapeXml = (text: string): string =>
  text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, '');
