/**
 * textFragment: a URL fragment that makes supporting browsers scroll to and highlight a passage
 * of text (`#:~:text=start,end`), kept behind the element id so other browsers still land on it.
 *
 * Long passages use the first and last few words (textStart,textEnd) so the link stays short.
 * Characters with a meaning in the directive (`-`, `,`, `&`) are percent-encoded.
 */

const WORDS_EACH_SIDE = 4;

function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D').replace(/,/gu, '%2C').replace(/&/gu, '%26');
}

/** `#<anchor>:~:text=…` for the passage `quote`. */
export function textFragment(anchor: string, quote: string): string {
  const words = quote.trim().split(/\s+/u);
  const directive =
    words.length <= WORDS_EACH_SIDE * 2
      ? encodePart(words.join(' '))
      : `${encodePart(words.slice(0, WORDS_EACH_SIDE).join(' '))},${encodePart(words.slice(-WORDS_EACH_SIDE).join(' '))}`;
  return `#${anchor}:~:text=${directive}`;
}
