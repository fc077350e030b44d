/**
 * decodeArticleSource: the raw bytes of an article file → its text and its provenance record.
 *
 * Files must be UTF-8 (a leading BOM is allowed and dropped). Invalid bytes are rejected with
 * their byte offset rather than replaced, because a replacement character would silently change
 * what a quote can match. The sha256 is of the bytes exactly as received.
 */
import { createHash } from 'node:crypto';
import { ContentError } from './contentError.ts';

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

/** Decodes UTF-8 (dropping one leading BOM); throws a ContentError naming the bad byte. */
export function decodeArticleText(file: string, bytes: Uint8Array): string {
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
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}
