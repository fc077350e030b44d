/**
 * decodeArticleSource: the raw bytes of an article file → its text and its provenance record.
 *
 * Files must be UTF-8 (a leading BOM is allowed and dropped). Invalid bytes are rejected with
 * their byte offset rather than replaced, because a replacement character would silently change
 * what a quote can match. The sha256 is of the bytes exactly as received.
 */
import { createHash } from 'node:crypto';
import { ContentError } from '../contentError.ts';

/** Larger files are rejected: a news article is tens of kilobytes; megabytes mean a wrong file. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** C0 and C1 control characters other than tab and line breaks: never text, often corruption. */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export interface ArticleSource {
  file: string;
  bytes: number;
  sha256: string;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let codePoint = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (c & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function describeSource(file: string, bytes: Uint8Array): ArticleSource {
  return { file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Decodes UTF-8 (dropping one leading BOM). Throws a ContentError naming the file and the place
 * for: a file over `maxBytes` (MAX_ARTICLE_BYTES for a text file), an invalid byte (with its offset), a control character
 * such as NUL (with its line and column).
 */
export function decodeArticleText(file: string, bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new ContentError({
      file,
      message: `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an article file may be at most ${maxBytes / 1024 / 1024} MB.`,
      hint: 'Check that this is one article and not a whole page dump or a binary file; split it or trim it to the article.',
    });
  }
  const offset = firstInvalidUtf8Offset(bytes);
  if (offset !== -1) {
    const line = 1 + bytes.subarray(0, offset).filter((b) => b === 0x0a).length;
    throw new ContentError({
      file,
      line,
      byteOffset: offset,
      message: `The file is not valid UTF-8: byte 0x${(bytes[offset] as number).toString(16).padStart(2, '0')} at offset ${offset} cannot be decoded.`,
      hint: 'Re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`), then check the text against the source page.',
    });
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const control = controlCharacter.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split(/\r\n|\r|\n/u).length;
    const column = control.index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    const code = (control[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    throw new ContentError({
      file,
      line,
      message: `Control character U+${code} at line ${line}, column ${column}: it is not text (the file may be corrupted or binary).`,
      hint: 'Remove the character, then compare the text with the source page.',
    });
  }
  return text;
}
