import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rename, stat, truncate, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { ArticleInput } from '../../schemas/article.js';
import { ErrorCodeSchema, type ErrorCode } from '../../schemas/error.js';
import type { SourceEntry } from '../../schemas/source.js';
import { PIPELINE_VERSION } from '../version.js';
import { splitLines, type Line } from './lines.js';
import { endStream } from './write-stream.js';

export const RUN_STATE_SCHEMA = 'isnad/run-state@1';

/** An article a previous run completed: where its claims end in the partial output, and what it gave. */
export interface DoneRecord {
  readonly id: string;
  /** Content hash of the article: of its record line (`recordHash`), or of the article read from a text file (`articleHash`). */
  readonly hash: string;
  /** Byte offset in the partial output just after this article's claims. */
  readonly end: number;
  readonly numeric: number;
  readonly quote: number;
  /** The error that replaced the article (stage-failed or fatal), re-reported on resume. */
  readonly error?: { readonly code: ErrorCode; readonly message: string };
}

/** The partial output while a run is going on: `FILE.partial`. */
export function partialPath(output: string): string {
  return `${output}.partial`;
}

/** The sidecar listing completed articles, one JSON line each, after a header line. */
export function donePath(output: string): string {
  return `${output}.partial.done`;
}

/** What an article's output depends on besides the pipeline: its record, every field in a fixed order (articles that did not come as a JSONL line; see `recordHash`). */
export function articleHash(article: ArticleInput): string {
  const canonical = JSON.stringify([
    article.id,
    article.text,
    article.title ?? null,
    article.url ?? null,
    article.outlet ?? null,
    article.lang ?? null,
    article.version ?? null,
    article.publishedAt ?? null,
  ]);
  return sha256Hex(canonical).slice(0, 32);
}

/**
 * The content hash of an article that came as a JSONL record line: the line's own bytes. The same
 * line gives the same hash, and any change to the record changes it; hashing the bytes as read
 * skips re-serializing the parsed record (`articleHash`), which cost ~25 ms a MB of input against
 * ~1.3 ms (bench articles, 20 MB: 166-225 ms against 23-33 ms). A record that was only reformatted
 * (other whitespace, keys in another order) counts as changed, and a resumed run processes it again.
 */
export function recordHash(line: Uint8Array): string {
  return sha256Hex(line).slice(0, 32);
}

/** SHA-256 in hex; one-shot `crypto.hash` (Node >= 20.12, no Hash object) when there is one, same digest. */
const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'hex') : (data) => createHash('sha256').update(data).digest('hex');

/** What the whole run's output depends on: a resumed run must have the same. */
export function runFingerprint(sources: readonly SourceEntry[] | undefined): { pipeline: string; sources: string } {
  return {
    pipeline: PIPELINE_VERSION,
    sources: createHash('sha256').update(JSON.stringify(sources ?? [])).digest('hex').slice(0, 32),
  };
}

/**
 * Where claims go. `match` is asked, in input order, about each article before it is processed:
 * it returns the previous run's record when the article is the next one the partial output
 * already holds (same id, same content hash), and null otherwise; from the first null on, the
 * sink has `settle`d: it cut the partial output back to the last matched article and appends
 * from there. So a resumed run writes exactly what an uninterrupted run writes.
 */
export interface OutputSink {
  /** True when completed articles are tracked (output to a file), so articles need a content hash. */
  readonly tracksDone: boolean;
  /** True while a previous run's partial output is still being matched (`match` may return a record). */
  readonly matching: boolean;
  match(id: string, hash: string): Promise<DoneRecord | null>;
  /** Stops matching and makes the sink ready to append (idempotent). */
  settle(): Promise<void>;
  /** Appends claims (text, or its UTF-8 bytes), then the records of the articles they belong to. */
  write(claims: string | Uint8Array, done: readonly DoneRecord[]): Promise<void>;
  /** Current size of the output in bytes. */
  readonly offset: number;
  /** The run completed: flush, and for a file, rename it into place. */
  finish(): Promise<void>;
  /** The run failed: flush and close what is open, leave the partial files for `--resume`. */
  abort(): Promise<void>;
}

/** Output to a stream (standard output): no resume, nothing renamed. */
export function streamSink(stream: Writable, write: (stream: Writable, data: string | Uint8Array) => Promise<void>): OutputSink {
  let offset = 0;
  return {
    tracksDone: false,
    matching: false,
    async match() {
      return null;
    },
    async settle() {},
    async write(claims) {
      offset += typeof claims === 'string' ? Buffer.byteLength(claims) : claims.length;
      await write(stream, claims);
    },
    get offset() {
      return offset;
    },
    async finish() {},
    async abort() {},
  };
}

export interface FileSinkOptions {
  readonly output: string;
  readonly resume: boolean;
  readonly sources?: readonly SourceEntry[];
  /** Told why a previous partial run could not be resumed. */
  readonly onNotice?: (message: string) => void;
  readonly write: (stream: Writable, data: string | Uint8Array) => Promise<void>;
}

