import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ArticleInputSchema, type ArticleInput } from '../../schemas/article.js';
import type { ErrorRecord } from '../../schemas/error.js';
import { checkArticleText, decodeArticleBytes, decodeUtf8, firstInvalidUtf8, stripBom, tooLargeMessage } from './decode.js';
import { errorRecord } from './errors.js';
import { errnoMessage, type InputSource } from './inputs.js';
import { isBlank, splitLines } from './lines.js';

/** One input as read: an article ready for the pipeline, or the error record that replaces it. */
export type InputItem =
  | { readonly kind: 'article'; readonly article: ArticleInput; readonly input: string; readonly line?: number; readonly bytes?: number }
  | { readonly kind: 'error'; readonly error: ErrorRecord; readonly bytes?: number };

/**
 * A JSONL record line not parsed yet (`parseRecordLine` turns it into an article or an error):
 * the batch runner has it parsed where the CPU work is, in a worker thread.
 */
export interface RecordItem {
  readonly kind: 'record';
  readonly input: string;
  /** 1-based line number. */
  readonly line: number;
  /** The line's bytes (without `\n` or a trailing `\r`); never longer than `maxBytes`. */
  readonly raw: Uint8Array;
  /** Bytes the line took in the input, its `\n` included. */
  readonly bytes: number;
}

export interface ReadOptions {
  readonly maxBytes: number;
  /** Standard input (default `process.stdin`). */
  readonly stdin?: Readable;
  /** Counts bytes as they are read (progress and stats). */
  readonly counter?: { bytes: number };
}

const CHUNK = 1024 * 1024;

/**
 * Reads the inputs in order and yields one item per input: a text file or standard input is one
 * article; a JSONL input is one item per non-blank line, read as a stream (never whole). A
 * repeated article id is a `duplicate-id` error (the first one wins).
 */
export async function* readArticles(sources: AsyncIterable<InputSource>, options: ReadOptions): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  for await (const raw of readInputs(sources, options)) {
    const item = raw.kind === 'record' ? { ...parseRecordLine(raw.input, raw.line, raw.raw, raw.bytes, options.maxBytes), bytes: raw.bytes } : raw;
    if (item.kind === 'article') {
      const id = item.article.id;
      if (seen.has(id)) {
        yield duplicateIdError(item.input, id, item.line, item.bytes);
        continue;
      }
      seen.add(id);
    }
    yield item;
  }
}

/** The error record of an article whose id an earlier input already used. */
export function duplicateIdError(input: string, id: string, line: number | undefined, bytes: number | undefined): InputItem & { kind: 'error' } {
  return {
    kind: 'error',
    ...(bytes !== undefined ? { bytes } : {}),
    error: errorRecord('duplicate-id', input, `article id \`${id}\` was already used by an earlier input`, {
      ...(line !== undefined ? { line } : {}),
      articleId: id,
    }),
  };
}

/**
 * `readArticles` without parsing JSONL lines and without the duplicate check: a JSONL line that
 * fits `maxBytes` comes as a `record` (the caller parses it and checks ids, in input order).
 */
export async function* readInputs(sources: AsyncIterable<InputSource>, options: ReadOptions): AsyncGenerator<InputItem | RecordItem> {
  const counter = options.counter ?? { bytes: 0 };
  for await (const source of sources) {
    if (source.kind === 'unreadable') {
      yield { kind: 'error', error: errorRecord('unreadable', source.name, source.message) };
      continue;
    }
    yield* source.format === 'jsonl' ? readJsonl(source, options, counter) : readText(source, options, counter);
  }
}

async function* readText(source: Exclude<InputSource, { kind: 'unreadable' }>, options: ReadOptions, counter: { bytes: number }): AsyncGenerator<InputItem> {
  let bytes: Buffer | null;
  let size = 0;
  const fail = (code: ErrorRecord['code'], message: string): InputItem => ({
    kind: 'error',
    error: errorRecord(code, source.name, message, { articleId: source.id }),
    bytes: size,
  });
  try {
    if (source.kind === 'stdin') {
      ({ bytes, size } = await readCapped(options.stdin ?? process.stdin, options.maxBytes));
    } else {
      const handle = await open(source.path, 'r');
      try {
        const info = await handle.stat();
        if (info.isFile() && info.size > options.maxBytes) {
          bytes = null;
          size = info.size;
        } else if (info.isFile()) {
          bytes = await handle.readFile();
          size = bytes.length;
        } else {
          ({ bytes, size } = await readCapped(handle.createReadStream({ highWaterMark: CHUNK, autoClose: false }), options.maxBytes));
        }
      } finally {
        await handle.close();
      }
    }
  } catch (err) {
    yield fail('unreadable', errnoMessage(err));
    return;
  }
  counter.bytes += size;
  if (bytes === null) {
    yield fail('too-large', tooLargeMessage(size, options.maxBytes));
    return;
  }
  const decoded = decodeArticleBytes(bytes, options.maxBytes);
  if (!decoded.ok) {
    yield fail(decoded.code, decoded.message);
    return;
  }
  yield { kind: 'article', article: { id: source.id, text: decoded.text }, input: source.name, bytes: size };
}

