/**
 * JSONL record lines processed where the CPU work is: the main thread packs the raw lines of a
 * batch into one buffer (transferred to a worker thread, not copied), and the worker parses,
 * validates, hashes and runs the pipeline on each, returning an article's outcome or the error
 * record that replaces the line (process-records.ts). Ids are checked for duplicates by the
 * caller, in input order.
 */
import type { ErrorRecord } from '../../schemas/error.js';
import type { ArticleOutcome } from './outcome.js';
import type { RecordItem } from './read-articles.js';

/** The raw lines of one batch, packed: record `i` is `bytes[ends[i - 1] ?? 0 .. ends[i]]`. */
export interface RecordBatch {
  /** Input name of each record. */
  readonly inputs: readonly string[];
  /** 1-based line number of each record. */
  readonly lines: readonly number[];
  readonly ends: readonly number[];
  /** All lines back to back, over an ArrayBuffer of their own (so it can be transferred). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Whether each article's content hash is wanted (output to a file tracks completed articles). */
  readonly hash: boolean;
}

/**
 * What became of one record line: the error record that replaces it, its article's outcome, or
 * `failed`: the executor lost it (a worker thread died), and the runner, which still has the line,
 * reports it as its parse error or its article as `stage-failed` with this message. An article's
 * claims are JSONL text, or its UTF-8 bytes once they crossed a thread (see `packOutcomes`).
 */
export type RecordOutcome =
  | { readonly kind: 'rejected'; readonly error: ErrorRecord }
  | (ArticleResultOf<string | Uint8Array> & { readonly kind: 'article' })
  | { readonly kind: 'failed'; readonly message: string };

/** An article's outcome with its id, content hash (when asked for) and claims in the form `J`. */
export interface ArticleResultOf<J> {
  readonly id: string;
  readonly hash?: string;
  /** Claim records, one a line, each ending in `\n`; empty when there are none or on error. */
  readonly jsonl: J;
  readonly numeric: number;
  readonly quote: number;
  readonly error?: ArticleOutcome['error'];
}

/** An article outcome as a record outcome. */
export function articleResult(id: string, hash: string | undefined, outcome: ArticleOutcome): RecordOutcome {
  return {
    kind: 'article',
    id,
    ...(hash !== undefined ? { hash } : {}),
    jsonl: outcome.jsonl,
    numeric: outcome.numeric,
    quote: outcome.quote,
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

/** Record outcomes as they cross a thread: the claims of all articles as one UTF-8 buffer (transferred), each article holding its byte count. */
export interface PackedOutcomes {
  readonly outcomes: readonly (Exclude<RecordOutcome, { kind: 'article' }> | (ArticleResultOf<number> & { readonly kind: 'article' }))[];
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** Packs outcomes for `postMessage` (transfer `bytes.buffer`): the main thread then never holds the claims as strings. */
export function packOutcomes(outcomes: readonly RecordOutcome[]): PackedOutcomes {
  // each article's claims encoded once (its byte count comes with it), then copied into a buffer
  // of their own (Buffer.from may hand out a slice of a shared pool, which cannot be transferred)
  const parts: Uint8Array[] = [];
  let size = 0;
  const packed: PackedOutcomes['outcomes'][number][] = [];
  for (const o of outcomes) {
    if (o.kind !== 'article') {
      packed.push(o);
      continue;
    }
    const bytes = claimBytes(o.jsonl);
    parts.push(bytes);
    size += bytes.length;
    packed.push({ ...o, jsonl: bytes.length });
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { outcomes: packed, bytes };
}

/**
 * Article outcomes with their claims as UTF-8 bytes rather than text: the writer then needs no
 * second pass over the text for byte offsets nor a copy to join it (one encoding per article, where
 * measuring, joining and encoding the text took twice as long).
 */
export function claimsAsBytes(outcomes: readonly RecordOutcome[]): RecordOutcome[] {
  return outcomes.map((o) => (o.kind === 'article' && typeof o.jsonl === 'string' && o.jsonl !== '' ? { ...o, jsonl: claimBytes(o.jsonl) } : o));
}

function claimBytes(jsonl: string | Uint8Array): Uint8Array {
  return typeof jsonl === 'string' ? Buffer.from(jsonl, 'utf8') : jsonl;
}

/** The outcomes `packOutcomes` packed, each article's claims a view into the one buffer. */
export function unpackOutcomes(packed: PackedOutcomes): RecordOutcome[] {
  let at = 0;
  return packed.outcomes.map((o) => {
    if (o.kind !== 'article') return o;
    const jsonl = packed.bytes.subarray(at, at + o.jsonl);
    at += o.jsonl;
    return { ...o, jsonl };
  });
}

/** Packs record lines into one buffer of their own. */
export function packRecords(records: readonly RecordItem[], hash: boolean): RecordBatch {
  let size = 0;
  for (const r of records) size += r.raw.length;
  const bytes = new Uint8Array(new ArrayBuffer(size));
  const ends: number[] = [];
  let at = 0;
  for (const r of records) {
    bytes.set(r.raw, at);
    at += r.raw.length;
    ends.push(at);
  }
  return { inputs: records.map((r) => r.input), lines: records.map((r) => r.line), ends, bytes, hash };
}
