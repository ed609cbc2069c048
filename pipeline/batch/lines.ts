/** One line of a byte stream. */
export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line's bytes without `\n` or a trailing `\r`; `null` when the line is longer than the limit (then it was not kept). */
  readonly bytes: Buffer | null;
  /** Bytes the line took in the stream, its `\n` included. */
  readonly size: number;
  /** False for a last line that has no `\n` (possibly cut short). */
  readonly terminated: boolean;
}

/**
 * Splits a byte stream into lines as it arrives, never holding more than one line plus one chunk.
 * A line longer than `maxLineBytes` is skipped over (its bytes dropped as they come) and reported
 * with `bytes: null`, so a huge or binary input cannot grow memory.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let kept = 0;
  let size = 0;
  let over = false;
  let number = 0;
  const take = (piece: Buffer): void => {
    size += piece.length;
    if (over) return;
    if (kept + piece.length > maxLineBytes) {
      over = true;
      parts = [];
      kept = 0;
      return;
    }
    if (piece.length > 0) parts.push(piece);
    kept += piece.length;
  };
  const emit = (terminated: boolean): Line => {
    number += 1;
    let bytes: Buffer | null = null;
    if (!over) {
      bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line: Line = { number, bytes, size: size + (terminated ? 1 : 0), terminated };
    parts = [];
    kept = 0;
    size = 0;
    over = false;
    return line;
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, pos);
      if (nl < 0) {
        if (pos < chunk.length) take(chunk.subarray(pos));
        break;
      }
      take(chunk.subarray(pos, nl));
      yield emit(true);
      pos = nl + 1;
    }
  }
  if (size > 0 || over) yield emit(false);
}

/** True when the bytes are only spaces, tabs and carriage returns (a blank JSONL line). */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