/** Reads a stream whole unless it exceeds `max` bytes; then keeps reading (to drain it) but keeps nothing. */
async function readCapped(stream: AsyncIterable<Uint8Array | string>, max: number): Promise<{ bytes: Buffer | null; size: number }> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw);
    size += chunk.length;
    if (size <= max) parts.push(chunk);
    else parts.length = 0;
  }
  return { bytes: size <= max ? Buffer.concat(parts, size) : null, size };
}

async function* readJsonl(source: Exclude<InputSource, { kind: 'unreadable' }>, options: ReadOptions, counter: { bytes: number }): AsyncGenerator<InputItem | RecordItem> {
  const stream = source.kind === 'stdin' ? (options.stdin ?? process.stdin) : createReadStream(source.path, { highWaterMark: CHUNK });
  let records = 0;
  let lastLine = 0;
  try {
    for await (const line of splitLines(stream, options.maxBytes)) {
      lastLine = line.number;
      counter.bytes += line.size;
      if (line.bytes !== null && isBlank(line.bytes)) continue;
      records += 1;
      if (line.bytes === null) yield { ...parseRecordLine(source.name, line.number, null, line.size, options.maxBytes), bytes: line.size };
      else yield { kind: 'record', input: source.name, line: line.number, raw: line.bytes, bytes: line.size };
    }
  } catch (err) {
    yield { kind: 'error', error: errorRecord('unreadable', source.name, errnoMessage(err), lastLine > 0 ? { line: lastLine + 1 } : {}) };
    return;
  } finally {
    if (source.kind !== 'stdin') (stream as ReturnType<typeof createReadStream>).destroy();
  }
  if (records === 0) yield { kind: 'error', error: errorRecord('empty-input', source.name, 'no article records in this JSONL input') };
}

/** One JSONL line to an article or an error record: size, bytes, UTF-8, JSON, schema, text. */
export function parseRecordLine(input: string, line: number, bytes: Uint8Array | null, size: number, maxBytes: number): InputItem {
  const fail = (code: ErrorRecord['code'], message: string, articleId?: string): InputItem => ({
    kind: 'error',
    error: errorRecord(code, input, message, { line, ...(articleId !== undefined ? { articleId } : {}) }),
  });
  if (bytes === null) return fail('too-large', `line of ${tooLargeMessage(size, maxBytes)}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail('binary-file', `NUL byte at offset ${nul} of the line: not a JSONL record`);
  let text = decodeUtf8(bytes);
  if (text === null) return fail('invalid-utf8', `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)} of the line)`);
  if (line === 1) text = stripBom(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail('malformed-jsonl', `not a JSON value: ${err instanceof Error ? err.message : String(err)}`);
  }
  const plain = plainArticle(json);
  if (plain) {
    const checked = checkArticleText(plain.text);
    if (!checked.ok) return fail(checked.code, checked.message, plain.id);
    return { kind: 'article', article: plain, input, line };
  }
  const maybeId = typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : undefined;
  const parsed = ArticleInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : '(record)';
    return fail('invalid-record', `${where}: ${issue.message}`, maybeId || undefined);
  }
  const checked = checkArticleText(parsed.data.text);
  if (!checked.ok) return fail(checked.code, checked.message, parsed.data.id);
  return { kind: 'article', article: parsed.data, input, line };
}

/** The fields of ArticleInputSchema, in its order (the order of the object it outputs). */
const ARTICLE_FIELDS = ['id', 'text', 'title', 'url', 'outlet', 'lang', 'version', 'publishedAt'] as const;
const ARTICLE_FIELD_SET: ReadonlySet<string> = new Set(ARTICLE_FIELDS);

/**
 * The common record, checked without zod: a plain object whose every own key is a schema field
 * holding a string, with a non-empty id. Gives what `ArticleInputSchema.parse` gives (the same
 * keys in the same order); anything else is null, and zod judges it (and words the error).
 * test/batch-records.test.ts compares the two.
 */
export function plainArticle(json: unknown): ArticleInput | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  for (const key in record) {
    if (!ARTICLE_FIELD_SET.has(key) || !Object.hasOwn(record, key) || typeof record[key] !== 'string') return null;
  }
  if (typeof record.id !== 'string' || record.id === '' || typeof record.text !== 'string') return null;
  const out: Record<string, string> = {};
  for (const field of ARTICLE_FIELDS) if (Object.hasOwn(record, field)) out[field] = record[field] as string;
  return out as ArticleInput;
}
