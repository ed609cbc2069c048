import type { ErrorCode } from '../../schemas/error.js';

/** What the bytes of one article turned out to be. */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: Extract<ErrorCode, 'invalid-utf8' | 'binary-file' | 'empty-input' | 'too-large'>; readonly message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns the bytes of a plain-text article into its text, or says why it is not one. Checks, in
 * order: empty, over `maxBytes`, NUL bytes (binary), UTF-8, then whitespace only. A leading BOM is
 * dropped (spans point into the text without it).
 */
export function decodeArticleBytes(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty-input', message: 'the input is empty' };
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, code: 'binary-file', message: `NUL byte at offset ${nul}: not a text file` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: 'invalid-utf8', message: `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)})` };
  }
  return checkArticleText(stripBom(text));
}

/** The checks a decoded text (a file's, or a JSONL record's) must pass. */
export function checkArticleText(text: string): Decoded {
  if (text.trim() === '') return { ok: false, code: 'empty-input', message: 'the article text is empty or only whitespace' };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, code: 'binary-file', message: `NUL character at offset ${nul}: not a text article` };
  return { ok: true, text };
}

export function tooLarge(size: number, maxBytes: number): Decoded {
  return { ok: false, code: 'too-large', message: tooLargeMessage(size, maxBytes) };
}

export function tooLargeMessage(size: number, maxBytes: number): string {
  return `${size} bytes, over the --max-bytes limit of ${maxBytes}`;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (for the error message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    if (need > 0) {
      if (i + need >= bytes.length) return i;
      try {
        utf8.decode(bytes.subarray(i, i + need + 1));
      } catch {
        return i;
      }
    }
    i += need + 1;
  }
  return bytes.length;
}
