import { describe, expect, it } from 'vitest';
import { decodeArticleText, describeSource, firstInvalidUtf8Offset } from '../../../src/lib/articles/decodeArticleSource.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleSource', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeArticleText('a.txt', bytes(0xef, 0xbb, 0xbf, ...utf8('Hé… 한국')))).toBe('Hé… 한국');
  });

  it('finds the first invalid byte', () => {
    expect(firstInvalidUtf8Offset(utf8('ok ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xff))).toBe(1);
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe2, 0x80))).toBe(1); // truncated sequence
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0); // surrogate
  });

  it('rejects invalid UTF-8 naming the file, line and byte offset', () => {
    expect(() => decodeArticleText('content/articles/x.txt', bytes(...utf8('line one\nline '), 0x93, 0x41))).toThrow(
      /content\/articles\/x\.txt:2 \(byte 14\): The file is not valid UTF-8: byte 0x93 at offset 14/,
    );
  });

  it('hashes the raw bytes', () => {
    expect(describeSource('a.txt', utf8('abc'))).toEqual({
      file: 'a.txt',
      bytes: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });
});