/** Output to `FILE` through `FILE.partial` and its sidecar, renamed into place when the run completes. */
export async function fileSink(options: FileSinkOptions): Promise<OutputSink> {
  const partial = partialPath(options.output);
  const sidecar = donePath(options.output);
  await mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
  const fingerprint = runFingerprint(options.sources);
  const header = `${JSON.stringify({ schema: RUN_STATE_SCHEMA, ...fingerprint })}\n`;

  const opened = options.resume ? await openPrevious(partial, sidecar, fingerprint, options.onNotice) : null;
  let previous: AsyncGenerator<Line> | null = opened?.lines ?? null;
  const partialSize = opened?.partialSize ?? 0;
  let matchedEnd = 0;
  let sidecarOffset = opened?.headerSize ?? 0;
  let settled = false;
  let out: WriteStream | null = null;
  let done: WriteStream | null = null;
  let offset = 0;
  let streamError: Error | null = null;
  const watch = (stream: WriteStream): WriteStream => stream.on('error', (err) => (streamError ??= err));

  const settle = async (): Promise<void> => {
    if (settled) return;
    settled = true;
    if (previous) {
      await previous.return(undefined);
      previous = null;
      await truncate(partial, matchedEnd);
      await truncate(sidecar, sidecarOffset);
      out = watch(createWriteStream(partial, { flags: 'a' }));
      done = watch(createWriteStream(sidecar, { flags: 'a' }));
    } else {
      out = watch(createWriteStream(partial, { flags: 'w' }));
      done = watch(createWriteStream(sidecar, { flags: 'w' }));
      done.write(header);
    }
    offset = matchedEnd;
  };

  const closeAll = async (): Promise<void> => {
    await Promise.all([out, done].map((s) => (s ? endStream(s) : undefined)));
  };

  return {
    tracksDone: true,
    get matching() {
      return !settled && previous !== null;
    },
    async match(id, hash) {
      if (settled || !previous) {
        await settle();
        return null;
      }
      const next = await previous.next();
      const record = next.done ? null : parseDone(next.value, matchedEnd, partialSize);
      if (record && record.id === id && record.hash === hash) {
        matchedEnd = record.end;
        sidecarOffset += next.done ? 0 : next.value.size;
        return record;
      }
      await settle();
      return null;
    },
    settle,
    async write(claims, records) {
      await settle();
      let text = '';
      for (const r of records) text += `${JSON.stringify(r)}\n`;
      if (streamError) throw streamError;
      offset += typeof claims === 'string' ? Buffer.byteLength(claims) : claims.length;
      await options.write(out!, claims);
      await options.write(done!, text);
    },
    get offset() {
      return offset;
    },
    async finish() {
      await settle();
      await closeAll();
      if (streamError) throw streamError;
      const handle = await open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, options.output);
      await unlink(sidecar).catch(() => undefined);
    },
    async abort() {
      await closeAll().catch(() => undefined);
    },
  };
}

/** Opens the previous run's sidecar past its header, or returns null (with a notice) when it cannot be resumed. */
async function openPrevious(
  partial: string,
  sidecar: string,
  fingerprint: { pipeline: string; sources: string },
  onNotice: ((message: string) => void) | undefined,
): Promise<{ lines: AsyncGenerator<Line>; partialSize: number; headerSize: number } | null> {
  const size = await stat(partial).then((s) => s.size, () => -1);
  const hasSidecar = await stat(sidecar).then(() => true, () => false);
  if (size < 0 || !hasSidecar) {
    onNotice?.('--resume: no partial output to resume; starting from the beginning');
    return null;
  }
  const lines = splitLines(createReadStream(sidecar, { highWaterMark: 256 * 1024 }), 1024 * 1024);
  const first = await lines.next();
  let ok = false;
  if (!first.done && first.value.terminated && first.value.bytes) {
    try {
      const h = JSON.parse(first.value.bytes.toString('utf8')) as Record<string, unknown>;
      ok = h.schema === RUN_STATE_SCHEMA && h.pipeline === fingerprint.pipeline && h.sources === fingerprint.sources;
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    await lines.return(undefined);
    onNotice?.('--resume: the partial output was made by another pipeline version or source registry; starting from the beginning');
    return null;
  }
  return { lines, partialSize: size, headerSize: first.done ? 0 : first.value.size };
}

/** A sidecar line, if it is whole, well-formed and consistent with what precedes it. */
function parseDone(line: Line, previousEnd: number, partialSize: number): DoneRecord | null {
  if (!line.terminated || !line.bytes) return null;
  let value: unknown;
  try {
    value = JSON.parse(line.bytes.toString('utf8'));
  } catch {
    return null;
  }
  const r = value as Partial<DoneRecord>;
  if (typeof r !== 'object' || r === null) return null;
  if (typeof r.id !== 'string' || typeof r.hash !== 'string') return null;
  if (!Number.isSafeInteger(r.end) || r.end! < previousEnd || r.end! > partialSize) return null;
  if (!Number.isSafeInteger(r.numeric) || !Number.isSafeInteger(r.quote)) return null;
  if (r.error !== undefined && (!ErrorCodeSchema.safeParse(r.error.code).success || typeof r.error.message !== 'string')) return null;
  return r as DoneRecord;
}
