/**
 * unusualCharacters: invisible and bidirectional-control characters in the article text.
 *
 * They are kept (the text stays exactly as received, and some are legitimate in Persian or in
 * emoji sequences) but listed in the cleaning report, because a reader cannot see them and they
 * can change how a line reads (a right-to-left override) or stop a quote from matching.
 */

export interface CharacterNote {
  line: number;
  kind: 'invisible' | 'bidi-control';
  /** Each distinct character as `U+XXXX NAME`, with its count. */
  characters: Array<{ codePoint: string; name: string; count: number }>;
}

const names: Record<number, [CharacterNote['kind'], string]> = {
  0x00ad: ['invisible', 'SOFT HYPHEN'],
  0x180e: ['invisible', 'MONGOLIAN VOWEL SEPARATOR'],
  0x200b: ['invisible', 'ZERO WIDTH SPACE'],
  0x200c: ['invisible', 'ZERO WIDTH NON-JOINER'],
  0x200d: ['invisible', 'ZERO WIDTH JOINER'],
  0x2060: ['invisible', 'WORD JOINER'],
  0xfeff: ['invisible', 'ZERO WIDTH NO-BREAK SPACE'],
  0x061c: ['bidi-control', 'ARABIC LETTER MARK'],
  0x200e: ['bidi-control', 'LEFT-TO-RIGHT MARK'],
  0x200f: ['bidi-control', 'RIGHT-TO-LEFT MARK'],
  0x202a: ['bidi-control', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['bidi-control', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['bidi-control', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['bidi-control', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['bidi-control', 'RIGHT-TO-LEFT OVERRIDE'],
  0x2066: ['bidi-control', 'LEFT-TO-RIGHT ISOLATE'],
  0x2067: ['bidi-control', 'RIGHT-TO-LEFT ISOLATE'],
  0x2068: ['bidi-control', 'FIRST STRONG ISOLATE'],
  0x2069: ['bidi-control', 'POP DIRECTIONAL ISOLATE'],
};

const pattern = new RegExp(`[${Object.keys(names).map((code) => `\\u${Number(code).toString(16).padStart(4, '0')}`).join('')}]`, 'gu');

export function findUnusualCharacters(lines: ReadonlyArray<{ line: number; text: string }>): CharacterNote[] {
  const notes: CharacterNote[] = [];
  for (const { line, text } of lines) {
    const counts = new Map<number, number>();
    for (const match of text.matchAll(pattern)) {
      const code = match[0].codePointAt(0) as number;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const kind of ['bidi-control', 'invisible'] as const) {
      const characters = [...counts]
        .filter(([code]) => names[code]?.[0] === kind)
        .sort(([a], [b]) => a - b)
        .map(([code, count]) => ({
          codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
          name: names[code]?.[1] ?? '',
          count,
        }));
      if (characters.length > 0) notes.push({ line, kind, characters });
    }
  }
  return notes;
}
